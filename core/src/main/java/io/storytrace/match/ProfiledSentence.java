package io.storytrace.match;

import io.storytrace.text.Sentence;
import java.util.List;
import java.util.Objects;

/**
 * A sentence ready for comparison.
 *
 * @param sentence the sentence, with its span in the article's text
 * @param terms its content tokens (no stop words), distinct, in order of first appearance
 * @param key all its tokens joined by spaces, equal for sentences that differ only in case and
 *     punctuation
 * @param firstPerson whether the writer speaks as "I" or "we" outside quotation marks
 * @param role whether the sentence is the headline, a short line crediting a source, or body text
 */
public record ProfiledSentence(
        Sentence sentence, List<String> terms, String key, boolean firstPerson, Role role) {

    /** What part a sentence plays in its article. */
    public enum Role {
        HEADLINE,
        /** A short line that only credits a source ("Via Sportsline Wire."). */
        CREDIT_LINE,
        BODY
    }

    public ProfiledSentence {
        Objects.requireNonNull(sentence, "sentence");
        terms = List.copyOf(terms);
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(role, "role");
    }

    /** Whether the sentence counts toward how much of an article another one covers. */
    public boolean counts() {
        return role == Role.BODY;
    }

    public int index() {
        return sentence.index();
    }
}
