package io.storytrace.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import io.storytrace.article.Article;
import io.storytrace.article.PublishedTime;
import io.storytrace.match.Credit;
import io.storytrace.match.Relation;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class OriginFinderTest {

    private final OriginFinder finder = new OriginFinder();

    private static StoryMember member(
            long id, String outlet, String time, List<Credit> credits, List<String> quotes) {
        Article.Builder a =
                Article.builder("a" + id).outlet(outlet).headline("h").paragraphs(List.of("p"));
        if (time != null) {
            a.published(PublishedTime.of(OffsetDateTime.parse(time)));
        }
        return new StoryMember(id, a.build(), credits, quotes);
    }

    @Test
    void anArticleDerivedFromAnotherIsNeverTheOrigin() {
        StoryMember farm = member(1, null, "2024-09-01T20:46:00Z", List.of(), List.of());
        StoryMember report = member(2, "Screen Dispatch", null, List.of(), List.of());
        StoryEdge edge = new StoryEdge(1, 2, Relation.REWRITE, true, 0.8, 0.8, List.of("rewrite"));

        Origin origin = finder.find(List.of(farm, report), List.of(edge));

        assertThat(origin.articleId()).isEqualTo(2);
        assertThat(origin.reasons()).contains("it derives from no other version in the corpus");
    }

    @Test
    void creditsWeighMoreThanTimes() {
        StoryMember early = member(1, "Early Bird", "2025-01-01T08:00:00Z", List.of(), List.of());
        StoryMember wire =
                member(2, "Coastline Wire", "2025-01-01T09:00:00Z", List.of(), List.of());
        StoryMember copy =
                member(
                        3,
                        "Bayside",
                        null,
                        List.of(new Credit("Coastline Wire", Credit.Kind.REPORT, null, null)),
                        List.of());

        Origin origin = finder.find(List.of(early, wire, copy), List.of());

        assertThat(origin.articleId()).isEqualTo(2);
        assertThat(origin.reasons()).anyMatch(r -> r.contains("credits its outlet"));
    }

    @Test
    void theVersionWhoseQuoteWordingOthersPrintWins() {
        String original =
                "I wouldn't say that we've outgrown the show, because the show is growing in itself.";
        StoryMember paraphrase =
                member(
                        1,
                        null,
                        "2024-09-01T20:46:00Z",
                        List.of(),
                        List.of(
                                "It's not that we have outgrown the show, but rather, the show is growing on its own."));
        StoryMember faithful = member(2, "Screen Dispatch", null, List.of(), List.of(original));
        StoryMember copy = member(3, "Stage Daily", null, List.of(), List.of(original));

        Origin origin = finder.find(List.of(paraphrase, faithful, copy), List.of());

        assertThat(origin.articleId()).isEqualTo(2);
        assertThat(origin.reasons()).anyMatch(r -> r.contains("quotations word for word"));
    }

    @Test
    void withoutEvidenceTheEarliestTimeThenTheFirstIngestedWins() {
        StoryMember a = member(1, "A", null, List.of(), List.of());
        StoryMember b = member(2, "B", "2025-01-02T00:00:00Z", List.of(), List.of());
        StoryMember c = member(3, "C", "2025-01-01T00:00:00Z", List.of(), List.of());

        assertThat(finder.find(List.of(a, b, c), List.of()).articleId()).isEqualTo(3);
        assertThat(
                        finder.find(
                                        List.of(a, member(4, "D", null, List.of(), List.of())),
                                        List.of())
                                .reasons())
                .anyMatch(r -> r.startsWith("first ingested"));
    }
}
