package io.storytrace.match;

/** How one article relates to another. */
public enum Relation {
    /** The same text, possibly under another headline or with layout changes. */
    COPY,
    /** A part of the other article's text, nearly word for word. */
    EXCERPT,
    /** The other article's material in changed wording, names and numbers kept. */
    REWRITE,
    /** The other article's material in another language, its names and numbers kept. */
    TRANSLATION,
    /** An independent report of the same event: shared names and facts, its own text. */
    SAME_EVENT,
    /** Nothing in common worth reporting. */
    UNRELATED;

    /** Whether one article's text derives from the other's. */
    public boolean derived() {
        return this == COPY || this == EXCERPT || this == REWRITE || this == TRANSLATION;
    }

    /** The name used in output: lower case, words joined by a hyphen. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
