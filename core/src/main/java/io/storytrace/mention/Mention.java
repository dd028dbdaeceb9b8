package io.storytrace.mention;

import io.storytrace.text.Span;
import java.util.Objects;

/**
 * A name in an article's text.
 *
 * @param text the name as written ("Connor")
 * @param span where it is written
 * @param type what the name refers to
 * @param canonical the fullest form of the name in the article ("Kit Connor")
 */
public record Mention(String text, Span span, Type type, String canonical) {

    /** What kind of thing a mention names. */
    public enum Type {
        PERSON,
        OUTLET,
        WORK,
        ORGANIZATION
    }

    public Mention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(canonical, "canonical");
    }
}
