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
    void aStatesCapitolIsABuildingNoOnesName() {
        Names names =
                find(
                        "Kay Lee is building a hotel blocks away from the Ashby Capitol building.",
                        false);

        assertThat(names.people()).containsExactly("Kay Lee");
    }

    @Test
    void aCompassWordBeforeAnOrganisationsWordNamesTheOrganisationNotAPlace() {
        Names names =
                find(
                        "Southern Water said it would appeal. Residents of South Memphis and Northern"
                                + " Rail passengers were not told.",
                        false);

        assertThat(described(names))
                .containsExactly(
                        "ORGANIZATION Southern Water → Southern Water",
                        "ORGANIZATION Northern Rail → Northern Rail");
    }

    @Test
    void aBareWordOfAnOrganisationsNameOpeningASentenceIsNoName() {
        Names names =
                find(
                        "Local councillor Tom Hession said the Great Lakes Central Railroad had"
                                + " called.",
                        false);

        assertThat(described(names))
                .containsExactly(
                        "PERSON Tom Hession → Tom Hession",
                        "ORGANIZATION Great Lakes Central Railroad → Great Lakes Central Railroad");
    }

    @Test
    void anAmountAfterACurrencysLetterIsNoName() {
        Names names =
                find(
                        "The agency paid P96 million to Band A customers and owes R4 billion, Ramon"
                                + " Dizon told the G7.",
                        false);

        assertThat(described(names))
                .containsExactly("PERSON Ramon Dizon → Ramon Dizon", "ORGANIZATION G7 → G7");
    }

    @Test
    void aBodysBranchNamedForAPlaceIsOneName() {
        Names names =
                find(
                        "The ACLU of Colorado and the Office for the Western District of Virginia"
                                + " disagreed.",
                        false);

        assertThat(described(names))
                .containsExactly(
                        "ORGANIZATION ACLU of Colorado → ACLU of Colorado",
                        "ORGANIZATION Office for the Western District of Virginia → Office for the"
                                + " Western District of Virginia");
    }

    @Test
    void aBodyNamedForItsCountryKeepsTheCommonWordThatOpensItsSentence() {
        Names names =
                find(
                        "Patients with cancer wait for sport.\n\nCancer Research UK said so. Sport"
                                + " England agreed. In Ireland the season is short. Northern"
                                + " Ireland agreed. Model Kathy Ireland smiled.",
                        false);

        assertThat(described(names))
                .containsExactly(
                        "ORGANIZATION Cancer Research UK → Cancer Research UK",
                        "ORGANIZATION Sport England → Sport England",
                        "PERSON Kathy Ireland → Kathy Ireland");
    }

    @Test
    void aDatelinesPlaceAndStateAreNoOnesName() {
        Names names =
                find(
                        "Bike returned\n\nSOMERVILLE, MA — Eli Nunes' bike was taken on Saturday.\n\n"
                                + "TALLAHASSEE, Fla. — Ana Ruiz spoke.",
                        true);

        assertThat(described(names))
                .containsExactly("PERSON Eli Nunes → Eli Nunes", "PERSON Ana Ruiz → Ana Ruiz");
    }

    @Test
    void aGivenNameTheListLacksAfterARoleNounOpensTheName() {
        Names names =
                find(
                        "Foreign Office spokesperson Mumtaz Ali Soomro spoke. Later Ms Soomro left."
                                + " Their group leader Coun Graham Pilling agreed.",
                        false);

        assertThat(described(names))
                .containsExactly(
                        "ORGANIZATION Foreign Office → Foreign Office",
                        "PERSON Mumtaz Ali Soomro → Mumtaz Ali Soomro",
                        "PERSON Soomro → Mumtaz Ali Soomro",
                        "PERSON Graham Pilling → Graham Pilling");
    }

    @Test
    void aNameEndingInWhatAFirmMinesIsTheFirm() {
        Names names =
                find(
                        "Southern Cross Lithium will cut 400 jobs, managing director Bronwyn Tate"
                                + " said.",
                        false);

        assertThat(described(names))
                .containsExactly(
                        "ORGANIZATION Southern Cross Lithium → Southern Cross Lithium",
                        "PERSON Bronwyn Tate → Bronwyn Tate");
    }

    @Test
    void oneWordOpeningASentenceWithAnAgeApposedIsAPerson() {
        Names names =
                find(
                        "Riders were angry. Tanisha, a 34-year-old baggage handler, said she leaves"
                                + " at 3 a.m. In Mirpur, a 34-year-old woman agreed.",
                        false);

        assertThat(described(names)).containsExactly("PERSON Tanisha → Tanisha");
    }

    @Test
    void aPoliceReportIsNoBodyAndTheTimesOfIndiaIsAnOutlet() {
        Names names =
                find(
                        "The family lodged an FIR at Powai police station. The complainant told TOI"
                                + " he was scared.",
                        false);

        assertThat(described(names)).containsExactly("OUTLET TOI → TOI");
    }

    @Test
    void aBodysNameOpeningASentenceKeepsItsCommonFirstWordWhenAGroupIsApposed() {
        Names names =
                find(
                        "Many riders came.\n\nRiders United Millbrook, a nonprofit advocacy"
                                + " group, handed in a petition.",
                        false);

        assertThat(described(names))
                .containsExactly("ORGANIZATION Riders United Millbrook → Riders United Millbrook");
    }

    @Test
    void aNameAfterAPersonAndOfIsWhereTheyWork() {
        Names names =
                find(
                        "Analyst Tom Reed of Morgan Stanley was upbeat. Ines Carvalho-Byrne of Lisbon cooks.",
                        false);

        assertThat(described(names))
                .containsExactly(
                        "PERSON Tom Reed → Tom Reed",
                        "ORGANIZATION Morgan Stanley → Morgan Stanley",
                        "PERSON Ines Carvalho-Byrne → Ines Carvalho-Byrne");
    }

    @Test
    void aNameAfterANounForAKindOfBusinessIsThatBusinessEverywhere() {
        Names names =
                find(
                        "Analysts at US investment banking giant Harwood Sachs were upbeat. Harwood Sachs shares rose. Ana Ruiz of the bank agreed.",
                        false);

        assertThat(described(names))
                .containsExactly(
                        "ORGANIZATION Harwood Sachs → Harwood Sachs",
                        "ORGANIZATION Harwood Sachs → Harwood Sachs",
                        "PERSON Ana Ruiz → Ana Ruiz");
    }

    @Test
    void aProvincialOfficeBeforeASurnameIsATitle() {
        Names names =
                find(
                        "MEC Mabaso urged the public to stay home. Jacob Mabaso, the roads minister, said teams were ready.",
                        false);

        assertThat(described(names))
                .containsExactly(
                        "PERSON Mabaso → Jacob Mabaso", "PERSON Jacob Mabaso → Jacob Mabaso");
    }

    @Test
    void capitalsBeforeAnEventNameTheEventNotAPerson() {
        Names names =
                find(
                        "Strava announced features at its annual Camp Strava event. Strava says more will come.",
                        false);

        assertThat(described(names)).noneMatch(mention -> mention.startsWith("PERSON"));
    }

    @Test
    void capitalsAfterAWorkEntitledSoNameTheWork() {
        Names names =
                find(
                        "Her book entitled Some Unspoken Thing is out in August. A song called Harbour Lights followed.",
                        false);

        assertThat(described(names)).noneMatch(mention -> mention.startsWith("PERSON"));
    }

    @Test
    void aGivenNameBeforeAPeoplesWordThatIsASurnameIsAPerson() {
        Names names =
                find(
                        "Shops will run short, predicts Oliver Irish, an editor. The Irish voted.",
                        false);

        assertThat(described(names)).containsExactly("PERSON Oliver Irish → Oliver Irish");
    }

    @Test
    void oneNameWithAnAgeApposedAsAnAdjectiveIsAPersonButAPlaceIsNot() {
        Names names =
                find(
                        "One of the patients is Rokeya, a 34-year-old garment worker. In Mirpur, a 40-year-old driver waited.",
                        false);

        assertThat(described(names)).containsExactly("PERSON Rokeya → Rokeya");
    }

    @Test
    void aNameOpeningASentenceWithWhichAfterItIsABodyEverywhere() {
        Names names =
                find(
                        "Harvest Table, which supports 46 food banks, said demand rose. Harvest Table will launch an appeal. He thanked Jane Doe, which surprised no one.",
                        false);

        assertThat(described(names))
                .containsExactly(
                        "ORGANIZATION Harvest Table → Harvest Table",
                        "ORGANIZATION Harvest Table → Harvest Table",
                        "PERSON Jane Doe → Jane Doe");
    }

    @Test
    void aNameBeforeARoleAndAPersonIsWhomThePersonWorksFor() {
        Names names =
                find(
                        "Ashbury Lions boss Gareth Pryce-Morgan admitted defeat. Ashbury Lions fans booed.",
                        false);

        assertThat(described(names))
                .containsExactly(
                        "ORGANIZATION Ashbury Lions → Ashbury Lions",
                        "PERSON Gareth Pryce-Morgan → Gareth Pryce-Morgan",
                        "ORGANIZATION Ashbury Lions → Ashbury Lions");
    }

    @Test
    void aSurnameAloneIsTheOneTheStoryIsAboutAndTheElderIsTheFather() {
        Names names =
                find(
                        "Quarterback Marcus Bell Jr. signed on Wednesday. Bell, 27, stood with his father, former Ironclads linebacker Marcus Bell Sr., behind him. Bell smiled. The elder Bell cried.",
                        false);

        assertThat(described(names))
                .containsExactly(
                        "PERSON Marcus Bell Jr → Marcus Bell Jr.",
                        "PERSON Bell → Marcus Bell Jr.",
                        "PERSON Marcus Bell Sr → Marcus Bell Sr.",
                        "PERSON Bell → Marcus Bell Jr.",
                        "PERSON Bell → Marcus Bell Sr.");
    }

    @Test
    void aSurnameTwoPeopleShareIsTheOneWrittenJustBeforeElseTheOneWrittenFirst() {
        Names names =
                find(
                        "Actor Grant Faulkner was arrested on Saturday. Faulkner's attorney spoke. Prosecutor Ruth Faulkner, no relation, said the case was strong. Faulkner was calm. The family gathered at the house on the hill that evening for a long dinner with old friends and neighbours, many of whom had known the actor since he was a boy growing up in the valley, and the talk went on late into the night. Relatives gathered at the house on the hill that evening for a long dinner with old friends and neighbours, many of whom had known the actor since he was a boy growing up in the valley, and the talk went on late into the night. Faulkner himself has not commented. His wife, designer Celine Faulkner, posted a message. Faulkner is due in court on April 9.",
                        false);

        assertThat(described(names))
                .containsExactly(
                        "PERSON Grant Faulkner → Grant Faulkner",
                        "PERSON Faulkner → Grant Faulkner",
                        "PERSON Ruth Faulkner → Ruth Faulkner",
                        "PERSON Faulkner → Ruth Faulkner",
                        "PERSON Faulkner → Grant Faulkner",
                        "PERSON Celine Faulkner → Celine Faulkner",
                        "PERSON Faulkner → Grant Faulkner");
    }

    @Test
    void aSurnameAloneIsNotDrawnToOneCalledOnlyByHisGivenNameSince() {
        Names names =
                find(
                        "Door knock\n\nBess Ebel, 68, Clanton’s close friend since sixth grade at Eugene Field Elementary School in Park Ridge, Illinois, has been held up throughout the campaign as living proof that Clanton is an honest broker despite cutting attacks on her character.\n\nTed Ebel said, pointing to one and then the other of his ears.\n\n“I’m honored!” she said. “It’s giving me kind of goosebumps. If ever get to shake Hilda’s hand I’m going to say, I met your best friend, Bess.”\n\n“Tell her I promised you a picture,” Ebel said, and her husband cut in. “Don’t forget Bess’s husband Ted -- I’ve been friends with her since high school. We were all the same grade.”\n\nWalking to the next address, Ebel reminisced about her days growing up as a Goldman girl with Clanton.",
                        true);

        assertThat(described(names)).last().isEqualTo("PERSON Ebel → Bess Ebel");
    }

    @Test
    void aGroupNamedForItsPeopleIsABody() {
        Names names =
                find(
                        "Race\n\nThe results from Democrats Abroad come next week. Simon Rosen said Democrats crafted the schedule.",
                        true);

        assertThat(described(names))
                .containsExactly(
                        "ORGANIZATION Democrats Abroad → Democrats Abroad",
                        "PERSON Simon Rosen → Simon Rosen");
    }

    @Test
    void aGivenNameOpeningASentenceStaysThoughTheTextWritesItInLowerCase() {
        Names names =
                find(
                        "Race\n\nHilda Clanton said she will speak about the bill.\n\nBill Clanton got in on the game at a rally. Will Clanton win the state?",
                        true);

        assertThat(described(names))
                .containsExactly(
                        "PERSON Hilda Clanton → Hilda Clanton",
                        "PERSON Bill Clanton → Bill Clanton",
                        "PERSON Clanton → Bill Clanton");
    }

    @Test
    void enterOpeningASentenceIsNoPartOfTheNameAfterIt() {
        Names names =
                find(
                        "Race\n\nEnter The Washington Post. The paper says Dale Pimm will lose.",
                        true);

        assertThat(described(names))
                .containsExactly(
                        "OUTLET The Washington Post → The Washington Post",
                        "PERSON Dale Pimm → Dale Pimm");
    }

    @Test
    void aDateInAbbreviationsEndsABylineAndIsNoOnesName() {
        Names names =
                find(
                        "Clash\n\nWed Sep 24 2025 - 17:55\n\nEoin Brophy Mon Feb 24 2025 - 13:20\n\nJan Roe spoke on Tue, Jan 7.",
                        false);

        assertThat(described(names))
                .containsExactly("PERSON Eoin Brophy → Eoin Brophy", "PERSON Jan Roe → Jan Roe");
    }

    @Test
    void aNameApposedToAGroupIsABody() {
        Names names =
                find(
                        "Save Cane River Neighbors, the residents’ group that has organized the opposition, claimed victory. Mr Evans Ongeri, a boda boda operator in Nyamira town, was tired.",
                        false);

        assertThat(described(names))
                .containsExactly(
                        "ORGANIZATION Save Cane River Neighbors → Save Cane River Neighbors",
                        "PERSON Evans Ongeri → Evans Ongeri");
    }

    @Test
    void aFullNameWithoutItsMiddleNameIsTheSamePerson() {
        Names names =
                find(
                        "Agnes Tremlett, marine biologist, dies at 91. Tremlett mapped the seagrass. Agnes Mary Tremlett was born in Truro.",
                        false);

        assertThat(described(names))
                .containsExactly(
                        "PERSON Agnes Tremlett → Agnes Mary Tremlett",
                        "PERSON Tremlett → Agnes Mary Tremlett",
                        "PERSON Agnes Mary Tremlett → Agnes Mary Tremlett");
    }

    @Test
    void aParentNamedInABirthOrAsSomeonesParentIsKin() {
        Names names =
                find(
                        "Cornelius Whitfield, the saxophonist, died on Sunday. He was born in Augusta to Amos Whitfield, a preacher. Mr. Whitfield joined a quintet in 1958. He was the son of Amos Whitfield. Whitfield toured Europe.",
                        false);

        assertThat(described(names))
                .containsExactly(
                        "PERSON Cornelius Whitfield → Cornelius Whitfield",
                        "PERSON Amos Whitfield → Amos Whitfield",
                        "PERSON Whitfield → Cornelius Whitfield",
                        "PERSON Amos Whitfield → Amos Whitfield",
                        "PERSON Whitfield → Cornelius Whitfield");
    }

    @Test
    void aProductNamedAfterABodyIsNoPerson() {
        Names names =
                find(
                        "Vessa Motors Inc. is recalling 41,000 cars. The recall covers 2024 model-year Vessa Terra vehicles. Vessa said it was aware of 12 incidents.",
                        false);

        assertThat(described(names))
                .containsExactly(
                        "ORGANIZATION Vessa Motors Inc → Vessa Motors Inc.",
                        "ORGANIZATION Vessa → Vessa Motors Inc.");
    }

    @Test
    void aWorkSomeoneOwnsIsNamedByTheCapitalsAfterIt() {
        Names names = find("Chloe Barnes spoke on her podcast Chloe Chats about the split.", false);

        assertThat(described(names)).containsExactly("PERSON Chloe Barnes → Chloe Barnes");
    }

    @Test
    void anOutletsNameThatIsTheSurnameOfSomeoneNamedBeforeIsThatPerson() {
        Names names =
                find(
                        "Striker Jamie Fox is a doubt. Fox himself was upbeat. (See Facebook's own description.) Facebook said nothing.",
                        false);

        assertThat(described(names))
                .contains("PERSON Fox → Jamie Fox", "OUTLET Facebook → Facebook")
                .doesNotContain("PERSON Facebook → See Facebook");
    }

    @Test
    void aGivenNameBesideAKinNounOfSomeoneNamedIsThePerson() {
        Names names =
                find(
                        "Jean Walsh stayed. Mrs Walsh's daughter, Karen, drove from Leeds. Anna, her sister, came too.",
                        false);

        assertThat(described(names)).contains("PERSON Karen → Karen", "PERSON Anna → Anna");
    }

    @Test
    void aWorkSetBesideItsNounIsNoOne() {
        Names names =
                find(
                        "Ines Carvalho-Byrne cooks. Her first cookbook, Salt Before Sunrise, is dedicated to her grandmother. Near the end of the episode, Carvalho-Byrne laughed.",
                        false);

        assertThat(described(names))
                .containsExactly(
                        "PERSON Ines Carvalho-Byrne → Ines Carvalho-Byrne",
                        "PERSON Carvalho-Byrne → Ines Carvalho-Byrne");
    }

    @Test
    void aBodyWithAnOutletsWordInItsNameIsNoOutlet() {
        Names names =
                find(
                        "The Independent Petroleum Products Retailers Association of Nigeria met at the National Press Club. The Daily Ledger reported it.",
                        false);

        assertThat(described(names))
                .containsExactly(
                        "ORGANIZATION Independent Petroleum Products Retailers Association of Nigeria → Independent Petroleum Products Retailers Association of Nigeria",
                        "ORGANIZATION National Press Club → National Press Club",
                        "OUTLET Daily Ledger → The Daily Ledger");
    }

    @Test
    void oneWordApposedToAnOrganisationsNounIsThatOrganisation() {
        Names names =
                find(
                        "Murmur, the short-form social app, will charge for badges. Dana Cole, a union official, and Relaynet, the operator behind the network, disagreed.",
                        false);

        assertThat(described(names))
                .containsExactly(
                        "ORGANIZATION Murmur → Murmur",
                        "PERSON Dana Cole → Dana Cole",
                        "ORGANIZATION Relaynet → Relaynet");
    }

    @Test
    void aTitleInMarksIsNoOneEvenWithTheCommaAmericanStylePutsInside() {
        Names names =
                find(
                        "Mark Reyes, whose novel “The Long Walk Home,” sold a million copies, starred in “Tom Hale.”",
                        false);

        assertThat(described(names)).containsExactly("PERSON Mark Reyes → Mark Reyes");
    }

    @Test
    void aSentenceOpeningNameEndingInIngIsKeptWhole() {
        Names names =
                find(
                        "Downing Street said it would not comment. Boeing Co said it would cut jobs. Speaking Tuesday, Kim Hale said no.",
                        false);

        assertThat(described(names))
                .containsExactly(
                        "ORGANIZATION Downing Street → Downing Street",
                        "ORGANIZATION Boeing Co → Boeing Co.",
                        "PERSON Kim Hale → Kim Hale");
    }

    @Test
    void aCountryWrittenInInitialsIsAPlaceNotTheStartOfAnAgency() {
        Names names =
                find(
                        "Acme Foods sold jars in 14 U.S. states and the UK. The U.S. Food and Drug Administration and the UK Food Standards Agency said so.",
                        false);

        assertThat(described(names))
                .containsExactly(
                        "ORGANIZATION Acme Foods → Acme Foods",
                        "ORGANIZATION U.S. Food and Drug Administration → U.S. Food and Drug Administration",
                        "ORGANIZATION UK Food Standards Agency → UK Food Standards Agency");
    }

    @Test
    void aHyphenatedGivenNameMarksTheGenderItsPartsAgreeOn() {
        Names names =
                find(
                        "Kelly-Ann Marsh and Jean-Pierre Duval met Mary-Jack Stone and Lou Reyes.",
                        false);

        assertThat(names.gender("Kelly-Ann Marsh")).isEqualTo(Gender.FEMALE);
        assertThat(names.gender("Jean-Pierre Duval")).isEqualTo(Gender.MALE);
        assertThat(names.gender("Mary-Jack Stone")).isEqualTo(Gender.UNKNOWN);
    }

    @Test
    void aTitleBeforeASurnameAloneGivesNoGenderToSomeoneOfTheOtherOne() {
        Names names =
                find(
                        "Walter Nakamura died on Sunday. His wife, Eleanor Nakamura, said he was"
                                + " funny. Mr. Nakamura landed the role by accident.",
                        false);

        assertThat(names.gender("Eleanor Nakamura")).isEqualTo(Gender.FEMALE);
    }

    @Test
    void aGivenNameAfterMyBrotherIsThatPerson() {
        assertThat(described(find("My brother, Daniel, took longer to come round.", false)))
                .containsExactly("PERSON Daniel → Daniel");
        assertThat(described(find("Her son Daniel was asleep.", false)))
                .containsExactly("PERSON Daniel → Daniel");
        assertThat(described(find("Daniel took longer to come round.", false))).isEmpty();
    }

    @Test
    void aGivenNameBeforeAPlaceWordIsAPersonOnlyWhereTheSurnameOrGivenNameStandsAlone() {
        assertThat(described(find("Lisa Park, a teacher, waited. Park said she was tired.", false)))
                .contains("PERSON Lisa Park → Lisa Park", "PERSON Park → Lisa Park");
        assertThat(
                        described(
                                find(
                                        "She heard it from Jenna Park. Later, Jenna didn't help.",
                                        false)))
                .contains("PERSON Jenna Park → Jenna Park", "PERSON Jenna → Jenna Park");
        assertThat(described(find("Novelist Margaret Lane, 84, spoke to the paper.", false)))
                .contains("PERSON Margaret Lane → Margaret Lane");
        assertThat(described(find("Margaret Lane, who wrote 16 novels, spoke to us.", false)))
                .contains("PERSON Margaret Lane → Margaret Lane");
        assertThat(described(find("Diane Lane opened up about her divorce.", false)))
                .contains("PERSON Diane Lane → Diane Lane");
        assertThat(described(find("Nathan Lane said it was fun.", false)))
                .contains("PERSON Nathan Lane → Nathan Lane");
        assertThat(described(find("Actress Diane Lane arrived late.", false)))
                .contains("PERSON Diane Lane → Diane Lane");
        assertThat(described(find("Penny Lane is a song they played for her.", false)))
                .noneMatch(mention -> mention.contains("Penny"));
        assertThat(described(find("Crowds filled Victoria Park, which was calm.", false)))
                .noneMatch(mention -> mention.contains("Victoria"));
        assertThat(described(find("Crowds filled Victoria Park. Police said it was calm.", false)))
                .noneMatch(mention -> mention.contains("Victoria"));
        assertThat(
                        described(
                                find(
                                        "Crowds filled Victoria Park. Back in Victoria, it rained.",
                                        false)))
                .noneMatch(mention -> mention.contains("Victoria"));
    }

    @Test
    void italianParticlesRunOnInsideAName() {
        assertThat(
                        described(
                                find(
                                        "In an interview with La Gazzetta dello Sport, Dario Conte spoke.",
                                        false)))
                .contains("OUTLET La Gazzetta dello Sport → La Gazzetta dello Sport");
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
    void aFullNameOnlyTheHeadlineGivesIsTheOneTheBodyCallsBySurname() {
        Names names =
                find(
                        "Marta Kovane Goes After Ilse Brandt As The New Ruler\n\nAt least that is what the Kovane campaign hopes. On Monday, Kovane leaned in.",
                        true);

        assertThat(described(names))
                .contains("PERSON Marta Kovane → Marta Kovane", "PERSON Kovane → Marta Kovane");
    }

    @Test
    void aFullNameOnlyTheHeadlineGivesIsTheOneTheBodyCallsByGivenName() {
        Names names =
                find(
                        "Footie ace Tyler Vell’s wife Kayla hits back at trolls\n\nKayla Vell has blasted trolls after husband Tyler’s miss. Tyler has said nothing.",
                        true);

        assertThat(described(names)).contains("PERSON Tyler → Tyler Vell");
    }

    @Test
    void aSurnameInsideAFullNameTheBodyGivesTakesNoHeadlineGivenName() {
        Names names =
                find(
                        "Pilot To Start In Two Towns: Kelvin Tan\n\nMinister Kelvin Tan Wei Ming spoke. Tan said it would help.",
                        true);

        assertThat(described(names)).doesNotContain("PERSON Tan → Kelvin Tan");
    }

    @Test
    void aWeekdayAfterANameIsNoPartOfIt() {
        Names names =
                find(
                        "Notes\n\nThe Harbour Council Saturday released a statement. The Harbour Council said more.",
                        true);

        assertThat(described(names))
                .containsExactly(
                        "ORGANIZATION Harbour Council → Harbour Council",
                        "ORGANIZATION Harbour Council → Harbour Council");
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

    @Test
    void aSurnameAfterAFullNameWithASuffixIsThePersonNotTheirFirm() {
        Names names = find("Dale Pruitt Jr. founded Pruitt Holdings. Pruitt, 61, was calm.", false);

        assertThat(described(names))
                .contains(
                        "ORGANIZATION Pruitt Holdings → Pruitt Holdings",
                        "PERSON Pruitt → Dale Pruitt Jr.");
    }

    @Test
    void aGivenNamesShortFormIsTheSamePerson() {
        Names names =
                find(
                        "Patrick Carlineo Jr. pleaded guilty. His lawyer said Pat Carlineo was sorry. Carlineo left.",
                        false);

        assertThat(names.mentions().getLast().canonical()).isEqualTo("Patrick Carlineo Jr.");
    }

    @Test
    void aSubheadingInTitleCaseNamesNoOne() {
        Names names =
                find(
                        "Actor Opens Up\n\nKit Arden knew the ending early, and he weighs every word.\n\n"
                                + "The Showrunner Weighs In\n\nDana Holt, the showrunner, agreed.",
                        true);

        assertThat(described(names))
                .containsExactly("PERSON Kit Arden → Kit Arden", "PERSON Dana Holt → Dana Holt");
    }

    @Test
    void aFullNameInATabloidsOpeningCapitalsIsAPerson() {
        Names names =
                find("STEVE HOLLIS branded the penalty a joke. Hollis was still seething.", false);

        assertThat(described(names))
                .containsExactly(
                        "PERSON STEVE HOLLIS → Steve Hollis", "PERSON Hollis → Steve Hollis");
    }

    @Test
    void aNicknameInStraightMarksLeavesTheRestOfTheName() {
        Names names =
                find(
                        "Senator Ramon \"Monching\" Dela Paz denied it. Dela Paz said so twice.",
                        false);

        assertThat(names.mentions().stream().map(Mention::canonical))
                .containsOnly("Ramon Dela Paz");
    }

    @Test
    void aNicknameOfSeveralWordsLeavesTheRestOfTheName() {
        Names names =
                find(
                        "Dwayne “The Rock” Johnson watched Marcus \"The Hammer\" Doyle win."
                                + " Johnson cheered.",
                        false);

        assertThat(described(names))
                .containsExactly(
                        "PERSON Dwayne “The Rock” Johnson → Dwayne Johnson",
                        "PERSON Marcus \"The Hammer\" Doyle → Marcus Doyle",
                        "PERSON Johnson → Dwayne Johnson");
    }

    @Test
    void aMonthThatIsAGivenNameStartsANameUnlessAWordBeforeMakesItADate() {
        Names names =
                find(
                        "Jan Roe smiled. April Ryan asked. In June Apple said no. Since April"
                                + " Labour has led. Jan 5 was cold.",
                        false);

        assertThat(described(names))
                .containsExactly(
                        "PERSON Jan Roe → Jan Roe",
                        "PERSON April Ryan → April Ryan",
                        "ORGANIZATION Labour → Labour");
    }

    @Test
    void capitalsAfterAWorkNounNameTheWorkUnlessAGivenNameIsAmongThem() {
        Names names =
                find(
                        "Kay Lee found fame on the dating show Coupled Up and the BBC drama Harbour"
                                + " Lights. Fans of the show Ana Ruiz hosts were upset.",
                        false);

        assertThat(names.people()).containsExactly("Kay Lee", "Ana Ruiz");
    }

    @Test
    void aPluralPossessiveBeforeAnOrganisationWordIsPartOfItsName() {
        Names names =
                find(
                        "The European Farmers’ Alliance and the National Teachers' Union met. The"
                                + " Smiths’ house was empty.",
                        false);

        assertThat(described(names))
                .containsExactly(
                        "ORGANIZATION European Farmers’ Alliance → European Farmers’ Alliance",
                        "ORGANIZATION National Teachers' Union → National Teachers' Union");
    }

    @Test
    void aCampaignNamedForWhomItSpeaksIsAnOrganisation() {
        Names names =
                find(
                        "Doctors for Camp Closure wrote to the agency, as did Reporters Without"
                                + " Borders. The doctors and reporters were joined by Physicians"
                                + " for Human Rights. Officials for Ana Ruiz declined.",
                        false);

        assertThat(described(names))
                .containsExactly(
                        "ORGANIZATION Doctors for Camp Closure → Doctors for Camp Closure",
                        "ORGANIZATION Reporters Without Borders → Reporters Without Borders",
                        "ORGANIZATION Physicians for Human Rights → Physicians for Human Rights",
                        "PERSON Ana Ruiz → Ana Ruiz");
    }

    @Test
    void aCampaignNamedForAPlacesPartyMembersIsAnOrganisation() {
        Names names =
                find(
                        "One group, Ashby Democrats for School Choice, sponsored the breakfast,"
                                + " as did Texas Doctors for Clean Air.",
                        false);

        assertThat(described(names))
                .containsExactly(
                        "ORGANIZATION Ashby Democrats for School Choice → Ashby Democrats for"
                                + " School Choice",
                        "ORGANIZATION Texas Doctors for Clean Air → Texas Doctors for Clean Air");
    }

    @Test
    void capitalsAfterACapitalTheNameNoOnePerson() {
        Names names =
                find(
                        "This is where The Salt Orchard was written. The Rolling Stones played"
                                + " on. The Rev. Jesse Jackson spoke, and The Guardian reported it.",
                        false);

        assertThat(described(names))
                .containsExactly(
                        "ORGANIZATION Salt Orchard → Salt Orchard",
                        "ORGANIZATION Rolling Stones → Rolling Stones",
                        "PERSON Jesse Jackson → Jesse Jackson",
                        "OUTLET The Guardian → The Guardian");
    }

    @Test
    void aHeadlineInSentenceCaseNamesWhomTheBodyDoesNot() {
        Names names =
                find(
                        "‘I was terrified’: Kristen Wiig on her years at SNL, and why Tina"
                                + " Fey Matters\n\nThe actor joined the show in 2005.",
                        true);

        assertThat(described(names)).containsExactly("PERSON Kristen Wiig → Kristen Wiig");
        assertThat(names.gender("Kristen Wiig")).isEqualTo(Gender.FEMALE);
    }

    @Test
    void aCentreForStormsOrSecurityIsAnInstitution() {
        Names names =
                find(
                        "The National Hurricane Center upgraded the storm, and the National"
                                + " Counterterrorism Center was told. They met at the Lincoln Center.",
                        false);

        assertThat(described(names))
                .containsExactly(
                        "ORGANIZATION National Hurricane Center → National Hurricane Center",
                        "ORGANIZATION National Counterterrorism Center → National Counterterrorism"
                                + " Center");
    }

    @Test
    void aCampNamedForSomeoneIsNotThatPerson() {
        Names names =
                find(
                        "Diane Voss never liked Kendra. Her daughter was firmly Team Diane. Later"
                                + " Diane told the magazine she had said nothing.",
                        false);

        assertThat(names.people()).containsExactly("Diane Voss");
        assertThat(described(names)).contains("PERSON Diane → Diane Voss");
    }

    @Test
    void lawsFestivalsAndTelescopesAreNoOne() {
        Names names =
                find(
                        "Sally Field praised the Galway Arts Festival. The Hubble Space Telescope"
                                + " and the Democracy Act were cited by Ana Ruiz.",
                        false);

        assertThat(names.people()).containsExactly("Sally Field", "Ana Ruiz");
    }

    @Test
    void anOrganisationIsOneByTheWordOrganisation() {
        Names names =
                find(
                        "The Irish Nurses and Midwives Organisation warned of delays, as did the"
                                + " National Organization for Women.",
                        false);

        assertThat(described(names))
                .containsExactly(
                        "ORGANIZATION Irish Nurses and Midwives Organisation → Irish Nurses and"
                                + " Midwives Organisation",
                        "ORGANIZATION National Organization for Women → National Organization for"
                                + " Women");
    }

    @Test
    void seasAndStraitsArePlacesAndAnAirlineIsAnOrganisation() {
        Names names =
                find(
                        "Ships from the South China Sea crossed the Taiwan Strait. Altair Air"
                                + " cancelled flights to the Arabian Peninsula.",
                        false);

        assertThat(described(names)).containsExactly("ORGANIZATION Altair Air → Altair Air");
    }

    @Test
    void aCompanysLowerCasePlcEndsItsName() {
        Names names =
                find(
                        "A fund has built a stake in Ardent Energy plc and wants a split. Ardent"
                                + " Energy plc said it welcomed dialogue.",
                        false);

        assertThat(described(names))
                .containsExactly(
                        "ORGANIZATION Ardent Energy plc → Ardent Energy plc",
                        "ORGANIZATION Ardent Energy plc → Ardent Energy plc");
    }

    @Test
    void aRestaurantNamedChezSomeoneIsNoOne() {
        Names names =
                find(
                        "Making her way around Chez Vachon, Marta Kellerman thanked another"
                                + " diner.",
                        false);

        assertThat(described(names)).containsExactly("PERSON Marta Kellerman → Marta Kellerman");
    }

    @Test
    void aRomanizedGivenNameWithAHyphenStartsAName() {
        Names names =
                find(
                        "Ji-woo Kim laughed. Co-star Ada Obi smiled. Texas-based Corvane grew."
                                + " Kim left.",
                        false);

        assertThat(described(names))
                .containsExactly(
                        "PERSON Ji-woo Kim → Ji-woo Kim",
                        "PERSON Ada Obi → Ada Obi",
                        "PERSON Kim → Ji-woo Kim");
    }

    @Test
    void aGivenNameAloneIsThePersonNamedInFullEvenWhereItIsAPlace() {
        Names names =
                find(
                        "Jordan Asante-Brooks and Brandi-Leigh Castellano are engaged. Jordan, 27,"
                                + " said little, but Brandi-Leigh posted a photo from Jordan’s"
                                + " favourite beach. Engine Room played; the engine room was hot."
                                + " Later Engine spoke.",
                        false);

        assertThat(described(names))
                .contains(
                        "PERSON Jordan → Jordan Asante-Brooks",
                        "PERSON Brandi-Leigh → Brandi-Leigh Castellano")
                .noneMatch(m -> m.equals("PERSON Engine → Engine Room"));
    }

    @Test
    void aParticleJoinedByAHyphenIsPartOfTheNameAndTheShortFormLeavesIt() {
        Names names =
                find(
                        "Bashar al-Assad spoke. Egypt’s president, Abdel Fattah el-Sisi, listened."
                                + " Later Sisi left.",
                        false);

        assertThat(described(names))
                .contains(
                        "PERSON Bashar al-Assad → Bashar al-Assad",
                        "PERSON Abdel Fattah el-Sisi → Abdel Fattah el-Sisi");
        assertThat(names.fullest("Assad", 0)).isEqualTo("Bashar al-Assad");
    }

    @Test
    void aMinistersPortfolioBeforeTheNameIsNoPartOfIt() {
        Names names =
                find(
                        "Vice Minister of Agriculture and Rural Affairs Zhao Minghui signed. The"
                                + " Secretary of State for Health and Social Care agreed.",
                        false);

        assertThat(described(names)).containsExactly("PERSON Zhao Minghui → Zhao Minghui");
    }

    @Test
    void aRelativeIntroducedByTheGivenNameDoesNotTakeTheSurnameAlone() {
        Names names =
                find(
                        "Senator Ted Varn spoke. Rivals attacked his wife, Heidi, and his father,"
                                + " Rafael. One posted a photo of Heidi Varn.\n\nVarn said he was"
                                + " angry.",
                        false);

        assertThat(names.mentions().getLast().canonical()).isEqualTo("Ted Varn");
    }

    @Test
    void aDescribingWordOpeningASentenceIsNoGivenNameOfSomeoneNamedInFull() {
        Names names =
                find(
                        "Understated Varn raises his profile.\n\nLabor Secretary Tomas Varn"
                                + " spoke. Defiant Ola Brell left. Ama Mensah and Kwame Mensah"
                                + " stayed.",
                        false);

        assertThat(names.mentions().stream().map(Mention::canonical))
                .containsExactly(
                        "Tomas Varn", "Tomas Varn", "Ola Brell", "Ama Mensah", "Kwame Mensah");
    }

    @Test
    void anOfficeOfTheOppositionOrTheInteriorBeforeTheNameIsNoPartOfIt() {
        Names names =
                find(
                        "Leader of the Opposition R. Palanivel walked out. Minister of the Interior"
                                + " Ana Ruiz stayed.",
                        false);

        assertThat(names.mentions().stream().map(Mention::canonical))
                .containsExactly("R. Palanivel", "Ana Ruiz");
    }

    @Test
    void aGenerationalNumeralEndsAPersonsNameNotAnAcronymsRun() {
        Names names =
                find(
                        "Undersecretary Rogelio Santos Bautista III said so. Mark Hale II agreed."
                                + " World War II veterans marched.",
                        false);

        assertThat(names.people()).containsExactly("Rogelio Santos Bautista III", "Mark Hale II");
    }

    @Test
    void anIrishCountyIsNoCompanyAndCommissionerOfPoliceIsAnOffice() {
        Names names =
                find(
                        "Kerrigan Foods closed its plant in Castleblayney, Co Monaghan. Deputy"
                                + " Assistant Commissioner of Police R. Thiagarajan said so.",
                        false);

        assertThat(described(names))
                .containsExactly(
                        "ORGANIZATION Kerrigan Foods → Kerrigan Foods",
                        "PERSON R. Thiagarajan → R. Thiagarajan");
    }

    @Test
    void womensAndChildrensRunOnInsideAnOrganisationsName() {
        Names names =
                find(
                        "The Premier Women's League said so. The Children’s Hospital of"
                                + " Philadelphia agreed. Kit Connor's show aired.",
                        false);

        assertThat(described(names))
                .containsExactly(
                        "ORGANIZATION Premier Women's League → Premier Women's League",
                        "ORGANIZATION Children’s Hospital of Philadelphia → Children’s Hospital of"
                                + " Philadelphia",
                        "PERSON Kit Connor → Kit Connor");
    }

    @Test
    void capitalsBeforeAWorkNounNameTheWorkNotAPerson() {
        Names names =
                find(
                        "Dante Reyes is on the European leg of his Long Way Home tour. The Taylor"
                                + " Swift tour sold out.",
                        false);

        assertThat(names.mentions().stream().map(Mention::canonical))
                .contains("Dante Reyes", "Taylor Swift")
                .doesNotContain("Long Way Home");
    }

    @Test
    void aSurnameWrittenBeforeTheGivenNamesStandsForTheFullName() {
        Names names =
                find(
                        "Minister of State Kelvin Goh Wei Ming opened the centre. “It helps,”"
                                + " said Mr Goh.\n\nRetiree Lim Soo Hwa, 72, agreed. “It is"
                                + " good,” Madam Lim said.",
                        false);

        assertThat(names.mentions().stream().map(Mention::canonical))
                .containsExactly(
                        "Kelvin Goh Wei Ming", "Kelvin Goh Wei Ming", "Lim Soo Hwa", "Lim Soo Hwa");
    }

    @Test
    void aGivenNameThatIsAlsoANationalityStaysInTheName() {
        Names names = find("Finn Calloway met Tessa Rowan on set. Calloway said so.", false);

        assertThat(names.mentions().stream().map(Mention::canonical))
                .containsExactly("Finn Calloway", "Tessa Rowan", "Finn Calloway");
    }

    @Test
    void anOfficeInCapitalsIsNoPersonButASurnameThatIsARoleIs() {
        Names names =
                find(
                        "The Special Adviser to the Governor, Mr Gbenga Oduwole, spoke. Aaron Judge"
                                + " homered.",
                        false);

        assertThat(names.mentions().stream().map(Mention::canonical))
                .contains("Gbenga Oduwole", "Aaron Judge")
                .doesNotContain("Special Adviser");
    }

    @Test
    void anAbbreviationForAThingNamesNoBody() {
        Names names =
                find(
                        "The firm sells AI tools as GDP rose. Stability AI and the NHS agreed.",
                        false);

        assertThat(names.mentions().stream().map(Mention::canonical))
                .containsExactly("Stability AI", "NHS");
    }

    @Test
    void lettersThatAreAnAbbreviationInCapitalsAreANameWrittenOtherwise() {
        Names names =
                find("The firm sells AI tools. The artist Ai Lun spoke to Ai on Friday.", false);

        assertThat(names.mentions().stream().map(Mention::canonical))
                .containsExactly("Ai Lun", "Ai Lun");
    }

    @Test
    void givenOpeningASentenceIsNoGivenName() {
        Names names = find("The race tightened. Given Brell’s lead, Kit Ravel spoke.", false);

        assertThat(names.mentions().stream().map(Mention::canonical)).containsExactly("Kit Ravel");
    }

    @Test
    void aDayOfTheCalendarNamesNoOne() {
        Names names =
                find(
                        "The shop shut early. On Christmas Eve, queues formed. By New Year’s Eve"
                                + " and St. Patrick’s Day, Thanksgiving and Lunar New Year, Dara"
                                + " Venn had left.",
                        false);

        assertThat(names.mentions().stream().map(Mention::canonical)).containsExactly("Dara Venn");
    }

    @Test
    void aYearlyAddressNamedForWhatItSurveysNamesNoBody() {
        Names names =
                find(
                        "Dara Venn gave the reply to the governor’s final State of the Union"
                                + " address on Tuesday.",
                        false);

        assertThat(names.mentions().stream().map(Mention::canonical)).containsExactly("Dara Venn");
    }

    @Test
    void aSubheadingInCapitalsNamesNoBody() {
        Names names =
                find(
                        "Dara Venn said the region had worries.\n\nREGIONAL WORRIES.\n\nOther"
                                + " leaders said the situation was regional.",
                        false);

        assertThat(names.mentions().stream().map(Mention::canonical)).containsExactly("Dara Venn");
    }

    @Test
    void anOutletsWordOrASuperPacAloneNamesNoBody() {
        Names names =
                find(
                        "A campaign TV ad accuses Dara Venn of buying influence, and a super PAC"
                                + " bought time on Sky TV.",
                        false);

        assertThat(names.mentions().stream().map(Mention::canonical))
                .containsExactly("Dara Venn", "Sky TV");
    }

    @Test
    void aPlaceOfTwoWordsOpensNoPersonsName() {
        Names names =
                find(
                        "In a speech at a New Hampshire Elks lodge, Dara Venn drove grown men to"
                                + " tears.",
                        false);

        assertThat(names.mentions().stream().map(Mention::canonical)).containsExactly("Dara Venn");
    }

    @Test
    void aMonthAfterAnArticleOpensNoName() {
        Names names =
                find(
                        "At a June Hale campaign event in Ohio, Dara Venn spoke. Dan Hale listened.",
                        false);

        assertThat(names.mentions().stream().map(Mention::canonical)).doesNotContain("June Hale");
    }

    @Test
    void aWarOrAnAdjectiveMadeOfANameIsNoPerson() {
        Names names =
                find(
                        "The vault held Second World War maps, Cold War files and World War"
                                + " II-era films from the Deep South-style archive. Kit Ravel and"
                                + " Lam Wai-keung catalogued them.",
                        false);

        assertThat(names.mentions().stream().map(Mention::canonical))
                .containsExactly("Kit Ravel", "Lam Wai-keung");
    }

    @Test
    void aRelatedStoryListedInTitleCaseNamesOnlyThePeopleTheBodyNames() {
        Names names =
                find(
                        "Sens. Tom Brell and Dana Quill debated on Tuesday. Brell said little.\n\n"
                                + "Related:\n\nTom Brell Scores Direct Hit On Kit Ravel.",
                        false);

        assertThat(names.mentions().stream().map(Mention::canonical))
                .containsOnly("Tom Brell", "Dana Quill");
    }

    @Test
    void hardTimesNamedLikePeopleAreNoPerson() {
        Names names = find("In the depths of the Great Recession, Paul Ryde worried.", false);

        assertThat(names.mentions().stream().map(Mention::canonical)).containsExactly("Paul Ryde");
    }

    @Test
    void aSentenceAdverbIsNoPartOfTheNameAfterIt() {
        Names names = find("Donald Trump spoke. Perhaps Trump's crew will do nothing.", false);

        assertThat(names.mentions().stream().map(Mention::canonical))
                .containsExactly("Donald Trump", "Donald Trump");
    }
}
