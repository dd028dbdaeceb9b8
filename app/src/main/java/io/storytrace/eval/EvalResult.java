package io.storytrace.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * The figures of one evaluation: the decision's scores, and the scores of thresholding the likeness
 * score at each step of a sweep.
 *
 * @param task "reuse" or "paraphrase"
 * @param positive the name of the positive label
 * @param pairs how many pairs were scored
 * @param decision the system's own decision against the labels
 * @param sweep thresholds from 0.05 to 0.95 in steps of 0.05
 * @param predictions every pair's prediction, in input order
 */
public record EvalResult(
        String task,
        String positive,
        int pairs,
        BinaryScores decision,
        List<SweepPoint> sweep,
        List<Prediction> predictions) {

    /** The scores of predicting yes when the score reaches {@code threshold}. */
    public record SweepPoint(double threshold, BinaryScores scores) {}

    public EvalResult {
        sweep = List.copyOf(sweep);
        predictions = List.copyOf(predictions);
    }

    /** Builds the result from predictions. */
    public static EvalResult of(String task, String positive, List<Prediction> predictions) {
        boolean[] labels = new boolean[predictions.size()];
        boolean[] decided = new boolean[predictions.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = predictions.get(i).label();
            decided[i] = predictions.get(i).predicted();
        }
        List<SweepPoint> sweep = new ArrayList<>();
        for (int step = 1; step <= 19; step++) {
            double t = step / 20.0;
            boolean[] p = new boolean[labels.length];
            for (int i = 0; i < p.length; i++) {
                p[i] = predictions.get(i).score() >= t;
            }
            sweep.add(new SweepPoint(t, BinaryScores.of(p, labels)));
        }
        return new EvalResult(
                task,
                positive,
                labels.length,
                BinaryScores.of(decided, labels),
                sweep,
                predictions);
    }
}
