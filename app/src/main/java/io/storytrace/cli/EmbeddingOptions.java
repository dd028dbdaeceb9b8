package io.storytrace.cli;

import io.storytrace.embed.MiniLmEmbedder;
import io.storytrace.match.CachingEmbedder;
import io.storytrace.match.SentenceEmbedder;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The option of the evals that score the paraphrase decision with or without embeddings. */
final class EmbeddingOptions {

    @Option(names = "--no-embeddings", description = "Decide on words alone.")
    boolean noEmbeddings;

    /** MiniLM behind an in-memory cache, or none with {@code --no-embeddings}. */
    Optional<SentenceEmbedder> embedder() {
        return noEmbeddings
                ? Optional.empty()
                : Optional.of(
                        new CachingEmbedder(new MiniLmEmbedder(), CachingEmbedder.memoryCache()));
    }
}
