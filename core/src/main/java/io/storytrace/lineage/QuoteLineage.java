package io.storytrace.lineage;

import java.util.List;
import java.util.Optional;

/**
 * The lineage of every quotation in a story: one group per quotation, each with its first
 * appearance and a verdict for every printing.
 *
 * @param groups the groups, in the order their first appearances occur in the story's versions
 */
public record QuoteLineage(List<QuoteGroup> groups) {

    public QuoteLineage {
        groups = List.copyOf(groups);
    }

    /** The group and verdict of the printing at {@code index} in {@code version}, if traced. */
    public Optional<Located> find(String version, int index) {
        for (QuoteGroup group : groups) {
            for (QuoteGroup.Traced traced : group.printings()) {
                if (traced.occurrence().version().equals(version)
                        && traced.occurrence().index() == index) {
                    return Optional.of(new Located(group, traced));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A printing found in the lineage.
     *
     * @param group its group
     * @param traced the printing and its verdict
     */
    public record Located(QuoteGroup group, QuoteGroup.Traced traced) {}
}
