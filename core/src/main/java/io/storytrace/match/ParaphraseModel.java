package io.storytrace.match;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A logistic model of the paraphrase decision: the probability that two sentences state the same
 * thing is the logistic function of a weighted sum of their {@link ParaphraseFeatures}, and they
 * count as paraphrases from {@code threshold} on. The weights live in one data file ({@code
 * paraphrase-model.tsv} beside this class), fitted on labelled sentence pairs by {@code storytrace
 * eval paraphrase FILE --fit OUT}; a small linear model keeps every decision explainable from nine
 * figures and cannot memorise a small training set.
 *
 * @param bias the intercept
 * @param weights one weight per feature, in the order of {@link ParaphraseFeatures#NAMES}
 * @param threshold the probability from which a pair is a paraphrase
 */
public record ParaphraseModel(double bias, List<Double> weights, double threshold) {

    private static final String RESOURCE = "paraphrase-model.tsv";

    public ParaphraseModel {
        weights = List.copyOf(weights);
        if (weights.size() != ParaphraseFeatures.NAMES.size()) {
            throw new IllegalArgumentException(
                    "a paraphrase model needs "
                            + ParaphraseFeatures.NAMES.size()
                            + " weights, not "
                            + weights.size());
        }
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException(
                    "the threshold must lie between 0 and 1, not " + threshold);
        }
    }

    /** The model shipped with Storytrace. */
    public static ParaphraseModel standard() {
        try (InputStream in = ParaphraseModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Reads the model file format: {@code name<TAB>value} lines, {@code #} comments. */
    public static ParaphraseModel parse(String text, String where) {
        Map<String, Double> values = new HashMap<>();
        int n = 0;
        for (String line : text.split("\n")) {
            n++;
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] f = l.split("\t");
            if (f.length != 2) {
                throw new IllegalArgumentException(
                        where + ":" + n + ": expected name<TAB>value, not \"" + l + "\"");
            }
            try {
                values.put(f[0], Double.parseDouble(f[1]));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(where + ":" + n + ": not a number: " + f[1]);
            }
        }
        List<Double> weights = new ArrayList<>();
        for (String name : ParaphraseFeatures.NAMES) {
            weights.add(required(values, name, where));
        }
        return new ParaphraseModel(
                required(values, "bias", where), weights, required(values, "threshold", where));
    }

    private static double required(Map<String, Double> values, String name, String where) {
        Double v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException(where + ": no value for \"" + name + "\"");
        }
        return v;
    }

    /** The probability that the sentences measured say the same thing. */
    public double probability(ParaphraseFeatures features) {
        double[] x = features.vector();
        double z = bias;
        for (int i = 0; i < x.length; i++) {
            z += weights.get(i) * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** Whether the sentences measured count as paraphrases. */
    public boolean paraphrase(ParaphraseFeatures features) {
        return probability(features) >= threshold;
    }

    /** The model in its file format, under a comment saying where it came from. */
    public String format(String comment) {
        StringBuilder out = new StringBuilder();
        for (String line : comment.split("\n")) {
            out.append("# ").append(line).append('\n');
        }
        out.append(String.format(Locale.ROOT, "bias\t%.6f%n", bias));
        for (int i = 0; i < weights.size(); i++) {
            out.append(
                    String.format(
                            Locale.ROOT,
                            "%s\t%.6f%n",
                            ParaphraseFeatures.NAMES.get(i),
                            weights.get(i)));
        }
        out.append(String.format(Locale.ROOT, "threshold\t%.4f%n", threshold));
        return out.toString();
    }
}
