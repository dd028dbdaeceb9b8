package io.storytrace.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storytrace.analyze.ArticleAnalyzer;
import io.storytrace.pipeline.InputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offsets in a quotes JSONL file count Unicode code points, as a labelling tool written in almost
 * any language other than Java does: an emoji before a quotation must not shift the spans.
 */
class CharacterOffsetsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Two emoji before the quotation: two code points, four UTF-16 units. */
    private static final String TEXT =
            "Mara Quill, the harbour master, posted a photo of the quay 🙂🙂 on Sunday.\n\n"
                    + "“The harbour will reopen next week,” Quill said.";

    /** The quoted words in code points: 75..109 (77..111 in Java's UTF-16 indices). */
    private static final int START = 75;

    private static final int END = 109;

    @Test
    void translatesBetweenCodePointsAndStringIndices() {
        CharacterOffsets offsets = new CharacterOffsets("a🙂b");

        assertThat(offsets.length()).isEqualTo(3);
        assertThat(offsets.index(2)).isEqualTo(3);
        assertThat(offsets.character(3)).isEqualTo(2);
        assertThat(new CharacterOffsets("plain").index(4)).isEqualTo(4);
    }

    @Test
    void labelsCountedInCodePointsMatchThePredictionsAndAreWrittenBackAlike(@TempDir Path dir)
            throws Exception {
        assertThat(
                        TEXT.substring(
                                TEXT.offsetByCodePoints(0, START), TEXT.offsetByCodePoints(0, END)))
                .isEqualTo("The harbour will reopen next week,");
        Path labelled =
                labelledSet(dir, Map.of("start", START, "end", END, "speaker", "Mara Quill"));

        QuoteEvaluation.Result result =
                new QuoteEvaluation(new QuotePredictor(ArticleAnalyzer.standard())).run(labelled);
        Path predictions = dir.resolve("predictions.jsonl");
        QuoteEvaluation.writePredictions(result, predictions);

        assertThat(result.score().matched()).isEqualTo(1);
        assertThat(result.score().precision()).isEqualTo(1.0);
        assertThat(result.score().speakerAccuracy()).isEqualTo(1.0);
        JsonNode written = JSON.readTree(Files.readString(predictions)).path("quotes").get(0);
        assertThat(written.path("start").asInt()).isEqualTo(START);
        assertThat(written.path("end").asInt()).isEqualTo(END);
    }

    @Test
    void aSpanPastTheLastCodePointIsAnErrorNamingTheLine(@TempDir Path dir) throws Exception {
        int past = TEXT.codePointCount(0, TEXT.length()) + 1;
        Path labelled = labelledSet(dir, Map.of("start", START, "end", past));

        assertThatThrownBy(() -> new QuoteSetReader().read(labelled))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("set.jsonl:1")
                .hasMessageContaining("runs past the text");
    }

    /** A one-line labelled set of {@link #TEXT} with {@code quote} as its only quotation. */
    private static Path labelledSet(Path dir, Map<String, Object> quote) throws Exception {
        Path labelled = dir.resolve("set.jsonl");
        Map<String, Object> line = Map.of("id", "emoji", "text", TEXT, "quotes", List.of(quote));
        Files.writeString(labelled, JSON.writeValueAsString(line) + "\n", StandardCharsets.UTF_8);
        return labelled;
    }
}
