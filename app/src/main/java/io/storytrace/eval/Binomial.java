package io.storytrace.eval;

/**
 * What counts of right and wrong on a labelled set can and cannot show: the 95% interval of a
 * proportion, and whether two runs scored on the same items differ by more than chance.
 */
public final class Binomial {

    /** The z value of a two-sided 95% interval. */
    private static final double Z = 1.959964;

    private Binomial() {}

    /**
     * The Wilson score interval, at 95%, of {@code right} successes in {@code n} trials, as {@code
     * {low, high}}; {@code {0, 1}} when there are no trials. It stays inside 0–1 and is honest for
     * small sets and proportions near 1, where the normal approximation is not.
     */
    public static double[] wilson(int right, int n) {
        if (right < 0 || right > n) {
            throw new IllegalArgumentException(right + " of " + n);
        }
        if (n == 0) {
            return new double[] {0, 1};
        }
        double p = (double) right / n;
        double z2 = Z * Z;
        double centre = (p + z2 / (2.0 * n)) / (1 + z2 / n);
        double half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / (1 + z2 / n);
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }

    /**
     * The exact two-sided McNemar test of two runs on the same items: the chance of a split at
     * least as uneven as {@code fixed} against {@code broken} (items right in only one run) if
     * either run were as likely to be the right one. 1 when no item changed.
     */
    public static double mcNemar(int fixed, int broken) {
        if (fixed < 0 || broken < 0) {
            throw new IllegalArgumentException(fixed + " fixed, " + broken + " broken");
        }
        int n = fixed + broken;
        int k = Math.min(fixed, broken);
        double tail = 0;
        double logChoose = 0;
        double logHalf = n * Math.log(0.5);
        for (int i = 0; i <= k; i++) {
            tail += Math.exp(logChoose + logHalf);
            logChoose += Math.log(n - i) - Math.log(i + 1.0);
        }
        return Math.min(1, 2 * tail);
    }
}
