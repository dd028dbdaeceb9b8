package io.storytrace.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storytrace.match.AlignerSettings;
import io.storytrace.match.ParaphraseModel;
import io.storytrace.match.SentenceComparer;
import io.storytrace.match.SentenceEmbedder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ParaphraseModelFitterTest {

    private static final List<String> TOPICS =
            List.of(
                    "Harbour",
                    "Council",
                    "Orchard",
                    "Railway",
                    "Museum",
                    "Bakery",
                    "Library",
                    "Stadium",
                    "Ferry",
                    "Garden",
                    "Clinic",
                    "Market",
                    "Bridge",
                    "Airport",
                    "Quarry",
                    "Festival",
                    "Brewery",
                    "Hospital",
                    "Tunnel",
                    "Reservoir",
                    "Canal",
                    "Theatre",
                    "Orchestra",
                    "Vineyard");

    /**
     * Sentences that open with the same topic word mean the same (cosine 1), others nothing alike
     * (cosine 0): a stand-in for the sentence embeddings whose answer the test knows.
     */
    private static final SentenceEmbedder BY_TOPIC =
            sentences -> {
                List<float[]> out = new ArrayList<>();
                for (String s : sentences) {
                    float[] v = new float[TOPICS.size()];
                    v[TOPICS.indexOf(s.split(" ")[0])] = 1;
                    out.add(v);
                }
                return out;
            };

    /**
     * Same-topic pairs restate each other in other words; others share the words but not the topic.
     */
    private static List<ParaphrasePair> pairs() {
        List<ParaphrasePair> out = new ArrayList<>();
        for (int i = 0; i < TOPICS.size(); i++) {
            String topic = TOPICS.get(i);
            String other = TOPICS.get((i + 5) % TOPICS.size());
            out.add(
                    new ParaphrasePair(
                            "p" + i,
                            topic + " plans were approved by the board on Tuesday evening.",
                            topic + " officials said the board gave its approval late Tuesday.",
                            true));
            out.add(
                    new ParaphrasePair(
                            "n" + i,
                            topic + " plans were approved by the board on Tuesday evening.",
                            other + " plans were rejected by the board on Tuesday evening.",
                            false));
        }
        return out;
    }

    @Test
    void theFittedModelWeighsMeaningAndDecidesItsOwnPairs() {
        ParaphraseModel model = new ParaphraseModelFitter(BY_TOPIC).fit(pairs());

        EvalResult result =
                new ParaphraseEvaluator(
                                new SentenceComparer(
                                        AlignerSettings.defaults(), Optional.of(BY_TOPIC), model))
                        .evaluate(pairs());

        assertThat(model.weights().getFirst()).as("cosine weight").isPositive();
        assertThat(result.decision().f1()).isEqualTo(1.0);
        String file = model.format("fitted");
        assertThat(ParaphraseModel.parse(file, "fitted").format("fitted")).isEqualTo(file);
    }

    @Test
    void crossValidationScoresEveryPairOnceWithAModelThatNeverSawIt() {
        EvalResult result = new ParaphraseCrossValidation(BY_TOPIC).evaluate(pairs(), 4);

        assertThat(result.pairs()).isEqualTo(pairs().size());
        assertThat(result.predictions())
                .extracting(Prediction::id)
                .containsExactlyElementsOf(pairs().stream().map(ParaphrasePair::id).toList());
        assertThat(result.decision().f1()).isEqualTo(1.0);
    }

    @Test
    void impossibleFoldCountsAndEmptySetsAreRefused() {
        assertThatThrownBy(() -> new ParaphraseCrossValidation(BY_TOPIC).evaluate(pairs(), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 to 48 folds");
        assertThatThrownBy(() -> new ParaphraseModelFitter(BY_TOPIC).fit(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no pairs");
    }
}
