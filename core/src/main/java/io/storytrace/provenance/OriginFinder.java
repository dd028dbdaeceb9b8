package io.storytrace.provenance;

import io.storytrace.article.PublishedTime;
import io.storytrace.match.Credit;
import io.storytrace.match.OutletNames;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names the origin of a story: its earliest article with original material. Articles that derive
 * from another member are set aside; among the rest it weighs, in order, credits from other
 * versions, which version keeps the quotations' wording that others print, how many versions derive
 * from it, and only then publication time and ingest order. The reasons that decided are recorded
 * with the origin.
 */
public final class OriginFinder {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{Nd}' ]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** The origin of the story made of {@code members} linked by {@code edges}. */
    public Origin find(List<StoryMember> members, List<StoryEdge> edges) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a story needs at least one member");
        }
        if (members.size() == 1) {
            return new Origin(members.getFirst().articleId(), List.of("the only version"));
        }
        Set<Long> derived = new HashSet<>();
        Map<Long, List<StoryEdge>> incoming = new HashMap<>();
        for (StoryEdge edge : edges) {
            if (edge.decided()) {
                derived.add(edge.derivedId());
                incoming.computeIfAbsent(edge.sourceId(), k -> new ArrayList<>()).add(edge);
            }
        }
        List<StoryMember> roots =
                members.stream().filter(m -> !derived.contains(m.articleId())).toList();
        if (roots.isEmpty()) {
            roots = members;
        }
        Map<StoryMember, List<String>> quotes = new IdentityHashMap<>();
        for (StoryMember member : members) {
            quotes.put(member, member.quotes().stream().map(OriginFinder::normalise).toList());
        }
        List<Scored> scored = new ArrayList<>();
        for (StoryMember root : roots) {
            scored.add(
                    score(
                            root,
                            members,
                            quotes,
                            incoming.getOrDefault(root.articleId(), List.of())));
        }
        scored.sort(ORDER);
        Scored best = scored.getFirst();
        return new Origin(best.member().articleId(), reasons(best, scored, roots.size()));
    }

    private record Scored(
            StoryMember member, int credited, int wording, int quotes, List<StoryEdge> incoming) {

        Instant published() {
            PublishedTime t = member.article().published();
            return t == null ? null : t.toInstantAssumingUtc();
        }
    }

    private static final Comparator<Scored> ORDER =
            Comparator.comparingInt((Scored s) -> -s.credited())
                    .thenComparingInt(s -> -s.wording())
                    .thenComparingInt(s -> -s.incoming().size())
                    .thenComparing(
                            Scored::published, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparingLong(s -> s.member().articleId());

    /** {@code quotes}: each member's quotations, normalised. */
    private static Scored score(
            StoryMember member,
            List<StoryMember> all,
            Map<StoryMember, List<String>> quotes,
            List<StoryEdge> in) {
        int credited = 0;
        String outlet = member.article().outlet();
        for (StoryMember other : all) {
            if (other == member || outlet == null) {
                continue;
            }
            for (Credit credit : other.credits()) {
                if (credit.key().equals(OutletNames.key(outlet))
                        || OutletNames.sameOutlet(outlet, credit.url())
                        || credit.url() != null && credit.url().equals(member.article().url())) {
                    credited++;
                    break;
                }
            }
        }
        int wording = 0;
        for (String key : quotes.get(member)) {
            if (key.split(" ").length < 4) {
                continue;
            }
            for (StoryMember other : all) {
                if (other != member && printsQuote(quotes.get(other), key)) {
                    wording++;
                }
            }
        }
        return new Scored(member, credited, wording, member.quotes().size(), in);
    }

    private static boolean printsQuote(List<String> normalised, String key) {
        for (String theirs : normalised) {
            if (theirs.contains(key) || key.contains(theirs) && theirs.split(" ").length >= 4) {
                return true;
            }
        }
        return false;
    }

    static String normalise(String quote) {
        String lower = quote.toLowerCase(Locale.ROOT).replace('’', '\'');
        String cleaned = NOT_WORD.matcher(lower).replaceAll(" ");
        return SPACES.matcher(cleaned).replaceAll(" ").strip();
    }

    private static List<String> reasons(Scored best, List<Scored> all, int roots) {
        List<String> reasons = new ArrayList<>();
        if (roots < all.size() || best.incoming().size() > 0 || roots == 1) {
            reasons.add("it derives from no other version in the corpus");
        }
        if (best.credited() > 0) {
            reasons.add(
                    best.credited()
                            + (best.credited() == 1
                                    ? " other version credits"
                                    : " other versions credit")
                            + " its outlet");
        }
        if (best.wording() > 0) {
            reasons.add(
                    "other versions print its quotations word for word ("
                            + best.wording()
                            + (best.wording() == 1 ? " match" : " matches")
                            + ")");
        }
        if (!best.incoming().isEmpty()) {
            Map<String, Integer> byRelation = new java.util.TreeMap<>();
            for (StoryEdge edge : best.incoming()) {
                byRelation.merge(edge.relation().label(), 1, Integer::sum);
            }
            reasons.add(best.incoming().size() + " versions derive from it " + byRelation);
        }
        Scored runnerUp = all.size() > 1 ? all.get(1) : null;
        if (runnerUp != null && decidedBy(best, runnerUp) == 3) {
            reasons.add("earliest publication time (" + best.member().article().published() + ")");
        }
        if (runnerUp != null && decidedBy(best, runnerUp) == 4) {
            reasons.add(
                    "first ingested: the evidence does not order it against "
                            + label(runnerUp.member()));
        }
        return reasons;
    }

    /** Which criterion put {@code best} ahead of {@code next}: 0 credits … 4 ingest order. */
    private static int decidedBy(Scored best, Scored next) {
        if (best.credited() != next.credited()) {
            return 0;
        }
        if (best.wording() != next.wording()) {
            return 1;
        }
        if (best.incoming().size() != next.incoming().size()) {
            return 2;
        }
        Instant a = best.published();
        Instant b = next.published();
        if (a != null && (b == null || a.isBefore(b))) {
            return 3;
        }
        return 4;
    }

    private static String label(StoryMember member) {
        String outlet = member.article().outlet();
        return outlet != null ? outlet : member.article().location();
    }
}
