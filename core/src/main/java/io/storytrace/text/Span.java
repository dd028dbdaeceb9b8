package io.storytrace.text;

/**
 * A half-open range of character offsets {@code [start, end)} into an article's text.
 *
 * @param start the first character
 * @param end one past the last character
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    /** The characters this span covers in {@code text}. */
    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    /** Whether {@code other} lies entirely inside this span. */
    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    /** How many characters the two spans share. */
    public int overlap(Span other) {
        return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
    }

    @Override
    public int compareTo(Span other) {
        return start != other.start
                ? Integer.compare(start, other.start)
                : Integer.compare(end, other.end);
    }
}
