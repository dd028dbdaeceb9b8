package io.storytrace.mention;

import static org.assertj.core.api.Assertions.assertThat;

import io.storytrace.text.Passage;
import io.storytrace.text.SentenceSplitter;
import io.storytrace.text.Tokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameFinderTest {

    private static Names find(String text, boolean headline) {
        Passage passage =
                Passage.of(text, new SentenceSplitter().split(text), headline, new Tokenizer());
        return new NameFinder(NameLexicon.standard()).find(passage);
    }

    private static List<String> described(Names names) {
        return names.mentions().stream()
                .map(m -> m.type() + " " + m.text() + " → " + m.canonical())
                .toList();
    }

    @Test
    void readsEachPersonAsTheFullestNameInTheArticle() {
        Names names =
                find(
                        "Singer Dev Okafor spoke first. Later, Okafor and Mr. Okafor's band left.",
                        false);

        assertThat(described(names))
                .containsExactly(
                        "PERSON Dev Okafor → Dev Okafor",
                        "PERSON Okafor → Dev Okafor",
                        "PERSON Okafor → Dev Okafor");
        assertThat(names.fullest("Dev", 0)).isEqualTo("Dev Okafor");
    }

    @Test
    void tellsOutletsOrganisationsAndPlacesFromPeople() {
        Names names =
                find(
                        "Jane Roe told the Harbour Gazette and Variety that Acme Holdings would leave South Dakota and Mount Orr.",
                        false);

        assertThat(described(names))
                .containsExactly(
                        "PERSON Jane Roe → Jane Roe",
                        "OUTLET Harbour Gazette → The Harbour Gazette",
                        "OUTLET Variety → Variety",
                        "ORGANIZATION Acme Holdings → Acme Holdings");
    }

    @Test
    void aFirmNamedAfterAPersonIsAnOrganisation() {
        Names names =
                find(
                        "On Monday, Dick Clark Productions denied it, and Secretary of State Mike Pompeo agreed.",
                        false);

        assertThat(described(names))
                .containsExactly(
                        "ORGANIZATION Dick Clark Productions → Dick Clark Productions",
                        "PERSON Mike Pompeo → Mike Pompeo");
    }

    @Test
    void findsInTheHeadlineOnlyThePeopleTheBodyNames() {
        Names names =
                find(
                        "Star Kit Arden Says Filming Took Hours\n\nKit Arden, 20, spoke to reporters.",
                        true);

        assertThat(described(names))
                .containsExactly("PERSON Kit Arden → Kit Arden", "PERSON Kit Arden → Kit Arden");
    }

    @Test
    void aCapitalOnlyMarkingASentenceStartIsNoName() {
        Names names =
                find(
                        "Whenever I’m stopped, I feel exposed. Discussing it, Ana Ruiz paused. whenever it rains.",
                        false);

        assertThat(described(names)).containsExactly("PERSON Ana Ruiz → Ana Ruiz");
    }

    @Test
    void aSentenceOpeningWordIsReadBackAsASurnameOnlyAfterAGivenName() {
        Names names =
                find(
                        "Tom Young spoke to Harbour Scientific Research staff. Young, in his talk,"
                                + " was young at heart. Research is slow. research is slow.",
                        false);

        assertThat(described(names))
                .contains("PERSON Young → Tom Young")
                .noneMatch(
                        m -> m.contains(" Research → ") && !m.contains(" Scientific Research →"));
    }

    @Test
    void twoPeopleSharingASurnameResolveToTheNearestOneBefore() {
        Names names = find("Tom Hale spoke. Jo Hale replied. Later Hale left.", false);

        assertThat(names.mentions().getLast().canonical()).isEqualTo("Jo Hale");
    }
}
