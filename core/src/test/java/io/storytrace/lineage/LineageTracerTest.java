package io.storytrace.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import io.storytrace.finding.Finding;
import io.storytrace.testing.Golden;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LineageTracerTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "syndication",
                "persona-rewrite",
                "altered-merged",
                "credit-against-dates",
                "split-not-merged",
                "paraphrase-by-meaning",
                "reported-speech-quoted",
                "paraphrase-by-alignment",
                "paraphrase-by-place",
                "times-decide",
                "support-decides",
                "speaker-guessed"
            })
    void tracesEveryFixtureAsItsGoldenFileSays(String name) {
        Path fixture = Golden.resource("fixtures/lineage/" + name + ".json");
        StoryVersions story = StoryFixture.read(fixture);

        QuoteLineage lineage = LineageTracer.standard().trace(story);
        Map<String, List<Finding>> findings = new QuoteAuditor().audit(lineage, story);

        Golden.assertMatchesJson(
                LineageView.of(lineage, findings),
                Golden.resource("fixtures/lineage/" + name + ".expected.json"));
    }

    @Test
    void aSimilarityOfMeaningFindsAParaphraseThatSharesFewWords() {
        StoryVersions story =
                StoryFixture.read(Golden.resource("fixtures/lineage/paraphrase-by-meaning.json"));
        TextSimilarity similarity = (a, b) -> 0.81;

        QuoteLineage lineage =
                new LineageTracer(LineageSettings.defaults(), similarity).trace(story);

        assertThat(lineage.groups()).hasSize(1);
        QuoteGroup group = lineage.groups().getFirst();
        assertThat(group.first().version()).isEqualTo("northgate-herald");
        Verdict verdict = group.later().getFirst().verdict();
        assertThat(verdict.kind()).isEqualTo(Verdict.Kind.PARAPHRASED);
        assertThat(verdict.paraphrase().similarity()).isEqualTo(0.81);
        assertThat(new QuoteAuditor().audit(lineage, story).get("buzzline-daily"))
                .singleElement()
                .extracting(Finding::reason)
                .asString()
                .contains("meaning similarity 0.81", "Northgate Herald");
    }
}
