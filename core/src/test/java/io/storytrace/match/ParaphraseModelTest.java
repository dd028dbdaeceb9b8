package io.storytrace.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import org.junit.jupiter.api.Test;

class ParaphraseModelTest {

    private final ArticleProfiler profiler = new ArticleProfiler();
    private final TermWeights flat = token -> 1.0;

    @Test
    void theBundledModelReadsAndKeepsItsFileFormat() {
        ParaphraseModel model = ParaphraseModel.standard();

        ParaphraseModel again = ParaphraseModel.parse(model.format("again"), "again");

        assertThat(again).isEqualTo(model);
        assertThat(model.threshold()).isBetween(0.05, 0.95);
    }

    @Test
    void moreLikeMeaningRaisesTheProbability() {
        ParaphraseModel model = ParaphraseModel.standard();
        ParaphraseFeatures far = new ParaphraseFeatures(0.3, 0.2, 0.3, 0.1, 0.8, 0, 0, 0, 0.2);
        ParaphraseFeatures near = new ParaphraseFeatures(0.9, 0.2, 0.3, 0.1, 0.8, 0, 0, 0, 0.2);

        assertThat(model.probability(near)).isGreaterThan(model.probability(far));
        assertThat(model.weights().getFirst()).isPositive();
    }

    @Test
    void aFileWithoutEveryWeightIsRejectedByName() {
        assertThatThrownBy(() -> ParaphraseModel.parse("bias\t1\ncosine\t2\nthreshold\t0.5\n", "m"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("m: no value for \"overlap\"");
        assertThatThrownBy(
                        () ->
                                new ParaphraseModel(
                                        0,
                                        Collections.nCopies(ParaphraseFeatures.NAMES.size(), 1.0),
                                        1.5))
                .hasMessageContaining("threshold");
    }

    @Test
    void featuresTellNumbersNamesAndNegationApart() {
        ParaphraseFeatures f =
                ParaphraseFeatures.measure(
                        profiler.sentence("Vasquez said the bridge will cost 22 million dollars."),
                        profiler.sentence(
                                "Okafor said the bridge will not cost 40 million dollars."),
                        flat,
                        0.8);

        assertThat(f.numberMismatch()).isEqualTo(1.0);
        assertThat(f.nameMismatch()).isEqualTo(0.0);
        assertThat(f.negationMismatch()).isEqualTo(1.0);
        assertThat(f.cosine()).isEqualTo(0.8);
        assertThat(f.overlap()).isBetween(0.5, 0.9);
    }

    @Test
    void namesInsideTheSentenceCountAndTheFirstWordDoesNot() {
        ParaphraseFeatures f =
                ParaphraseFeatures.measure(
                        profiler.sentence("Officials met Brandt in Lisbon on Monday."),
                        profiler.sentence("Officials met Brandt in Porto on Monday."),
                        flat,
                        Double.NaN);

        // lisbon, porto differ; brandt and monday agree: two of four names differ.
        assertThat(f.nameMismatch()).isEqualTo(0.5);
        assertThat(f.cosine()).isZero();
    }
}
