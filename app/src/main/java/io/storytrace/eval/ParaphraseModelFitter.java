package io.storytrace.eval;

import io.storytrace.match.ArticleProfiler;
import io.storytrace.match.DocumentFrequencies;
import io.storytrace.match.ParaphraseFeatures;
import io.storytrace.match.ParaphraseModel;
import io.storytrace.match.ProfiledSentence;
import io.storytrace.match.SentenceEmbedder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Fits a {@link ParaphraseModel} to labelled sentence pairs: logistic regression by Newton's method
 * with a small ridge penalty (deterministic, no random start), then the decision threshold that
 * gives the best F1 on the same pairs. Word weights come from all the sentences in the set, as in
 * {@link ParaphraseEvaluator}.
 */
public final class ParaphraseModelFitter {

    private static final double RIDGE = 0.5;
    private static final int ITERATIONS = 50;

    private final SentenceEmbedder embedder;
    private final ArticleProfiler profiler = new ArticleProfiler();

    public ParaphraseModelFitter(SentenceEmbedder embedder) {
        this.embedder = embedder;
    }

    public ParaphraseModel fit(List<ParaphrasePair> pairs) {
        if (pairs.isEmpty()) {
            throw new IllegalArgumentException("no pairs to fit a paraphrase model on");
        }
        double[][] x = features(pairs);
        boolean[] y = new boolean[pairs.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = pairs.get(i).paraphrase();
        }
        double[] beta = newton(x, y);
        List<Double> weights = new ArrayList<>();
        for (int k = 1; k < beta.length; k++) {
            weights.add(beta[k]);
        }
        return new ParaphraseModel(beta[0], weights, threshold(x, y, beta));
    }

    private double[][] features(List<ParaphrasePair> pairs) {
        DocumentFrequencies frequencies = new DocumentFrequencies();
        List<ProfiledSentence[]> profiled = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (ParaphrasePair pair : pairs) {
            ProfiledSentence a = profiler.sentence(pair.first());
            ProfiledSentence b = profiler.sentence(pair.second());
            frequencies.add(new HashSet<>(a.terms()));
            frequencies.add(new HashSet<>(b.terms()));
            profiled.add(new ProfiledSentence[] {a, b});
            texts.add(pair.first());
            texts.add(pair.second());
        }
        List<float[]> vectors = embedder.embed(texts);
        double[][] x = new double[pairs.size()][];
        for (int i = 0; i < x.length; i++) {
            double cosine = dot(vectors.get(2 * i), vectors.get(2 * i + 1));
            double[] f =
                    ParaphraseFeatures.measure(
                                    profiled.get(i)[0], profiled.get(i)[1], frequencies, cosine)
                            .vector();
            x[i] = new double[f.length + 1];
            x[i][0] = 1;
            System.arraycopy(f, 0, x[i], 1, f.length);
        }
        return x;
    }

    /** Maximises the penalised log-likelihood; the intercept is not penalised. */
    private static double[] newton(double[][] x, boolean[] y) {
        int d = x[0].length;
        double[] beta = new double[d];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[] gradient = new double[d];
            double[][] hessian = new double[d][d];
            for (int i = 0; i < x.length; i++) {
                double p = sigmoid(dotRow(x[i], beta));
                double r = (y[i] ? 1 : 0) - p;
                double w = p * (1 - p);
                for (int a = 0; a < d; a++) {
                    gradient[a] += r * x[i][a];
                    for (int b = 0; b < d; b++) {
                        hessian[a][b] += w * x[i][a] * x[i][b];
                    }
                }
            }
            for (int a = 1; a < d; a++) {
                gradient[a] -= RIDGE * beta[a];
                hessian[a][a] += RIDGE;
            }
            double[] step = solve(hessian, gradient);
            double change = 0;
            for (int a = 0; a < d; a++) {
                beta[a] += step[a];
                change = Math.max(change, Math.abs(step[a]));
            }
            if (change < 1e-9) {
                break;
            }
        }
        return beta;
    }

    /** The probability threshold, in steps of 0.01, with the best F1 on the pairs. */
    private static double threshold(double[][] x, boolean[] y, double[] beta) {
        double best = 0.5;
        double bestF1 = -1;
        for (int step = 5; step <= 95; step++) {
            double t = step / 100.0;
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int i = 0; i < x.length; i++) {
                boolean predicted = sigmoid(dotRow(x[i], beta)) >= t;
                if (predicted && y[i]) {
                    tp++;
                } else if (predicted) {
                    fp++;
                } else if (y[i]) {
                    fn++;
                }
            }
            double f1 = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
            if (f1 > bestF1 + 1e-12) {
                bestF1 = f1;
                best = t;
            }
        }
        return best;
    }

    /** Solves {@code a z = b} by Gaussian elimination with partial pivoting. */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            double[] t = m[col];
            m[col] = m[pivot];
            m[pivot] = t;
            for (int r = col + 1; r < n; r++) {
                double factor = m[r][col] / m[col][col];
                for (int c = col; c <= n; c++) {
                    m[r][c] -= factor * m[col][c];
                }
            }
        }
        double[] z = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = m[r][n];
            for (int c = r + 1; c < n; c++) {
                s -= m[r][c] * z[c];
            }
            z[r] = s / m[r][r];
        }
        return z;
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    private static double dotRow(double[] row, double[] beta) {
        double s = 0;
        for (int k = 0; k < row.length; k++) {
            s += row[k] * beta[k];
        }
        return s;
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            s += a[k] * b[k];
        }
        return s;
    }
}
