package io.storytrace.match;

import java.util.List;
import java.util.Optional;

/**
 * Decides whether two free-standing sentences say the same thing (the paraphrase task, outside any
 * article). Identical and nearly identical wording decides at once; otherwise, with an embedder,
 * the {@link ParaphraseModel} weighs the embedding cosine with the lexical evidence, and without
 * one the word-level rules of article alignment decide.
 */
public final class SentenceComparer {

    private final AlignerSettings settings;
    private final Optional<SentenceEmbedder> embedder;
    private final ParaphraseModel model;

    public SentenceComparer(AlignerSettings settings, Optional<SentenceEmbedder> embedder) {
        this(settings, embedder, ParaphraseModel.standard());
    }

    /** A comparer whose paraphrase decision follows {@code model}. */
    public SentenceComparer(
            AlignerSettings settings, Optional<SentenceEmbedder> embedder, ParaphraseModel model) {
        this.settings = settings;
        this.embedder = embedder;
        this.model = model;
    }

    /** Compares {@code x} with {@code y}, weighing words by {@code weights}. */
    public SentenceComparison compare(ProfiledSentence x, ProfiledSentence y, TermWeights weights) {
        WordOverlap overlap = WordOverlap.of(List.of(x), List.of(y), weights);
        double dice = overlap.dice(0, 0);
        double containment = overlap.containment(0, 0);
        WordOverlap.Verdict words = overlap.verdict(0, 0, x, y, settings);
        if (embedder.isEmpty()) {
            boolean disagree = Wording.numbersDisagree(x, y);
            return new SentenceComparison(
                    dice,
                    containment,
                    Double.NaN,
                    disagree ? dice * 0.5 : dice,
                    words == null || disagree ? null : words.kind());
        }
        List<float[]> v = embedder.get().embed(List.of(x.sentence().text(), y.sentence().text()));
        double cosine = Wording.dot(v.get(0), v.get(1));
        double probability = model.probability(ParaphraseFeatures.measure(x, y, weights, cosine));
        AlignedPair.Kind kind;
        if (words != null && words.kind() != AlignedPair.Kind.PARAPHRASE) {
            kind = words.kind();
        } else {
            kind = probability >= model.threshold() ? AlignedPair.Kind.PARAPHRASE : null;
        }
        double score = kind == AlignedPair.Kind.IDENTICAL ? 1.0 : probability;
        return new SentenceComparison(dice, containment, cosine, score, kind);
    }
}
