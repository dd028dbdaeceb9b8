package io.storytrace.eval;

import java.util.Objects;

/**
 * Translates between the offsets of a labelled set and Java's string indices. A quotes JSONL file
 * counts characters as Unicode code points, the way most tools other than Java count them (Python's
 * {@code str}, JavaScript's {@code Array.from}), so "🙂" is one character there and two UTF-16
 * units in a Java {@link String}. Text with no character outside the Basic Multilingual Plane has
 * the same offsets either way. Both ways are tabled once, so each lookup takes constant time.
 */
final class CharacterOffsets {

    private final String text;

    /** The code-point offset of every string index, or null when the two are the same. */
    private final int[] characters;

    /** The string index of every code-point offset, or null when the two are the same. */
    private final int[] indices;

    CharacterOffsets(String text) {
        this.text = Objects.requireNonNull(text, "text");
        int count = text.codePointCount(0, text.length());
        if (count == text.length()) {
            characters = null;
            indices = null;
            return;
        }
        characters = new int[text.length() + 1];
        indices = new int[count + 1];
        int character = 0;
        for (int index = 0; index < text.length(); index++) {
            characters[index] = character;
            if (!Character.isLowSurrogate(text.charAt(index))
                    || index == 0
                    || !Character.isHighSurrogate(text.charAt(index - 1))) {
                indices[character] = index;
                character++;
            }
        }
        characters[text.length()] = character;
        indices[character] = text.length();
    }

    /** How many characters (code points) the text has. */
    int length() {
        return indices == null ? text.length() : indices.length - 1;
    }

    /** The string index of the character at code-point offset {@code character}. */
    int index(int character) {
        if (indices == null) {
            return character;
        }
        if (character < 0 || character >= indices.length) {
            throw new IndexOutOfBoundsException(
                    "character " + character + " of a text of " + length());
        }
        return indices[character];
    }

    /** The code-point offset of string index {@code index}. */
    int character(int index) {
        return characters == null ? index : characters[index];
    }
}
