/**
 * Quality figures on labelled sets: the scoring behind {@code storytrace eval}. Scorers are plain
 * functions of predictions and truth, so any extractor's published output can be scored the same
 * way as ours. Text reuse between article pairs and sentence paraphrase are scored with precision,
 * recall, F1, a threshold sweep and raw predictions; the scale corpus and family recovery serve
 * {@code storytrace bench}.
 */
package io.storytrace.eval;
