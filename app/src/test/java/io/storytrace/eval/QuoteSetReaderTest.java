package io.storytrace.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storytrace.pipeline.InputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuoteSetReaderTest {

    private static final String LABELS =
            "{\"id\":\"a1\",\"quotes\":[{\"start\":1,\"end\":6,\"speaker\":\"Ana Ruiz\","
                    + "\"outlet\":null}]}\n";

    @Test
    void labelsAloneTakeTheirTextFromTheTextsGiven(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("labels.jsonl");
        Files.writeString(file, LABELS, StandardCharsets.UTF_8);
        Path truth = dir.resolve("ground-truth.json");
        Files.writeString(
                truth,
                "{\"a1\": {\"articleBody\": \"“Hello,” said Ana Ruiz.\", \"url\": \"x\"}}",
                StandardCharsets.UTF_8);

        List<LabelledArticle> articles =
                new QuoteSetReader(new ArticleTextsReader().read(truth)).read(file);

        assertThat(articles)
                .singleElement()
                .satisfies(
                        a -> {
                            assertThat(a.text()).isEqualTo("“Hello,” said Ana Ruiz.");
                            assertThat(a.quotes())
                                    .containsExactly(new QuoteLabel(1, 6, "Ana Ruiz", null));
                        });
    }

    @Test
    void labelsAloneWithoutTheirTextAreAnErrorNamingTheLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("labels.jsonl");
        Files.writeString(file, LABELS, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new QuoteSetReader(Map.of("other", "text")).read(file))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("labels.jsonl:1")
                .hasMessageContaining("a1 has no text");
    }

    @Test
    void textsThatAreNotAnObjectOfBodiesAreAnError(@TempDir Path dir) throws Exception {
        Path truth = dir.resolve("ground-truth.json");
        Files.writeString(truth, "[1, 2]", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new ArticleTextsReader().read(truth))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("ground-truth.json");
    }
}
