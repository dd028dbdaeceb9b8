package io.storytrace.report;

import io.storytrace.report.TraceReport.ArticleEntry;
import io.storytrace.report.TraceReport.FailureEntry;
import io.storytrace.report.TraceReport.FindingEntry;
import io.storytrace.report.TraceReport.QuoteEntry;

/** Writes a {@link TraceReport} as text for a terminal: one block per article, then failures. */
public final class TextReportWriter {

    private static final String UNKNOWN = "(not given)";

    public String write(TraceReport report) {
        StringBuilder out = new StringBuilder();
        for (ArticleEntry article : report.articles()) {
            writeArticle(article, out);
        }
        if (!report.failures().isEmpty()) {
            out.append("Could not read ").append(report.failures().size()).append(" input(s):\n");
            for (FailureEntry failure : report.failures()) {
                out.append("  ")
                        .append(failure.input())
                        .append(": ")
                        .append(failure.reason())
                        .append('\n');
            }
        }
        return out.toString();
    }

    private static void writeArticle(ArticleEntry a, StringBuilder out) {
        out.append("== ").append(a.location()).append('\n');
        field(out, "Headline", a.headline().isEmpty() ? UNKNOWN : a.headline());
        field(out, "Outlet", a.outlet() == null ? UNKNOWN : a.outlet());
        if (a.url() != null) {
            field(out, "URL", a.url());
        }
        if (a.byline() != null) {
            field(out, "Byline", a.byline());
        }
        field(
                out,
                "Published",
                a.published() == null
                        ? UNKNOWN
                        : a.published() + (a.publishedHasZone() ? "" : " (no time zone given)"));
        field(out, "Paragraphs", Integer.toString(a.paragraphs()));
        if (a.sourceMarker() != null) {
            field(out, "Source line", a.sourceMarker());
        }
        out.append('\n').append("Quotations (").append(a.quotes().size()).append(")\n");
        int n = 1;
        for (QuoteEntry q : a.quotes()) {
            out.append(String.format("%3d. “%s”\n", n++, q.text()));
            out.append("     speaker: ")
                    .append(orDash(q.speaker()))
                    .append(" · cue: ")
                    .append(orDash(q.cue()))
                    .append(" · outlet credited: ")
                    .append(orDash(q.outlet()))
                    .append(" · ")
                    .append(q.kind())
                    .append(" · chars ")
                    .append(q.start())
                    .append('–')
                    .append(q.end())
                    .append('\n');
        }
        out.append('\n').append("Findings (").append(a.findings().size()).append(")\n");
        for (FindingEntry f : a.findings()) {
            out.append("  - ").append(f.type()).append(": ").append(f.reason()).append('\n');
            out.append("    evidence (chars ")
                    .append(f.start())
                    .append('–')
                    .append(f.end())
                    .append("): “")
                    .append(f.evidence())
                    .append("”\n");
        }
        out.append('\n');
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append(String.format("%-12s %s\n", name + ":", value));
    }

    private static String orDash(String value) {
        return value == null ? "—" : value;
    }
}
