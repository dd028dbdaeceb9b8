package io.storytrace.lineage;

import io.storytrace.wording.WordDiff;
import java.util.List;
import java.util.Objects;

/**
 * How a later wording relates to the earlier wordings it was compared with.
 *
 * @param kind the relation found
 * @param sources the positions, in the compared list, of the earlier wordings it rests on: one, or
 *     for a merge each part's in the order joined; empty when nothing matched
 * @param diff from the source wording (the covered part of it, or the joined parts) to the later
 *     wording; {@code null} when nothing matched
 * @param paraphrase the paraphrase judgement, for {@link Kind#PARAPHRASED}; otherwise {@code null}
 */
public record WordingMatch(Kind kind, List<Integer> sources, WordDiff diff, Paraphrase paraphrase) {

    /** The relations a later wording can have to earlier ones. */
    public enum Kind {
        /** The same words. */
        VERBATIM,
        /** A contiguous part of one earlier wording, or parts of it joined by an ellipsis. */
        TRIMMED,
        /** Parts of two or more earlier wordings joined as one. */
        MERGED,
        /** Most words of one earlier wording kept, some substituted, inserted or dropped. */
        ALTERED,
        /** Little wording kept but the same statement. */
        PARAPHRASED,
        /** No earlier wording matches. */
        NONE
    }

    public WordingMatch {
        Objects.requireNonNull(kind, "kind");
        sources = List.copyOf(sources);
        if ((kind == Kind.NONE) != sources.isEmpty() || (kind == Kind.NONE) != (diff == null)) {
            throw new IllegalArgumentException(kind + " with sources " + sources);
        }
    }

    static WordingMatch none() {
        return new WordingMatch(Kind.NONE, List.of(), null, null);
    }

    /** The one source of a match other than a merge. */
    public int source() {
        return sources.getFirst();
    }
}
