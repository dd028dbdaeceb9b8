package io.storytrace.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordTokenizerTest {

    private final WordTokenizer tokenizer = new WordTokenizer();

    @Test
    void lowercasesAndDropsPossessivesAndPlurals() {
        assertThat(tokenizer.tokens("Connor’s Scenes, the Bridges!"))
                .containsExactly("connor", "scene", "the", "bridge");
    }

    @Test
    void keepsNumbersTogether() {
        assertThat(tokenizer.tokens("1,180 patients and 3.75% on 7-2"))
                .containsExactly("1180", "patient", "and", "3.75", "on", "7", "2");
    }

    @Test
    void contractionsLoseTheirEnding() {
        assertThat(tokenizer.tokens("We wouldn't say we’ve"))
                .containsExactly("we", "would", "say", "we");
    }

    @Test
    void tellsStopwordsAndNumbers() {
        assertThat(WordTokenizer.isStopword("the")).isTrue();
        assertThat(WordTokenizer.isStopword("bridge")).isFalse();
        assertThat(WordTokenizer.isNumber("1180")).isTrue();
    }
}
