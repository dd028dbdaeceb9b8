package io.storytrace.eval;

/**
 * One contiguous quoted span of an article, labelled or predicted: character offsets of the quoted
 * words without the marks, who said them and the outlet they were given to. Characters are Unicode
 * code points, as in the JSONL files, not Java's UTF-16 units (see {@link CharacterOffsets}).
 *
 * @param start the first character of the quoted words
 * @param end one past the last
 * @param speaker the speaker, or {@code null}
 * @param outlet the outlet credited, or {@code null}
 */
public record QuoteLabel(int start, int end, String speaker, String outlet) {

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
