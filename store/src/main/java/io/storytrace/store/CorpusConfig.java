package io.storytrace.store;

import io.storytrace.match.AlignerSettings;
import io.storytrace.match.JudgeSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How a corpus is opened and matched. Defaults in {@link #defaults(Path)}.
 *
 * @param dataDirectory the data directory (created when absent)
 * @param window how far apart in publication time candidates may lie
 * @param candidates the most candidates compared with each new article
 * @param embeddings whether sentence embeddings may decide paraphrases
 * @param aligner sentence alignment thresholds
 * @param judge derivation thresholds
 * @param refreshEvery how many ingests between index refreshes (searches see older articles)
 * @param commitEvery how many ingests between index commits and saves of word statistics
 */
public record CorpusConfig(
        Path dataDirectory,
        Duration window,
        int candidates,
        boolean embeddings,
        AlignerSettings aligner,
        JudgeSettings judge,
        int refreshEvery,
        int commitEvery) {

    /** The default data directory, relative to the working directory. */
    public static final Path DEFAULT_DATA = Path.of("storytrace-data");

    public CorpusConfig {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(aligner, "aligner");
        Objects.requireNonNull(judge, "judge");
        if (candidates < 1 || refreshEvery < 1 || commitEvery < 1) {
            throw new IllegalArgumentException(
                    "candidates, refreshEvery and commitEvery must be positive");
        }
    }

    public static CorpusConfig defaults(Path dataDirectory) {
        return new CorpusConfig(
                dataDirectory,
                Duration.ofDays(14),
                12,
                true,
                AlignerSettings.defaults(),
                JudgeSettings.defaults(),
                2048,
                5000);
    }

    public CorpusConfig withWindow(Duration value) {
        return new CorpusConfig(
                dataDirectory,
                value,
                candidates,
                embeddings,
                aligner,
                judge,
                refreshEvery,
                commitEvery);
    }

    public CorpusConfig withEmbeddings(boolean value) {
        return new CorpusConfig(
                dataDirectory,
                window,
                candidates,
                value,
                aligner,
                judge,
                refreshEvery,
                commitEvery);
    }

    public CorpusConfig withCandidates(int value) {
        return new CorpusConfig(
                dataDirectory,
                window,
                value,
                embeddings,
                aligner,
                judge,
                refreshEvery,
                commitEvery);
    }
}
