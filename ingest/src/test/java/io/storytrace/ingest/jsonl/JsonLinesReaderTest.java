package io.storytrace.ingest.jsonl;

import static org.assertj.core.api.Assertions.assertThat;

import io.storytrace.article.RawDocument;
import io.storytrace.pipeline.Outcome;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {

    @Test
    void readsEachLineAndGoesOnPastBadOnes() {
        Path file = Path.of("src/test/resources/fixtures/jsonl/articles-with-a-bad-line.jsonl");
        List<Outcome<RawDocument>> outcomes;
        try (Stream<Outcome<RawDocument>> stream = new JsonLinesReader().read(file)) {
            outcomes = stream.toList();
        }

        assertThat(outcomes)
                .extracting(Outcome::input)
                .containsExactly(file + ":1", file + ":2", file + ":3", file + ":4", file + ":6");
        RawDocument text = ((Outcome.Ok<RawDocument>) outcomes.get(0)).value();
        assertThat(text.mediaType()).isEqualTo("text/plain");
        assertThat(text.hints().headline()).isEqualTo("Harbor council approves seawall plan");
        assertThat(text.hints().published().toIso()).isEqualTo("2024-05-14T22:41:00-04:00");
        assertThat(text.hints().outlet()).isEqualTo("The Lakeside Ledger");
        RawDocument html = ((Outcome.Ok<RawDocument>) outcomes.get(1)).value();
        assertThat(html.mediaType()).isEqualTo("text/html");
        assertThat(html.hints().headline()).isEqualTo("Orchard harvest starts early");
        assertThat(((Outcome.Failed<RawDocument>) outcomes.get(2)).reason())
                .startsWith("not valid JSON");
        assertThat(((Outcome.Failed<RawDocument>) outcomes.get(3)).reason())
                .isEqualTo("the line has neither \"html\" nor \"body\"");
        assertThat(((Outcome.Failed<RawDocument>) outcomes.get(4)).reason())
                .isEqualTo("not a JSON object");
    }
}
