package io.storytrace.report;

import io.storytrace.report.LineageEntry.DiffEntry;
import io.storytrace.report.LineageEntry.PrintingEntry;
import io.storytrace.report.TraceReport.ArticleEntry;
import io.storytrace.report.TraceReport.FailureEntry;
import io.storytrace.report.TraceReport.FindingEntry;
import io.storytrace.report.TraceReport.QuoteEntry;
import io.storytrace.report.TraceReport.SourceEntry;
import java.util.List;

/** Writes a {@link TraceReport} as text for a terminal: one block per article, then failures. */
public final class TextReportWriter {

    private static final String UNKNOWN = "(not given)";

    /** The most characters of evidence printed before it is cut. */
    private static final int MAX_EVIDENCE = 400;

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
        if (a.family() != null) {
            writeStory(a.family(), out);
        }
        out.append('\n').append("Quotations (").append(a.quotes().size()).append(")\n");
        int n = 1;
        for (QuoteEntry q : a.quotes()) {
            out.append(String.format("%3d. “%s”\n", n++, q.text()));
            out.append("     speaker: ")
                    .append(q.speakerShown())
                    .append(" · cue: ")
                    .append(orDash(q.cue()))
                    .append(" · outlet: ")
                    .append(q.outletShown())
                    .append(" · ")
                    .append(q.kind())
                    .append(" · chars ")
                    .append(q.start())
                    .append('–')
                    .append(q.end())
                    .append('\n');
            if (q.lineage() != null) {
                writeLineage(q.lineage(), out);
            }
        }
        out.append('\n').append("Findings (").append(a.findings().size()).append(")\n");
        for (FindingEntry f : a.findings()) {
            out.append("  - ").append(f.type()).append(": ").append(f.reason()).append('\n');
            out.append("    evidence (chars ")
                    .append(f.start())
                    .append('–')
                    .append(f.end())
                    .append(f.spans().size() > 1 ? ", " + f.spans().size() + " passages" : "")
                    .append("): “")
                    .append(shortened(f.evidence()))
                    .append("”\n");
            for (SourceEntry source : f.sources()) {
                if (source.text() != null) {
                    out.append("    ")
                            .append(f.diff().isEmpty() ? "source" : "compared with")
                            .append(" (")
                            .append(printer(source.outlet(), source.location(), source.published()))
                            .append("): “")
                            .append(shortened(source.text()))
                            .append("”\n");
                }
            }
            if (!f.diff().isEmpty()) {
                out.append("    diff: ").append(inlineDiff(f.diff())).append('\n');
            }
        }
        out.append('\n');
        if (a.family() != null && !a.family().relatives().isEmpty()) {
            writeRelatives(a.family(), out);
        }
    }

    private static void writeStory(FamilyEntry f, StringBuilder out) {
        out.append('\n')
                .append("Story (")
                .append(f.versions().size())
                .append(f.versions().size() == 1 ? " version" : " versions")
                .append(", origin first, then by publication time)\n");
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
    }

    private static void writeRelatives(FamilyEntry f, StringBuilder out) {
        out.append("Related articles (").append(f.relatives().size()).append(")\n");
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

    /**
     * The outlet a printing credits for the words, in a phrase that starts with " · ": the one the
     * quotation names, or else those its article credits; "" when there are none.
     */
    static String credited(PrintingEntry p) {
        if (p.outletCredited() != null) {
            // "(carried)": the printing credits the interview before, not beside, these words
            return " · outlet credited there: "
                    + p.outletCredited()
                    + (p.outletBasis() == null ? "" : " (" + p.outletBasis() + ")");
        }
        List<String> named =
                p.articleCredits().stream()
                        .filter(c -> !c.kind().equals("link"))
                        .map(c -> c.outlet() + " (" + c.kind() + ")")
                        .distinct()
                        .toList();
        return named.isEmpty() ? "" : " · its article credits " + String.join(", ", named);
    }

    /** "Screen Dispatch, no date given" or "seed.txt, 2024-09-01T20:46". */
    private static String printer(String outlet, String location, String published) {
        return (outlet == null ? fileName(location) : outlet)
                + ", "
                + (published == null ? "no date given" : published);
    }

    private static String fileName(String location) {
        int slash = Math.max(location.lastIndexOf('/'), location.lastIndexOf('\\'));
        return location.substring(slash + 1);
    }

    private static void writeLineage(LineageEntry lineage, StringBuilder out) {
        out.append("     lineage: ").append(verdictLine(lineage)).append('\n');
        PrintingEntry first = lineage.firstAppearance();
        out.append("     first appearance: ")
                .append(
                        lineage.compared().isEmpty()
                                ? "this printing"
                                : printer(first.outlet(), first.location(), first.published()))
                .append(credited(first))
                .append(" — ")
                .append(lineage.basis())
                .append('\n');
        if (!lineage.diff().isEmpty()) {
            out.append("     diff: ").append(inlineDiff(lineage.diff())).append('\n');
        }
    }

    /**
     * The labels and the summary, without saying the verdict twice when the summary opens with it.
     */
    private static String verdictLine(LineageEntry lineage) {
        List<String> labels = lineage.labels();
        String summary = lineage.summary();
        if (labels.isEmpty() || !summary.startsWith(labels.getFirst())) {
            return String.join(", ", labels) + " — " + summary;
        }
        List<String> others = labels.subList(1, labels.size());
        return others.isEmpty() ? summary : summary + "; also " + String.join(", ", others);
    }

    /** Edits inline: [-dropped-] {+inserted+} [-old-]{+new+}. */
    static String inlineDiff(List<DiffEntry> diff) {
        StringBuilder line = new StringBuilder();
        for (DiffEntry e : diff) {
            if (!line.isEmpty()) {
                line.append(' ');
            }
            switch (e.op()) {
                case "same" -> line.append(e.after());
                case "substituted" ->
                        line.append("[-")
                                .append(e.before())
                                .append("-]{+")
                                .append(e.after())
                                .append("+}");
                case "inserted" -> line.append("{+").append(e.after()).append("+}");
                case "dropped" -> line.append("[-").append(e.before()).append("-]");
                default -> throw new IllegalArgumentException("unknown diff op " + e.op());
            }
        }
        return line.toString();
    }

    /** Evidence longer than a few lines (a whole copied article) is cut, with its length kept. */
    static String shortened(String evidence) {
        if (evidence.length() <= MAX_EVIDENCE) {
            return evidence;
        }
        int cut = evidence.lastIndexOf(' ', MAX_EVIDENCE);
        return evidence.substring(0, cut > 0 ? cut : MAX_EVIDENCE)
                + " … ("
                + evidence.length()
                + " characters in all)";
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append(String.format("%-12s %s\n", name + ":", value));
    }

    private static String orDash(String value) {
        return value == null ? "—" : value;
    }
}
