package io.storytrace.lineage;

import io.storytrace.quote.Quote;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Traces every quotation of a story: groups its printings across versions, picks each group's first
 * appearance, and gives every printing a verdict with a word-level diff against the original form.
 * This is the lineage front door; {@link QuoteAuditor} turns its verdicts into findings.
 */
public final class LineageTracer {

    private final ParaphraseJudge judge;
    private final LineageSettings settings;

    /** A tracer on wording alone. */
    public LineageTracer(LineageSettings settings) {
        this(settings, null);
    }

    /**
     * A tracer that also consults {@code similarity} for paraphrases that share few words; {@code
     * null} for wording alone.
     */
    public LineageTracer(LineageSettings settings, TextSimilarity similarity) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.judge = new ParaphraseJudge(settings, similarity);
    }

    public static LineageTracer standard() {
        return new LineageTracer(LineageSettings.defaults());
    }

    public QuoteLineage trace(StoryVersions story) {
        // One comparer per story: it remembers the diffs it computed, and is not shared.
        WordingComparer comparer = new WordingComparer(settings, judge);
        VersionOrder order = new VersionOrder(story);
        Map<String, Integer> position = new HashMap<>();
        Map<String, List<Occurrence>> printings = new LinkedHashMap<>();
        for (Version version : story.versions()) {
            position.put(version.id(), position.size());
            List<Quote> quotes = version.analyzed().quotes();
            List<Occurrence> list = new ArrayList<>(quotes.size());
            for (int i = 0; i < quotes.size(); i++) {
                Occurrence printing = Occurrence.of(version.id(), i, quotes.get(i));
                if (!printing.wording().isEmpty()) {
                    list.add(printing);
                }
            }
            printings.put(version.id(), list);
        }
        QuoteGrouper.Grouping grouping =
                new QuoteGrouper(comparer, order, story.counterparts(), settings)
                        .group(story.versions(), printings);
        FirstAppearanceFinder finder = new FirstAppearanceFinder(comparer, order, position);
        List<List<Occurrence>> members = grouping.groups();
        List<FirstAppearanceFinder.FirstAppearance> firsts = new ArrayList<>(members.size());
        Map<Occurrence, Integer> groupOf = new IdentityHashMap<>();
        for (int g = 0; g < members.size(); g++) {
            firsts.add(finder.find(members.get(g)));
            for (Occurrence printing : members.get(g)) {
                groupOf.put(printing, g);
            }
        }
        Map<String, Boolean> derived = derived(story, order, members, firsts);
        VerdictClassifier classifier =
                new VerdictClassifier(
                        comparer, order, story.counterparts(), grouping.placed(), settings);
        List<QuoteGroup> groups = new ArrayList<>();
        for (int g = 0; g < members.size(); g++) {
            List<Occurrence> group = members.get(g);
            Occurrence first = firsts.get(g).first();
            Verdict firstVerdict = classifier.first(first, derived.get(first.version()));
            List<Occurrence> parts = mergedParts(first, grouping, groupOf, firsts);
            if (parts.size() >= 2) {
                firstVerdict = classifier.merged(first, parts);
            }
            List<QuoteGroup.Traced> traced = new ArrayList<>();
            traced.add(new QuoteGroup.Traced(first, firstVerdict));
            for (Occurrence printing : group) {
                if (printing != first) {
                    traced.add(
                            new QuoteGroup.Traced(
                                    printing, classifier.later(printing, first, group)));
                }
            }
            groups.add(new QuoteGroup(first, firsts.get(g).basis(), traced));
        }
        groups.sort(
                Comparator.comparingInt((QuoteGroup g) -> position.get(g.first().version()))
                        .thenComparingInt(g -> g.first().index()));
        return new QuoteLineage(groups);
    }

    /** The first appearances of the groups a merging printing joins parts of, if it merges. */
    private static List<Occurrence> mergedParts(
            Occurrence first,
            QuoteGrouper.Grouping grouping,
            Map<Occurrence, Integer> groupOf,
            List<FirstAppearanceFinder.FirstAppearance> firsts) {
        for (QuoteGrouper.Merge merge : grouping.merges()) {
            if (merge.joined() == first) {
                return merge.parts().stream()
                        .map(p -> firsts.get(groupOf.get(p)).first())
                        .distinct()
                        .toList();
            }
        }
        return List.of();
    }

    /**
     * Whether each version derives from others in the story: some version is known to precede it,
     * or at least half of its quotations are later printings of quotations first printed elsewhere.
     */
    private static Map<String, Boolean> derived(
            StoryVersions story,
            VersionOrder order,
            List<List<Occurrence>> members,
            List<FirstAppearanceFinder.FirstAppearance> firsts) {
        Map<String, int[]> counts = new HashMap<>();
        for (int g = 0; g < members.size(); g++) {
            String firstVersion = firsts.get(g).first().version();
            for (Occurrence printing : members.get(g)) {
                int[] count = counts.computeIfAbsent(printing.version(), v -> new int[2]);
                count[0]++;
                if (!printing.version().equals(firstVersion)) {
                    count[1]++;
                }
            }
        }
        Map<String, Boolean> derived = new HashMap<>();
        for (Version version : story.versions()) {
            int[] count = counts.getOrDefault(version.id(), new int[2]);
            derived.put(
                    version.id(),
                    order.hasPredecessor(version.id())
                            || (count[1] > 0 && 2 * count[1] >= count[0]));
        }
        return derived;
    }
}
