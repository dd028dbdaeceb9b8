package io.storytrace.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Who speaks: the constructions of real news that the speaker rules are written for. */
class SpeakerAttributionTest {

    private static List<String> speakers(String text) {
        return QuoteExtractorTest.quotes(text).stream()
                .map(q -> String.valueOf(q.speaker()))
                .toList();
    }

    @Test
    void sheGoesToTheWomanNotToTheManNamedLast() {
        assertThat(
                        speakers(
                                "Helen Marsh met Robert Quill at the harbour on Monday.\n\n"
                                        + "“The quay will reopen next week,” she said."))
                .containsExactly("Helen Marsh");
    }

    @Test
    void aParticipleAfterAnAuxiliaryAndAPhrasalCueAttribute() {
        assertThat(
                        speakers(
                                "Tariffs rose.\n\n“The duty is paid by the importer,” Howard Vell,"
                                        + " a senior fellow at the Harbour Policy Centre, has written.\n\n"
                                        + "“We all miss the old pier,” Mara Quill weighed in, telling the"
                                        + " council it was a loss."))
                .containsExactly("Howard Vell", "Mara Quill");
    }

    @Test
    void aNameAfterAPrepositionBeforeAColonIsNotTheSpeaker() {
        assertThat(
                        speakers(
                                "Helen Marsh has found one drawback to working with Ana Ruiz and"
                                        + " Tom Hale: “They sing so well that I feel out of place.”"))
                .containsExactly("Helen Marsh");
    }

    @Test
    void aCueThatIntroducesTheNextQuotationIsNotThisOnesAttribution() {
        assertThat(
                        speakers(
                                "“It is a different muscle,” Ana Ruiz said. “You step out of"
                                        + " yourself.” Tom Hale agreed: “It is a job of its own.”"))
                .containsExactly("Ana Ruiz", "Ana Ruiz", "Tom Hale");
    }

    @Test
    void anAcronymSpeaksUnderTheNameTheArticleSpellsOut() {
        assertThat(
                        speakers(
                                "The Harbour Safety Authority (HSA) closed the quay.\n\n“The risk"
                                        + " is low,” the HSA said. “We will reopen soon,” said Coastal HSA"
                                        + " officials."))
                .containsExactly("Harbour Safety Authority", "Harbour Safety Authority");
    }

    @Test
    void describedAfterAQuotationAttributesIt() {
        assertThat(
                        speakers(
                                "Dr Ivo Brandt treated the patient.\n\n“Going upstairs was hard,”"
                                        + " the patient described in the case report."))
                .containsExactly("the patient");
    }

    @Test
    void aCueVerbBeforeAnInfinitiveReportsNoWords() {
        assertThat(
                        speakers(
                                "App.\n\nAna Ruiz runs the service, and Harbour Studios makes its"
                                        + " films.\n\nSome users were logged off. The tech teams"
                                        + " isolated the problem, Ruiz said, and “patched” the code as"
                                        + " the company continued to sign up users."))
                .containsExactly("Ana Ruiz");
    }

    @Test
    void wordsReadOutFromADocumentHaveNoSpeaker() {
        assertThat(
                        speakers(
                                "Historian Lorna Vale read from the diary of a survivor: “The"
                                        + " water came up the stairs faster than we could climb.”"))
                .containsExactly("null");
    }

    @Test
    void aSentenceClosingSaidXSpeaksForTheQuotationInside() {
        assertThat(
                        speakers(
                                "Tom Brack met the board on Monday.\n\n"
                                        + "The plan would need “a second vote” before spring,"
                                        + " said Ana Ruiz, a councillor for the harbour ward."))
                .containsExactly("Ana Ruiz");
    }

    @Test
    void aPersonAndHisTeamAreThePerson() {
        assertThat(
                        speakers(
                                "“We found water in the plume,” Dario Penn and his team wrote in"
                                        + " the paper."))
                .containsExactly("Dario Penn");
    }

    @Test
    void aRoleBetweenAnOrganisationAndANameLeavesTheName() {
        assertThat(
                        speakers(
                                "“It depends on the budget,” responded Harbour Authority director"
                                        + " Mina Osei, noting the delays."))
                .containsExactly("Mina Osei");
    }

    @Test
    void aReportSpeaksForWhoeverIssuedIt() {
        assertThat(
                        speakers(
                                "“Rates will stay high into next year,” said a report from"
                                        + " Kestrel Capital Partners."))
                .containsExactly("Kestrel Capital Partners");
    }

    @Test
    void aCountryBeforeAnAmbassadorsNameIsNotPartOfIt() {
        assertThat(
                        speakers(
                                "The ambassador to Britain Lio Varenne spoke on Monday.\n\n"
                                        + "“We want calm,” Varenne said."))
                .containsExactly("Lio Varenne");
    }

    @Test
    void aParticipleOpeningTheSentenceIsNoGivenName() {
        assertThat(
                        speakers(
                                "Welcoming Dana Kell to the stage, the host smiled.\n\n"
                                        + "“I am glad to be here,” Kell said."))
                .containsExactly("Dana Kell");
    }

    @Test
    void heNeverPointsAtAGroupThatSpokeBefore() {
        assertThat(
                        speakers(
                                "Mayor Ivo Brandt opened the bridge. Harbour officials say it"
                                        + " cost more than planned.\n\n"
                                        + "“It was worth every penny,” he said."))
                .containsExactly("Ivo Brandt");
    }

    @Test
    void aPatientTheArticleNeverNamesIsNotTheDoctor() {
        assertThat(
                        speakers(
                                "Dr. Ivo Brandt treated the patient for a year.\n\n"
                                        + "“I slept most of the day,” the patient wrote."))
                .containsExactly("the patient");
    }

    @Test
    void anInsiderIsNotTheNameInsideTheQuotation() {
        assertThat(
                        speakers(
                                "“Marlo Finch is frustrated by the talks,” an insider told the"
                                        + " magazine."))
                .containsExactly("an insider");
    }

    @Test
    void capitalsInsideAnUnnamedPersonDescribeThem() {
        assertThat(
                        speakers(
                                "“Don't hide things like this,” one Larkspur commenter said.\n\n"
                                        + "A Syrian refugee said the claim was “absolutely not"
                                        + " true.”"))
                .containsExactly("one Larkspur commenter", "A Syrian refugee");
    }

    @Test
    void aCapitalisedCommonWordIsNoSpeaker() {
        assertThat(
                        speakers(
                                "A study by the Centre for Harbour Research, a London-based"
                                        + " think tank, concluded that “the full cost falls on"
                                        + " buyers.”\n\n"
                                        + "Another reportedly said: “The tide is coming.”"))
                .doesNotContain("London-based", "Another");
    }

    @Test
    void aNameInsideQuotationMarksIsNoOneAPronounPointsAt() {
        assertThat(
                        speakers(
                                "Director Tom Vale waited for the right song.\n\n"
                                        + "At the last minute a demo came in called “No Place"
                                        + " Like Home”. “It grabbed me at once,” he said."))
                .containsExactly("Tom Vale");
    }

    @Test
    void aNameAfterTheSentencesOwnPronounIsAnObject() {
        assertThat(
                        speakers(
                                "Kate Moor spent years on the album.\n\n"
                                        + "Despite her fame, she was more nervous than Lila Dune"
                                        + " ever was. “It was terrifying,” she said."))
                .containsExactly("Kate Moor");
    }

    @Test
    void aSurnameThatIsAlsoAWordStillNamesItsPersonAtASentencesStart() {
        assertThat(
                        speakers(
                                "The witnesses were Tom Stone and Ray Young, who hired young"
                                        + " engineers.\n\n"
                                        + "“We need a big rocket,” Stone said.\n\n"
                                        + "Young, in his testimony, criticised what he called"
                                        + " “experiments” in procurement. “They must stop,” he"
                                        + " said."))
                .containsExactly("Tom Stone", "Ray Young", "Ray Young");
    }

    @Test
    void aGenerationalSuffixKeepsItsStop() {
        assertThat(
                        speakers(
                                "U.S. Attorney James Fenn Jr. brought the case.\n\n"
                                        + "“Threats are not speech,” Fenn said."))
                .containsExactly("James Fenn Jr.");
    }

    @Test
    void aSentenceOpeningWithARoleIsAboutThePersonBeforeNotTheNamesInIt() {
        assertThat(
                        speakers(
                                "Talks between the club and Rui Falcao's agents went on all"
                                        + " week.\n\n"
                                        + "The Portuguese coach had been out of work since being"
                                        + " sacked by Harbour Rangers in May.\n\n"
                                        + "The 56-year-old said: “I am excited to be here.”"))
                .containsExactly("Rui Falcao");
    }

    @Test
    void aWordCapitalisedOnlyToOpenASentenceSpeaksForNoOne() {
        assertThat(
                        speakers(
                                "Negotiations intensified, with talks continuing into the"
                                        + " night, said the report.\n\n"
                                        + "“It is done,” he said."))
                .containsExactly("null");
    }

    @Test
    void anAdverbBetweenAPronounAndItsVerbIsSkipped() {
        assertThat(
                        speakers(
                                "Ravi Sand met Colm Ostry in May.\n\n"
                                        + "He instead told the interviewer: “I had to see him.”"))
                .containsExactly("Ravi Sand");
    }
}
