package io.storytrace.quote;

import io.storytrace.quote.QuotedRegion.Family;
import io.storytrace.text.Span;
import java.util.Locale;
import java.util.Set;

/**
 * One quotation mark character as read from its neighbours.
 *
 * @param at where it is
 * @param family which kind of mark it is
 * @param role what it can do there
 */
record Mark(int at, Family family, Role role) {

    /** What a mark can do where it stands. */
    enum Role {
        /** Opens a quotation: space or an opening bracket before, a word after. */
        OPEN,
        /** Closes a quotation: a word or punctuation before, space or punctuation after. */
        CLOSE,
        /** Could do either (a straight mark between two spaces, or inside a word). */
        EITHER,
        /** Closes a single quotation or ends a plural possessive ("the players’ union"). */
        WEAK_CLOSE,
        /** A straight mark after a digit: inches or feet unless a quotation is open. */
        PRIME,
        /** Not a mark here: an apostrophe or an elision. */
        NONE
    }

    /** Words after a leading apostrophe that make it an elision: ’em, ’til, rock ’n’ roll. */
    private static final Set<String> ELISIONS =
            Set.of(
                    "em", "cause", "cos", "coz", "til", "tis", "twas", "bout", "n", "round", "nuff",
                    "ello", "merica", "nother", "fraid", "scuse", "gainst", "neath", "tween");

    /** The mark at {@code i} inside {@code block}, or {@code null} when the character is none. */
    static Mark read(CharSequence text, int i, Span block) {
        char c = text.charAt(i);
        Family family = familyOf(c);
        if (family == null) {
            return null;
        }
        char prev = i > block.start() ? text.charAt(i - 1) : ' ';
        char next = i + 1 < block.end() ? text.charAt(i + 1) : ' ';
        boolean canOpen =
                !isSpace(next)
                        && CLOSING_PUNCTUATION.indexOf(next) < 0
                        && (isSpace(prev) || LEADING.indexOf(prev) >= 0 || familyOf(prev) != null);
        boolean canClose =
                !isSpace(prev)
                        && OPENING_BRACKETS.indexOf(prev) < 0
                        && (isSpace(next) || TRAILING.indexOf(next) >= 0 || familyOf(next) != null);
        return new Mark(i, family, role(text, i, block, c, prev, next, canOpen, canClose));
    }

    private static Role role(
            CharSequence text,
            int i,
            Span block,
            char c,
            char prev,
            char next,
            boolean canOpen,
            boolean canClose) {
        return switch (c) {
            case '“', '‟' -> canClose && !canOpen ? Role.CLOSE : Role.OPEN;
            case '”' -> canOpen && !canClose ? Role.OPEN : Role.CLOSE;
            case '„', '«', '‹', '「', '『' -> Role.OPEN;
            case '»', '›', '」', '』' -> Role.CLOSE;
            case '"', '＂' -> straight(prev, canOpen, canClose);
            case '‚' -> Character.isLetterOrDigit(prev) ? Role.NONE : Role.OPEN;
            case '‘', '‛' -> leftSingle(text, i, block, prev, next, canOpen, canClose);
            default -> rightSingle(text, i, block, prev, next, canOpen, canClose);
        };
    }

    private static Role straight(char prev, boolean canOpen, boolean canClose) {
        if (canOpen && !canClose) {
            return Role.OPEN;
        }
        if (Character.isDigit(prev) && !canOpen) {
            // "a 70"+ TV", "a 55" screen": inches, closing only a quotation already open
            return Role.PRIME;
        }
        if (canClose && !canOpen) {
            return Role.CLOSE;
        }
        return Role.EITHER;
    }

    /** ‘ opens, unless it is a misused apostrophe ("Connor‘s", "‘90s", "‘em"). */
    private static Role leftSingle(
            CharSequence text,
            int i,
            Span block,
            char prev,
            char next,
            boolean canOpen,
            boolean canClose) {
        if (isLatinOrDigit(prev) && isLatinOrDigit(next)) {
            return Role.NONE;
        }
        if (isElision(text, i + 1, block)) {
            return Role.NONE;
        }
        if (canClose && !canOpen) {
            return Role.CLOSE;
        }
        return canOpen ? Role.OPEN : Role.NONE;
    }

    /** ’ and ' close, unless they are apostrophes ("don’t", "’90s", "rock ’n’ roll"). */
    private static Role rightSingle(
            CharSequence text,
            int i,
            Span block,
            char prev,
            char next,
            boolean canOpen,
            boolean canClose) {
        if (isLatinOrDigit(prev) && isLatinOrDigit(next)) {
            return Role.NONE;
        }
        if (canOpen && isElision(text, i + 1, block)) {
            return Role.NONE;
        }
        if (prev == 'n' && i >= block.start() + 2 && isSingle(text.charAt(i - 2))) {
            return Role.NONE;
        }
        if (canClose
                || Character.isLetter(prev) && !isLatinOrDigit(next) && Character.isLetter(next)) {
            if (Character.isDigit(prev)) {
                return Role.PRIME;
            }
            return (prev == 's' || prev == 'S' || prev == 'z') && isSpace(next)
                    ? Role.WEAK_CLOSE
                    : Role.CLOSE;
        }
        if (canOpen) {
            return Role.OPEN;
        }
        if (text.charAt(i) == '’' && isSpace(prev) && isSpace(next)) {
            // "I found the food situation hard. ’": a closing mark set off by a stray space, which
            // closes only words already open
            return Role.WEAK_CLOSE;
        }
        return Role.NONE;
    }

    /** Whether the word at {@code start} is an elision or a decade ("90s", "09"). */
    private static boolean isElision(CharSequence text, int start, Span block) {
        int end = start;
        while (end < block.end()
                && end - start < 6
                && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        if (end == start || end < block.end() && Character.isLetterOrDigit(text.charAt(end))) {
            return false;
        }
        String word = text.subSequence(start, end).toString().toLowerCase(Locale.ROOT);
        return ELISIONS.contains(word) || word.matches("\\d\\d(s|th)?");
    }

    /**
     * Latin letters and digits: an apostrophe sits between them ("don’t"). In scripts written
     * without apostrophes a mark between letters is a mark ("‘리벤지’의").
     */
    private static boolean isLatinOrDigit(char c) {
        return Character.isDigit(c)
                || Character.isLetter(c)
                        && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }

    /** Whether {@code token} is a quotation mark of any family. */
    static boolean is(io.storytrace.text.Token token) {
        return token.type() == io.storytrace.text.Token.Type.PUNCT
                && familyOf(token.text().charAt(0)) != null;
    }

    static Family familyOf(char c) {
        return switch (c) {
            case '“', '”', '"', '„', '‟', '«', '»', '＂' -> Family.DOUBLE;
            case '‘', '’', '\'', '‚', '‛', '‹', '›' -> Family.SINGLE;
            case '「', '」', '『', '』' -> Family.CORNER;
            default -> null;
        };
    }

    private static boolean isSingle(char c) {
        return c == '’' || c == '\'' || c == '‘';
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c);
    }

    /** Punctuation that cannot start quoted words. */
    private static final String CLOSING_PUNCTUATION = ".,;:!?)]}…";

    /** Punctuation that cannot end quoted words. */
    private static final String OPENING_BRACKETS = "([{";

    /** Characters after which a mark may open, besides space and other marks. */
    private static final String LEADING = "([{—–-/‒―:";

    /** Characters before which a mark may close, besides space and other marks. */
    private static final String TRAILING = ".,;:!?)]}…—–-/";
}
