package io.storytrace.lineage;

import io.storytrace.article.PublishedTime;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What is known of the order of a story's versions: who took from whom (credits, links,
 * derivations, followed transitively) and which publication times can be compared. It never
 * combines the two: a caller decides which evidence weighs more.
 */
final class VersionOrder {

    /** How two versions stand in time. */
    enum Order {
        BEFORE,
        AFTER,
        UNKNOWN
    }

    private static final Duration UNZONED = Duration.ofHours(14);
    private static final Duration DAY = Duration.ofHours(24);

    private final Map<String, Version> versions = new HashMap<>();
    private final Map<String, Set<String>> predecessors = new HashMap<>();
    private final Map<String, String> bases = new HashMap<>();

    VersionOrder(StoryVersions story) {
        Map<String, Set<String>> direct = new HashMap<>();
        for (Version version : story.versions()) {
            versions.put(version.id(), version);
            direct.put(version.id(), new LinkedHashSet<>());
        }
        for (Precedence precedence : story.precedences()) {
            direct.get(precedence.later()).add(precedence.earlier());
            bases.putIfAbsent(precedence.earlier() + "\n" + precedence.later(), precedence.basis());
        }
        for (String id : direct.keySet()) {
            predecessors.put(id, closure(id, direct));
        }
    }

    private static Set<String> closure(String id, Map<String, Set<String>> direct) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(direct.get(id));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (!next.equals(id) && seen.add(next)) {
                todo.addAll(direct.get(next));
            }
        }
        return seen;
    }

    Version version(String id) {
        return versions.get(id);
    }

    /** Whether {@code later} took material from {@code earlier}, directly or through others. */
    boolean precedes(String earlier, String later) {
        return predecessors.get(later).contains(earlier)
                && !predecessors.get(earlier).contains(later);
    }

    /** Whether any version of the story is known to precede {@code id}. */
    boolean hasPredecessor(String id) {
        return predecessors.get(id).stream().anyMatch(p -> precedes(p, id));
    }

    /** The evidence that {@code earlier} directly precedes {@code later}, or {@code null}. */
    String basis(String earlier, String later) {
        return bases.get(earlier + "\n" + later);
    }

    /**
     * The order of two versions by their publication times, when both have one and the gap is
     * larger than what a missing zone or a date without a time could hide.
     */
    Order byTime(String a, String b) {
        PublishedTime x = versions.get(a).analyzed().article().published();
        PublishedTime y = versions.get(b).analyzed().article().published();
        if (x == null || y == null) {
            return Order.UNKNOWN;
        }
        Duration gap = Duration.between(x.toInstantAssumingUtc(), y.toInstantAssumingUtc());
        Duration doubt = doubt(x).plus(doubt(y));
        if (gap.abs().compareTo(doubt) <= 0 || gap.isZero()) {
            return Order.UNKNOWN;
        }
        return gap.isNegative() ? Order.AFTER : Order.BEFORE;
    }

    private static Duration doubt(PublishedTime time) {
        Duration doubt = time.isZoned() ? Duration.ZERO : UNZONED;
        return time.precision() == PublishedTime.Precision.DAY ? doubt.plus(DAY) : doubt;
    }
}
