package io.storytrace.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private List<String> tokens(String text) {
        return new Tokenizer().tokenize(text, 0, text.length()).stream().map(Token::text).toList();
    }

    @Test
    void keepsApostrophesHyphensAndAcronymDotsInsideWords() {
        assertThat(tokens("Don’t tell the co-star in the U.S. about 1,000 fans."))
                .containsExactly(
                        "Don’t", "tell", "the", "co-star", "in", "the", "U.S", ".", "about",
                        "1,000", "fans", ".");
    }

    @Test
    void quotationMarksAreTokensOfTheirOwn() {
        assertThat(tokens("“We’re here,” ‘90s’ rock ’n’ roll"))
                .containsExactly(
                        "“", "We’re", "here", ",", "”", "‘", "90s", "’", "rock", "’", "n", "’",
                        "roll");
    }

    @Test
    void handlesAreWords() {
        assertThat(tokens("@janedoe tweeted #news"))
                .containsExactly("@janedoe", "tweeted", "#news");
    }

    @Test
    void aNameAfterAnArticleInLowerCaseIsWrittenAsACapital() {
        List<Token> words =
                new Tokenizer().tokenize("al-Assad el-Sisi anti-Trump al-qaeda as-yet", 0, 43);
        assertThat(words)
                .extracting(Token::capitalized)
                .containsExactly(true, true, false, false, false);
    }

    @Test
    void offsetsFitTheText() {
        String text = "A\u0000b  c\u200Bd é";
        for (Token token : new Tokenizer().tokenize(text, 0, text.length())) {
            assertThat(text.substring(token.start(), token.end())).isEqualTo(token.text());
        }
    }
}
