package io.storytrace.wording;

import java.util.Objects;

/**
 * One word of a wording.
 *
 * @param printed the word as printed, with any punctuation attached to it ("show,")
 * @param key the form words are compared by: lower case, without punctuation or quotation marks,
 *     apostrophes unified and British "-ise" spellings read as "-ize"
 */
public record Word(String printed, String key) {

    public Word {
        Objects.requireNonNull(printed, "printed");
        Objects.requireNonNull(key, "key");
        if (key.isEmpty()) {
            throw new IllegalArgumentException("a word needs a key: '" + printed + "'");
        }
    }
}
