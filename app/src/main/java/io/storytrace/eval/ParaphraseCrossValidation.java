package io.storytrace.eval;

import io.storytrace.match.AlignerSettings;
import io.storytrace.match.ParaphraseModel;
import io.storytrace.match.SentenceComparer;
import io.storytrace.match.SentenceEmbedder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How a paraphrase model fitted on one set fares on pairs it has not seen: the pairs are dealt into
 * {@code k} folds (pair {@code i} to fold {@code i mod k}); for each fold a model is fitted on the
 * others and the fold is scored as {@code eval paraphrase --model} would score a file of its own
 * (word weights from the fold's sentences). The figures are those of the pooled out-of-fold
 * predictions, in input order.
 */
public final class ParaphraseCrossValidation {

    private final SentenceEmbedder embedder;

    public ParaphraseCrossValidation(SentenceEmbedder embedder) {
        this.embedder = embedder;
    }

    public EvalResult evaluate(List<ParaphrasePair> pairs, int folds) {
        if (folds < 2 || folds > pairs.size()) {
            throw new IllegalArgumentException(
                    "cross-validation needs 2 to "
                            + pairs.size()
                            + " folds for "
                            + pairs.size()
                            + " pairs, not "
                            + folds);
        }
        ParaphraseModelFitter fitter = new ParaphraseModelFitter(embedder);
        List<IndexedPrediction> pooled = new ArrayList<>();
        for (int fold = 0; fold < folds; fold++) {
            List<ParaphrasePair> training = new ArrayList<>();
            List<ParaphrasePair> held = new ArrayList<>();
            List<Integer> heldIndex = new ArrayList<>();
            for (int i = 0; i < pairs.size(); i++) {
                if (i % folds == fold) {
                    held.add(pairs.get(i));
                    heldIndex.add(i);
                } else {
                    training.add(pairs.get(i));
                }
            }
            ParaphraseModel model = fitter.fit(training);
            EvalResult scored =
                    new ParaphraseEvaluator(
                                    new SentenceComparer(
                                            AlignerSettings.defaults(),
                                            Optional.of(embedder),
                                            model))
                            .evaluate(held);
            for (int k = 0; k < held.size(); k++) {
                pooled.add(new IndexedPrediction(heldIndex.get(k), scored.predictions().get(k)));
            }
        }
        pooled.sort(Comparator.comparingInt(IndexedPrediction::index));
        return EvalResult.of(
                "paraphrase", "1", pooled.stream().map(IndexedPrediction::prediction).toList());
    }

    private record IndexedPrediction(int index, Prediction prediction) {}
}
