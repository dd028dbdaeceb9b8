/**
 * Scoring on labelled sets in the formats of the design brief: text reuse between article pairs and
 * sentence paraphrase, each with precision, recall, F1, a threshold sweep and raw predictions.
 */
package io.storytrace.eval;
