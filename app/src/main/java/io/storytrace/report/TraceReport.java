package io.storytrace.report;

import io.storytrace.analyze.AnalyzedArticle;
import io.storytrace.article.Article;
import io.storytrace.finding.Finding;
import io.storytrace.finding.SourceArticle;
import io.storytrace.finding.SourceQuote;
import io.storytrace.quote.Quote;
import io.storytrace.text.Sentence;
import io.storytrace.text.Span;
import io.storytrace.wording.WordDiff;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
    public static final int FORMAT_VERSION = 4;

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
            List<QuoteEntry> quotes,
            List<FindingEntry> findings,
            FamilyEntry family) {

        public ArticleEntry {
            quotes = List.copyOf(quotes);
            findings = List.copyOf(findings);
        }

        static ArticleEntry of(AnalyzedArticle analyzed) {
            List<LineageEntry> none = new ArrayList<>();
            analyzed.quotes().forEach(q -> none.add(null));
            return of(analyzed, null, none, analyzed.findings());
        }

        static ArticleEntry of(
                AnalyzedArticle analyzed,
                FamilyEntry family,
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
                    quotes,
                    findings.stream().map(f -> FindingEntry.of(f, text)).toList(),
                    family);
        }
    }

    /**
     * A quotation: its words, where they are, and its attribution; {@code speakerBasis} says what
     * the text offers for the speaker ({@code named}, {@code reference}, {@code subject}, {@code
     * continued}, {@code repeated}, {@code context}), null with no speaker; {@code outletBasis}
     * whether the outlet is credited beside the quotation ({@code credited}) or carried from the
     * interview credited before ({@code carried}), null with no outlet.
     */
    public record QuoteEntry(
            String text,
            String kind,
            String speaker,
            String speakerBasis,
            String cue,
            String outlet,
            String outletBasis,
            int start,
            int end,
            List<SpanEntry> spans,
            LineageEntry lineage) {

        public QuoteEntry {
            spans = List.copyOf(spans);
        }

        /**
         * The outlet with where it is credited in brackets, "The Sunday Times (credited)" beside
         * the quotation or "(carried)" from the interview before, or "—" for none.
         */
        public String outletShown() {
            if (outlet == null) {
                return "—";
            }
            return outletBasis == null ? outlet : outlet + " (" + outletBasis + ")";
        }

        /** The speaker with the basis in brackets, "Kit Connor (named)", or "—" for none. */
        public String speakerShown() {
            if (speaker == null) {
                return "—";
            }
            return speakerBasis == null ? speaker : speaker + " (" + speakerBasis + ")";
        }

        static QuoteEntry of(Quote quote, LineageEntry lineage) {
            Span extent = quote.extent();
            return new QuoteEntry(
                    quote.text(),
                    quote.kind().name().toLowerCase(Locale.ROOT),
                    quote.speaker(),
                    quote.basis() == null ? null : quote.basis().name().toLowerCase(Locale.ROOT),
                    quote.cue(),
                    quote.outlet(),
                    quote.outletBasis() == null
                            ? null
                            : quote.outletBasis().name().toLowerCase(Locale.ROOT),
                    extent.start(),
                    extent.end(),
                    quote.spans().stream().map(s -> new SpanEntry(s.start(), s.end())).toList(),
                    lineage);
        }
    }

    /** A character range in the article's text. */
    public record SpanEntry(int start, int end) {}

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
     * @param evidence the text that supports it: the pieces in {@code spans}, joined by " … " where
     *     text lies between them
     * @param start where the first piece starts
     * @param end where the last piece ends
     * @param spans the pieces of evidence, in text order
     * @param sources what the finding compares with, when it compares: the earlier printing of a
     *     quotation, the versions searched (with the closest earlier wording where one was found),
     *     or the article a version derives from (with the sentences matched there)
     * @param diff the word-level edits from the source's words to these, for quotation findings
     */
    public record FindingEntry(
            String type,
            String reason,
            String evidence,
            int start,
            int end,
            List<SpanEntry> spans,
            List<SourceEntry> sources,
            List<LineageEntry.DiffEntry> diff) {

        public FindingEntry {
            spans = List.copyOf(spans);
            sources = List.copyOf(sources);
            diff = List.copyOf(diff);
        }

        static FindingEntry of(Finding finding, String text) {
            List<Span> pieces = Excerpts.merged(pieces(finding), text);
            Span extent = finding.evidenceSpan();
            return new FindingEntry(
                    type(finding),
                    finding.reason(),
                    Excerpts.joined(pieces, text),
                    extent.start(),
                    extent.end(),
                    pieces.stream().map(p -> new SpanEntry(p.start(), p.end())).toList(),
                    sources(finding),
                    LineageEntry.DiffEntry.of(diff(finding)));
        }

        private static String type(Finding finding) {
            return switch (finding) {
                case Finding.Commentary c -> "commentary";
                case Finding.AttributionInsideQuote a -> "attribution-inside-quote";
                case Finding.AlteredQuote a -> "altered-quote";
                case Finding.ParaphrasedQuote p -> "paraphrased-quote";
                case Finding.MergedQuote m -> "merged-quote";
                case Finding.SpeakerChanged s -> "speaker-changed";
                case Finding.QuoteNotFoundEarlier n -> "quote-not-found-in-earlier-coverage";
                case Finding.AddedCommentary c -> "added-commentary";
                case Finding.UncreditedCopy u -> "uncredited-copy";
            };
        }

        /** The stretches of the article's text the finding rests on. */
        private static List<Span> pieces(Finding finding) {
            return switch (finding) {
                case Finding.Commentary c -> c.sentences().stream().map(Sentence::span).toList();
                case Finding.AddedCommentary c ->
                        c.sentences().stream().map(Sentence::span).toList();
                case Finding.UncreditedCopy u -> u.copied().stream().map(Sentence::span).toList();
                default -> List.of(finding.evidenceSpan());
            };
        }

        private static List<SourceEntry> sources(Finding finding) {
            return switch (finding) {
                case Finding.Commentary c -> List.of();
                case Finding.AttributionInsideQuote a -> List.of();
                case Finding.AlteredQuote a -> List.of(SourceEntry.of(a.original()));
                case Finding.ParaphrasedQuote p -> List.of(SourceEntry.of(p.original()));
                case Finding.MergedQuote m -> m.parts().stream().map(SourceEntry::of).toList();
                case Finding.SpeakerChanged s -> List.of(SourceEntry.of(s.original()));
                case Finding.QuoteNotFoundEarlier n ->
                        n.searched().stream()
                                .map(
                                        a ->
                                                SourceEntry.of(
                                                        a,
                                                        n.nearest() != null
                                                                        && n.nearest()
                                                                                .article()
                                                                                .equals(a)
                                                                ? n.nearest().text()
                                                                : null))
                                .toList();
                case Finding.AddedCommentary c -> List.of(SourceEntry.of(c.source(), null));
                case Finding.UncreditedCopy u ->
                        List.of(
                                SourceEntry.of(
                                        u.source(),
                                        u.matched().isEmpty()
                                                ? null
                                                : Excerpts.joined(u.matched())));
            };
        }

        private static WordDiff diff(Finding finding) {
            return switch (finding) {
                case Finding.AlteredQuote a -> a.diff();
                case Finding.ParaphrasedQuote p -> p.diff();
                case Finding.MergedQuote m -> m.diff();
                default -> null;
            };
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
     * @param family its family in the corpus, or {@code null}
     * @param lineage the lineage of each of its quotations, by position; an entry may be {@code
     *     null}
     * @param findings every finding about it, from analysis, lineage and its derivation, in text
     *     order
     */
    public static ArticleEntry entry(
            AnalyzedArticle analyzed,
            FamilyEntry family,
            List<LineageEntry> lineage,
            List<Finding> findings) {
        if (lineage.size() != analyzed.quotes().size()) {
            throw new IllegalArgumentException(
                    lineage.size()
                            + " lineage entries for "
                            + analyzed.quotes().size()
                            + " quotes");
        }
        return ArticleEntry.of(analyzed, family, lineage, findings);
    }
}
