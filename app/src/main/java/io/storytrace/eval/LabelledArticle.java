package io.storytrace.eval;

import java.util.List;
import java.util.Objects;

/**
 * One line of a quotes JSONL file: an article's text and its quoted spans.
 *
 * @param id the article's identifier in the set
 * @param text the article's text, which the offsets refer to
 * @param quotes the quoted spans, in order, their offsets counted in characters (Unicode code
 *     points, see {@link CharacterOffsets})
 */
public record LabelledArticle(String id, String text, List<QuoteLabel> quotes) {

    public LabelledArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        quotes = List.copyOf(quotes);
        for (QuoteLabel quote : quotes) {
            if (quote.end() > text.codePointCount(0, text.length())) {
                throw new IllegalArgumentException(
                        id
                                + ": quote ["
                                + quote.start()
                                + ", "
                                + quote.end()
                                + ") runs past the text");
            }
        }
    }
}
