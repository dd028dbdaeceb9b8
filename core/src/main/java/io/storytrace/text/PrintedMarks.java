package io.storytrace.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads marks that some printers set with other characters than most, one character for one so that
 * every offset stays: a double quotation mark printed as two apostrophes ('') or two backticks
 * (``), as archives of wire and newspaper text print it (''It is a mess,'' she said), and the
 * horizontal bar (―) set for a dash before a quotation's source (“…” ― Ana Ruiz).
 */
public final class PrintedMarks {

    private PrintedMarks() {}

    /**
     * The text with each horizontal bar made an em dash and each doubled mark one straight double
     * mark and a space, the mark on the side of the quoted words, so that every offset stays where
     * it was: "''It" becomes " \"It" and "mess,''" becomes "mess,\" ". Runs of three or more are
     * left alone.
     */
    public static String read(String text) {
        if (text.indexOf("''") < 0 && text.indexOf("``") < 0 && text.indexOf('―') < 0) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == '―') {
                chars[i] = '—';
            }
        }
        int line = 0;
        boolean open = false;
        while (line < chars.length) {
            int end = line;
            while (end < chars.length && chars[end] != '\n') {
                end++;
            }
            open = readDoubled(chars, line, end, open);
            line = end + 1;
        }
        return new String(chars);
    }

    /**
     * Makes the doubled marks of one paragraph, {@code from} to {@code to}, single ones: each of
     * them when the paragraph has two or more, when one opens it (a quotation running on to the
     * next paragraph) or when one closes a quotation {@code open} from a paragraph before; a lone
     * pair elsewhere is inches or a ditto, and stays. Returns whether a quotation is left open.
     */
    private static boolean readDoubled(char[] chars, int from, int to, boolean open) {
        List<Integer> doubled = new ArrayList<>();
        for (int i = from; i + 1 < to; i++) {
            char c = chars[i];
            if ((c != '\'' && c != '`')
                    || chars[i + 1] != c
                    || (i + 2 < to && chars[i + 2] == c)
                    || (i > from && chars[i - 1] == c)) {
                continue;
            }
            doubled.add(i);
            i++;
        }
        if (doubled.isEmpty()) {
            return open;
        }
        boolean opensParagraph = blankBefore(chars, from, doubled.getFirst());
        if (doubled.size() < 2 && !opensParagraph && !open) {
            return false;
        }
        boolean left = open;
        for (int i : doubled) {
            boolean opens = chars[i] == '`' || i == from || !wordEnd(chars[i - 1]);
            if (opens) {
                chars[i] = ' ';
                chars[i + 1] = '"';
            } else {
                chars[i] = '"';
                chars[i + 1] = ' ';
            }
            left = opens;
        }
        return left;
    }

    private static boolean blankBefore(char[] chars, int from, int at) {
        for (int k = from; k < at; k++) {
            if (!Character.isWhitespace(chars[k])) {
                return false;
            }
        }
        return true;
    }

    /** Whether a character can end the words a closing mark follows: a letter, digit or stop. */
    private static boolean wordEnd(char c) {
        return !Character.isWhitespace(c) && "([{—–-".indexOf(c) < 0;
    }
}
