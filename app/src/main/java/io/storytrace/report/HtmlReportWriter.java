package io.storytrace.report;

import io.storytrace.report.LineageEntry.DiffEntry;
import io.storytrace.report.LineageEntry.PrintingEntry;
import io.storytrace.report.TraceReport.ArticleEntry;
import io.storytrace.report.TraceReport.FailureEntry;
import io.storytrace.report.TraceReport.FindingEntry;
import io.storytrace.report.TraceReport.QuoteEntry;
import io.storytrace.report.TraceReport.SourceEntry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * Writes a {@link TraceReport} as one self-contained HTML page: styles inline, no scripts, no
 * images, nothing fetched, and a content security policy that forbids all of it. The page is built
 * as a jsoup DOM in which every piece of article text is a text node or an attribute value, so it
 * is escaped by construction; web addresses are shown as text, never as links.
 */
public final class HtmlReportWriter {

    private static final String CSS = resource("report/report.css");

    /** Nothing but the inline style may load or run. */
    private static final String POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none';"
                    + " form-action 'none'";

    private static final String UNKNOWN = "(not given)";

    /** Verdicts and finding types that have a colour in the style sheet. */
    private static final Set<String> BADGES =
            Set.of(
                    "original",
                    "verbatim",
                    "trimmed",
                    "altered",
                    "merged",
                    "paraphrased",
                    "not-found-in-earlier-coverage",
                    "speaker-changed",
                    "attribution-inside-the-quote");

    public String write(TraceReport report) {
        Document page = Document.createShell("");
        page.outputSettings()
                .charset(StandardCharsets.UTF_8)
                .escapeMode(Entities.EscapeMode.base)
                .prettyPrint(true);
        page.prependChild(new DocumentType("html", "", ""));
        page.selectFirst("html").attr("lang", "en");
        Element head = page.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta")
                .attr("http-equiv", "Content-Security-Policy")
                .attr("content", POLICY);
        head.appendElement("meta")
                .attr("name", "viewport")
                .attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(title(report));
        head.appendElement("style").appendChild(new DataNode(CSS));
        Element main = page.body().appendElement("main");
        main.appendElement("h1").text("Storytrace report");
        report.articles().forEach(article -> article(main, article));
        if (!report.failures().isEmpty()) {
            failures(main, report.failures());
        }
        return page.outerHtml() + "\n";
    }

    private static String title(TraceReport report) {
        if (report.articles().size() == 1 && !report.articles().getFirst().headline().isEmpty()) {
            return "Storytrace: " + report.articles().getFirst().headline();
        }
        return "Storytrace report";
    }

    private static void article(Element main, ArticleEntry a) {
        Element section = main.appendElement("section").addClass("article");
        section.appendElement("h2").text(a.headline().isEmpty() ? "(no headline)" : a.headline());
        Element meta = section.appendElement("dl").addClass("meta");
        field(meta, "Outlet", a.outlet() == null ? UNKNOWN : a.outlet());
        field(
                meta,
                "Published",
                a.published() == null
                        ? UNKNOWN
                        : a.published() + (a.publishedHasZone() ? "" : " (no time zone given)"));
        if (a.byline() != null) {
            field(meta, "Byline", a.byline());
        }
        if (a.url() != null) {
            field(meta, "Address", a.url());
        }
        field(meta, "Read from", a.location());
        if (a.sourceMarker() != null) {
            field(meta, "Source line", a.sourceMarker());
        }
        if (a.family() != null) {
            family(section, a.family());
        }
        section.appendElement("h3").text("Quotations (" + a.quotes().size() + ")");
        a.quotes().forEach(q -> quote(section, q));
        section.appendElement("h3").text("Findings (" + a.findings().size() + ")");
        a.findings().forEach(f -> finding(section, f));
        if (a.family() != null && !a.family().relatives().isEmpty()) {
            relatives(section, a.family().relatives());
        }
    }

    private static void field(Element list, String name, String value) {
        list.appendElement("dt").text(name);
        list.appendElement("dd").text(value);
    }

    private static void family(Element section, FamilyEntry family) {
        section.appendElement("h3")
                .text(
                        "The story ("
                                + family.versions().size()
                                + (family.versions().size() == 1 ? " version" : " versions")
                                + ", origin first, then by publication time)");
        if (!family.originReasons().isEmpty()) {
            section.appendElement("p")
                    .addClass("muted")
                    .text("Origin: " + String.join("; ", family.originReasons()));
        }
        for (FamilyEntry.UpstreamEntry up : family.upstream()) {
            section.appendElement("p")
                    .addClass("muted")
                    .text(
                            "Upstream: "
                                    + up.outlet()
                                    + " ("
                                    + (up.credit().equals("interview")
                                            ? "interview given to it"
                                            : "credited")
                                    + (up.ingested() ? "" : "; not ingested")
                                    + ")");
        }
        Map<Long, String> names = new HashMap<>();
        family.versions().forEach(v -> names.put(v.article(), name(v)));
        Element table = section.appendElement("table").addClass("versions");
        Element header = table.appendElement("tr");
        for (String name : List.of("Outlet", "Published", "Relation", "Headline")) {
            header.appendElement("th").text(name);
        }
        for (FamilyEntry.VersionEntry v : family.versions()) {
            Element row = table.appendElement("tr");
            if (v.self()) {
                row.addClass("traced");
            }
            row.appendElement("td").text(name(v) + (v.self() ? " (this article)" : ""));
            row.appendElement("td").text(v.published() == null ? "(no date)" : v.published());
            row.appendElement("td").text(relation(v, names));
            row.appendElement("td").text(v.headline());
        }
    }

    private static void relatives(Element section, List<FamilyEntry.RelativeEntry> relatives) {
        section.appendElement("h3").text("Related articles (" + relatives.size() + ")");
        Element list = section.appendElement("ul").addClass("printings");
        for (FamilyEntry.RelativeEntry r : relatives) {
            Element item = list.appendElement("li");
            item.appendText(
                    (r.outlet() != null ? r.outlet() : r.location())
                            + ": "
                            + r.relation()
                            + ", "
                            + r.direction()
                            + String.format(Locale.ROOT, ", score %.2f", r.score()));
            Element why = item.appendElement("ul");
            r.reasons().forEach(reason -> why.appendElement("li").addClass("muted").text(reason));
            r.cues()
                    .forEach(
                            c ->
                                    why.appendElement("li")
                                            .addClass("muted")
                                            .text(
                                                    c.kind()
                                                            + " ("
                                                            + c.favours()
                                                            + "): "
                                                            + c.reason()));
        }
    }

    private static String name(FamilyEntry.VersionEntry v) {
        return v.outlet() != null ? v.outlet() : v.location();
    }

    private static String relation(FamilyEntry.VersionEntry v, Map<Long, String> names) {
        if (v.source() == null) {
            return v.relation();
        }
        String source = names.getOrDefault(v.source(), "article " + v.source());
        return v.directionKnown()
                ? v.relation() + " of " + source
                : v.relation() + " (with " + source + "; which came first is undecided)";
    }

    private static void quote(Element section, QuoteEntry q) {
        Element box = section.appendElement("div").addClass("quote");
        box.appendElement("blockquote").text("“" + q.text() + "”");
        box.appendElement("div")
                .addClass("muted")
                .text(
                        "speaker: "
                                + q.speakerShown()
                                + " · cue: "
                                + orDash(q.cue())
                                + " · outlet: "
                                + q.outletShown()
                                + " · "
                                + q.kind()
                                + " · chars "
                                + q.start()
                                + "–"
                                + q.end());
        if (q.lineage() != null) {
            lineage(box, q.lineage());
        }
    }

    private static void lineage(Element box, LineageEntry lineage) {
        Element verdict = box.appendElement("div");
        lineage.labels().forEach(label -> badge(verdict, label));
        verdict.appendText(lineage.summary());
        PrintingEntry first = lineage.firstAppearance();
        box.appendElement("div")
                .addClass("muted")
                .text(
                        "First appearance: "
                                + (lineage.compared().isEmpty() ? "this printing" : printed(first))
                                + TextReportWriter.credited(first)
                                + " — "
                                + lineage.basis());
        if (!lineage.compared().isEmpty()) {
            String left =
                    lineage.compared().size() == 1
                            ? "Earlier: " + printed(lineage.compared().getFirst())
                            : "Earlier parts: "
                                    + String.join(
                                            "; ",
                                            lineage.compared().stream()
                                                    .map(HtmlReportWriter::printed)
                                                    .toList());
            diff(box, left, "This article", lineage.diff());
        }
        if (lineage.printings().size() > 1) {
            box.appendElement("div").addClass("muted").text("Every printing:");
            Element list = box.appendElement("ul").addClass("printings");
            for (PrintingEntry p : lineage.printings()) {
                Element item = list.appendElement("li");
                p.verdict().forEach(label -> badge(item, label));
                item.appendText(printed(p) + ": “" + p.text() + "”");
            }
        }
    }

    private static String printed(PrintingEntry p) {
        String where = p.outlet() != null ? p.outlet() : p.location();
        return where + " (" + (p.published() == null ? "no date given" : p.published()) + ")";
    }

    private static void finding(Element section, FindingEntry f) {
        Element box = section.appendElement("div").addClass("finding");
        Element head = box.appendElement("div");
        badge(head, f.type().replace('-', ' '));
        head.appendText(f.reason());
        box.appendElement("div")
                .addClass("muted")
                .text(
                        "chars "
                                + f.start()
                                + "–"
                                + f.end()
                                + (f.spans().size() > 1
                                        ? " (" + f.spans().size() + " passages)"
                                        : ""));
        List<SourceEntry> withText = f.sources().stream().filter(s -> s.text() != null).toList();
        if (f.diff().isEmpty() && !withText.isEmpty()) {
            sideBySide(box, withText, f.evidence());
        } else {
            box.appendElement("blockquote").text(TextReportWriter.shortened(f.evidence()));
        }
        if (!f.diff().isEmpty()) {
            List<String> names = f.sources().stream().map(HtmlReportWriter::source).toList();
            diff(box, "Earlier: " + String.join("; ", names), "This article", f.diff());
        }
        List<SourceEntry> others = f.sources().stream().filter(s -> s.text() == null).toList();
        if (!others.isEmpty()) {
            box.appendElement("div")
                    .addClass("muted")
                    .text(
                            (f.type().equals("quote-not-found-in-earlier-coverage")
                                            ? "Searched: "
                                            : "Compared with: ")
                                    + String.join(
                                            "; ",
                                            others.stream()
                                                    .map(HtmlReportWriter::source)
                                                    .toList()));
        }
    }

    /** Another article's text beside this article's evidence, for findings without a word diff. */
    private static void sideBySide(Element parent, List<SourceEntry> sources, String evidence) {
        Element table = parent.appendElement("table").addClass("diff");
        Element header = table.appendElement("tr");
        header.appendElement("th")
                .text(String.join("; ", sources.stream().map(HtmlReportWriter::source).toList()));
        header.appendElement("th").text("This article");
        Element row = table.appendElement("tr");
        Element before = row.appendElement("td").addClass("before");
        for (SourceEntry s : sources) {
            before.appendElement("div").text(TextReportWriter.shortened(s.text()));
        }
        row.appendElement("td").addClass("after").text(TextReportWriter.shortened(evidence));
    }

    private static String source(SourceEntry s) {
        String where = s.outlet() != null ? s.outlet() : s.location();
        return where + " (" + (s.published() == null ? "no date given" : s.published()) + ")";
    }

    /** A side-by-side diff: earlier words with the dropped and replaced ones marked, then later. */
    private static void diff(Element parent, String left, String right, List<DiffEntry> diff) {
        Element table = parent.appendElement("table").addClass("diff");
        Element header = table.appendElement("tr");
        header.appendElement("th").text(left);
        header.appendElement("th").text(right);
        Element row = table.appendElement("tr");
        Element before = row.appendElement("td").addClass("before");
        Element after = row.appendElement("td").addClass("after");
        for (DiffEntry edit : diff) {
            switch (edit.op()) {
                case "same" -> {
                    before.appendText(edit.before() + " ");
                    after.appendText(edit.after() + " ");
                }
                case "substituted" -> {
                    before.appendElement("del").addClass("sub").text(edit.before());
                    before.appendText(" ");
                    after.appendElement("ins").addClass("sub").text(edit.after());
                    after.appendText(" ");
                }
                case "inserted" -> {
                    after.appendElement("ins").text(edit.after());
                    after.appendText(" ");
                }
                case "dropped" -> {
                    before.appendElement("del").text(edit.before());
                    before.appendText(" ");
                }
                default -> throw new IllegalArgumentException("unknown diff op " + edit.op());
            }
        }
    }

    /** A label in a badge, coloured by a style class when the label is one of the known ones. */
    private static void badge(Element parent, String label) {
        Element badge = parent.appendElement("span").addClass("badge").text(label);
        String style = label.toLowerCase(Locale.ROOT).replace(' ', '-');
        if (BADGES.contains(style)) {
            badge.addClass(style);
        }
    }

    private static void failures(Element main, List<FailureEntry> failures) {
        Element section = main.appendElement("section").addClass("article");
        section.appendElement("h2").text("Could not read " + failures.size() + " input(s)");
        Element list = section.appendElement("ul");
        failures.forEach(f -> list.appendElement("li").text(f.input() + ": " + f.reason()));
    }

    private static String orDash(String value) {
        return value == null ? "—" : value;
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReportWriter.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the build lacks " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
