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
}
