package io.storytrace.eval;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One contiguous quoted span of an article, labelled or predicted: character offsets of the quoted
 * words without the marks, who said them and the outlet they were given to. Characters are Unicode
 * code points, as in the JSONL files, not Java's UTF-16 units (see {@link CharacterOffsets}).
 *
 * @param start the first character of the quoted words
 * @param end one past the last
 * @param speaker the speaker, or {@code null}
 * @param outlet the outlet credited, or {@code null}
 * @param basis for a prediction, what the text offered for its speaker (a {@code SpeakerBasis}
 *     name); {@code null} for a label, or for a prediction with no speaker
 */
public record QuoteLabel(
        int start,
        int end,
        String speaker,
        String outlet,
        @JsonInclude(JsonInclude.Include.NON_NULL) String basis) {

    /** A label: a span with its speaker and outlet, no basis. */
    public QuoteLabel(int start, int end, String speaker, String outlet) {
        this(start, end, speaker, outlet, null);
    }

    public QuoteLabel {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad quote span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    /** Whether the two spans overlap by at least half of the longer one. */
    public boolean matches(QuoteLabel other) {
        int overlap = Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
        return overlap > 0 && 2 * overlap >= Math.max(length(), other.length());
    }
}
