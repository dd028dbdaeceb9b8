package io.storytrace.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.storytrace.eval.ExtractionBenchmark;
import io.storytrace.eval.ExtractionEvaluation;
import io.storytrace.eval.ExtractionEvaluator;
import io.storytrace.eval.ExtractionFigures;
import io.storytrace.eval.ExtractionTable;
import io.storytrace.extract.DocumentExtractor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code storytrace eval extraction DIR}: article extraction scored next to other extractors. */
@Command(
        name = "extraction",
        mixinStandardHelpOptions = true,
        description = {
            "Scores article extraction on a labelled set (html/<id>.html.gz and"
                    + " ground-truth.json) by word 4-grams, next to every output/*.json found"
                    + " there, and times our extractor on one thread."
        })
final class ExtractionEvalCommand implements Callable<Integer> {

    @Spec private CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The labelled set's folder.")
    private Path folder;

    @Option(
            names = "--predictions",
            paramLabel = "FILE",
            description = "Also write our article bodies there, in the peers' layout.")
    private Path predictions;

    @Mixin private FiguresFile figuresFile;

    @Override
    public Integer call() throws IOException {
        ExtractionBenchmark benchmark;
        try {
            benchmark = ExtractionBenchmark.read(folder);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        ExtractionEvaluation evaluation =
                new ExtractionEvaluator(DocumentExtractor.standard()).evaluate(benchmark);
        spec.commandLine().getOut().print(new ExtractionTable().render(evaluation));
        spec.commandLine().getOut().flush();
        ObjectMapper json = new ObjectMapper();
        ExtractionFigures writer = new ExtractionFigures();
        json.writerWithDefaultPrettyPrinter()
                .writeValue(
                        figuresFile.resolve("extraction", spec.commandLine().getErr()).toFile(),
                        writer.figures(evaluation));
        if (predictions != null) {
            json.writerWithDefaultPrettyPrinter()
                    .writeValue(predictions.toFile(), writer.predictions(evaluation));
        }
        return 0;
    }
}
