package io.storytrace.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How well one page's extracted text matches the truth, by word 4-grams: true positives, false
 * positives and false negatives, divided by their sum so that every page weighs the same, as the
 * article-extraction benchmark defines it.
 *
 * @param tp the share of matched 4-grams
 * @param fp the share of extracted 4-grams not in the truth
 * @param fn the share of truth 4-grams not extracted
 * @param exact whether the extracted words equal the truth's words in order
 */
public record PageScore(double tp, double fp, double fn, boolean exact) {

    /** Word characters as Python's Unicode {@code \w}: letters, numbers and the underscore. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");

    private static final int N = 4;

    /** Scores {@code predicted} against {@code truth}; either may be empty. */
    public static PageScore of(String truth, String predicted) {
        List<String> truthTokens = tokens(truth);
        List<String> predictedTokens = tokens(predicted);
        Map<List<String>, Integer> expected = shingles(truthTokens);
        Map<List<String>, Integer> found = shingles(predictedTokens);
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (Map.Entry<List<String>, Integer> entry : found.entrySet()) {
            int want = expected.getOrDefault(entry.getKey(), 0);
            int got = entry.getValue();
            tp += Math.min(want, got);
            fp += Math.max(0, got - want);
        }
        for (Map.Entry<List<String>, Integer> entry : expected.entrySet()) {
            fn += Math.max(0, entry.getValue() - found.getOrDefault(entry.getKey(), 0));
        }
        double sum = tp + fp + fn;
        boolean exact = truthTokens.equals(predictedTokens);
        if (sum == 0) {
            return new PageScore(0, 0, 0, exact);
        }
        return new PageScore(tp / sum, fp / sum, fn / sum, exact);
    }

    /** Precision of this page, or NaN when nothing was extracted. */
    public double precision() {
        return ratio(tp, fp, fn);
    }

    /** Recall of this page, or NaN when the truth is empty. */
    public double recall() {
        return ratio(tp, fn, fp);
    }

    /** {@code tp / (tp + other)}: 1 when there is no error at all, NaN when undefined. */
    private static double ratio(double tp, double other, double rest) {
        if (tp + other == 0) {
            return Double.NaN;
        }
        if (other == 0 && rest == 0) {
            return 1;
        }
        return tp / (tp + other);
    }

    static List<String> tokens(String text) {
        Matcher m = WORD.matcher(text == null ? "" : text);
        List<String> tokens = new java.util.ArrayList<>();
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    private static Map<List<String>, Integer> shingles(List<String> tokens) {
        Map<List<String>, Integer> counts = new HashMap<>();
        if (tokens.isEmpty()) {
            return counts;
        }
        if (tokens.size() < N) {
            counts.put(List.copyOf(tokens), 1);
            return counts;
        }
        for (int i = 0; i + N <= tokens.size(); i++) {
            counts.merge(List.copyOf(tokens.subList(i, i + N)), 1, Integer::sum);
        }
        return counts;
    }
}
