package io.storytrace.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storytrace.eval.ScaleCorpusGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code storytrace bench generate}: writes a scale corpus built from real article bodies. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = {
            "Writes N plain-text articles in story families built by mutating real article bodies"
                    + " (a ground-truth.json mapping ids to {articleBody}), with families.tsv."
        })
final class BenchGenerateCommand implements Callable<Integer> {

    @Spec private CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "GROUND_TRUTH",
            description = "ground-truth.json with article bodies.")
    private Path source;

    @Parameters(
            index = "1",
            paramLabel = "OUT",
            description = "The folder to write (must not exist).")
    private Path out;

    @Option(
            names = "--articles",
            paramLabel = "N",
            defaultValue = "10000",
            description = "How many articles (default: ${DEFAULT-VALUE}).")
    private int articles;

    @Option(
            names = "--seed",
            defaultValue = "1",
            description = "Random seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Override
    public Integer call() throws IOException {
        if (Files.exists(out)) {
            spec.commandLine().getErr().println("storytrace bench generate: " + out + " exists");
            spec.commandLine().getErr().flush();
            return 2;
        }
        JsonNode truth = new ObjectMapper().readTree(source.toFile());
        Map<String, String> bodies = new TreeMap<>();
        truth.properties()
                .forEach(e -> bodies.put(e.getKey(), e.getValue().path("articleBody").asText()));
        List<String> texts = new ArrayList<>(bodies.values());
        int families = new ScaleCorpusGenerator(texts, seed).generate(articles, out);
        spec.commandLine()
                .getOut()
                .printf("wrote %d articles in %d families to %s%n", articles, families, out);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
