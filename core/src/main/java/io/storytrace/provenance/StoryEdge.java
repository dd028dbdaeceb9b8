package io.storytrace.provenance;

import io.storytrace.match.Relation;
import java.util.List;
import java.util.Objects;

/**
 * A derivation between two members of a story.
 *
 * @param derivedId the article that derives from the other, or either one when undecided
 * @param sourceId the article it derives from
 * @param relation copy, excerpt or rewrite
 * @param decided whether the direction is known; when not, the two ids are in ingest order
 * @param score how strongly one text derives from the other
 * @param derivedCoverage the share of the derived article's text that the source accounts for
 * @param reasons the relation and direction evidence in words
 */
public record StoryEdge(
        long derivedId,
        long sourceId,
        Relation relation,
        boolean decided,
        double score,
        double derivedCoverage,
        List<String> reasons) {

    public StoryEdge {
        Objects.requireNonNull(relation, "relation");
        reasons = List.copyOf(reasons);
    }
}
