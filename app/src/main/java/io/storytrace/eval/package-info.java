/**
 * Evaluation on labelled sets: reading them, running the analysis on their texts, and scoring the
 * predictions with the metrics the design names, so that any labelled set in the same layout can be
 * plugged in.
 */
package io.storytrace.eval;
