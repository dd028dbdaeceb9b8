package io.storytrace.finding;

import static org.assertj.core.api.Assertions.assertThat;

import io.storytrace.analyze.AnalyzedArticle;
import io.storytrace.article.Article;
import io.storytrace.text.Sentence;
import io.storytrace.text.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddedCommentaryFinderTest {

    private static final String LEDE =
            "As a devoted binge-watcher, I must say Lena Marsh's honesty is refreshing.";
    private static final String FACT = "Marsh plays the lighthouse keeper in Tidewater.";
    private static final SourceArticle HERALD =
            new SourceArticle("herald.html", null, "Northgate Herald", "Lena Marsh", null);

    private final AddedCommentaryFinder finder = new AddedCommentaryFinder();

    /** An article whose first paragraph is the lede, flagged as commentary, then the fact. */
    private static AnalyzedArticle rewrite() {
        Article article =
                Article.builder("buzz.txt")
                        .outlet("Buzzline Daily")
                        .paragraphs(List.of(LEDE, FACT))
                        .build();
        Sentence lede = new Sentence(0, 0, new Span(0, LEDE.length()), LEDE);
        int factStart = LEDE.length() + 2;
        Sentence fact = new Sentence(1, 1, new Span(factStart, factStart + FACT.length()), FACT);
        return new AnalyzedArticle(
                article,
                List.of(lede, fact),
                List.of(),
                List.of(),
                List.of(new Finding.Commentary(List.of(lede), "first person (“I”)")));
    }

    @Test
    void commentaryWhoseWordsAreNotTakenFromTheSourceIsAdded() {
        AnalyzedArticle rewrite = rewrite();
        Span fact = rewrite.sentences().get(1).span();

        Finding finding = finder.find(rewrite, HERALD, List.of(fact)).orElseThrow();

        assertThat(finding).isInstanceOf(Finding.AddedCommentary.class);
        assertThat(finding.evidenceSpan()).isEqualTo(rewrite.sentences().get(0).span());
        assertThat(finding.reason())
                .startsWith("1 sentence of commentary not taken from Northgate Herald")
                .contains("first person");
    }

    @Test
    void commentaryCopiedFromTheSourceIsNotAdded() {
        AnalyzedArticle rewrite = rewrite();
        Span lede = rewrite.sentences().get(0).span();

        assertThat(finder.find(rewrite, HERALD, List.of(lede))).isEmpty();
    }

    @Test
    void anArticleWithoutCommentaryHasNoneAdded() {
        AnalyzedArticle plain =
                new AnalyzedArticle(
                        rewrite().article(),
                        rewrite().sentences(),
                        List.of(),
                        List.of(),
                        List.of());

        assertThat(finder.find(plain, HERALD, List.of())).isEmpty();
    }
}
