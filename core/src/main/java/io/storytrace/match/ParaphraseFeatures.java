package io.storytrace.match;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the paraphrase decision weighs about two sentences, each figure from 0 to 1: how close their
 * meanings lie (embedding cosine), how many of their rarer words they share, whether one holds the
 * other, how much wording they keep, how far their lengths differ, and whether they disagree on
 * numbers, names or negation (the usual ways two similar sentences state different facts).
 *
 * @param cosine the cosine of their embeddings (0 when there is no embedder)
 * @param overlap their content words in common weighted by rarity (Dice)
 * @param containment the share of the shorter one's weighted content words found in the longer
 * @param wording the Dice coefficient of their word pairs, function words included
 * @param lengthRatio the shorter one's word count over the longer one's
 * @param numberMismatch the share of the numbers they state that only one of them states
 * @param nameMismatch the share of the names (capitalised words inside the sentence) that only one
 *     of them names
 * @param negationMismatch 1 when one of them is negated ("not", "no", "never") and the other not
 * @param words the Jaccard overlap of all their distinct words
 */
public record ParaphraseFeatures(
        double cosine,
        double overlap,
        double containment,
        double wording,
        double lengthRatio,
        double numberMismatch,
        double nameMismatch,
        double negationMismatch,
        double words) {

    /** The feature names, in the order of {@link #vector()}; the model file uses them. */
    public static final List<String> NAMES =
            List.of(
                    "cosine",
                    "overlap",
                    "containment",
                    "wording",
                    "lengthRatio",
                    "numberMismatch",
                    "nameMismatch",
                    "negationMismatch",
                    "words");

    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}'’-]*");
    private static final Pattern NEGATION =
            Pattern.compile(
                    "\\b(?:not|no|never|none|nobody|nothing|neither|nor|without)\\b|n['’]t\\b");

    /** The figures as a vector, in the order of {@link #NAMES}. */
    public double[] vector() {
        return new double[] {
            cosine,
            overlap,
            containment,
            wording,
            lengthRatio,
            numberMismatch,
            nameMismatch,
            negationMismatch,
            words
        };
    }

    /** Measures {@code x} against {@code y}; {@code cosine} is NaN when there is no embedder. */
    public static ParaphraseFeatures measure(
            ProfiledSentence x, ProfiledSentence y, TermWeights weights, double cosine) {
        double wx = 0;
        double wy = 0;
        double shared = 0;
        Set<String> ty = new HashSet<>(y.terms());
        for (String t : x.terms()) {
            double w = weights.weight(t);
            wx += w;
            if (ty.contains(t)) {
                shared += w;
            }
        }
        for (String t : y.terms()) {
            wy += weights.weight(t);
        }
        double overlap = wx + wy == 0 ? 0 : 2 * shared / (wx + wy);
        double containment = Math.min(wx, wy) == 0 ? 0 : shared / Math.min(wx, wy);
        String[] kx = x.key().isEmpty() ? new String[0] : x.key().split(" ");
        String[] ky = y.key().isEmpty() ? new String[0] : y.key().split(" ");
        double lengthRatio =
                Math.max(kx.length, ky.length) == 0
                        ? 1
                        : Math.min(kx.length, ky.length) / (double) Math.max(kx.length, ky.length);
        return new ParaphraseFeatures(
                Double.isNaN(cosine) ? 0 : Math.max(0, cosine),
                overlap,
                Math.min(1, containment),
                Wording.dice(x.key(), y.key()),
                lengthRatio,
                mismatch(numbers(x), numbers(y)),
                mismatch(names(x.sentence().text()), names(y.sentence().text())),
                negated(x.sentence().text()) != negated(y.sentence().text()) ? 1 : 0,
                jaccard(new HashSet<>(List.of(kx)), new HashSet<>(List.of(ky))));
    }

    private static Set<String> numbers(ProfiledSentence s) {
        Set<String> out = new HashSet<>();
        for (String t : s.terms()) {
            if (WordTokenizer.isNumber(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /** Capitalised words after the sentence's first word, lower-cased. */
    private static Set<String> names(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = CAPITALISED.matcher(text);
        boolean first = true;
        while (m.find()) {
            boolean atStart =
                    first && text.substring(0, m.start()).isBlank()
                            || text.substring(0, m.start()).replaceAll("[\\s\"“‘'(]", "").isEmpty();
            first = false;
            if (!atStart && m.group().length() > 1) {
                out.add(m.group().toLowerCase(Locale.ROOT).replace('’', '\''));
            }
        }
        return out;
    }

    private static boolean negated(String text) {
        return NEGATION.matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    /** The share of the words of either set that only one of them has; 0 when both are empty. */
    private static double mismatch(Set<String> a, Set<String> b) {
        Overlap overlap = Overlap.of(a, b);
        return overlap.union() == 0
                ? 0
                : (overlap.union() - overlap.both()) / (double) overlap.union();
    }

    /** The share of the words of either set that both have; 0 when both are empty. */
    private static double jaccard(Set<String> a, Set<String> b) {
        Overlap overlap = Overlap.of(a, b);
        return overlap.union() == 0 ? 0 : overlap.both() / (double) overlap.union();
    }

    /** How many words two sets share, and how many they hold together. */
    private record Overlap(int both, int union) {

        static Overlap of(Set<String> a, Set<String> b) {
            int both = 0;
            for (String word : a) {
                if (b.contains(word)) {
                    both++;
                }
            }
            return new Overlap(both, a.size() + b.size() - both);
        }
    }
}
