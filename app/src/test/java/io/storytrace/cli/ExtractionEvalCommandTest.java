package io.storytrace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionEvalCommandTest {

    private static final String SET = "src/test/resources/fixtures/extraction-set";

    @TempDir Path dir;

    @Test
    void printsOneTableWithOursAndEveryPeerAndWritesTheSameFigures() throws IOException {
        Path figures = dir.resolve("figures.json");
        Path predictions = dir.resolve("predictions.json");

        CliTest.Run run =
                CliTest.run(
                        "eval",
                        "extraction",
                        SET,
                        "--json",
                        figures.toString(),
                        "--predictions",
                        predictions.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out().lines().toList())
                .first()
                .asString()
                .contains("extractor")
                .contains("F1")
                .contains("pages/s");
        assertThat(run.out())
                .containsPattern("storytrace +1\\.000 +1\\.000 +1\\.000 +1\\.000 +\\d+")
                .contains("toy_extractor")
                .contains("published time found on 1 of 1 pages");
        ObjectMapper json = new ObjectMapper();
        JsonNode written = json.readTree(figures.toFile());
        assertThat(written.at("/extractors/storytrace/f1").asDouble()).isEqualTo(1.0);
        assertThat(written.at("/extractors/toy_extractor/recall").asDouble()).isBetween(0.0, 0.5);
        assertThat(json.readTree(predictions.toFile()).at("/ferry/articleBody").asText())
                .startsWith("The island ferry returned to service on Friday");
    }

    @Test
    void aFolderThatIsNotALabelledSetIsAUsageError() {
        CliTest.Run run = CliTest.run("eval", "extraction", dir.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("is not an extraction set");
    }
}
