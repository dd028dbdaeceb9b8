/**
 * Sentence embeddings computed in process and offline with the quantized all-MiniLM-L6-v2 model,
 * behind {@link io.storytrace.match.SentenceEmbedder}.
 */
package io.storytrace.embed;
