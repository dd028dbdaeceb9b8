/**
 * Quality figures on labelled sets: the scoring behind {@code storytrace eval}. Scorers are plain
 * functions of predictions and truth, so any extractor's published output can be scored the same
 * way as ours.
 */
package io.storytrace.eval;
