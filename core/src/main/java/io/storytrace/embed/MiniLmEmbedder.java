package io.storytrace.embed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import io.storytrace.match.SentenceEmbedder;
import java.util.ArrayList;
import java.util.List;

/**
 * Embeds sentences with the quantized all-MiniLM-L6-v2 model shipped inside its jar: in process,
 * offline, vectors scaled to unit length. The model loads on first use (about a second), so
 * commands that never need a paraphrase decision never pay for it.
 */
public final class MiniLmEmbedder implements SentenceEmbedder {

    private static final int BATCH = 64;

    private EmbeddingModel model;

    @Override
    public synchronized List<float[]> embed(List<String> sentences) {
        if (model == null) {
            model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        }
        List<float[]> out = new ArrayList<>(sentences.size());
        for (int from = 0; from < sentences.size(); from += BATCH) {
            List<TextSegment> batch =
                    sentences.subList(from, Math.min(sentences.size(), from + BATCH)).stream()
                            .map(TextSegment::from)
                            .toList();
            for (Embedding embedding : model.embedAll(batch).content()) {
                out.add(unit(embedding.vector()));
            }
        }
        return out;
    }

    private static float[] unit(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        float[] out = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            out[i] = vector[i] * scale;
        }
        return out;
    }
}
