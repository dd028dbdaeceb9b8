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
 */
public record ProfiledSentence(
        Sentence sentence, List<String> terms, String key, boolean firstPerson) {

    public ProfiledSentence {
        Objects.requireNonNull(sentence, "sentence");
        terms = List.copyOf(terms);
        Objects.requireNonNull(key, "key");
    }

    public int index() {
        return sentence.index();
    }
}
