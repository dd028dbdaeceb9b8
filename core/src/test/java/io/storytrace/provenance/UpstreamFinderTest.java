package io.storytrace.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import io.storytrace.article.Article;
import io.storytrace.match.Credit;
import java.util.List;
import org.junit.jupiter.api.Test;

class UpstreamFinderTest {

    @Test
    void creditedOutletsOutsideTheStoryAreUpstreamAndSayWhetherTheyAreIngested() {
        Article a =
                Article.builder("a")
                        .outlet("Screen Dispatch")
                        .headline("h")
                        .paragraphs(List.of("p"))
                        .build();
        Article b = Article.builder("b").headline("h").paragraphs(List.of("p")).build();
        StoryMember faithful =
                new StoryMember(
                        1,
                        a,
                        List.of(new Credit("The Sunday Times", Credit.Kind.INTERVIEW, null, null)),
                        List.of());
        StoryMember farm =
                new StoryMember(
                        2,
                        b,
                        List.of(
                                new Credit("The Sunday Times", Credit.Kind.INTERVIEW, null, null),
                                new Credit("Screen Dispatch", Credit.Kind.REPORT, null, null),
                                new Credit(
                                        "variety",
                                        Credit.Kind.LINK,
                                        null,
                                        "https://variety.example/x")),
                        List.of());

        List<UpstreamSource> upstream =
                new UpstreamFinder()
                        .find(List.of(faithful, farm), key -> key.equals("sundaytimes"));

        assertThat(upstream)
                .containsExactly(
                        new UpstreamSource(
                                "The Sunday Times", Credit.Kind.INTERVIEW, List.of(1L, 2L), true));
    }
}
