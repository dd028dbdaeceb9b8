package io.storytrace.batch;

import io.storytrace.pipeline.Outcome;
import java.util.List;
import java.util.Map;

/**
 * What a batch did.
 *
 * @param sources how many sources were read
 * @param articles how many articles were written or added to the corpus
 * @param alreadyPresent how many were already in the corpus (ingesting the same content is a no-op)
 * @param failures each document that failed, with the reason
 * @param skipped records passed over on purpose, counted by reason
 * @param seconds how long the batch took
 */
public record BatchSummary(
        int sources,
        long articles,
        long alreadyPresent,
        List<Outcome.Failed<?>> failures,
        Map<String, Long> skipped,
        double seconds) {

    public BatchSummary {
        failures = List.copyOf(failures);
        skipped = Map.copyOf(skipped);
    }
}
