package io.storytrace.match;

import static io.storytrace.match.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;

import io.storytrace.article.Link;
import io.storytrace.article.SourceMarker;
import java.util.List;
import org.junit.jupiter.api.Test;

class CreditFinderTest {

    private final CreditFinder finder = new CreditFinder();

    @Test
    void findsReportAndInterviewCredits() {
        List<Credit> credits =
                finder.find(
                        article(
                                        "a",
                                        "Headline",
                                        "The actor told The Sunday Times that filming took seven hours,"
                                                + " according to Variety.")
                                .build());

        assertThat(credits)
                .extracting(Credit::outlet, Credit::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Variety", Credit.Kind.REPORT),
                        org.assertj.core.groups.Tuple.tuple(
                                "The Sunday Times", Credit.Kind.INTERVIEW));
    }

    @Test
    void findsCreditsInAnyCaseAtTheBodyStartAndWithLongNamesBeforeTheVerb() {
        List<Credit> credits =
                finder.find(
                        article(
                                        "a",
                                        "According to the Headline Herald",
                                        "ACCORDING TO Harbor Light News, the pier reopens.",
                                        "The Bay Area Morning Coastline Times\nfirst reported the"
                                                + " closure; an official spoke to\tThe Ledger.")
                                .build());

        assertThat(credits)
                .extracting(Credit::outlet, Credit::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Harbor Light News", Credit.Kind.REPORT),
                        org.assertj.core.groups.Tuple.tuple(
                                "The Bay Area Morning Coastline Times", Credit.Kind.REPORT),
                        org.assertj.core.groups.Tuple.tuple("The Ledger", Credit.Kind.INTERVIEW));
    }

    @Test
    void leavesPeopleOut() {
        assertThat(finder.find(article("a", "", "He told Anna Ruiz that he was leaving.").build()))
                .isEmpty();
    }

    @Test
    void readsSourceLinesMarkersAndLinks() {
        List<Credit> credits =
                finder.find(
                        article("a", "", "Body text here.", "Source: Continental News Service")
                                .sourceMarker(new SourceMarker("Read more at Variety", null))
                                .links(
                                        List.of(
                                                new Link(
                                                        "https://www.coastlinewire.example/x",
                                                        "here",
                                                        Link.Role.BODY)))
                                .build());

        assertThat(credits)
                .extracting(Credit::key)
                .contains("continentalnewsservice", "variety", "coastlinewire");
    }

    @Test
    void aKnownOutletNeedsNoOutletWord() {
        CreditFinder knowing = new CreditFinder(key -> key.equals("screenbeat"));

        assertThat(
                        knowing.find(
                                article("a", "", "The story was first reported by ScreenBeat.")
                                        .build()))
                .extracting(Credit::outlet)
                .containsExactly("ScreenBeat");
    }
}
