package io.storytrace.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import io.storytrace.wording.Wording;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordingComparerTest {

    private static final String BRIDGE =
            "We will open the old bridge on Monday morning. It has waited forty years for this.";
    private static final String BUDGET =
            "The budget for the harbour has doubled and nobody at the council will say why.";

    private final WordingComparer comparer =
            new WordingComparer(
                    LineageSettings.defaults(), new ParaphraseJudge(LineageSettings.defaults()));

    private WordingMatch compare(String later, String... earlier) {
        List<WordingComparer.Earlier> pool = new ArrayList<>();
        for (int i = 0; i < earlier.length; i++) {
            pool.add(new WordingComparer.Earlier(Wording.of(earlier[i]), i));
        }
        return comparer.compare(Wording.of(later), pool);
    }

    @Test
    void sameWordsInOtherMarksAreVerbatim() {
        WordingMatch match =
                compare(
                        "“we will open the old bridge on Monday morning. It has waited forty years for this”",
                        BUDGET,
                        BRIDGE);

        assertThat(match.kind()).isEqualTo(WordingMatch.Kind.VERBATIM);
        assertThat(match.sources()).containsExactly(1);
    }

    @Test
    void aContiguousPartIsTrimmed() {
        WordingMatch match = compare("open the old bridge on Monday morning", BRIDGE);

        assertThat(match.kind()).isEqualTo(WordingMatch.Kind.TRIMMED);
        assertThat(match.diff().unchanged()).isTrue();
    }

    @Test
    void partsJoinedByAnEllipsisAreTrimmed() {
        assertThat(compare("We will open the old bridge … for this", BRIDGE).kind())
                .isEqualTo(WordingMatch.Kind.TRIMMED);
    }

    @Test
    void partsJoinedWithoutAnEllipsisAreAlteredWithTheDroppedWordsListed() {
        WordingMatch match =
                compare("We will open the old bridge. It has waited forty years for this.", BRIDGE);

        assertThat(match.kind()).isEqualTo(WordingMatch.Kind.ALTERED);
        assertThat(match.diff().summary()).isEqualTo("3 words dropped");
        assertThat(match.diff().changes().getFirst().beforeText()).isEqualTo("on Monday morning.");
    }

    @Test
    void aFewWordsChangedIsAltered() {
        WordingMatch match =
                compare(
                        "We shall open the old bridge on Monday. It waited forty long years for this.",
                        BRIDGE);

        assertThat(match.kind()).isEqualTo(WordingMatch.Kind.ALTERED);
        assertThat(match.diff().summary()).isEqualTo("1 word substituted, 1 inserted, 2 dropped");
    }

    @Test
    void partsOfTwoQuotationsJoinedAreMerged() {
        WordingMatch match =
                compare(
                        "We will open the old bridge on Monday morning, and nobody at the council will"
                                + " say why.",
                        BRIDGE,
                        BUDGET);

        assertThat(match.kind()).isEqualTo(WordingMatch.Kind.MERGED);
        assertThat(match.sources()).containsExactly(0, 1);
    }

    @Test
    void partsOfOneUtteranceJoinedAreNotAMerge() {
        List<WordingComparer.Earlier> pool =
                List.of(
                        new WordingComparer.Earlier(
                                Wording.of("We will open the old bridge on Monday morning."), 7),
                        new WordingComparer.Earlier(
                                Wording.of("It has waited forty years for this."), 7));

        assertThat(comparer.compare(Wording.of(BRIDGE), pool).kind())
                .isNotEqualTo(WordingMatch.Kind.MERGED);
    }

    @Test
    void theDesignExampleIsAParaphrase() {
        WordingMatch match =
                compare(
                        "It's not that we have outgrown the show, but rather, the show is growing on"
                                + " its own.",
                        "I wouldn't say that we've outgrown the show, because the show is growing"
                                + " in itself.");

        assertThat(match.kind()).isEqualTo(WordingMatch.Kind.PARAPHRASED);
        assertThat(match.paraphrase().shared()).containsExactly("outgrown", "show", "growing");
        assertThat(match.diff().kept()).isEqualTo(8);
    }

    @Test
    void anotherStatementOnTheSameTopicMatchesNothing() {
        assertThat(
                        compare(
                                        "The bridge cost the council more than anyone admits.",
                                        BRIDGE,
                                        BUDGET)
                                .kind())
                .isEqualTo(WordingMatch.Kind.NONE);
    }

    @Test
    void runawayQuotationsAreComparedForEqualityOnly() {
        String page = "word ".repeat(60_000) + "end";
        String other = "other ".repeat(60_000) + "end";

        assertThat(compare(page, other, page).kind()).isEqualTo(WordingMatch.Kind.VERBATIM);
        assertThat(compare(page, other).kind()).isEqualTo(WordingMatch.Kind.NONE);
        assertThat(compare("word word word end", page).kind()).isEqualTo(WordingMatch.Kind.NONE);
    }
}
