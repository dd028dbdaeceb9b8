package io.storytrace.lineage;

/**
 * How close two texts are in meaning, such as the cosine of their sentence embeddings. Lineage
 * works without one, on wording alone; given one, it also recognises paraphrases that share few
 * words.
 */
@FunctionalInterface
public interface TextSimilarity {

    /** The similarity of {@code a} and {@code b} in meaning, from 0 (unrelated) to 1 (the same). */
    double between(String a, String b);
}
