package io.storytrace.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.storytrace.testing.SharedData;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The scorer must reproduce the F1 the benchmark published for other extractors. */
class PublishedPeerScoresTest {

    private static ExtractionBenchmark benchmark;

    @BeforeAll
    static void readBenchmark() {
        Path folder = SharedData.require("article-extraction-benchmark");
        benchmark = ExtractionBenchmark.read(folder);
    }

    @Test
    void reproducesTrafilaturasPublishedF1() {
        assertThat(f1("trafilatura")).isEqualTo("0.958");
    }

    @Test
    void reproducesBoilerpipesPublishedF1() {
        assertThat(f1("boilerpipe")).isEqualTo("0.860");
    }

    @Test
    void reproducesReadabilityJsAndRustTrafilatura() {
        assertThat(f1("readability_js")).isEqualTo("0.947");
        assertThat(f1("rs_trafilatura")).isEqualTo("0.970");
    }

    private static String f1(String peer) {
        assertThat(benchmark.peers()).containsKey(peer);
        return String.format(
                java.util.Locale.ROOT, "%.3f", benchmark.score(benchmark.peers().get(peer)).f1());
    }
}
