package io.storytrace.text;

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
        for (int i = 0; i + 1 < chars.length; i++) {
            char c = chars[i];
            if ((c != '\'' && c != '`')
                    || chars[i + 1] != c
                    || (i + 2 < chars.length && chars[i + 2] == c)) {
                continue;
            }
            if (i > 0 && chars[i - 1] == c) {
                continue;
            }
            boolean opens = c == '`' || i == 0 || !wordEnd(chars[i - 1]);
            if (opens) {
                chars[i] = ' ';
                chars[i + 1] = '"';
            } else {
                chars[i] = '"';
                chars[i + 1] = ' ';
            }
            i++;
        }
        return new String(chars);
    }

    /** Whether a character can end the words a closing mark follows: a letter, digit or stop. */
    private static boolean wordEnd(char c) {
        return !Character.isWhitespace(c) && "([{—–-".indexOf(c) < 0;
    }
}
