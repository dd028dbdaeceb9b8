package io.storytrace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuotesEvalCommandTest {

    @TempDir Path dir;

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** Writes a one-article labelled set. */
    private static void writeSet(
            Path set, String id, String text, List<java.util.Map<String, Object>> quotes)
            throws IOException {
        Files.writeString(
                set,
                new ObjectMapper()
                                .writeValueAsString(
                                        java.util.Map.of("id", id, "text", text, "quotes", quotes))
                        + "\n",
                StandardCharsets.UTF_8);
    }

    private static java.util.Map<String, Object> quote(int start, int end, String speaker) {
        return java.util.Map.of("start", start, "end", end, "speaker", speaker);
    }

    @Test
    void printsTheFiguresAndWritesJsonAndPredictions() throws IOException {
        Path set = dir.resolve("set.jsonl");
        String text = "Ana Ruiz spoke. “We won,” Ruiz said. The show “Night Ferry” ended.";
        writeSet(set, "one", text, List.of(quote(17, 24, "Ana Ruiz")));
        Path json = dir.resolve("figures.json");
        Path predictions = dir.resolve("predictions.jsonl");

        Run run =
                run(
                        "eval",
                        "quotes",
                        set.toString(),
                        "--errors",
                        "--json",
                        json.toString(),
                        "--predictions",
                        predictions.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out())
                .contains("span precision      1.000")
                .contains("span recall         1.000")
                .contains("speaker accuracy    1.000");
        JsonNode figures = new ObjectMapper().readTree(json.toFile());
        assertThat(figures.get("f1").asDouble()).isEqualTo(1.0);
        JsonNode predicted = new ObjectMapper().readTree(Files.readString(predictions).strip());
        assertThat(predicted.get("quotes").get(0).get("start").asInt()).isEqualTo(17);
        assertThat(predicted.get("quotes").get(0).get("speaker").asText()).isEqualTo("Ana Ruiz");
    }

    @Test
    void comparesTheRunWithABaselineItWroteEarlier() throws IOException {
        Path set = dir.resolve("set.jsonl");
        String text = "Ana Ruiz spoke. “We won,” Ruiz said. “We lost,” Tom Hale said.";
        ObjectMapper json = new ObjectMapper();
        writeSet(set, "one", text, List.of(quote(17, 24, "Ana Ruiz"), quote(38, 46, "Tom Hale")));
        // an earlier run that had the first speaker wrong and missed the second span
        Path baseline = dir.resolve("baseline.jsonl");
        Files.writeString(
                baseline,
                "{\"id\":\"one\",\"text\":"
                        + json.writeValueAsString(text)
                        + ",\"quotes\":[{\"start\":17,\"end\":24,\"speaker\":\"Tom Hale\","
                        + "\"outlet\":null}]}\n",
                StandardCharsets.UTF_8);

        Run run = run("eval", "quotes", set.toString(), "--baseline", baseline.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out())
                .contains("speaker accuracy    1.000  (2 of 2 matched spans; 95% interval")
                .contains("span recall         0.500 → 1.000")
                .contains(
                        "labelled spans     1 found that the baseline missed, 0 missed that it"
                                + " found; false alarms 0 → 0")
                .contains(
                        "speaker accuracy    0.000 → 1.000  (1 fixed, 0 broken; exact McNemar"
                                + " p = 1.000)");
    }

    @Test
    void aBaselineWithoutAnArticleOfTheSetIsAnError() throws IOException {
        Path set = dir.resolve("set.jsonl");
        Files.writeString(set, "{\"id\":\"a\",\"text\":\"x\",\"quotes\":[]}\n");
        Path baseline = dir.resolve("baseline.jsonl");
        Files.writeString(baseline, "{\"id\":\"b\",\"text\":\"x\",\"quotes\":[]}\n");

        Run run = run("eval", "quotes", set.toString(), "--baseline", baseline.toString());

        assertThat(run.code()).isEqualTo(Main.EXIT_SOME_FAILED);
        assertThat(run.err()).contains("baseline.jsonl").contains("no predictions for article a");

        Files.writeString(baseline, "{\"id\":\"a\",\"text\":\"y\",\"quotes\":[]}\n");
        Run other = run("eval", "quotes", set.toString(), "--baseline", baseline.toString());

        assertThat(other.code()).isEqualTo(Main.EXIT_SOME_FAILED);
        assertThat(other.err()).contains("article a has another text than in the set");
    }

    @Test
    void aMalformedLineIsReportedWithItsPlace() throws IOException {
        Path set = dir.resolve("bad.jsonl");
        Files.writeString(set, "{\"id\":\"a\",\"text\":\"x\",\"quotes\":[]}\nnot json\n");

        Run run = run("eval", "quotes", set.toString());

        assertThat(run.code()).isEqualTo(Main.EXIT_SOME_FAILED);
        assertThat(run.err()).contains("bad.jsonl:2").contains("not a labelled article");
    }
}
