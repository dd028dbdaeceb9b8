package io.storytrace.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a stretch of text into words, numbers and single punctuation characters, keeping each
 * token's offsets. A word keeps its inner apostrophes, hyphens and acronym dots ("don’t",
 * "co-star", "U.S"); quotation marks are always tokens of their own, so an apostrophe inside a word
 * never reads as a mark. Whitespace and control characters separate tokens and are dropped.
 */
public final class Tokenizer {

    /** The tokens of {@code text} between {@code from} and {@code to}. */
    public List<Token> tokenize(CharSequence text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)
                    || Character.isISOControl(c)
                    || Character.isSpaceChar(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c) || isHandleStart(text, i, to)) {
                int end = wordEnd(text, i + 1, to);
                boolean number = Character.isDigit(c) && allDigitsOrSeparators(text, i, end);
                tokens.add(token(text, i, end, number ? Token.Type.NUMBER : Token.Type.WORD));
                i = end;
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < to ? i + 2 : i + 1;
                tokens.add(token(text, i, end, Token.Type.PUNCT));
                i = end;
            }
        }
        return tokens;
    }

    private static Token token(CharSequence text, int start, int end, Token.Type type) {
        return new Token(text.subSequence(start, end).toString(), start, end, type);
    }

    /** "@name" and "#tag" are words, so that a handle can stand as a speaker. */
    private static boolean isHandleStart(CharSequence text, int i, int to) {
        char c = text.charAt(i);
        return (c == '@' || c == '#')
                && i + 1 < to
                && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    private static int wordEnd(CharSequence text, int i, int to) {
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)
                    || c == '_'
                    || Character.getType(c) == Character.NON_SPACING_MARK) {
                i++;
            } else if (i + 1 < to && joins(text.charAt(i - 1), c, text.charAt(i + 1))) {
                i += 2;
            } else {
                break;
            }
        }
        return i;
    }

    /**
     * Whether {@code c} stays inside a word between {@code before} and {@code after}: apostrophes,
     * hyphens, dots and ampersands before a letter or digit, commas only between digits ("1,000").
     */
    private static boolean joins(char before, char c, char after) {
        if (!Character.isLetterOrDigit(after)) {
            return false;
        }
        return switch (c) {
            case '\'', '’', '-', '‐', '.', '&' -> true;
            case ',' -> Character.isDigit(before) && Character.isDigit(after);
            default -> false;
        };
    }

    private static boolean allDigitsOrSeparators(CharSequence text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!Character.isDigit(c) && c != '.' && c != ',') {
                return false;
            }
        }
        return true;
    }
}
