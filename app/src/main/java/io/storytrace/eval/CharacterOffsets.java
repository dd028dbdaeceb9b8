package io.storytrace.eval;

import java.util.Objects;

/**
 * Translates between the offsets of a labelled set and Java's string indices. A quotes JSONL file
 * counts characters as Unicode code points, the way most tools other than Java count them (Python's
 * {@code str}, JavaScript's {@code Array.from}), so "🙂" is one character there and two UTF-16
 * units in a Java {@link String}. Text with no character outside the Basic Multilingual Plane has
 * the same offsets either way.
 *
 * @param text the article's text
 */
record CharacterOffsets(String text) {

    CharacterOffsets {
        Objects.requireNonNull(text, "text");
    }

    /** How many characters (code points) the text has. */
    int length() {
        return text.codePointCount(0, text.length());
    }

    /** The string index of the character at code-point offset {@code character}. */
    int index(int character) {
        return simple() ? character : text.offsetByCodePoints(0, character);
    }

    /** The code-point offset of string index {@code index}. */
    int character(int index) {
        return simple() ? index : text.codePointCount(0, index);
    }

    private boolean simple() {
        return text.length() == length();
    }
}
