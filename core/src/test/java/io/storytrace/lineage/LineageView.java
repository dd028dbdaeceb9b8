package io.storytrace.lineage;

import io.storytrace.finding.Finding;
import io.storytrace.wording.WordDiff;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders a lineage and its findings as plain maps for golden files. */
final class LineageView {

    private LineageView() {}

    static Map<String, Object> of(QuoteLineage lineage, Map<String, List<Finding>> findings) {
        List<Object> groups = new ArrayList<>();
        for (QuoteGroup group : lineage.groups()) {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("first", group.first().version() + " #" + group.first().index());
            g.put("quote", group.first().quote().text());
            g.put("basis", group.basis());
            List<Object> printings = new ArrayList<>();
            for (QuoteGroup.Traced traced : group.printings()) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put(
                        "printing",
                        traced.occurrence().version() + " #" + traced.occurrence().index());
                p.put("verdict", traced.verdict().labels());
                p.put(
                        "against",
                        traced.verdict().originals().stream()
                                .map(o -> o.version() + " #" + o.index())
                                .toList());
                if (traced.verdict().diff() != null) {
                    p.put("diff", diff(traced.verdict().diff()));
                }
                printings.add(p);
            }
            g.put("printings", printings);
            groups.add(g);
        }
        Map<String, Object> byVersion = new LinkedHashMap<>();
        findings.forEach(
                (version, list) ->
                        byVersion.put(
                                version,
                                list.stream()
                                        .map(f -> f.getClass().getSimpleName() + ": " + f.reason())
                                        .toList()));
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("groups", groups);
        view.put("findings", byVersion);
        return view;
    }

    static List<String> diff(WordDiff diff) {
        List<String> edits = new ArrayList<>();
        edits.add(diff.summary());
        for (WordDiff.Edit edit : diff.changes()) {
            edits.add(
                    switch (edit.op()) {
                        case SUBSTITUTED ->
                                "“" + edit.beforeText() + "” → “" + edit.afterText() + "”";
                        case INSERTED -> "+ “" + edit.afterText() + "”";
                        case DROPPED -> "- “" + edit.beforeText() + "”";
                        case SAME -> throw new IllegalStateException();
                    });
        }
        return edits;
    }
}
