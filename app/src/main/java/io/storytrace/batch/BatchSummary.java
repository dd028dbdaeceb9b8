package io.storytrace.batch;

import io.storytrace.pipeline.Outcome;
import java.util.List;
import java.util.Map;

/**
 * What a batch did.
 *
 * @param sources how many sources were read
 * @param articles how many articles were written
 * @param failures each document that failed, with the reason
 * @param skipped records passed over on purpose, counted by reason
 * @param seconds how long the batch took
 */
public record BatchSummary(
        int sources,
        long articles,
        List<Outcome.Failed<?>> failures,
        Map<String, Long> skipped,
        double seconds) {

    public BatchSummary {
        failures = List.copyOf(failures);
        skipped = Map.copyOf(skipped);
    }
}
