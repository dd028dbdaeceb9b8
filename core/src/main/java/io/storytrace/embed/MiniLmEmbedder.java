package io.storytrace.embed;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import io.storytrace.match.SentenceEmbedder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Embeds sentences with the quantized all-MiniLM-L6-v2 model shipped inside its jar: in process,
 * offline, vectors scaled to unit length. The model runs on the calling thread with one ONNX thread
 * that does not spin, so embeddings share the cores politely with the rest of ingest. It loads on
 * first use (about a second), so commands that never need a paraphrase decision never pay for it.
 */
public final class MiniLmEmbedder implements SentenceEmbedder {

    /** The length of every vector the model returns. */
    public static final int DIMENSION = 384;

    private static final int BATCH = 64;
    private static final String MODEL = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

    private EmbeddingModel model;

    @Override
    public synchronized List<float[]> embed(List<String> sentences) {
        if (model == null) {
            model = load();
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

    private static EmbeddingModel load() {
        try (InputStream modelBytes = resource(MODEL);
                InputStream tokenizer = resource(TOKENIZER)) {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            OrtSession session = environment.createSession(modelBytes.readAllBytes(), options);
            OnnxBertBiEncoder encoder =
                    new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
            return new SingleThreadModel(encoder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the embedding model", e);
        } catch (OrtException e) {
            throw new IllegalStateException(
                    "cannot load the embedding model: " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream("/" + name);
        if (in == null) {
            throw new IllegalStateException("the embedding model jar lacks " + name);
        }
        return in;
    }

    /** The model run on the calling thread, one sentence after another. */
    private static final class SingleThreadModel extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        SingleThreadModel(OnnxBertBiEncoder encoder) {
            super(Runnable::run);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }
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
