package io.storytrace.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordOverlapTest {

    private final ArticleProfiler profiler = new ArticleProfiler();
    private final TermWeights flat = token -> 1.0;

    private WordOverlap.Verdict verdict(String x, String y) {
        ProfiledSentence a = profiler.sentence(x);
        ProfiledSentence b = profiler.sentence(y);
        return WordOverlap.of(List.of(a), List.of(b), flat)
                .verdict(0, 0, a, b, AlignerSettings.defaults());
    }

    @Test
    void wordsAloneTellIdenticalNearlyIdenticalParaphraseAndNothing() {
        String wire = "The council voted 7-2 on Tuesday to replace the Harbor Street bridge.";

        assertThat(verdict(wire, wire).kind()).isEqualTo(AlignedPair.Kind.IDENTICAL);
        assertThat(
                        verdict(
                                        wire,
                                        "The council voted 7-2 on Tuesday night to replace the"
                                                + " Harbor Street bridge.")
                                .kind())
                .isEqualTo(AlignedPair.Kind.NEAR_IDENTICAL);
        assertThat(
                        verdict(
                                        wire,
                                        "Replacing the Harbor Street bridge won approval from the"
                                                + " council, 7-2, on Tuesday.")
                                .kind())
                .isEqualTo(AlignedPair.Kind.PARAPHRASE);
        assertThat(verdict(wire, "Ticket prices at the museum rise in May.")).isNull();
    }

    @Test
    void keptWordingNeedsTheFunctionWordsToo() {
        assertThat(Wording.kept("the show is growing in itself", "the show is growing in itself"))
                .isTrue();
        assertThat(
                        Wording.kept(
                                "the show is growing in itself",
                                "rather the show is growing on its own"))
                .isFalse();
    }
}
