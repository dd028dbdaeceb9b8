package io.storytrace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.storytrace.testing.Golden;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @TempDir Path dir;

    /** What one run of the command printed and returned. */
    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void demoReportsTheSeedPage() {
        Run run = run("demo", "--format", "json");

        assertThat(run.code()).isZero();
        Golden.assertMatchesText(run.out(), Golden.resource("fixtures/demo/seed.expected.json"));
    }

    @Test
    void demoPrintsTheSameReportAsText() {
        Run run = run("demo");

        assertThat(run.code()).isZero();
        Golden.assertMatchesText(run.out(), Golden.resource("fixtures/demo/seed.expected.txt"));
    }

    @Test
    void traceGoesOnPastABadFileAndExitsWithOne() throws IOException {
        Path good =
                Files.writeString(dir.resolve("good.txt"), "Tide Report\n\nHigh water at noon.");
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");

        Run run = run("trace", "--format", "json", empty.toString(), good.toString());

        assertThat(run.code()).isEqualTo(Main.EXIT_SOME_FAILED);
        assertThat(run.out())
                .contains("\"headline\" : \"Tide Report\"")
                .contains("\"input\" : \"" + empty + "\"")
                .contains("\"reason\" : \"the file is empty\"");
    }

    @Test
    void aUsageErrorExitsWithTwo() {
        Run run = run("trace", "--format", "yaml", "x.txt");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--format");
    }

    @Test
    void ingestStoresIntoTheCorpusAndStoriesListsThem() throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        String body =
                "The Port Alder city council voted 7-2 on Tuesday to replace the Harbor Street"
                        + " bridge, approving a $48 million plan.\n\nThe bridge carries 22,000"
                        + " vehicles a day and was rated structurally deficient last year.\n\n"
                        + "Mayor Lorna Vasquez said the city had patched it for two decades.";
        Files.writeString(docs.resolve("a-wire.txt"), "Council approves bridge\n\n" + body);
        Files.writeString(docs.resolve("b-copy.txt"), "Bridge to close for a year\n\n" + body);
        String data = dir.resolve("data").toString();

        Run first = run("ingest", "--data", data, "--no-embeddings", docs.toString());
        Run again = run("ingest", "--data", data, "--no-embeddings", docs.toString());
        Run stories = run("stories", "--data", data, "--format", "json");

        assertThat(first.code()).isZero();
        assertThat(first.out()).contains("2 added, 0 already present, 0 failed");
        assertThat(again.out()).contains("0 added, 2 already present, 0 failed");
        assertThat(stories.code()).isZero();
        assertThat(stories.out()).contains("\"relation\" : \"copy\"").contains("a-wire.txt");
    }

    @Test
    void outletsProfilesTheSampleCorpusWithEvidence() {
        String data = dir.resolve("demo").toString();
        assertThat(run("demo", "--data", data, "--format", "json").code()).isZero();

        Run text = run("outlets", "--data", data);
        Run json = run("outlets", "--data", data, "--format", "json", "--min-articles", "1");

        assertThat(text.code()).isZero();
        assertThat(text.out())
                .contains("Civic Pulse · 1 article")
                .contains(
                        "  uncredited copies    1 of 1\n      sample/01-harbor-bridge/civic-pulse-rewrite.html")
                .doesNotContain("%)");
        assertThat(json.code()).isZero();
        assertThat(json.out())
                .contains("\"minArticles\" : 1")
                .contains("\"outlet\" : \"Coastline Wire\"")
                .contains("\"share\" : 1.0");
    }

    @Test
    void outletsWithoutACorpusIsAUsageError() {
        Run run = run("outlets", "--data", dir.resolve("none").toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("no corpus");
    }

    @Test
    void storiesWithoutACorpusIsAUsageError() {
        Run run = run("stories", "--data", dir.resolve("none").toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("no corpus");
    }

    @Test
    void evalReuseWritesFiguresAndPredictions() throws IOException {
        Path set = dir.resolve("pairs.jsonl");
        Files.writeString(
                set,
                "{\"id\":\"p1\",\"a\":{\"text\":\"Tide tables\\n\\nHigh water at noon in"
                        + " Port Alder on Tuesday, the harbor office said.\"},\"b\":{\"text\":\"Tides"
                        + "\\n\\nHigh water at noon in Port Alder on Tuesday, the harbor office"
                        + " said.\"},\"label\":\"derived\"}\n");
        Path json = dir.resolve("figures.json");
        Path predictions = dir.resolve("predictions.jsonl");

        Run run =
                run(
                        "eval",
                        "reuse",
                        "--no-embeddings",
                        "--json",
                        json.toString(),
                        "--predictions",
                        predictions.toString(),
                        set.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("decision").contains("score>=0.50");
        assertThat(Files.readString(json)).contains("\"task\" : \"reuse\"");
        assertThat(run.err()).contains("figures written to " + json);
        assertThat(Files.readString(predictions))
                .startsWith("{\"id\":\"p1\",")
                .contains("\"label\":\"derived\"");
    }
}
