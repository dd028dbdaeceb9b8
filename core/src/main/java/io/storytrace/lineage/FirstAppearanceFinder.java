package io.storytrace.lineage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Picks the first appearance of a quotation among its printings, and says why.
 *
 * <p>Publication times are often missing or wrong (a content farm's copy may carry the only
 * timestamp while the faithful report shows none), so times come last. In order: a printing whose
 * version took from another version that also prints the quotation is not first; where the
 * remaining printings word it differently, the original wording is the one printed by versions
 * without signs of rewriting (first-person commentary, a quotation naming its own speaker), then
 * the one more outlets print, then the one dated earlier; within that wording, the fullest
 * printing, then the earliest dated, then the first in the story's order.
 */
final class FirstAppearanceFinder {

    /**
     * The first appearance and the evidence for it.
     *
     * @param first the printing taken as the original form
     * @param basis why, in words
     */
    record FirstAppearance(Occurrence first, String basis) {}

    /** Printings that word a quotation the same, up to trimming. */
    private record Wording(Occurrence representative, List<Occurrence> members) {}

    private final WordingComparer comparer;
    private final VersionOrder order;
    private final Map<String, Integer> position;

    FirstAppearanceFinder(
            WordingComparer comparer, VersionOrder order, Map<String, Integer> position) {
        this.comparer = comparer;
        this.order = order;
        this.position = position;
    }

    FirstAppearance find(List<Occurrence> printings) {
        if (printings.size() == 1) {
            return new FirstAppearance(printings.getFirst(), "the only printing in the corpus");
        }
        List<Occurrence> eligible = eligible(printings);
        List<Wording> wordings = wordings(eligible);
        Wording chosen = wordings.getFirst();
        List<String> basis = new ArrayList<>();
        for (Wording other : wordings.subList(1, wordings.size())) {
            if (beats(other, chosen, printings)) {
                chosen = other;
            }
        }
        Occurrence first = earliest(chosen);
        basis.add(precedenceBasis(first, printings));
        if (wordings.size() > 1) {
            basis.add(wordingBasis(chosen, wordings, printings));
        }
        basis.add(timeBasis(first, chosen));
        basis.removeIf(String::isEmpty);
        return new FirstAppearance(
                first,
                basis.isEmpty()
                        ? "the first printing in the story's order"
                        : String.join("; ", basis));
    }

    /** Printings whose version did not take from another version that prints the quotation. */
    private List<Occurrence> eligible(List<Occurrence> printings) {
        List<Occurrence> eligible =
                printings.stream()
                        .filter(
                                p ->
                                        printings.stream()
                                                .noneMatch(
                                                        q ->
                                                                order.precedes(
                                                                        q.version(), p.version())))
                        .toList();
        return eligible.isEmpty() ? printings : eligible;
    }

    /** The eligible printings sorted fullest first, then split into wordings up to trimming. */
    private List<Wording> wordings(List<Occurrence> eligible) {
        List<Occurrence> sorted = new ArrayList<>(eligible);
        sorted.sort(
                Comparator.comparingInt((Occurrence o) -> -o.wording().size())
                        .thenComparing(o -> position.get(o.version()))
                        .thenComparingInt(Occurrence::index));
        List<Wording> wordings = new ArrayList<>();
        for (Occurrence printing : sorted) {
            Wording home =
                    wordings.stream()
                            .filter(w -> sameWording(w.representative(), printing))
                            .findFirst()
                            .orElse(null);
            if (home == null) {
                wordings.add(new Wording(printing, new ArrayList<>(List.of(printing))));
            } else {
                home.members().add(printing);
            }
        }
        wordings.sort(Comparator.comparingInt(w -> position.get(w.representative().version())));
        return wordings;
    }

    private boolean sameWording(Occurrence fuller, Occurrence printing) {
        WordingMatch.Kind kind =
                comparer.compare(
                                printing.wording(),
                                List.of(new WordingComparer.Earlier(fuller.wording(), 0)))
                        .kind();
        return kind == WordingMatch.Kind.VERBATIM || kind == WordingMatch.Kind.TRIMMED;
    }

    /** Whether wording {@code a} is better taken as the original than {@code b}. */
    private boolean beats(Wording a, Wording b, List<Occurrence> printings) {
        int signs = Integer.compare(signs(a), signs(b));
        if (signs != 0) {
            return signs < 0;
        }
        int support = Integer.compare(support(a, printings), support(b, printings));
        if (support != 0) {
            return support > 0;
        }
        return order.byTime(earliest(a).version(), earliest(b).version())
                == VersionOrder.Order.BEFORE;
    }

    private int signs(Wording wording) {
        return wording.members().stream()
                .mapToInt(o -> order.version(o.version()).rewriteSigns())
                .min()
                .orElse(0);
    }

    /** How many outlets print this wording or part of it, among all printings. */
    private int support(Wording wording, List<Occurrence> printings) {
        Set<String> outlets = new LinkedHashSet<>();
        for (Occurrence printing : printings) {
            if (sameWording(wording.representative(), printing)) {
                outlets.add(order.version(printing.version()).name());
            }
        }
        return outlets.size();
    }

    /** The fullest printing of a wording; among equally full ones the earliest dated. */
    private Occurrence earliest(Wording wording) {
        Occurrence best = wording.representative();
        for (Occurrence member : wording.members()) {
            if (member.wording().size() == best.wording().size()
                    && order.byTime(member.version(), best.version())
                            == VersionOrder.Order.BEFORE) {
                best = member;
            }
        }
        return best;
    }

    private String precedenceBasis(Occurrence first, List<Occurrence> printings) {
        long taking =
                printings.stream()
                        .map(Occurrence::version)
                        .distinct()
                        .filter(v -> order.precedes(first.version(), v))
                        .count();
        if (taking == 0) {
            return "";
        }
        return taking == 1
                ? "1 other version that prints it credits or derives from this one"
                : taking + " other versions that print it credit or derive from this one";
    }

    private String wordingBasis(
            Wording chosen, List<Wording> wordings, List<Occurrence> printings) {
        List<String> parts = new ArrayList<>();
        int support = support(chosen, printings);
        parts.add(
                "its wording is printed by " + (support == 1 ? "1 outlet" : support + " outlets"));
        for (Wording other : wordings) {
            if (other == chosen) {
                continue;
            }
            Occurrence o = earliest(other);
            Version version = order.version(o.version());
            String clause = version.name() + " words it differently";
            if (signs(other) > signs(chosen)) {
                clause += " and shows signs of rewriting (" + signsText(version) + ")";
            }
            if (order.byTime(o.version(), earliest(chosen).version()) == VersionOrder.Order.BEFORE
                    || (version.analyzed().article().published() != null
                            && order.version(earliest(chosen).version())
                                            .analyzed()
                                            .article()
                                            .published()
                                    == null)) {
                clause +=
                        ", so its date ("
                                + version.analyzed().article().published().toIso()
                                + ") is not taken as the first appearance";
            } else if (signs(other) == signs(chosen)
                    && support(other, printings) == support(chosen, printings)
                    && order.byTime(earliest(chosen).version(), o.version())
                            == VersionOrder.Order.BEFORE) {
                clause +=
                        " and is dated later ("
                                + version.analyzed().article().published().toIso()
                                + " against "
                                + order.version(earliest(chosen).version())
                                        .analyzed()
                                        .article()
                                        .published()
                                        .toIso()
                                + ")";
            }
            parts.add(clause);
        }
        return String.join("; ", parts);
    }

    private static String signsText(Version version) {
        List<String> signs = new ArrayList<>();
        if (version.analyzed().findings().stream()
                .anyMatch(f -> f instanceof io.storytrace.finding.Finding.Commentary)) {
            signs.add("first-person commentary");
        }
        if (version.analyzed().findings().stream()
                .anyMatch(f -> f instanceof io.storytrace.finding.Finding.AttributionInsideQuote)) {
            signs.add("a quotation that names its own speaker");
        }
        return String.join(", ", signs);
    }

    private String timeBasis(Occurrence first, Wording chosen) {
        var published = order.version(first.version()).analyzed().article().published();
        boolean datedBefore =
                chosen.members().stream()
                        .anyMatch(
                                m ->
                                        m != first
                                                && order.byTime(first.version(), m.version())
                                                        == VersionOrder.Order.BEFORE);
        if (datedBefore) {
            return "the earliest dated printing of this wording (" + published.toIso() + ")";
        }
        return "";
    }
}
