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

/** Inputs far larger than any article are refused by size, before they are read. */
class OversizedInputTest {

    @TempDir Path dir;

    @Test
    void refusesA200MegabytePageFileWithoutReadingIt() throws IOException {
        Path page = dir.resolve("huge.html");
        try (RandomAccessFile file = new RandomAccessFile(page.toFile(), "rw")) {
            file.setLength(200L * 1024 * 1024); // sparse: costs no disk and no memory
        }
        Files.writeString(dir.resolve("small.html"), "<p>Small page.</p>");

        List<Outcome<RawDocument>> outcomes;
        try (Ingestor ingestor = new Ingestor()) {
            outcomes = ingestor.read(Source.of(dir.toString())).toList();
        }

        assertThat(outcomes).hasSize(2);
        assertThat(outcomes.get(0))
                .isEqualTo(
                        new Outcome.Failed<>(
                                page.toString(),
                                "file is 200 MiB, over the 32 MiB limit for one article"));
        assertThat(outcomes.get(1)).isInstanceOf(Outcome.Ok.class);
    }
}
