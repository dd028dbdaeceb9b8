package io.storytrace.report;

import io.storytrace.analyze.AnalyzedArticle;
import io.storytrace.article.Article;
import io.storytrace.finding.Finding;
import io.storytrace.quote.Quote;
import io.storytrace.text.Span;
import java.util.List;

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
    public static final int FORMAT_VERSION = 1;

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
            List<FindingEntry> findings) {

        public ArticleEntry {
            quotes = List.copyOf(quotes);
            findings = List.copyOf(findings);
        }

        static ArticleEntry of(AnalyzedArticle analyzed) {
            Article a = analyzed.article();
            String text = a.text();
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
                    analyzed.quotes().stream().map(QuoteEntry::of).toList(),
                    analyzed.findings().stream().map(f -> FindingEntry.of(f, text)).toList());
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
            List<SpanEntry> spans) {

        public QuoteEntry {
            spans = List.copyOf(spans);
        }

        static QuoteEntry of(Quote quote) {
            Span extent = quote.extent();
            return new QuoteEntry(
                    quote.text(),
                    quote.kind().name().toLowerCase(java.util.Locale.ROOT),
                    quote.speaker(),
                    quote.cue(),
                    quote.outlet(),
                    extent.start(),
                    extent.end(),
                    quote.spans().stream().map(s -> new SpanEntry(s.start(), s.end())).toList());
        }
    }

    /** A character range in the article's text. */
    public record SpanEntry(int start, int end) {}

    /** A finding with the text that supports it. */
    public record FindingEntry(String type, String reason, String evidence, int start, int end) {

        static FindingEntry of(Finding finding, String text) {
            Span span = finding.evidenceSpan();
            String type =
                    switch (finding) {
                        case Finding.Commentary c -> "commentary";
                        case Finding.AttributionInsideQuote a -> "attribution-inside-quote";
                    };
            return new FindingEntry(
                    type, finding.reason(), span.of(text), span.start(), span.end());
        }
    }

    /** An input that could not be read, with the reason. */
    public record FailureEntry(String input, String reason) {}

    /** Builds the report entry for one analysed article. */
    public static ArticleEntry entry(AnalyzedArticle analyzed) {
        return ArticleEntry.of(analyzed);
    }
}
