/**
 * Quote lineage: every quotation of a story grouped with its other printings, the first appearance
 * of each, and a verdict with a word-level diff for every later printing. The front door is {@link
 * io.storytrace.lineage.LineageTracer}.
 */
package io.storytrace.lineage;
