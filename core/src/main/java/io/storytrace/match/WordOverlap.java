package io.storytrace.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rarity-weighted content words two lists of sentences share, and what words alone say of each
 * pair: identical, nearly identical (the wording kept), a paraphrase (most words agree, or one
 * sentence is contained in the other), or nothing.
 *
 * @param shared for each sentence of the first list, the weight it shares with each sentence of the
 *     second that shares any word (sparse)
 * @param wa the total weight of each sentence of the first list
 * @param wb the total weight of each sentence of the second list
 */
record WordOverlap(List<Map<Integer, Double>> shared, double[] wa, double[] wb) {

    /** What words alone say of a pair: its kind, its score and its Dice coefficient. */
    record Verdict(AlignedPair.Kind kind, double score, double dice) {}

    /** The overlap of every sentence of {@code sa} with every sentence of {@code sb}. */
    static WordOverlap of(
            List<ProfiledSentence> sa, List<ProfiledSentence> sb, TermWeights weights) {
        Map<String, int[]> postings = new HashMap<>();
        for (int j = 0; j < sb.size(); j++) {
            for (String term : sb.get(j).terms()) {
                int[] list = postings.get(term);
                int[] grown = list == null ? new int[1] : Arrays.copyOf(list, list.length + 1);
                grown[grown.length - 1] = j;
                postings.put(term, grown);
            }
        }
        List<Map<Integer, Double>> shared = new ArrayList<>(sa.size());
        for (ProfiledSentence sentence : sa) {
            Map<Integer, Double> row = new HashMap<>();
            for (String term : sentence.terms()) {
                int[] list = postings.get(term);
                if (list != null) {
                    double w = weights.weight(term);
                    for (int j : list) {
                        row.merge(j, w, Double::sum);
                    }
                }
            }
            shared.add(row);
        }
        return new WordOverlap(shared, sentenceWeights(sa, weights), sentenceWeights(sb, weights));
    }

    private static double[] sentenceWeights(List<ProfiledSentence> sentences, TermWeights weights) {
        double[] w = new double[sentences.size()];
        for (int i = 0; i < w.length; i++) {
            for (String term : sentences.get(i).terms()) {
                w[i] += weights.weight(term);
            }
        }
        return w;
    }

    /** The Dice coefficient of pair (i, j)'s weighted words. */
    double dice(int i, int j) {
        Double s = shared.get(i).get(j);
        if (s == null || wa[i] + wb[j] == 0) {
            return 0;
        }
        return 2 * s / (wa[i] + wb[j]);
    }

    /** The share of the lighter sentence's weight that the other holds too. */
    double containment(int i, int j) {
        Double s = shared.get(i).get(j);
        double min = Math.min(wa[i], wb[j]);
        return s == null || min == 0 ? 0 : s / min;
    }

    /** What words alone say of sentences {@code x} (i) and {@code y} (j), or null for nothing. */
    Verdict verdict(
            int i, int j, ProfiledSentence x, ProfiledSentence y, AlignerSettings settings) {
        double dice = dice(i, j);
        if (x.key().equals(y.key()) && !x.key().isEmpty()) {
            return new Verdict(AlignedPair.Kind.IDENTICAL, 1.0, dice);
        }
        if (dice >= settings.nearIdentical() && Wording.kept(x.key(), y.key())) {
            return new Verdict(AlignedPair.Kind.NEAR_IDENTICAL, dice, dice);
        }
        double containment = containment(i, j);
        if (dice >= settings.lexicalParaphrase()
                || containment >= settings.containment() && Wording.sharedTerms(x, y) >= 3) {
            return new Verdict(
                    AlignedPair.Kind.PARAPHRASE, Math.max(dice, containment * 0.9), dice);
        }
        return null;
    }
}
