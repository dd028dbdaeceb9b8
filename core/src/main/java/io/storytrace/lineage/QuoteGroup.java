package io.storytrace.lineage;

import java.util.List;
import java.util.Objects;

/**
 * Every printing of one quotation across a story.
 *
 * @param first the first appearance: the printing taken as the original form
 * @param basis why that printing was taken as first, in words
 * @param printings every printing with its verdict, the first appearance first, then in the order
 *     of the story's versions
 */
public record QuoteGroup(Occurrence first, String basis, List<Traced> printings) {

    /**
     * One printing and its verdict.
     *
     * @param occurrence the printing
     * @param verdict what lineage concluded about it
     */
    public record Traced(Occurrence occurrence, Verdict verdict) {
        public Traced {
            Objects.requireNonNull(occurrence, "occurrence");
            Objects.requireNonNull(verdict, "verdict");
        }
    }

    public QuoteGroup {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(basis, "basis");
        printings = List.copyOf(printings);
        if (printings.isEmpty() || !printings.getFirst().occurrence().equals(first)) {
            throw new IllegalArgumentException("the first appearance must be listed first");
        }
    }

    /** The printings other than the first appearance. */
    public List<Traced> later() {
        return printings.subList(1, printings.size());
    }
}
