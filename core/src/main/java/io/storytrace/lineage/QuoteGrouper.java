package io.storytrace.lineage;

import io.storytrace.quote.Quote;
import io.storytrace.wording.Word;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
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
     * @param placed pairs of printings grouped because each stands in the other's place (see {@link
     *     Paraphrase.Context#SAME_PLACE}), the later version's first
     */
    record Grouping(List<List<Occurrence>> groups, List<Merge> merges, List<Occurrence[]> placed) {}

    /**
     * A printing that joins parts of quotations printed apart by an earlier version.
     *
     * @param joined the joining printing
     * @param parts the earlier printings joined, in the order joined
     */
    record Merge(Occurrence joined, List<Occurrence> parts) {}

    /** Quotations shorter than this are not paired by their place alone. */
    private static final int PLACED_MIN_WORDS = 4;

    private final WordingComparer comparer;
    private final VersionOrder order;
    private final List<Counterpart> counterparts;
    private final LineageSettings settings;

    QuoteGrouper(
            WordingComparer comparer,
            VersionOrder order,
            List<Counterpart> counterparts,
            LineageSettings settings) {
        this.comparer = comparer;
        this.order = order;
        this.counterparts = counterparts;
        this.settings = settings;
    }

    Grouping group(List<Version> versions, Map<String, List<Occurrence>> printings) {
        Map<String, int[]> utterances = new HashMap<>();
        for (Version version : versions) {
            utterances.put(version.id(), utterances(version));
        }
        Map<Occurrence, Set<String>> contents = new IdentityHashMap<>();
        printings.values().forEach(list -> list.forEach(o -> contents.put(o, keys(o))));
        Map<Occurrence, String> canonical = new IdentityHashMap<>();
        Map<String, Map<String, Occurrence>> byWording = new HashMap<>();
        for (Version version : versions) {
            Map<String, Occurrence> own = new HashMap<>();
            for (Occurrence o : printings.get(version.id())) {
                String words = String.join(" ", o.wording().keys());
                canonical.put(o, words);
                own.putIfAbsent(words, o);
            }
            byWording.put(version.id(), own);
        }
        List<Occurrence[]> links = new ArrayList<>();
        List<Merge> merges = new ArrayList<>();
        Set<String> blocked = new HashSet<>();
        for (Version a : versions) {
            for (Version b : versions) {
                if (a == b) {
                    continue;
                }
                for (Occurrence printing : printings.get(a.id())) {
                    Occurrence same = byWording.get(b.id()).get(canonical.get(printing));
                    if (same != null) {
                        // The same words: verbatim, the commonest case in a syndicated story.
                        links.add(new Occurrence[] {printing, same});
                        continue;
                    }
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
        Map<Occurrence, List<Occurrence>> linked = new IdentityHashMap<>();
        for (Occurrence[] link : links) {
            linked.computeIfAbsent(link[0], o -> new ArrayList<>()).add(link[1]);
            linked.computeIfAbsent(link[1], o -> new ArrayList<>()).add(link[0]);
        }
        List<Occurrence[]> placed = new ArrayList<>();
        for (Version earlier : versions) {
            for (Version later : versions) {
                if (earlier != later && order.precedes(earlier.id(), later.id())) {
                    placed.addAll(
                            byPlace(
                                    printings.get(later.id()),
                                    printings.get(earlier.id()),
                                    linked,
                                    blocked));
                }
            }
        }
        links.addAll(placed);
        return new Grouping(components(versions, printings, links, blocked), merges, placed);
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
                if (!Speakers.differ(printing.quote(), source.quote())) {
                    links.add(new Occurrence[] {printing, source});
                }
            }
            case TRIMMED -> {
                // A title or a name in quotation marks is a "part" of any quotation that names it.
                if (printing.wording().size() >= settings.alteredMinWords()) {
                    links.add(new Occurrence[] {printing, candidates.get(match.source())});
                }
            }
            default -> links.add(new Occurrence[] {printing, candidates.get(match.source())});
        }
    }

    /**
     * Pairs quotations of a later version with those of a version it derives from by their place:
     * between two pairs already matched (in the same order in both), a quotation of each left
     * unmatched, by compatible speakers and sharing a content word, is taken as the same statement
     * reworded. A rewrite keeps the order of what it rewrites; headlines are left out, since a
     * headline quotes out of order. Returns nothing when the matched pairs cross.
     */
    private List<Occurrence[]> byPlace(
            List<Occurrence> laterAll,
            List<Occurrence> earlierAll,
            Map<Occurrence, List<Occurrence>> linked,
            Set<String> blocked) {
        List<Occurrence> later = body(laterAll);
        List<Occurrence> earlier = body(earlierAll);
        Map<Occurrence, Integer> earlierAt = new IdentityHashMap<>();
        for (int j = 0; j < earlier.size(); j++) {
            earlierAt.put(earlier.get(j), j);
        }
        List<int[]> anchors = new ArrayList<>();
        for (int i = 0; i < later.size(); i++) {
            for (Occurrence other : linked.getOrDefault(later.get(i), List.of())) {
                Integer j = earlierAt.get(other);
                if (j != null) {
                    anchors.add(new int[] {i, j});
                }
            }
        }
        if (anchors.isEmpty()) {
            return List.of();
        }
        anchors.sort(Comparator.<int[]>comparingInt(a -> a[0]).thenComparingInt(a -> a[1]));
        BitSet matchedLater = new BitSet();
        BitSet matchedEarlier = new BitSet();
        int lastJ = -1;
        for (int[] anchor : anchors) {
            if (anchor[1] < lastJ) {
                return List.of();
            }
            lastJ = anchor[1];
            matchedLater.set(anchor[0]);
            matchedEarlier.set(anchor[1]);
        }
        List<Occurrence[]> placed = new ArrayList<>();
        int fromI = 0;
        int fromJ = 0;
        anchors.add(new int[] {later.size(), earlier.size()});
        for (int[] anchor : anchors) {
            List<Occurrence> a = unmatched(later, fromI, anchor[0], matchedLater);
            List<Occurrence> b = unmatched(earlier, fromJ, anchor[1], matchedEarlier);
            for (Occurrence[] pair : pairInOrder(a, b)) {
                if (!blocked.contains(key(pair[0], pair[1].version()))) {
                    placed.add(pair);
                }
            }
            fromI = anchor[0] + 1;
            fromJ = anchor[1] + 1;
        }
        return placed;
    }

    /** The highest-scoring pairing of {@code a} with {@code b} that keeps both orders. */
    private List<Occurrence[]> pairInOrder(List<Occurrence> a, List<Occurrence> b) {
        int n = a.size();
        int m = b.size();
        if (n == 0 || m == 0) {
            return List.of();
        }
        double[][] best = new double[n + 1][m + 1];
        double[][] score = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                score[i][j] = placeScore(a.get(i), b.get(j));
            }
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                double pair =
                        score[i - 1][j - 1] > 0 ? best[i - 1][j - 1] + score[i - 1][j - 1] : 0;
                best[i][j] = Math.max(pair, Math.max(best[i - 1][j], best[i][j - 1]));
            }
        }
        List<Occurrence[]> pairs = new ArrayList<>();
        int i = n;
        int j = m;
        while (i > 0 && j > 0) {
            if (best[i][j] == best[i - 1][j]) {
                i--;
            } else if (best[i][j] == best[i][j - 1]) {
                j--;
            } else {
                pairs.add(0, new Occurrence[] {a.get(i - 1), b.get(j - 1)});
                i--;
                j--;
            }
        }
        return pairs;
    }

    /** How well two quotations in the same place fit, or 0 when they cannot be paired. */
    private double placeScore(Occurrence later, Occurrence earlier) {
        if (later.wording().size() < PLACED_MIN_WORDS
                || earlier.wording().size() < PLACED_MIN_WORDS
                || Speakers.differ(later.quote(), earlier.quote())) {
            return 0;
        }
        Paraphrase judgement = comparer.paraphrase(earlier.wording(), later.wording());
        if (judgement.shared().isEmpty()) {
            return 0;
        }
        return judgement.overlap() + Math.max(0, judgement.similarity());
    }

    private List<Occurrence> body(List<Occurrence> printings) {
        return printings.stream()
                .filter(
                        o ->
                                o.quote().extent().start()
                                        >= order.version(o.version())
                                                .analyzed()
                                                .article()
                                                .bodyStart())
                .toList();
    }

    private static List<Occurrence> unmatched(
            List<Occurrence> list, int from, int to, BitSet matched) {
        List<Occurrence> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (!matched.get(i)) {
                out.add(list.get(i));
            }
        }
        return out;
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
                    && !Speakers.differ(printing.quote(), candidate.quote())) {
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
        Map<Occurrence, Occurrence> parent = new IdentityHashMap<>();
        List<Occurrence> ordered = new ArrayList<>();
        for (Version version : versions) {
            printings.get(version.id()).forEach(o -> parent.put(o, o));
            ordered.addAll(printings.get(version.id()));
        }
        for (Occurrence[] link : links) {
            if (blocked.contains(key(link[0], link[1].version()))
                    || blocked.contains(key(link[1], link[0].version()))) {
                continue;
            }
            parent.put(root(parent, link[0]), root(parent, link[1]));
        }
        Map<Occurrence, List<Occurrence>> groups = new IdentityHashMap<>();
        List<List<Occurrence>> inOrder = new ArrayList<>();
        for (Occurrence printing : ordered) {
            List<Occurrence> group =
                    groups.computeIfAbsent(
                            root(parent, printing),
                            r -> {
                                List<Occurrence> fresh = new ArrayList<>();
                                inOrder.add(fresh);
                                return fresh;
                            });
            group.add(printing);
        }
        return List.copyOf(inOrder);
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
