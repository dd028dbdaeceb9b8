package io.storytrace.wording;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CanonicalizerTest {

    private final Canonicalizer canonicalizer = new Canonicalizer();

    @Test
    void ignoresCaseMarksPunctuationAndSpacing() {
        Wording curly = canonicalizer.canonicalize("“We’ve  outgrown the show,” – she said!");
        Wording straight = canonicalizer.canonicalize("\"we've outgrown THE show\" she said");

        assertThat(curly.canonical()).isEqualTo("we've outgrown the show she said");
        assertThat(straight.canonical()).isEqualTo(curly.canonical());
    }

    @Test
    void keepsWordsAsPrintedForDisplay() {
        Wording wording = canonicalizer.canonicalize("It’s not that we have outgrown the show,");

        assertThat(wording.words())
                .extracting(Word::printed)
                .containsExactly("It’s", "not", "that", "we", "have", "outgrown", "the", "show,");
        assertThat(wording.keys()).startsWith("it's", "not");
    }

    @Test
    void splitsSegmentsAtEveryKindOfEllipsis() {
        for (String text :
                new String[] {
                    "the bridge is ours … we built it",
                    "the bridge is ours... we built it",
                    "the bridge is ours . . . we built it",
                    "the bridge is ours […] we built it",
                    "the bridge is ours (...) we built it"
                }) {
            Wording wording = canonicalizer.canonicalize(text);
            assertThat(wording.segments()).as(text).hasSize(2);
            assertThat(wording.canonical()).as(text).isEqualTo("the bridge is ours … we built it");
        }
    }

    @Test
    void readsBritishSpellingsAndHyphensAlike() {
        assertThat(canonicalizer.canonicalize("recognising a co-star").keys())
                .isEqualTo(canonicalizer.canonicalize("recognizing a costar").keys());
    }

    @Test
    void keepsNumbersWithInnerPunctuation() {
        assertThat(canonicalizer.canonicalize("It cost £5,000, or 3.5 per cent.").keys())
                .containsExactly("it", "cost", "5,000", "or", "3.5", "per", "cent");
    }

    @Test
    void dashesSeparateWordsButApostrophesDoNot() {
        assertThat(canonicalizer.canonicalize("rock 'n' roll—and the '90s").keys())
                .containsExactly("rock", "n", "roll", "and", "the", "90s");
    }

    @Test
    void emptyOrPunctuationOnlyTextHasNoWords() {
        assertThat(canonicalizer.canonicalize("").isEmpty()).isTrue();
        assertThat(canonicalizer.canonicalize(" “ … ” ").isEmpty()).isTrue();
    }
}
