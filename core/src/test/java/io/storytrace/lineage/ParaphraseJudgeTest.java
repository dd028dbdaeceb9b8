package io.storytrace.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import io.storytrace.wording.Wording;
import org.junit.jupiter.api.Test;

class ParaphraseJudgeTest {

    private static final Wording ORIGINAL =
            Wording.of("He was always there in season one to make sure we felt comfortable.");
    private static final Wording RESTATED =
            Wording.of("Initially, he was always present to ensure we felt at ease.");

    @Test
    void wordingAloneCatchesAParaphraseThatKeepsItsContentWords() {
        Paraphrase judgement =
                new ParaphraseJudge(LineageSettings.defaults())
                        .judge(
                                Wording.of(
                                        "Filming those scenes took about seven hours, and we shot a"
                                                + " lot of footage."),
                                Wording.of(
                                        "We spent roughly seven hours filming the scenes and shot"
                                                + " plenty of footage."));

        assertThat(judgement.same()).isTrue();
        assertThat(judgement.hasSimilarity()).isFalse();
    }

    @Test
    void aParaphraseSharingFewWordsNeedsASimilarityOfMeaning() {
        ParaphraseJudge lexical = new ParaphraseJudge(LineageSettings.defaults());
        ParaphraseJudge semantic = new ParaphraseJudge(LineageSettings.defaults(), (a, b) -> 0.82);

        assertThat(lexical.judge(ORIGINAL, RESTATED).same()).isFalse();
        Paraphrase judgement = semantic.judge(ORIGINAL, RESTATED);
        assertThat(judgement.same()).isTrue();
        assertThat(judgement.similarity()).isEqualTo(0.82);
    }

    @Test
    void aLowSimilarityDoesNotMakeAParaphrase() {
        ParaphraseJudge semantic = new ParaphraseJudge(LineageSettings.defaults(), (a, b) -> 0.4);

        assertThat(semantic.judge(ORIGINAL, RESTATED).same()).isFalse();
    }

    @Test
    void shortWordingsAreNotJudged() {
        Paraphrase judgement =
                new ParaphraseJudge(LineageSettings.defaults(), (a, b) -> 1.0)
                        .judge(Wording.of("totally foreign"), Wording.of("utterly foreign"));

        assertThat(judgement.same()).isFalse();
    }
}
