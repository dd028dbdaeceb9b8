package io.storytrace.cli;

import io.storytrace.eval.EvalResult;
import io.storytrace.eval.ParaphraseCrossValidation;
import io.storytrace.eval.ParaphraseEvaluator;
import io.storytrace.eval.ParaphraseModelFitter;
import io.storytrace.eval.ParaphraseSetReader;
import io.storytrace.match.AlignerSettings;
import io.storytrace.match.ParaphraseModel;
import io.storytrace.match.SentenceComparer;
import io.storytrace.match.SentenceEmbedder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code storytrace eval paraphrase FILE.tsv}: accuracy and F1 of the paraphrase decision. */
@Command(
        name = "paraphrase",
        mixinStandardHelpOptions = true,
        description = {
            "Scores the sentence aligner's paraphrase decision on a labelled set in the MRPC"
                    + " layout (label, id1, id2, sentence1, sentence2; header line)."
        })
final class ParaphraseEvalCommand implements Callable<Integer> {

    @Spec private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The labelled pairs, tab-separated.")
    private Path file;

    @Mixin private EvalOutput output;

    @Mixin private EmbeddingOptions embeddings;

    @Option(
            names = "--model",
            paramLabel = "FILE",
            description = "A paraphrase model file to decide with (default: the bundled one).")
    private Path model;

    @Option(
            names = "--fit",
            paramLabel = "FILE",
            description =
                    "Fit a paraphrase model on the labelled pairs, write it to FILE, and score"
                            + " the pairs with it.")
    private Path fit;

    @Option(
            names = "--folds",
            paramLabel = "K",
            description =
                    "Cross-validate a fitted model instead: fit on all folds but one, score that"
                            + " one, K times, and report the pooled out-of-fold figures.")
    private Integer folds;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        try {
            var pairs = new ParaphraseSetReader().read(file);
            Optional<SentenceEmbedder> embedder = embeddings.embedder();
            ParaphraseModel decision =
                    model == null
                            ? ParaphraseModel.standard()
                            : ParaphraseModel.parse(Files.readString(model), model.toString());
            if ((fit != null || folds != null) && embedder.isEmpty()) {
                throw new IllegalArgumentException("--fit and --folds need the embeddings");
            }
            if (fit != null) {
                decision = new ParaphraseModelFitter(embedder.get()).fit(pairs);
                Files.writeString(
                        fit,
                        decision.format(
                                "Logistic paraphrase model fitted by storytrace eval paraphrase"
                                        + " --fit\non "
                                        + pairs.size()
                                        + " labelled pairs of "
                                        + file.getFileName()
                                        + "."));
            }
            EvalResult result =
                    folds != null
                            ? new ParaphraseCrossValidation(embedder.get()).evaluate(pairs, folds)
                            : new ParaphraseEvaluator(
                                            new SentenceComparer(
                                                    AlignerSettings.defaults(), embedder, decision))
                                    .evaluate(pairs);
            output.write(
                    result, "paraphrase", spec.commandLine().getOut(), spec.commandLine().getErr());
            return 0;
        } catch (IllegalArgumentException | java.nio.file.NoSuchFileException e) {
            err.println("storytrace eval paraphrase: " + e.getMessage());
            err.flush();
            return 2;
        }
    }
}
