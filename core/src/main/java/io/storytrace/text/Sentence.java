package io.storytrace.text;

import java.util.Objects;

/**
 * One sentence of an article.
 *
 * @param index the sentence's position in the article, from 0
 * @param block the text block it belongs to: the headline, when present, is block 0, then each
 *     paragraph in order
 * @param span where the sentence lies in the article's text
 * @param text the sentence's characters
 */
public record Sentence(int index, int block, Span span, String text) {

    public Sentence {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        if (index < 0 || block < 0) {
            throw new IllegalArgumentException("negative index " + index + " or block " + block);
        }
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("text length differs from " + span);
        }
    }
}
