package io.storytrace.outlet;

import java.util.Locale;

/** How an article stands in its story, for counting. */
public enum ArticleRole {
    /** The origin of a story, or a report with its own material on an event others covered. */
    ORIGINAL,
    /** Another article's text, nearly whole. */
    COPY,
    /** A part of another article's text. */
    EXCERPT,
    /** Another article's material in changed wording, or in another language. */
    REWRITE;

    /** The role in words, lower case. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
