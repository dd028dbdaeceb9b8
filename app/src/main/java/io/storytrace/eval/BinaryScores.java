package io.storytrace.eval;

/**
 * Counts of a yes/no decision against labels, and the figures drawn from them.
 *
 * @param truePositives predicted yes, labelled yes
 * @param falsePositives predicted yes, labelled no
 * @param falseNegatives predicted no, labelled yes
 * @param trueNegatives predicted no, labelled no
 */
public record BinaryScores(
        int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {

    /** Counts {@code predicted} against {@code labels}, pair by pair. */
    public static BinaryScores of(boolean[] predicted, boolean[] labels) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        for (int i = 0; i < labels.length; i++) {
            if (predicted[i] && labels[i]) {
                tp++;
            } else if (predicted[i]) {
                fp++;
            } else if (labels[i]) {
                fn++;
            } else {
                tn++;
            }
        }
        return new BinaryScores(tp, fp, fn, tn);
    }

    public double precision() {
        return truePositives + falsePositives == 0
                ? 1
                : truePositives / (double) (truePositives + falsePositives);
    }

    public double recall() {
        return truePositives + falseNegatives == 0
                ? 1
                : truePositives / (double) (truePositives + falseNegatives);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double accuracy() {
        int n = truePositives + falsePositives + falseNegatives + trueNegatives;
        return n == 0 ? 0 : (truePositives + trueNegatives) / (double) n;
    }
}
