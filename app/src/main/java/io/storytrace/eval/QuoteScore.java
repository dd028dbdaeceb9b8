package io.storytrace.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * The figures of a quotes evaluation, with the errors behind them.
 *
 * @param articles how many articles were scored
 * @param gold how many labelled spans there were
 * @param predicted how many spans were predicted
 * @param matched how many predicted spans matched a labelled one (one to one)
 * @param speakersRight how many matched spans had the right speaker
 * @param withGoldOutlet how many matched spans had a labelled outlet
 * @param outletsRight how many of those had the right outlet
 * @param outletsAdded how many matched spans with no labelled outlet were credited one: an outlet
 *     named where the text gives none is a claim about a publisher the evidence does not make
 * @param errors the misses, false alarms and wrong speakers or outlets, in input order
 * @param byBasis for each basis of the predicted speaker (a {@code SpeakerBasis} name, or {@link
 *     #NO_SPEAKER}), its matched spans and how many had the right speaker, in basis order
 * @param speakerOutcomes for each labelled span, article by article in input order, whether the
 *     prediction matched to it had the right speaker; null where none matched
 * @param byLanguage for each language the articles are written in (its English name, "English",
 *     "Russian", or "unknown"), the figures of its articles alone, most articles first
 */
public record QuoteScore(
        int articles,
        int gold,
        int predicted,
        int matched,
        int speakersRight,
        int withGoldOutlet,
        int outletsRight,
        int outletsAdded,
        List<QuoteError> errors,
        java.util.SequencedMap<String, BasisFigures> byBasis,
        List<Boolean> speakerOutcomes,
        java.util.SequencedMap<String, LanguageFigures> byLanguage) {

    /** The basis of a prediction that names no speaker. */
    public static final String NO_SPEAKER = "none";

    public QuoteScore {
        errors = List.copyOf(errors);
        byBasis =
                java.util.Collections.unmodifiableSequencedMap(
                        new java.util.LinkedHashMap<>(byBasis));
        speakerOutcomes = java.util.Collections.unmodifiableList(new ArrayList<>(speakerOutcomes));
        byLanguage =
                java.util.Collections.unmodifiableSequencedMap(
                        new java.util.LinkedHashMap<>(byLanguage));
    }

    /**
     * The figures of the articles in one language: a set of mixed languages can hide that its
     * errors sit in the articles the extractor reads least well.
     */
    public record LanguageFigures(
            int articles, int gold, int predicted, int matched, int speakersRight) {

        public double precision() {
            return predicted == 0 ? (gold == 0 ? 1 : 0) : (double) matched / predicted;
        }

        public double recall() {
            return gold == 0 ? 1 : (double) matched / gold;
        }

        public double speakerAccuracy() {
            return matched == 0 ? 0 : (double) speakersRight / matched;
        }
    }

    /** The matched spans whose speaker was found on one basis, and how many were right. */
    public record BasisFigures(int matched, int right) {

        public double accuracy() {
            return matched == 0 ? 0 : (double) right / matched;
        }
    }

    public double precision() {
        return predicted == 0 ? (gold == 0 ? 1 : 0) : (double) matched / predicted;
    }

    public double recall() {
        return gold == 0 ? 1 : (double) matched / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double speakerAccuracy() {
        return matched == 0 ? 0 : (double) speakersRight / matched;
    }

    /** Outlet accuracy over matched spans with a labelled outlet; NaN when there are none. */
    public double outletAccuracy() {
        return withGoldOutlet == 0 ? Double.NaN : (double) outletsRight / withGoldOutlet;
    }

    /** One error, with the words around it. */
    public record QuoteError(
            String id, Kind kind, QuoteLabel gold, QuoteLabel predicted, String context) {

        /** The kinds of error. */
        public enum Kind {
            MISS,
            FALSE_ALARM,
            WRONG_SPEAKER,
            WRONG_OUTLET
        }
    }
}
