package io.storytrace.provenance;

import io.storytrace.article.PublishedTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lays out a story for display: the origin first, then each version with the version it derives
 * from (its strongest decided derivation, else an undecided one), in order of publication with
 * unknown times last.
 */
public final class StoryAssembler {

    /** The story {@code id} made of {@code members} linked by {@code edges}. */
    public Story assemble(
            long id,
            List<StoryMember> members,
            List<StoryEdge> edges,
            Origin origin,
            List<UpstreamSource> upstream,
            List<Long> related) {
        List<StoryVersion> versions = new ArrayList<>();
        StoryVersion first = null;
        for (StoryMember member : members) {
            StoryVersion version = version(member, edges, origin.articleId());
            if (member.articleId() == origin.articleId()) {
                first = version;
            } else {
                versions.add(version);
            }
        }
        versions.sort(
                Comparator.comparing(
                                (StoryVersion v) ->
                                        v.published() == null
                                                ? null
                                                : v.published().toInstantAssumingUtc(),
                                Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparingLong(StoryVersion::articleId));
        if (first != null) {
            versions.addFirst(first);
        }
        return new Story(id, origin, versions, upstream, related);
    }

    private static StoryVersion version(StoryMember member, List<StoryEdge> edges, long originId) {
        long id = member.articleId();
        StoryEdge best = null;
        boolean decided = false;
        if (id != originId) {
            for (StoryEdge edge : edges) {
                boolean asDerived = edge.decided() && edge.derivedId() == id;
                boolean undecided =
                        !edge.decided() && (edge.derivedId() == id || edge.sourceId() == id);
                if (asDerived && (!decided || better(edge, best, originId))) {
                    best = edge;
                    decided = true;
                } else if (undecided
                        && !decided
                        && (best == null || better(edge, best, originId))) {
                    best = edge;
                }
            }
        }
        PublishedTime published = member.article().published();
        Long source = null;
        if (best != null) {
            source = best.derivedId() == id ? best.sourceId() : best.derivedId();
        }
        return new StoryVersion(
                id,
                member.article().location(),
                member.article().url(),
                member.article().outlet(),
                member.article().headline(),
                published,
                best == null ? null : best.relation(),
                source,
                decided,
                best == null ? List.of() : best.reasons());
    }

    /**
     * Whether {@code edge} names a better source than {@code best}: it accounts for more of the
     * derived text, or nearly as much (within a tenth, the noise of changing word weights) while
     * leading to the origin.
     */
    private static boolean better(StoryEdge edge, StoryEdge best, long originId) {
        double gap = edge.derivedCoverage() - best.derivedCoverage();
        if (Math.abs(gap) > 0.1) {
            return gap > 0;
        }
        boolean toOrigin = edge.sourceId() == originId || edge.derivedId() == originId;
        boolean bestToOrigin = best.sourceId() == originId || best.derivedId() == originId;
        if (toOrigin != bestToOrigin) {
            return toOrigin;
        }
        return gap > 0;
    }
}
