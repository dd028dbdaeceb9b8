package io.storytrace.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.storytrace.embed.MiniLmEmbedder;
import io.storytrace.match.AlignerSettings;
import io.storytrace.match.CachingEmbedder;
import io.storytrace.match.DerivationFinder;
import io.storytrace.match.DerivationJudge;
import io.storytrace.match.JudgeSettings;
import io.storytrace.match.SentenceAligner;
import io.storytrace.match.SentenceComparer;
import io.storytrace.match.SentenceEmbedder;
import io.storytrace.pipeline.Pipeline;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The development sets bundled with the tests, scored as {@code storytrace eval} scores them: pairs
 * of the sample families with extra restyles and same-event reports, and MRPC-layout sentence
 * pairs, all invented. A drop below these figures is a regression.
 */
class DevelopmentSetTest {

    private final Optional<SentenceEmbedder> embedder =
            Optional.of(new CachingEmbedder(new MiniLmEmbedder(), CachingEmbedder.memoryCache()));

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(DevelopmentSetTest.class.getClassLoader().getResource(name).toURI());
    }

    @Test
    void reuseDecisionIsNearlyPerfectOnTheDevelopmentSet() throws Exception {
        var pairs = new ReuseSetReader().read(resource("eval/reuse-dev.jsonl"));
        DerivationFinder matcher =
                new DerivationFinder(
                        new SentenceAligner(AlignerSettings.defaults(), embedder),
                        new DerivationJudge(JudgeSettings.defaults()));

        EvalResult result = new ReuseEvaluator(Pipeline.standard(), matcher).evaluate(pairs);

        assertThat(result.pairs()).isGreaterThan(100);
        assertThat(result.decision().precision()).isGreaterThanOrEqualTo(0.98);
        assertThat(result.decision().recall()).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void paraphraseDecisionReachesTheTargetF1() throws Exception {
        var pairs = new ParaphraseSetReader().read(resource("eval/paraphrase-dev.tsv"));

        EvalResult result =
                new ParaphraseEvaluator(new SentenceComparer(AlignerSettings.defaults(), embedder))
                        .evaluate(pairs);

        assertThat(result.pairs()).isEqualTo(75);
        assertThat(result.decision().f1()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void predictionsAreWrittenInTheLayoutOfTheInput() {
        EvalResult result =
                EvalResult.of(
                        "reuse",
                        "derived",
                        java.util.List.of(
                                new Prediction("p1", 0.9, true, true),
                                new Prediction("p2", 0.1, false, true)));

        String lines = new EvalWriter().predictions(result, "derived", "independent");

        assertThat(lines)
                .isEqualTo(
                        "{\"id\":\"p1\",\"score\":0.9,\"label\":\"derived\"}\n"
                                + "{\"id\":\"p2\",\"score\":0.1,\"label\":\"independent\"}\n");
        assertThat(result.decision().recall()).isEqualTo(0.5);
        assertThat(result.sweep()).hasSize(19);
    }
}
