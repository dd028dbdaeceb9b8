package io.storytrace.match;

import static io.storytrace.match.Articles.article;
import static io.storytrace.match.Articles.at;
import static io.storytrace.match.Articles.profile;
import static org.assertj.core.api.Assertions.assertThat;

import io.storytrace.article.Article;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DerivationJudgeTest {

    private final DerivationFinder finder =
            new DerivationFinder(
                    new SentenceAligner(AlignerSettings.defaults(), Optional.empty()),
                    new DerivationJudge(JudgeSettings.defaults()));
    private final TermWeights flat = token -> 1.0;

    private final Article wire =
            article("wire.html", "Council approves bridge", Articles.WIRE)
                    .outlet("Coastline Wire")
                    .url("https://coastlinewire.example/bridge")
                    .published(at("2025-03-04T09:15:00Z"))
                    .build();

    @Test
    void aVerbatimCopyIsACopy() {
        Article copy =
                article("copy.html", "Harbor bridge to close", Articles.WIRE)
                        .outlet("Bayside Daily")
                        .published(at("2025-03-04T13:40:00Z"))
                        .build();

        Derivation d = finder.derive(profile(copy), profile(wire), flat);

        assertThat(d.relation()).isEqualTo(Relation.COPY);
        assertThat(d.direction()).isEqualTo(Direction.A_FROM_B);
        assertThat(d.cues()).extracting(DirectionCue::kind).containsExactly(DirectionCue.Kind.TIME);
    }

    @Test
    void anExcerptIsContainedInItsSourceEvenWithoutDates() {
        Article excerpt =
                article("brief.html", "", Articles.WIRE[0], Articles.WIRE[1], Articles.WIRE[2])
                        .outlet("North Shore Herald")
                        .build();
        Article undatedWire = wire.toBuilder().published(null).build();

        Derivation d = finder.derive(profile(undatedWire), profile(excerpt), flat);

        assertThat(d.relation()).isEqualTo(Relation.EXCERPT);
        assertThat(d.direction()).isEqualTo(Direction.B_FROM_A);
    }

    @Test
    void aCreditOutweighsAMisleadingTimestamp() {
        Article rewrite =
                article(
                                "rewrite.html",
                                "Harbor Street bridge coming down",
                                Articles.REWRITE[0],
                                Articles.REWRITE[1],
                                Articles.REWRITE[2]
                                        + " The vote was first reported by Coastline Wire.",
                                Articles.REWRITE[3],
                                Articles.REWRITE[4])
                        .outlet("Civic Pulse")
                        .published(at("2025-03-03T07:30:00Z"))
                        .build();

        Derivation d = finder.derive(profile(rewrite), profile(wire), flat);

        assertThat(d.relation()).isEqualTo(Relation.REWRITE);
        assertThat(d.direction()).isEqualTo(Direction.A_FROM_B);
        assertThat(d.cues())
                .extracting(DirectionCue::kind)
                .contains(DirectionCue.Kind.CREDIT, DirectionCue.Kind.TIME);
    }

    @Test
    void aContentFarmCopyWithTheOnlyTimestampIsStillTheDerivedOne() {
        Article farm =
                article(
                                "farm.txt",
                                "Bridge drama",
                                "As someone who loves old bridges, I must say this news hit me hard.",
                                Articles.REWRITE[0],
                                Articles.REWRITE[1],
                                Articles.REWRITE[2],
                                Articles.REWRITE[3])
                        .sourceMarker(Articles.readMore())
                        .published(at("2025-03-01T08:00:00Z"))
                        .build();
        Article undatedWire = wire.toBuilder().published(null).build();

        Derivation d = finder.derive(profile(undatedWire), profile(farm), flat);

        assertThat(d.relation().derived()).isTrue();
        assertThat(d.direction()).isEqualTo(Direction.B_FROM_A);
        assertThat(d.cues())
                .extracting(DirectionCue::kind)
                .contains(DirectionCue.Kind.SOURCE_MARKER, DirectionCue.Kind.COMMENTARY);
    }

    @Test
    void anUnrelatedArticleOnTheSameTopicIsUnrelated() {
        Article other = article("toll.html", "County weighs toll", Articles.UNRELATED).build();

        Derivation d = finder.derive(profile(other), profile(wire), flat);

        assertThat(d.relation()).isEqualTo(Relation.UNRELATED);
        assertThat(d.score()).isLessThan(0.2);
    }

    @Test
    void swappingSeesTheSameDerivationFromTheOtherSide() {
        Article copy =
                article("copy.html", "x", Articles.WIRE)
                        .published(at("2025-03-05T00:00:00Z"))
                        .build();
        Derivation d = finder.derive(profile(copy), profile(wire), flat);

        Derivation s = d.swapped();

        assertThat(s.direction()).isEqualTo(Direction.B_FROM_A);
        assertThat(s.alignment().pairs().getFirst().a())
                .isEqualTo(d.alignment().pairs().getFirst().b());
    }

    // Articles in two languages: translations join their source on names and numbers alone.

    private static final String[] GERMAN = {
        "Der Stadtrat von Port Alder hat am Dienstagabend mit 7 zu 2 Stimmen beschlossen, die 61"
                + " Jahre alte Brücke an der Harbor Street zu ersetzen. Der Plan kostet 48 Millionen"
                + " Dollar, die Brücke wird für etwa 14 Monate gesperrt.",
        "Über die Brücke fahren täglich rund 22.000 Fahrzeuge zwischen der Uferpromenade und dem"
                + " Viertel Eastmere; im vergangenen Jahr wurde sie als baufällig eingestuft.",
        "„Wir flicken diese Brücke seit zwei Jahrzehnten“, sagte Bürgermeisterin Lorna Vasquez vor"
                + " der Abstimmung.",
        "Die Stadt bezahlt mit 31 Millionen Dollar aus einem Bundeszuschuss und 17 Millionen aus"
                + " Anleihen. Angebote für den Bau sind bis Juni fällig.",
        "Mit Material von Coastline Wire."
    };

    @Test
    void aCreditedTranslationDerivesFromItsSourceDespiteAnEarlierTimestamp() {
        Article translation =
                article("uebersetzung.html", "Stadtrat beschließt neue Brücke", GERMAN)
                        .outlet("Eastmere Rundschau")
                        .published(at("2025-03-04T08:00:00Z"))
                        .build();

        Derivation d = finder.derive(profile(translation), profile(wire), flat);

        assertThat(d.relation()).isEqualTo(Relation.TRANSLATION);
        assertThat(d.direction()).isEqualTo(Direction.A_FROM_B);
        assertThat(d.reasons().getFirst())
                .startsWith(
                        "translation: Eastmere Rundschau is in German, Coastline Wire in English")
                .contains("vasquez", "48");
        assertThat(d.cues())
                .extracting(DirectionCue::kind)
                .contains(DirectionCue.Kind.CREDIT)
                .doesNotContain(DirectionCue.Kind.SOURCE_MARKER);
    }

    @Test
    void anotherStoryInAnotherLanguageSharingAPlaceNameIsNoTranslation() {
        Article other =
                article(
                                "hafen.html",
                                "Neuer Fährhafen",
                                "In Port Alder soll bis 2027 ein neuer Fährhafen entstehen, teilte"
                                        + " die Hafenbehörde am Montag mit. Die Kosten liegen bei"
                                        + " 230 Millionen Dollar.",
                                "Die Fähren nach Lindholm sollen dann stündlich fahren, sagte"
                                        + " Hafenchef Tomasz Wierzba. Bisher verkehren sie nur"
                                        + " dreimal täglich zwischen den beiden Inseln.")
                        .outlet("Eastmere Rundschau")
                        .build();

        Derivation d = finder.derive(profile(other), profile(wire), flat);

        assertThat(d.relation().derived()).isFalse();
    }

    @Test
    void fingerprintsOfAnotherLanguageLeadWithTheNamesTheCorpusHasSeen() {
        DocumentFrequencies frequencies = new DocumentFrequencies();
        for (int i = 0; i < 30; i++) {
            frequencies.add(java.util.Set.of("filler" + i));
        }
        frequencies.add(new WordTokenizer().tokens(String.join(" ", Articles.WIRE)));
        Article translation =
                article("uebersetzung.html", "Stadtrat beschließt neue Brücke", GERMAN).build();

        Fingerprint f = new Fingerprinter().fingerprint(profile(translation), frequencies);

        assertThat(f.signatureTerms().subList(0, 3)).allMatch(frequencies::seen);
        assertThat(f.signatureTerms()).contains("vasquez", "eastmere");
    }
}
