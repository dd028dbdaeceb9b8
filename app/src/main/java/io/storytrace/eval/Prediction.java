package io.storytrace.eval;

/**
 * One pair's prediction.
 *
 * @param id the pair's id as given (for a TSV, {@code <id1>-<id2>})
 * @param score the likeness score the sweep thresholds
 * @param predicted the decision
 * @param label the gold label
 */
public record Prediction(String id, double score, boolean predicted, boolean label) {}
