package io.storytrace.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Locale;

/** Writes an {@link EvalResult} as a table, as JSON figures, and as JSON-lines predictions. */
public final class EvalWriter {

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The one table an eval prints. */
    public String table(EvalResult r) {
        StringBuilder out = new StringBuilder();
        BinaryScores d = r.decision();
        out.append(
                String.format(
                        Locale.ROOT,
                        "eval %s: %d pairs, positive label \"%s\"%n",
                        r.task(),
                        r.pairs(),
                        r.positive()));
        out.append(
                String.format(
                        Locale.ROOT,
                        "%-12s %9s %9s %9s %9s %5s %5s %5s %5s%n",
                        "",
                        "precision",
                        "recall",
                        "F1",
                        "accuracy",
                        "TP",
                        "FP",
                        "FN",
                        "TN"));
        row(out, "decision", d);
        for (EvalResult.SweepPoint p : r.sweep()) {
            row(out, String.format(Locale.ROOT, "score>=%.2f", p.threshold()), p.scores());
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String name, BinaryScores s) {
        out.append(
                String.format(
                        Locale.ROOT,
                        "%-12s %9.3f %9.3f %9.3f %9.3f %5d %5d %5d %5d%n",
                        name,
                        s.precision(),
                        s.recall(),
                        s.f1(),
                        s.accuracy(),
                        s.truePositives(),
                        s.falsePositives(),
                        s.falseNegatives(),
                        s.trueNegatives()));
    }

    /** The figures as JSON, the same as the table. */
    public String figures(EvalResult r) {
        ObjectNode node = json.createObjectNode();
        node.put("task", r.task());
        node.put("positive", r.positive());
        node.put("pairs", r.pairs());
        node.set("decision", scores(r.decision()));
        ArrayNode sweep = node.putArray("sweep");
        for (EvalResult.SweepPoint p : r.sweep()) {
            ObjectNode n = scores(p.scores());
            n.put("threshold", p.threshold());
            sweep.add(n);
        }
        try {
            return json.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ObjectNode scores(BinaryScores s) {
        ObjectNode n = json.createObjectNode();
        n.put("precision", round(s.precision()));
        n.put("recall", round(s.recall()));
        n.put("f1", round(s.f1()));
        n.put("accuracy", round(s.accuracy()));
        n.put("tp", s.truePositives());
        n.put("fp", s.falsePositives());
        n.put("fn", s.falseNegatives());
        n.put("tn", s.trueNegatives());
        return n;
    }

    /**
     * One JSON line per pair: {@code id}, {@code score} and the predicted {@code label}, named by
     * {@code yes} and {@code no}.
     */
    public String predictions(EvalResult r, String yes, String no) {
        ObjectMapper compact = new ObjectMapper();
        StringBuilder out = new StringBuilder();
        for (Prediction p : r.predictions()) {
            ObjectNode n = compact.createObjectNode();
            n.put("id", p.id());
            n.put("score", round(p.score()));
            n.put("label", p.predicted() ? yes : no);
            try {
                out.append(compact.writeValueAsString(n)).append('\n');
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out.toString();
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
