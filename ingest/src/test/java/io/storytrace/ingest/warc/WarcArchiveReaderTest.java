package io.storytrace.ingest.warc;

import static org.assertj.core.api.Assertions.assertThat;

import io.storytrace.article.RawDocument;
import io.storytrace.pipeline.Outcome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class WarcArchiveReaderTest {

    private final Map<String, Integer> skipped = new TreeMap<>();
    private final WarcArchiveReader reader =
            new WarcArchiveReader(1024 * 1024, reason -> skipped.merge(reason, 1, Integer::sum));

    @Test
    void readsTheHtmlResponsesAndCountsTheOtherRecords() {
        List<Outcome<RawDocument>> outcomes = read("two-pages-among-other-records.warc.gz");

        assertThat(outcomes).hasSize(2).allMatch(o -> o instanceof Outcome.Ok);
        RawDocument first = ((Outcome.Ok<RawDocument>) outcomes.get(0)).value();
        assertThat(first.url()).isEqualTo("https://lakesideledger.example/news/seawall");
        assertThat(first.mediaType()).isEqualTo("text/html");
        assertThat(first.charset()).isEqualTo("utf-8");
        assertThat(new String(first.content(), StandardCharsets.UTF_8))
                .startsWith("<html><head><title>Seawall plan approved");
        assertThat(((Outcome.Ok<RawDocument>) outcomes.get(1)).value().url())
                .isEqualTo("https://lakesideledger.example/news/ferry");
        assertThat(skipped)
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(
                                "archive record of type warcinfo", 1,
                                "archive record of type request", 1,
                                "archive record of type metadata", 1,
                                "archived response that is not HTML", 1,
                                "archived response with HTTP status 301", 1));
    }

    @Test
    void keepsThePagesBeforeATruncatedRecord() {
        List<Outcome<RawDocument>> outcomes = read("truncated-after-first-page.warc");

        assertThat(outcomes).hasSize(2);
        assertThat(outcomes.get(0)).isInstanceOf(Outcome.Ok.class);
        assertThat(outcomes.get(1))
                .isInstanceOfSatisfying(
                        Outcome.Failed.class,
                        failed -> {
                            assertThat(failed.input()).contains("truncated-after-first-page.warc@");
                            assertThat(failed.reason())
                                    .startsWith("truncated or corrupt record at byte")
                                    .endsWith("the records before it were read");
                        });
    }

    @Test
    void readsArcFiles() {
        List<Outcome<RawDocument>> outcomes = read("one-page.arc");

        assertThat(outcomes).hasSize(1);
        assertThat(((Outcome.Ok<RawDocument>) outcomes.get(0)).value().url())
                .isEqualTo("https://valleyvoice.example/orchard");
    }

    @Test
    void namesAFileThatIsNotAnArchive() {
        List<Outcome<RawDocument>> outcomes = read("../jsonl/articles-with-a-bad-line.jsonl");

        assertThat(outcomes).hasSize(1).allMatch(o -> o instanceof Outcome.Failed);
    }

    private List<Outcome<RawDocument>> read(String name) {
        try (Stream<Outcome<RawDocument>> stream =
                reader.read(Path.of("src/test/resources/fixtures/warc", name))) {
            return stream.toList();
        }
    }
}
