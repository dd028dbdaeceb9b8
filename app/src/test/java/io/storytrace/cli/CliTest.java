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
}
