package io.storytrace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.storytrace.match.ParaphraseModel;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParaphraseEvalCommandTest {

    @TempDir Path dir;

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static String devSet() throws Exception {
        return Path.of(
                        ParaphraseEvalCommandTest.class
                                .getClassLoader()
                                .getResource("eval/paraphrase-dev.tsv")
                                .toURI())
                .toString();
    }

    @Test
    void aFittedModelIsWrittenAndScoresTheSameWhenReadBack() throws Exception {
        Path model = dir.resolve("model.tsv");
        Path fitted = dir.resolve("fitted.json");
        Path reread = dir.resolve("reread.json");

        Run fit =
                run(
                        "eval",
                        "paraphrase",
                        devSet(),
                        "--fit",
                        model.toString(),
                        "--json",
                        fitted.toString());
        Run again =
                run(
                        "eval",
                        "paraphrase",
                        devSet(),
                        "--model",
                        model.toString(),
                        "--json",
                        reread.toString());

        assertThat(fit.code()).as(fit.err()).isZero();
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(Files.readString(model)).contains("on 75 labelled pairs of paraphrase-dev.tsv");
        assertThat(ParaphraseModel.parse(Files.readString(model), "model").threshold())
                .isBetween(0.05, 0.95);
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(reread.toFile()).get("decision"))
                .isEqualTo(json.readTree(fitted.toFile()).get("decision"));
    }

    @Test
    void crossValidationReportsOutOfFoldFiguresForEveryPair() throws Exception {
        Path predictions = dir.resolve("predictions.jsonl");

        Run run =
                run(
                        "eval",
                        "paraphrase",
                        devSet(),
                        "--folds",
                        "5",
                        "--predictions",
                        predictions.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("eval paraphrase: 75 pairs");
        assertThat(Files.readAllLines(predictions)).hasSize(75);
    }

    @Test
    void fittingWithoutEmbeddingsOrWithOneFoldIsAUsageError() throws Exception {
        Run noEmbeddings =
                run(
                        "eval",
                        "paraphrase",
                        devSet(),
                        "--no-embeddings",
                        "--fit",
                        dir.resolve("m.tsv").toString());
        Run oneFold = run("eval", "paraphrase", devSet(), "--folds", "1");

        assertThat(noEmbeddings.code()).isEqualTo(2);
        assertThat(noEmbeddings.err()).contains("--fit and --folds need the embeddings");
        assertThat(oneFold.code()).isEqualTo(2);
        assertThat(oneFold.err()).contains("2 to 75 folds");
    }
}
