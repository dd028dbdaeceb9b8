package io.storytrace.text;

import java.util.Objects;

/**
 * A word, number or punctuation character of an article's text, with its place.
 *
 * @param text the characters as written
 * @param start where the token starts in the article's text
 * @param end one past where it ends
 * @param type what kind of token it is
 * @param lower the characters in lower case, kept because every word list is looked up in it
 */
public record Token(String text, int start, int end, Type type, String lower) {

    /** The kinds of token. */
    public enum Type {
        /** Letters, possibly with digits, inner apostrophes, hyphens or dots ("don’t", "U.S"). */
        WORD,
        /** Digits, possibly with inner separators ("2023", "5.5", "20-year-old" is a word). */
        NUMBER,
        /** One punctuation character, quotation marks included. */
        PUNCT
    }

    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(lower, "lower");
        if (end - start != text.length()) {
            throw new IllegalArgumentException(
                    "token " + text + " does not fit [" + start + ", " + end + ")");
        }
    }

    /** A token whose lower-case form is worked out here. */
    public Token(String text, int start, int end, Type type) {
        this(text, start, end, type, text.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Whether this is a word whose first letter is upper case, or a name after an article written
     * in lower case and joined to it ("al-Assad", "el-Sisi"), which is written as a capital would
     * be.
     */
    public boolean capitalized() {
        return type == Type.WORD
                && (Character.isUpperCase(text.codePointAt(0)) || articleBeforeName());
    }

    private boolean articleBeforeName() {
        int name = nameAfterArticle(text);
        return name > 0 && Character.isUpperCase(text.charAt(name));
    }

    /**
     * Where the name starts in {@code word} after an article or particle written in lower case and
     * joined to it by a hyphen ("al-Assad", "el-Sisi", "ibn-Rushd", and "al-assad" alike), or -1
     * when the word opens with none.
     */
    public static int nameAfterArticle(String word) {
        if (word.length() < 4 || "abeiu".indexOf(word.charAt(0)) < 0) {
            // most words, at the cost of one comparison: no article starts otherwise
            return -1;
        }
        int hyphen = word.indexOf('-');
        return hyphen > 0
                        && hyphen <= LONGEST_ARTICLE
                        && hyphen + 1 < word.length()
                        && ARTICLES_BEFORE_NAMES.contains(word.substring(0, hyphen))
                ? hyphen + 1
                : -1;
    }

    /** Arabic and Hebrew articles and particles joined to the name after them: "al-Thani". */
    private static final java.util.Set<String> ARTICLES_BEFORE_NAMES =
            java.util.Set.of(
                    "al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ud", "ul", "ibn", "bin",
                    "abu", "ben");

    private static final int LONGEST_ARTICLE = 3;

    /** Whether this token is a number of one to {@code most} digits ("34", "4"). */
    public boolean isNumber(int most) {
        if (text.isEmpty() || text.length() > most) {
            return false;
        }
        for (int k = 0; k < text.length(); k++) {
            if (!Character.isDigit(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** Whether this token is the punctuation character {@code c}. */
    public boolean is(char c) {
        return type == Type.PUNCT && text.charAt(0) == c;
    }

    /** The word in lower case, with a possessive ending ("’s", "'s") removed. */
    public String bare() {
        if (lower.length() > 2 && (lower.endsWith("’s") || lower.endsWith("'s"))) {
            return lower.substring(0, lower.length() - 2);
        }
        return lower;
    }

    public Span span() {
        return new Span(start, end);
    }
}
