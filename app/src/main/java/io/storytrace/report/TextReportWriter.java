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
        if (a.family() != null) {
            writeFamily(a.family(), out);
        }
    }

    private static void writeFamily(FamilyEntry f, StringBuilder out) {
        out.append("Story (")
                .append(f.versions().size())
                .append(f.versions().size() == 1 ? " version)\n" : " versions)\n");
        out.append("  origin: ").append(name(f.origin()));
        if (!f.originReasons().isEmpty()) {
            out.append(" — ").append(String.join("; ", f.originReasons()));
        }
        out.append('\n');
        for (FamilyEntry.UpstreamEntry u : f.upstream()) {
            out.append("  upstream: ")
                    .append(u.outlet())
                    .append(" (")
                    .append(u.credit().equals("interview") ? "interview given to it" : "credited")
                    .append(u.ingested() ? ")" : "; not ingested)")
                    .append('\n');
        }
        for (FamilyEntry.VersionEntry v : f.versions()) {
            out.append(v.self() ? "  > " : "  - ")
                    .append(name(v))
                    .append(" · ")
                    .append(v.published() == null ? "no date" : v.published())
                    .append(" · ")
                    .append(v.relation());
            if (v.source() != null) {
                out.append(v.directionKnown() ? " of [" : " (which came first is undecided) with [")
                        .append(v.source())
                        .append(']');
            }
            out.append('\n');
        }
        if (!f.relatives().isEmpty()) {
            out.append("Related articles (").append(f.relatives().size()).append(")\n");
        }
        for (FamilyEntry.RelativeEntry r : f.relatives()) {
            out.append("  - [")
                    .append(r.article())
                    .append("] ")
                    .append(r.outlet() == null ? fileName(r.location()) : r.outlet())
                    .append(": ")
                    .append(r.relation())
                    .append(", ")
                    .append(r.direction())
                    .append(String.format(java.util.Locale.ROOT, ", score %.2f", r.score()))
                    .append('\n');
            for (String reason : r.reasons()) {
                out.append("      ").append(reason).append('\n');
            }
            for (FamilyEntry.CueEntry c : r.cues()) {
                out.append("      ").append(c.kind()).append(": ").append(c.reason()).append('\n');
            }
        }
        out.append('\n');
    }

    private static String name(FamilyEntry.VersionEntry v) {
        String where = v.outlet() == null ? fileName(v.location()) : v.outlet();
        return where + " [" + (v.self() && v.article() == 0 ? "this article" : v.article()) + "]";
    }

    private static String fileName(String location) {
        int slash = Math.max(location.lastIndexOf('/'), location.lastIndexOf('\\'));
        return location.substring(slash + 1);
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append(String.format("%-12s %s\n", name + ":", value));
    }

    private static String orDash(String value) {
        return value == null ? "—" : value;
    }
}
