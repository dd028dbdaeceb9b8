package io.storytrace.quote;

import java.util.Objects;

/**
 * The words around a quotation that say who spoke and to whom, before the speaker is resolved.
 *
 * @param speaker who the words point at
 * @param cue the cue verb as written, or {@code null} for a colon frame ("Connor: ‘…’")
 * @param outlet the outlet credited, or {@code null}
 * @param confidence how surely the frame names the speaker, 0 to 1
 * @param adjacent whether the frame sits right beside the quotation (not elsewhere in the sentence)
 * @param after whether the frame follows the quotation (“…,” she said)
 */
record Attribution(
        SpeakerRef speaker,
        String cue,
        String outlet,
        double confidence,
        boolean adjacent,
        boolean after) {

    Attribution {
        Objects.requireNonNull(speaker, "speaker");
    }

    Attribution withCue(String written) {
        return new Attribution(speaker, written, outlet, confidence, adjacent, after);
    }

    Attribution withOutlet(String credited) {
        return new Attribution(speaker, cue, credited, confidence, adjacent, after);
    }

    /**
     * This attribution read at a distance from the words: no longer beside them, its confidence
     * scaled by {@code factor}.
     */
    Attribution apart(double factor) {
        return new Attribution(speaker, cue, outlet, confidence * factor, false, after);
    }
}
