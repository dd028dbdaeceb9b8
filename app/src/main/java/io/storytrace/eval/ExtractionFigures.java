package io.storytrace.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The figures of an extraction evaluation as JSON, the same as the printed table, so that runs can
 * be compared across versions; and our raw predictions in the peers' layout.
 */
public final class ExtractionFigures {

    private final ObjectMapper json = new ObjectMapper();

    /** The figures: one object per extractor, and the publication-time coverage. */
    public ObjectNode figures(ExtractionEvaluation evaluation) {
        ObjectNode root = json.createObjectNode();
        ObjectNode extractors = root.putObject("extractors");
        for (ExtractionEvaluation.Row row : evaluation.rows()) {
            ObjectNode node = extractors.putObject(row.name());
            node.put("f1", row.score().f1());
            node.put("precision", row.score().precision());
            node.put("recall", row.score().recall());
            node.put("accuracy", row.score().accuracy());
            node.put("pages", row.score().pages());
            if (row.pagesPerSecond() != null) {
                node.put("pagesPerSecond", row.pagesPerSecond());
            }
        }
        root.set("publishedTime", json.valueToTree(evaluation.dates()));
        root.set("failures", json.valueToTree(evaluation.failures()));
        return root;
    }

    /** Our output as {@code {"<id>": {"articleBody": ...}}}, like the peers' files. */
    public ObjectNode predictions(ExtractionEvaluation evaluation) {
        ObjectNode root = json.createObjectNode();
        evaluation.predictions().forEach((id, body) -> root.putObject(id).put("articleBody", body));
        return root;
    }
}
