package io.storytrace.eval;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The result of an extraction evaluation: one row per extractor, ours first, and our raw output.
 *
 * @param rows our figures, then each peer's in name order
 * @param predictions our article body per page id
 * @param failures the pages we could not extract, each with the reason
 * @param dates how often we found the publication time
 */
public record ExtractionEvaluation(
        List<Row> rows,
        Map<String, String> predictions,
        Map<String, String> failures,
        DateCoverage dates) {

    /**
     * One extractor's line in the table.
     *
     * @param name the extractor
     * @param score its figures
     * @param pagesPerSecond its measured speed, or {@code null} for a peer's published output
     */
    public record Row(String name, ExtractionScore score, Double pagesPerSecond) {
        public Row {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(score, "score");
        }
    }

    public ExtractionEvaluation {
        rows = List.copyOf(rows);
        predictions = Collections.unmodifiableSortedMap(new TreeMap<>(predictions));
        failures = Collections.unmodifiableSortedMap(new TreeMap<>(failures));
    }
}
