package io.storytrace.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import io.storytrace.article.Article;
import io.storytrace.article.RawDocument;
import io.storytrace.extract.TextDumpExtractor;
import io.storytrace.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the analysis on each text-dump fixture and compares quotations, reported speech, findings,
 * mentions and unresolved items with the golden file beside it.
 */
class ArticleAnalyzerFixtureTest {

    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.standard();

    static Stream<Path> fixtures() throws IOException {
        Stream<Path> seed = Stream.of(Golden.resource("fixtures/seed/000_d006121618f9e465.txt"));
        Stream<Path> own;
        try (Stream<Path> files = Files.list(Golden.resource("fixtures/analysis"))) {
            own = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
        }
        return Stream.concat(seed, own);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void analysisMatchesGoldenFile(Path fixture) throws IOException {
        Article article =
                new TextDumpExtractor()
                        .extract(
                                new RawDocument(
                                        fixture.getFileName().toString(),
                                        null,
                                        Files.readAllBytes(fixture),
                                        "text/plain",
                                        "UTF-8"));
        AnalyzedArticle analyzed = ANALYZER.analyze(article);

        String name = fixture.getFileName().toString().replaceFirst("\\.txt$", ".expected.json");
        Golden.assertMatchesJson(AnalysisView.of(analyzed), fixture.resolveSibling(name));
        assertThat(analyzed.quotes()).allSatisfy(q -> assertThat(q.text()).isNotBlank());
    }
}
