package io.storytrace.report;

import io.storytrace.analyze.AnalyzedArticle;
import io.storytrace.article.Article;
import io.storytrace.finding.Finding;
import io.storytrace.finding.SourceArticle;
import io.storytrace.finding.SourceQuote;
import io.storytrace.lineage.Occurrence;
import io.storytrace.lineage.QuoteGroup;
import io.storytrace.lineage.QuoteLineage;
import io.storytrace.lineage.Verdict;
import io.storytrace.lineage.Version;
import io.storytrace.quote.Quote;
import io.storytrace.text.Span;
import io.storytrace.wording.WordDiff;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report {@code storytrace trace} prints, as plain values whose JSON form is the documented
 * {@code --format json} layout (see {@code docs/trace-json.md}). Changing a component's name or
 * meaning changes that layout: bump {@link #FORMAT_VERSION} and the document together.
 *
 * @param format the layout's version
 * @param articles one entry per input that could be read
 * @param failures one entry per input that could not
 */
public record TraceReport(int format, List<ArticleEntry> articles, List<FailureEntry> failures) {

    /** The version of the JSON layout. */
    public static final int FORMAT_VERSION = 3;

    public TraceReport {
        articles = List.copyOf(articles);
        failures = List.copyOf(failures);
    }

    /** The report of one analysed article. */
    public record ArticleEntry(
            String location,
            String url,
            String outlet,
            String headline,
            String byline,
            String published,
            boolean publishedHasZone,
            int paragraphs,
            String sourceMarker,
            StoryEntry story,
            List<QuoteEntry> quotes,
            List<FindingEntry> findings,
            FamilyEntry family) {

        public ArticleEntry {
            quotes = List.copyOf(quotes);
            findings = List.copyOf(findings);
        }

        /** The same entry with the article's family in the corpus. */
        public ArticleEntry withFamily(FamilyEntry value) {
            return new ArticleEntry(
                    location,
                    url,
                    outlet,
                    headline,
                    byline,
                    published,
                    publishedHasZone,
                    paragraphs,
                    sourceMarker,
                    story,
                    quotes,
                    findings,
                    value);
        }

        static ArticleEntry of(AnalyzedArticle analyzed) {
            List<LineageEntry> none = new ArrayList<>();
            analyzed.quotes().forEach(q -> none.add(null));
            return of(analyzed, null, none, analyzed.findings());
        }

        static ArticleEntry of(
                AnalyzedArticle analyzed,
                StoryEntry story,
                List<LineageEntry> lineage,
                List<Finding> findings) {
            Article a = analyzed.article();
            String text = a.text();
            List<QuoteEntry> quotes = new ArrayList<>();
            for (int i = 0; i < analyzed.quotes().size(); i++) {
                quotes.add(QuoteEntry.of(analyzed.quotes().get(i), lineage.get(i)));
            }
            return new ArticleEntry(
                    a.location(),
                    a.url(),
                    a.outlet(),
                    a.headline(),
                    a.byline(),
                    a.published() == null ? null : a.published().toIso(),
                    a.published() != null && a.published().isZoned(),
                    a.paragraphs().size(),
                    a.sourceMarker() == null ? null : a.sourceMarker().text(),
                    story,
                    quotes,
                    findings.stream().map(f -> FindingEntry.of(f, text)).toList(),
                    null);
        }
    }

    /** A quotation: its words, where they are, and its attribution. */
    public record QuoteEntry(
            String text,
            String kind,
            String speaker,
            String cue,
            String outlet,
            int start,
            int end,
            List<SpanEntry> spans,
            LineageEntry lineage) {

        public QuoteEntry {
            spans = List.copyOf(spans);
        }

        static QuoteEntry of(Quote quote, LineageEntry lineage) {
            Span extent = quote.extent();
            return new QuoteEntry(
                    quote.text(),
                    quote.kind().name().toLowerCase(Locale.ROOT),
                    quote.speaker(),
                    quote.cue(),
                    quote.outlet(),
                    extent.start(),
                    extent.end(),
                    quote.spans().stream().map(s -> new SpanEntry(s.start(), s.end())).toList(),
                    lineage);
        }
    }

    /** A character range in the article's text. */
    public record SpanEntry(int start, int end) {}

    /**
     * The story an article belongs to: its origin first, then every version.
     *
     * @param originReasons why the origin was taken as the origin
     * @param versions the versions, origin first, then by publication time
     * @param upstream outlets the versions credit that are not versions themselves
     */
    public record StoryEntry(
            List<String> originReasons, List<VersionEntry> versions, List<UpstreamEntry> upstream) {
        public StoryEntry {
            originReasons = List.copyOf(originReasons);
            versions = List.copyOf(versions);
            upstream = List.copyOf(upstream);
        }
    }

    /**
     * One version of a story.
     *
     * @param relation "origin", or how it derives from {@code source}: copy, excerpt, rewrite
     * @param source the location of the version it derives from, or {@code null}
     * @param directionKnown whether the evidence says which of the two came first
     * @param traced whether this is the article the report is about
     */
    public record VersionEntry(
            String location,
            String outlet,
            String headline,
            String published,
            String relation,
            String source,
            boolean directionKnown,
            boolean traced) {}

    /** An outlet credited upstream, and whether the corpus holds its articles. */
    public record UpstreamEntry(String outlet, String credit, boolean ingested) {}

    /**
     * Where a quotation first appeared and how this printing compares.
     *
     * @param verdict the verdict's kind: original, verbatim, trimmed, merged, altered, paraphrased,
     *     not found in earlier coverage
     * @param labels the verdict and any further labels (speaker changed, attribution inside the
     *     quote)
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

        /** The lineage of one printing, with the story's versions to name where each is. */
        public static LineageEntry of(QuoteLineage.Located located, Map<String, Version> versions) {
            QuoteGroup group = located.group();
            Verdict verdict = located.traced().verdict();
            return new LineageEntry(
                    verdict.kind().label(),
                    verdict.labels(),
                    summary(located),
                    PrintingEntry.of(group.printings().getFirst(), versions),
                    group.basis(),
                    verdict.originals().stream()
                            .map(o -> PrintingEntry.of(o, group, versions))
                            .toList(),
                    DiffEntry.of(verdict.diff()),
                    group.printings().stream().map(t -> PrintingEntry.of(t, versions)).toList());
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
                case ALTERED -> diff.summary();
                case PARAPHRASED ->
                        diff.kept()
                                + " of "
                                + diff.beforeSize()
                                + " words kept: the same statement in other words";
                case MERGED ->
                        "joins parts of "
                                + verdict.originals().size()
                                + " quotations printed separately earlier";
                case NOT_FOUND_IN_EARLIER_COVERAGE ->
                        "not found in earlier coverage in this corpus";
            };
        }
    }

    /** One printing of a quotation: where, when, the words, the speaker named, its verdict. */
    public record PrintingEntry(
            String location,
            String outlet,
            String published,
            String text,
            String speaker,
            String outletCredited,
            List<String> verdict) {
        public PrintingEntry {
            verdict = List.copyOf(verdict);
        }

        static PrintingEntry of(QuoteGroup.Traced traced, Map<String, Version> versions) {
            return of(traced.occurrence(), traced.verdict().labels(), versions);
        }

        static PrintingEntry of(
                Occurrence occurrence, QuoteGroup group, Map<String, Version> versions) {
            List<String> labels =
                    group.printings().stream()
                            .filter(t -> t.occurrence().equals(occurrence))
                            .findFirst()
                            .map(t -> t.verdict().labels())
                            .orElse(List.of());
            return of(occurrence, labels, versions);
        }

        private static PrintingEntry of(
                Occurrence occurrence, List<String> labels, Map<String, Version> versions) {
            Article article = versions.get(occurrence.version()).analyzed().article();
            Quote quote = occurrence.quote();
            return new PrintingEntry(
                    article.location(),
                    article.outlet(),
                    article.published() == null ? null : article.published().toIso(),
                    quote.text(),
                    quote.speaker(),
                    quote.outlet(),
                    labels);
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

    /** The text of an earlier article a finding compares with. */
    public record SourceEntry(String location, String outlet, String published, String text) {

        static SourceEntry of(SourceQuote quote) {
            return of(quote.article(), quote.quote().text());
        }

        static SourceEntry of(SourceArticle article, String text) {
            return new SourceEntry(
                    article.location(),
                    article.outlet(),
                    article.published() == null ? null : article.published().toIso(),
                    text);
        }
    }

    /**
     * A finding with the text that supports it.
     *
     * @param sources what the finding compares with, when it compares: the earlier printing of a
     *     quotation, or the article a version derives from
     * @param diff the word-level edits from the source's words to these, for quotation findings
     */
    public record FindingEntry(
            String type,
            String reason,
            String evidence,
            int start,
            int end,
            List<SourceEntry> sources,
            List<DiffEntry> diff) {

        public FindingEntry {
            sources = List.copyOf(sources);
            diff = List.copyOf(diff);
        }

        static FindingEntry of(Finding finding, String text) {
            Span span = finding.evidenceSpan();
            String type =
                    switch (finding) {
                        case Finding.Commentary c -> "commentary";
                        case Finding.AttributionInsideQuote a -> "attribution-inside-quote";
                        case Finding.AlteredQuote a -> "altered-quote";
                        case Finding.ParaphrasedQuote p -> "paraphrased-quote";
                        case Finding.MergedQuote m -> "merged-quote";
                        case Finding.SpeakerChanged s -> "speaker-changed";
                        case Finding.QuoteNotFoundEarlier n ->
                                "quote-not-found-in-earlier-coverage";
                        case Finding.AddedCommentary c -> "added-commentary";
                        case Finding.UncreditedCopy u -> "uncredited-copy";
                    };
            List<SourceEntry> sources =
                    switch (finding) {
                        case Finding.Commentary c -> List.of();
                        case Finding.AttributionInsideQuote a -> List.of();
                        case Finding.AlteredQuote a -> List.of(SourceEntry.of(a.original()));
                        case Finding.ParaphrasedQuote p -> List.of(SourceEntry.of(p.original()));
                        case Finding.MergedQuote m ->
                                m.parts().stream().map(SourceEntry::of).toList();
                        case Finding.SpeakerChanged s -> List.of(SourceEntry.of(s.original()));
                        case Finding.QuoteNotFoundEarlier n ->
                                n.searched().stream().map(a -> SourceEntry.of(a, null)).toList();
                        case Finding.AddedCommentary c -> List.of(SourceEntry.of(c.source(), null));
                        case Finding.UncreditedCopy u -> List.of(SourceEntry.of(u.source(), null));
                    };
            WordDiff diff =
                    switch (finding) {
                        case Finding.AlteredQuote a -> a.diff();
                        case Finding.ParaphrasedQuote p -> p.diff();
                        case Finding.MergedQuote m -> m.diff();
                        default -> null;
                    };
            return new FindingEntry(
                    type,
                    finding.reason(),
                    span.of(text),
                    span.start(),
                    span.end(),
                    sources,
                    DiffEntry.of(diff));
        }
    }

    /** An input that could not be read, with the reason. */
    public record FailureEntry(String input, String reason) {}

    /** Builds the report entry for one analysed article. */
    public static ArticleEntry entry(AnalyzedArticle analyzed) {
        return ArticleEntry.of(analyzed);
    }

    /**
     * Builds the report entry for an article traced against a corpus.
     *
     * @param analyzed the article and its analysis
     * @param story its story, or {@code null}
     * @param lineage the lineage of each of its quotations, by position; an entry may be {@code
     *     null}
     * @param findings every finding about it, from analysis, lineage and its derivation, in text
     *     order
     */
    public static ArticleEntry entry(
            AnalyzedArticle analyzed,
            StoryEntry story,
            List<LineageEntry> lineage,
            List<Finding> findings) {
        if (lineage.size() != analyzed.quotes().size()) {
            throw new IllegalArgumentException(
                    lineage.size()
                            + " lineage entries for "
                            + analyzed.quotes().size()
                            + " quotes");
        }
        return ArticleEntry.of(analyzed, story, lineage, findings);
    }
}
