package io.storytrace.match;

import java.util.List;
import java.util.Objects;

/**
 * How article a relates to article b, with the evidence.
 *
 * @param relation the relation
 * @param direction which one derives from the other, for a derived relation
 * @param score how strongly the text of one derives from the other, from 0 to 1: the larger of the
 *     two coverages
 * @param alignment the aligned sentence pairs and the coverage both ways
 * @param cues the direction evidence found, both ways
 * @param reasons why the relation was chosen, in words
 */
public record Derivation(
        Relation relation,
        Direction direction,
        double score,
        Alignment alignment,
        List<DirectionCue> cues,
        List<String> reasons) {

    public Derivation {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(alignment, "alignment");
        cues = List.copyOf(cues);
        reasons = List.copyOf(reasons);
    }

    /** The same derivation seen from b. */
    public Derivation swapped() {
        return new Derivation(
                relation,
                direction.swapped(),
                score,
                alignment.swapped(),
                cues.stream().map(DirectionCue::swapped).toList(),
                reasons);
    }
}
