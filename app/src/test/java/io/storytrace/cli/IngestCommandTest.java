package io.storytrace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.storytrace.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandTest {

    /** A folder of every kind of local input, two of them broken. */
    private static final String MIXED = "src/test/resources/fixtures/ingest/mixed";

    @TempDir Path dir;

    @Test
    void ingestsAMixedFolderListsFailuresAndExitsWithOne() throws IOException {
        CliTest.Run run = CliTest.run("ingest", "--out", dir.toString(), MIXED);

        assertThat(run.code()).isEqualTo(Main.EXIT_SOME_FAILED);
        Path articles = dir.resolve(IngestCommand.ARTICLES_FILE);
        Golden.assertMatchesText(
                Files.readString(articles),
                Golden.resource("fixtures/ingest/mixed.expected.jsonl"));
        assertThat(run.out())
                .contains("5 articles written, 5 failed from 1 source in ")
                .contains("; written to " + articles)
                .contains("skipped 1: archive record of type warcinfo")
                .contains("Failures:")
                .contains(MIXED + "/03-articles.jsonl:3: not valid JSON")
                .contains("04-crawl.warc@")
                .contains("truncated or corrupt record")
                .contains(MIXED + "/05-image.html: the content is a PNG image, not an article");
    }

    @Test
    void appendsToAnOutputFileAndExitsWithZeroWhenAllWentWell() throws IOException {
        Path out = dir.resolve("articles.jsonl");
        Files.writeString(out, "{\"kept\":true}\n");

        CliTest.Run run = CliTest.run("ingest", "--out", out.toString(), MIXED + "/01-dump.txt");

        assertThat(run.code()).isZero();
        assertThat(Files.readAllLines(out)).hasSize(2).first().isEqualTo("{\"kept\":true}");
        assertThat(run.out()).contains("1 articles written, 0 failed from 1 source");
    }

    @Test
    void aMalformedAddressIsAUsageError() {
        CliTest.Run run = CliTest.run("ingest", "--out", dir.toString(), "http://bad host/");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("not a valid web address: http://bad host/");
    }
}
