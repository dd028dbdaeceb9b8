package io.storytrace.cli;

import io.storytrace.eval.EvalResult;
import io.storytrace.eval.ReuseEvaluator;
import io.storytrace.eval.ReuseSetReader;
import io.storytrace.match.AlignerSettings;
import io.storytrace.match.DerivationFinder;
import io.storytrace.match.DerivationJudge;
import io.storytrace.match.JudgeSettings;
import io.storytrace.match.SentenceAligner;
import io.storytrace.match.SentenceEmbedder;
import io.storytrace.pipeline.Pipeline;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code storytrace eval reuse FILE.jsonl}: precision, recall and F1 of "derived". */
@Command(
        name = "reuse",
        mixinStandardHelpOptions = true,
        description = {
            "Scores text-reuse detection on labelled article pairs (JSON lines with a, b and"
                    + " label derived|independent)."
        })
final class ReuseEvalCommand implements Callable<Integer> {

    @Spec private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The labelled pairs, JSON lines.")
    private Path file;

    @Mixin private EvalOutput output;

    @Mixin private EmbeddingOptions embeddings;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        try {
            var pairs = new ReuseSetReader().read(file);
            Optional<SentenceEmbedder> embedder = embeddings.embedder();
            DerivationFinder matcher =
                    new DerivationFinder(
                            new SentenceAligner(AlignerSettings.defaults(), embedder),
                            new DerivationJudge(JudgeSettings.defaults()));
            EvalResult result = new ReuseEvaluator(Pipeline.standard(), matcher).evaluate(pairs);
            output.write(
                    result,
                    "reuse",
                    spec.commandLine().getOut(),
                    spec.commandLine().getErr(),
                    "derived",
                    "independent");
            return 0;
        } catch (IllegalArgumentException | java.nio.file.NoSuchFileException e) {
            err.println("storytrace eval reuse: " + e.getMessage());
            err.flush();
            return 2;
        }
    }
}
