package io.storytrace.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.storytrace.analyze.ArticleAnalyzer;
import io.storytrace.pipeline.Analyzer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuoteEvaluationTest {

    @TempDir Path dir;

    @Test
    void anArticleTheExtractorFailsOnIsScoredEmptyAndNamedWhileTheRestRun() throws IOException {
        Path set = dir.resolve("set.jsonl");
        Files.writeString(
                set,
                "{\"id\": \"bad\", \"text\": \"“We lost,” Tom Hale said.\", \"quotes\": []}\n"
                        + "{\"id\": \"good\", \"text\": \"“We won,” Ana Ruiz said.\", \"quotes\":"
                        + " [{\"start\": 1, \"end\": 8, \"speaker\": \"Ana Ruiz\"}]}\n",
                StandardCharsets.UTF_8);
        Analyzer standard = ArticleAnalyzer.standard();
        Analyzer failingOnOne =
                article -> {
                    if (article.location().equals("bad")) {
                        throw new IllegalStateException("broken input");
                    }
                    return standard.analyze(article);
                };

        QuoteEvaluation.Result result =
                new QuoteEvaluation(new QuotePredictor(failingOnOne)).run(set);

        assertThat(result.failures())
                .singleElement()
                .asString()
                .startsWith("bad: extraction failed")
                .contains("broken input");
        assertThat(result.predictions().get(0)).isEmpty();
        assertThat(result.predictions().get(1))
                .extracting(QuoteLabel::speaker)
                .containsExactly("Ana Ruiz");
        assertThat(result.score().speakerAccuracy()).isEqualTo(1.0);
    }
}
