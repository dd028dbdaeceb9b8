package io.storytrace.eval;

/**
 * One labelled pair of the MRPC layout.
 *
 * @param id {@code <id1>-<id2>}
 * @param first the first sentence
 * @param second the second sentence
 * @param paraphrase whether the label is 1
 */
public record ParaphrasePair(String id, String first, String second, boolean paraphrase) {}
