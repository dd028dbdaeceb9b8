package io.storytrace.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A set of spans sorted by start, answering "which span holds this offset" in logarithmic time.
 * Overlapping spans are merged.
 */
public final class SpanSet {

    private final int[] starts;
    private final int[] ends;

    private SpanSet(int[] starts, int[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    /** The set of {@code spans}, in any order. */
    public static SpanSet of(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(null);
        List<Span> merged = new ArrayList<>();
        for (Span span : sorted) {
            if (!merged.isEmpty() && merged.getLast().end() >= span.start()) {
                Span last = merged.removeLast();
                merged.add(new Span(last.start(), Math.max(last.end(), span.end())));
            } else {
                merged.add(span);
            }
        }
        int[] starts = new int[merged.size()];
        int[] ends = new int[merged.size()];
        for (int i = 0; i < merged.size(); i++) {
            starts[i] = merged.get(i).start();
            ends[i] = merged.get(i).end();
        }
        return new SpanSet(starts, ends);
    }

    /** Whether one span holds all of {@code span}. */
    public boolean covers(Span span) {
        int index = indexOf(span.start());
        return index >= 0 && span.end() <= ends[index];
    }

    /** Whether some span holds {@code offset}. */
    public boolean contains(int offset) {
        return indexOf(offset) >= 0;
    }

    private int indexOf(int offset) {
        int low = 0;
        int high = starts.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (starts[mid] > offset) {
                high = mid - 1;
            } else if (ends[mid] <= offset) {
                low = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
