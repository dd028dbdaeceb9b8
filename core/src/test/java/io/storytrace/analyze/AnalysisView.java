package io.storytrace.analyze;

import io.storytrace.finding.Finding;
import io.storytrace.mention.Mention;
import io.storytrace.quote.Quote;
import io.storytrace.quote.ReportedSpeech;
import io.storytrace.text.Span;
import io.storytrace.text.Unresolved;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders what analysis found as plain maps for golden files, with each span's text beside it. */
final class AnalysisView {

    private AnalysisView() {}

    static Map<String, Object> of(AnalyzedArticle analyzed) {
        String text = analyzed.article().text();
        Map<String, Object> view = new LinkedHashMap<>();
        List<Object> quotes = new ArrayList<>();
        for (Quote quote : analyzed.quotes()) {
            quotes.add(quote(quote, text));
        }
        view.put("quotes", quotes);
        List<Object> reported = new ArrayList<>();
        for (ReportedSpeech statement : analyzed.reported()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("text", statement.text());
            entry.put("span", span(statement.span(), text));
            entry.put("speaker", statement.speaker());
            entry.put("cue", statement.cue());
            entry.put("outlet", statement.outlet());
            reported.add(entry);
        }
        view.put("reported", reported);
        List<Object> findings = new ArrayList<>();
        for (Finding finding : analyzed.findings()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("type", finding.getClass().getSimpleName());
            entry.put("reason", finding.reason());
            entry.put("evidence", span(finding.evidenceSpan(), text));
            findings.add(entry);
        }
        view.put("findings", findings);
        List<Object> mentions = new ArrayList<>();
        for (Mention mention : analyzed.mentions()) {
            mentions.add(
                    mention.type()
                            + " "
                            + mention.text()
                            + " → "
                            + mention.canonical()
                            + " @"
                            + mention.span().start());
        }
        view.put("mentions", mentions);
        List<Object> unresolved = new ArrayList<>();
        for (Unresolved item : analyzed.unresolved()) {
            unresolved.add(item.reason() + " @" + item.span().start() + "-" + item.span().end());
        }
        view.put("unresolved", unresolved);
        return view;
    }

    private static Map<String, Object> quote(Quote quote, String text) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("text", quote.text());
        entry.put("kind", quote.kind().name());
        entry.put("speaker", quote.speaker());
        entry.put("cue", quote.cue());
        entry.put("outlet", quote.outlet());
        List<Object> spans = new ArrayList<>();
        for (Span span : quote.spans()) {
            spans.add(span(span, text));
        }
        entry.put("spans", spans);
        return entry;
    }

    private static String span(Span span, String text) {
        return span.start() + "-" + span.end();
    }
}
