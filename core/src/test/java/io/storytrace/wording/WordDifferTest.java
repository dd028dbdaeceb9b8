package io.storytrace.wording;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordDifferTest {

    private final WordDiffer differ = new WordDiffer();

    @Test
    void sameWordsInOtherMarksAreUnchanged() {
        WordDiff diff =
                differ.diff(
                        Wording.of("“The bridge is ours,” she said."),
                        Wording.of("\"the bridge is OURS\" she said"));

        assertThat(diff.unchanged()).isTrue();
        assertThat(diff.keptShare()).isEqualTo(1.0);
        assertThat(diff.summary()).isEqualTo("no words changed");
    }

    @Test
    void listsSubstitutedInsertedAndDroppedWords() {
        WordDiff diff =
                differ.diff(
                        Wording.of("We will open the old bridge on Monday morning"),
                        Wording.of("We shall open the bridge on Monday, finally"));

        assertThat(diff.changes())
                .extracting(WordDiff.Edit::op, WordDiff.Edit::beforeText, WordDiff.Edit::afterText)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                WordDiff.Op.SUBSTITUTED, "will", "shall"),
                        org.assertj.core.groups.Tuple.tuple(WordDiff.Op.DROPPED, "old", ""),
                        org.assertj.core.groups.Tuple.tuple(
                                WordDiff.Op.SUBSTITUTED, "morning", "finally"));
        assertThat(diff.summary()).isEqualTo("2 words substituted, 1 dropped");
        assertThat(diff.kept()).isEqualTo(6);
    }

    @Test
    void windowLeavesOutWhatAPartialQuotationDoesNotCover() {
        WordDiff diff =
                differ.diff(
                        Wording.of("We will open the old bridge on Monday morning"),
                        Wording.of("open the old bridge"));

        assertThat(diff.dropped()).isEqualTo(5);
        assertThat(diff.window().unchanged()).isTrue();
        assertThat(diff.window().beforeSize()).isEqualTo(4);
    }

    @Test
    void theDesignExampleKeepsFewWords() {
        WordDiff diff =
                differ.diff(
                        Wording.of(
                                "I wouldn't say that we've outgrown the show, because the show is"
                                        + " growing in itself."),
                        Wording.of(
                                "It's not that we have outgrown the show, but rather, the show is"
                                        + " growing on its own."));

        assertThat(diff.kept()).isEqualTo(8);
        assertThat(diff.keptShare()).isEqualTo(0.5);
    }

    @Test
    void aLeadingWordIsMatchedWhereItRecursNextToTheWordsKept() {
        WordDiff diff =
                differ.diff(
                        Wording.of(
                                "We shot in the cold until five, and honestly we used maybe a"
                                        + " tenth of it,"),
                        Wording.of("We Barely Used Any of It"));

        assertThat(diff.edits().getFirst().op()).isEqualTo(WordDiff.Op.DROPPED);
        assertThat(diff.edits().getFirst().beforeText()).endsWith("and honestly");
        assertThat(diff.window().beforeSize()).isEqualTo(7);
        assertThat(diff.window().kept()).isEqualTo(4);
        assertThat(diff.window().summary()).isEqualTo("3 words substituted, 1 inserted");
    }
}
