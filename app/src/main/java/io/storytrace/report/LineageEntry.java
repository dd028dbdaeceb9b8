package io.storytrace.report;

import io.storytrace.article.Article;
import io.storytrace.lineage.Occurrence;
import io.storytrace.lineage.QuoteGroup;
import io.storytrace.lineage.QuoteLineage;
import io.storytrace.lineage.Verdict;
import io.storytrace.lineage.Version;
import io.storytrace.match.Credit;
import io.storytrace.quote.Quote;
import io.storytrace.wording.WordDiff;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where a quotation first appeared and how one printing of it compares, as the trace report shows
 * it.
 *
 * @param verdict the verdict's kind: original, verbatim, trimmed, merged, altered, paraphrased, not
 *     found in earlier coverage
 * @param labels the verdict and any further labels (speaker changed, attribution inside the quote)
 * @param summary the verdict in a phrase, such as "3 words substituted, 5 dropped"
 * @param firstAppearance the printing taken as the original form
 * @param basis why that printing was taken as first
 * @param compared the printings this one was compared with (the first appearance, or a merge's
 *     parts); empty when it is the first appearance
 * @param diff the word-level edits from the compared wording to this one
 * @param printings every printing of the quotation across the story, first appearance first
 */
public record LineageEntry(
        String verdict,
        List<String> labels,
        String summary,
        PrintingEntry firstAppearance,
        String basis,
        List<PrintingEntry> compared,
        List<DiffEntry> diff,
        List<PrintingEntry> printings) {

    public LineageEntry {
        labels = List.copyOf(labels);
        compared = List.copyOf(compared);
        diff = List.copyOf(diff);
        printings = List.copyOf(printings);
    }

    /**
     * The versions of a story as printings name them.
     *
     * @param versions each version by id
     * @param credits the outlets each version's article credits, by version id
     */
    public record Printers(Map<String, Version> versions, Map<String, List<CreditEntry>> credits) {

        public Printers {
            versions = Map.copyOf(versions);
            credits = Map.copyOf(credits);
        }
    }

    /** The lineage of one printing. */
    public static LineageEntry of(QuoteLineage.Located located, Printers printers) {
        QuoteGroup group = located.group();
        Verdict verdict = located.traced().verdict();
        return new LineageEntry(
                verdict.kind().label(),
                verdict.labels(),
                summary(located),
                PrintingEntry.of(group.printings().getFirst(), printers),
                group.basis(),
                verdict.originals().stream()
                        .map(o -> PrintingEntry.of(o, group, printers))
                        .toList(),
                DiffEntry.of(verdict.diff()),
                group.printings().stream().map(t -> PrintingEntry.of(t, printers)).toList());
    }

    private static String summary(QuoteLineage.Located located) {
        Verdict verdict = located.traced().verdict();
        WordDiff diff = verdict.diff();
        int others = located.group().printings().size() - 1;
        return switch (verdict.kind()) {
            case ORIGINAL ->
                    others == 0
                            ? "first appearance; no other version prints it"
                            : "first appearance; printed again by "
                                    + others
                                    + (others == 1 ? " other version" : " other versions");
            case VERBATIM -> "the same words as the first appearance";
            case TRIMMED ->
                    "a part of the first appearance: "
                            + diff.afterSize()
                            + " of its words, none changed";
            case ALTERED ->
                    verdict.comparedWithPart()
                            ? "a part of the first appearance, " + diff.summary()
                            : diff.summary();
            case PARAPHRASED ->
                    diff.kept()
                            + " of "
                            + diff.beforeSize()
                            + " words kept: the same statement in other words";
            case MERGED ->
                    "joins parts of "
                            + verdict.originals().size()
                            + " quotations printed separately earlier";
            case NOT_FOUND_IN_EARLIER_COVERAGE -> "not found in earlier coverage in this corpus";
        };
    }

    /**
     * One printing of a quotation: where, when, the words, the speaker named, its verdict.
     *
     * @param outletCredited the outlet the quotation itself names as the one the words were given
     *     to, or {@code null}
     * @param outletBasis where that outlet is credited: {@code credited} beside the quotation or in
     *     its sentence, {@code carried} from an interview credited before; null with no outlet
     * @param articleCredits the outlets the printing's article credits anywhere: a report it
     *     relays, an interview it quotes, its source line
     */
    public record PrintingEntry(
            String location,
            String outlet,
            String published,
            String text,
            String speaker,
            String outletCredited,
            String outletBasis,
            List<CreditEntry> articleCredits,
            List<String> verdict) {

        public PrintingEntry {
            articleCredits = List.copyOf(articleCredits);
            verdict = List.copyOf(verdict);
        }

        static PrintingEntry of(QuoteGroup.Traced traced, Printers printers) {
            return of(traced.occurrence(), traced.verdict().labels(), printers);
        }

        static PrintingEntry of(Occurrence occurrence, QuoteGroup group, Printers printers) {
            List<String> labels =
                    group.printings().stream()
                            .filter(t -> t.occurrence().equals(occurrence))
                            .findFirst()
                            .map(t -> t.verdict().labels())
                            .orElse(List.of());
            return of(occurrence, labels, printers);
        }

        private static PrintingEntry of(
                Occurrence occurrence, List<String> labels, Printers printers) {
            Article article = printers.versions().get(occurrence.version()).analyzed().article();
            Quote quote = occurrence.quote();
            return new PrintingEntry(
                    article.location(),
                    article.outlet(),
                    article.published() == null ? null : article.published().toIso(),
                    quote.text(),
                    quote.speaker(),
                    quote.outlet(),
                    quote.outlet() == null || quote.outletBasis() == null
                            ? null
                            : quote.outletBasis().name().toLowerCase(java.util.Locale.ROOT),
                    printers.credits().getOrDefault(occurrence.version(), List.of()),
                    labels);
        }
    }

    /**
     * An outlet an article credits.
     *
     * @param outlet the outlet as named, or the host linked
     * @param kind report (the article relays its report), interview (words were given to it),
     *     source-marker (a "Read More" or "Source:" line) or link
     */
    public record CreditEntry(String outlet, String kind) {

        /** The credits of an article, in the order found. */
        public static List<CreditEntry> of(List<Credit> credits) {
            return credits.stream()
                    .map(
                            c ->
                                    new CreditEntry(
                                            c.outlet(),
                                            c.kind()
                                                    .name()
                                                    .toLowerCase(Locale.ROOT)
                                                    .replace('_', '-')))
                    .toList();
        }
    }

    /**
     * A run of words in a word-level diff.
     *
     * @param op same, substituted, inserted or dropped
     * @param before the earlier words as printed ("" for an insertion)
     * @param after the later words as printed ("" for a drop)
     */
    public record DiffEntry(String op, String before, String after) {

        /** The edits of {@code diff}, or none when there is no diff. */
        public static List<DiffEntry> of(WordDiff diff) {
            if (diff == null) {
                return List.of();
            }
            return diff.edits().stream()
                    .map(
                            e ->
                                    new DiffEntry(
                                            e.op().name().toLowerCase(Locale.ROOT),
                                            e.beforeText(),
                                            e.afterText()))
                    .toList();
        }
    }
}
