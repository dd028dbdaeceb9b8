package io.storytrace.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills an ingesting JVM with SIGKILL in the middle of a 5,000-document batch and proves that
 * nothing acknowledged was lost, nothing half-written remains, and re-running completes the batch.
 */
class CrashRecoveryTest {

    private static final int DOCUMENTS = 5000;

    @TempDir Path dir;

    @Test
    void aKilledIngestLeavesASoundCorpusThatARerunCompletes() throws Exception {
        Path docs = dir.resolve("docs");
        Path data = dir.resolve("data");
        SyntheticDocuments.write(docs, DOCUMENTS, 7);

        int acknowledged = runAndKillAfter(data, docs, 1500);

        try (Corpus corpus = Corpus.open(CorpusConfig.defaults(data).withEmbeddings(false))) {
            assertThat(corpus.integrityCheck()).isEqualTo("ok");
            assertThat(corpus.articleCount()).isBetween((long) acknowledged, (long) DOCUMENTS - 1);
            assertThat(corpus.indexedIds()).isEqualTo(new HashSet<>(corpus.articleIds()));
        }

        IngestChild.ingest(data, docs, new PrintStream(OutputStream.nullOutputStream()));

        try (Corpus corpus = Corpus.open(CorpusConfig.defaults(data).withEmbeddings(false))) {
            assertThat(corpus.integrityCheck()).isEqualTo("ok");
            List<Long> ids = corpus.articleIds();
            assertThat(ids).hasSize(DOCUMENTS);
            assertThat(new HashSet<>(ids)).hasSize(DOCUMENTS);
            assertThat(corpus.indexedIds()).isEqualTo(new HashSet<>(ids));
            HashSet<String> locations = new HashSet<>();
            for (long id : ids) {
                locations.add(corpus.article(id).orElseThrow().article().location());
            }
            assertThat(locations).hasSize(DOCUMENTS);
        }
    }

    /** Starts the child, waits for {@code after} acknowledgements, kills it; returns the count. */
    private static int runAndKillAfter(Path data, Path docs, int after) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child =
                new ProcessBuilder(
                                java,
                                "-Xmx512m",
                                "--add-modules",
                                "jdk.incubator.vector",
                                "-cp",
                                System.getProperty("java.class.path"),
                                IngestChild.class.getName(),
                                data.toString(),
                                docs.toString())
                        .redirectErrorStream(true)
                        .start();
        int stored = 0;
        try (BufferedReader out =
                new BufferedReader(
                        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("stored ") && ++stored >= after) {
                    break;
                }
                assertThat(line).doesNotStartWith("done");
            }
            // SIGKILL on Unix: the JVM gets no chance to close the database or the index.
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(stored)
                .as("the child acknowledged articles before it was killed")
                .isEqualTo(after);
        return stored;
    }
}
