package io.storytrace.match;

import java.util.List;

/** Turns sentences into unit-length vectors whose dot product measures likeness of meaning. */
public interface SentenceEmbedder {

    /** One vector per sentence, in order. */
    List<float[]> embed(List<String> sentences);
}
