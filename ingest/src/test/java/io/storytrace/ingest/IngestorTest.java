package io.storytrace.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.storytrace.article.RawDocument;
import io.storytrace.pipeline.Outcome;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestorTest {

    private final Ingestor ingestor = new Ingestor();

    @TempDir Path dir;

    @Test
    void readsAFolderInNameOrderAndGoesOnPastBadFiles() throws IOException {
        Files.writeString(dir.resolve("b.txt"), "Second\n\nBody.");
        Files.writeString(dir.resolve("a.html"), "<p>First</p>");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/c.txt"), "Third\n\nBody.");
        Files.writeString(dir.resolve(".hidden"), "skipped");
        try (RandomAccessFile huge = new RandomAccessFile(dir.resolve("huge.txt").toFile(), "rw")) {
            huge.setLength(40L * 1024 * 1024); // sparse: no disk used
        }

        List<Outcome<RawDocument>> outcomes = ingestor.read(Source.of(dir.toString())).toList();

        assertThat(outcomes)
                .extracting(o -> dir.relativize(Path.of(o.input())).toString())
                .containsExactly("a.html", "b.txt", "huge.txt", "sub/c.txt");
        assertThat(outcomes.get(0))
                .isInstanceOfSatisfying(
                        Outcome.Ok.class,
                        ok ->
                                assertThat(((RawDocument) ok.value()).mediaType())
                                        .isEqualTo("text/html"));
        assertThat(outcomes.get(2))
                .isInstanceOfSatisfying(
                        Outcome.Failed.class,
                        failed ->
                                assertThat(failed.reason())
                                        .isEqualTo(
                                                "file is 40 MiB, over the 32 MiB limit for one article"));
        assertThat(outcomes.get(3)).isInstanceOf(Outcome.Ok.class);
    }

    @Test
    void reportsAMissingFileByName() {
        Path missing = dir.resolve("missing.txt");

        assertThat(ingestor.read(Source.of(missing.toString())).toList())
                .containsExactly(new Outcome.Failed<>(missing.toString(), "no such file"));
    }
}
