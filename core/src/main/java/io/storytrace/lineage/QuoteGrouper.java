package io.storytrace.lineage;

import io.storytrace.quote.Quote;
import io.storytrace.wording.Word;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups the printings of a story's quotations: two printings in different versions belong together
 * when one's wording is the other's verbatim, trimmed, altered or (with compatible speakers)
 * paraphrased. A printing that joins parts of two quotations of a version that came before it is
 * kept apart as a merge, so that the parts' groups stay apart too. It does not decide which
 * printing came first: {@link FirstAppearanceFinder} does.
 */
final class QuoteGrouper {

    /**
     * The groups found and the merges set apart.
     *
     * @param groups the printings of each quotation, in story order
     * @param merges printings that join parts of earlier quotations
     */
    record Grouping(List<List<Occurrence>> groups, List<Merge> merges) {}

    /**
     * A printing that joins parts of quotations printed apart by an earlier version.
     *
     * @param joined the joining printing
     * @param parts the earlier printings joined, in the order joined
     */
    record Merge(Occurrence joined, List<Occurrence> parts) {}

    private final WordingComparer comparer;
    private final VersionOrder order;
    private final List<Counterpart> counterparts;

    QuoteGrouper(WordingComparer comparer, VersionOrder order, List<Counterpart> counterparts) {
        this.comparer = comparer;
        this.order = order;
        this.counterparts = counterparts;
    }

    Grouping group(List<Version> versions, Map<String, List<Occurrence>> printings) {
        Map<String, int[]> utterances = new HashMap<>();
        for (Version version : versions) {
            utterances.put(version.id(), utterances(version));
        }
        Map<Occurrence, Set<String>> contents = new HashMap<>();
        printings.values().forEach(list -> list.forEach(o -> contents.put(o, keys(o))));
        List<Occurrence[]> links = new ArrayList<>();
        List<Merge> merges = new ArrayList<>();
        Set<String> blocked = new HashSet<>();
        for (Version a : versions) {
            for (Version b : versions) {
                if (a == b) {
                    continue;
                }
                for (Occurrence printing : printings.get(a.id())) {
                    List<Occurrence> candidates =
                            printings.get(b.id()).stream()
                                    .filter(
                                            c ->
                                                    shareWords(
                                                            contents.get(printing),
                                                            contents.get(c)))
                                    .toList();
                    compare(printing, candidates, utterances.get(b.id()), links, merges, blocked);
                }
            }
        }
        return new Grouping(components(versions, printings, links, blocked), merges);
    }

    private void compare(
            Occurrence printing,
            List<Occurrence> candidates,
            int[] utterances,
            List<Occurrence[]> links,
            List<Merge> merges,
            Set<String> blocked) {
        if (candidates.isEmpty()) {
            return;
        }
        List<WordingComparer.Earlier> earlier =
                candidates.stream()
                        .map(c -> new WordingComparer.Earlier(c.wording(), utterances[c.index()]))
                        .toList();
        WordingMatch match = comparer.compare(printing.wording(), earlier);
        switch (match.kind()) {
            case NONE -> {
                Occurrence counterpart = alignedCounterpart(printing, candidates);
                if (counterpart != null) {
                    links.add(new Occurrence[] {printing, counterpart});
                }
            }
            case MERGED -> {
                String from = candidates.getFirst().version();
                if (joinsEarlierParts(printing.version(), from)) {
                    merges.add(
                            new Merge(
                                    printing,
                                    match.sources().stream().map(candidates::get).toList()));
                    blocked.add(key(printing, from));
                }
            }
            case PARAPHRASED -> {
                Occurrence source = candidates.get(match.source());
                if (!Speakers.differ(printing.quote().speaker(), source.quote().speaker())) {
                    links.add(new Occurrence[] {printing, source});
                }
            }
            default -> links.add(new Occurrence[] {printing, candidates.get(match.source())});
        }
    }

    /** Whether sentence alignment paired the sentences holding the two printings. */
    private boolean aligned(Occurrence x, Occurrence y) {
        return counterparts.stream().anyMatch(c -> c.holds(x, y));
    }

    /**
     * The candidate in a sentence aligned with the printing's, by the same speaker, sharing the
     * most content words; {@code null} when there is none.
     */
    private Occurrence alignedCounterpart(Occurrence printing, List<Occurrence> candidates) {
        Occurrence best = null;
        double bestOverlap = -1;
        for (Occurrence candidate : candidates) {
            if (aligned(printing, candidate)
                    && !Speakers.differ(printing.quote().speaker(), candidate.quote().speaker())) {
                double overlap =
                        comparer.paraphrase(candidate.wording(), printing.wording()).overlap();
                if (overlap > bestOverlap) {
                    best = candidate;
                    bestOverlap = overlap;
                }
            }
        }
        return best;
    }

    /**
     * Whether a printing in {@code joining} that covers parts of several quotations of {@code
     * parts} joins them, rather than being the whole of which {@code parts} quotes pieces: it must
     * come after, by credit or derivation, by signs of rewriting, or by time.
     */
    private boolean joinsEarlierParts(String joining, String parts) {
        if (order.precedes(parts, joining)) {
            return true;
        }
        if (order.precedes(joining, parts)) {
            return false;
        }
        int signs = order.version(joining).rewriteSigns() - order.version(parts).rewriteSigns();
        if (signs != 0) {
            return signs > 0;
        }
        return order.byTime(joining, parts) == VersionOrder.Order.AFTER;
    }

    private static List<List<Occurrence>> components(
            List<Version> versions,
            Map<String, List<Occurrence>> printings,
            List<Occurrence[]> links,
            Set<String> blocked) {
        Map<Occurrence, Occurrence> parent = new LinkedHashMap<>();
        for (Version version : versions) {
            printings.get(version.id()).forEach(o -> parent.put(o, o));
        }
        for (Occurrence[] link : links) {
            if (blocked.contains(key(link[0], link[1].version()))
                    || blocked.contains(key(link[1], link[0].version()))) {
                continue;
            }
            parent.put(root(parent, link[0]), root(parent, link[1]));
        }
        Map<Occurrence, List<Occurrence>> groups = new LinkedHashMap<>();
        for (Occurrence printing : parent.keySet()) {
            groups.computeIfAbsent(root(parent, printing), r -> new ArrayList<>()).add(printing);
        }
        return List.copyOf(groups.values());
    }

    private static Occurrence root(Map<Occurrence, Occurrence> parent, Occurrence o) {
        Occurrence root = o;
        while (parent.get(root) != root) {
            root = parent.get(root);
        }
        parent.put(o, root);
        return root;
    }

    private static String key(Occurrence printing, String version) {
        return printing.version() + "\n" + printing.index() + "\n" + version;
    }

    /**
     * One id per utterance: consecutive quotations with nothing but marks and spaces between them
     * (a quotation running over paragraphs) share one.
     */
    private static int[] utterances(Version version) {
        List<Quote> quotes = version.analyzed().quotes();
        String text = version.analyzed().article().text();
        int[] ids = new int[quotes.size()];
        for (int i = 1; i < quotes.size(); i++) {
            int from = quotes.get(i - 1).extent().end();
            int to = quotes.get(i).extent().start();
            boolean joined =
                    from <= to
                            && to <= text.length()
                            && text.substring(from, to)
                                    .codePoints()
                                    .noneMatch(Character::isLetterOrDigit);
            ids[i] = joined ? ids[i - 1] : i;
        }
        return ids;
    }

    /** Content words, or all words for a wording that has none, as rough stems. */
    private static Set<String> keys(Occurrence printing) {
        Set<String> content = ContentWords.of(printing.wording());
        if (!content.isEmpty()) {
            return content;
        }
        Set<String> keys = new HashSet<>();
        for (Word word : printing.wording().words()) {
            keys.add(ContentWords.stem(word.key()));
        }
        return keys;
    }

    private static boolean shareWords(Set<String> a, Set<String> b) {
        return a.stream().anyMatch(b::contains);
    }
}
