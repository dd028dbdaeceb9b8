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
     * Whether {@code edge} names a better source than {@code best}: the one leading to the origin
     * while it accounts for at least 85% as much of the derived text as the other (word weights
     * shift as the corpus grows, so small differences say nothing), else the one accounting for
     * more.
     */
    private static boolean better(StoryEdge edge, StoryEdge best, long originId) {
        boolean toOrigin = edge.sourceId() == originId || edge.derivedId() == originId;
        boolean bestToOrigin = best.sourceId() == originId || best.derivedId() == originId;
        if (toOrigin && !bestToOrigin) {
            return edge.derivedCoverage() >= 0.85 * best.derivedCoverage();
        }
        if (bestToOrigin && !toOrigin) {
            return best.derivedCoverage() < 0.85 * edge.derivedCoverage();
        }
        return edge.derivedCoverage() > best.derivedCoverage();
    }
}
