package io.storytrace.match;

import java.util.Objects;

/**
 * One piece of evidence about which of two related articles came first.
 *
 * @param favours which article the cue says is the derived one
 * @param kind what kind of evidence it is
 * @param weight how much it counts
 * @param reason the evidence in words
 */
public record DirectionCue(Direction favours, Kind kind, double weight, String reason) {

    /** Kinds of direction evidence, strongest first. */
    public enum Kind {
        /** One names or links the other's outlet as its source. */
        CREDIT,
        /** One keeps the quotations' wording that other versions print; the other changed it. */
        QUOTE_WORDING,
        /** One carries a "Read More" or "Source:" line pointing elsewhere. */
        SOURCE_MARKER,
        /** One adds first-person commentary around the shared material. */
        COMMENTARY,
        /** One is contained in the other. */
        CONTAINMENT,
        /** One was published earlier. */
        TIME
    }

    public DirectionCue {
        Objects.requireNonNull(favours, "favours");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
    }

    /** The same cue seen from the other article. */
    public DirectionCue swapped() {
        return new DirectionCue(favours.swapped(), kind, weight, reason);
    }
}
