package io.storytrace.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into sentences, by rules tuned for news: a sentence ends at {@code .}, {@code !},
 * {@code ?} or an ellipsis, with any closing quotation marks and brackets that follow, when the
 * next word does not start in lower case and the full stop does not end an abbreviation ("Mr.",
 * "Gov.", "Oct. 3", "No. 10"), an initial ("J. K. Rowling") or a dotted acronym that runs on ("a.m.
 * Monday", "the U.S. capital"). A blank line ends a block (the headline, then each paragraph); a
 * single line break inside a block ends a sentence.
 *
 * <p>Rules rather than a trained model: OpenNLP's English sentence model (UD EWT, 1.3.0) splits
 * news text after "Gov.", "Sen.", "Prof.", "Mrs.", "Gen.", "a.m." and initials, which these rules
 * keep whole; both run in one linear pass. Quoted speech of several sentences is split like any
 * other text; joining quotations is the quote extractor's work.
 */
public final class SentenceSplitter {

    /**
     * Abbreviations that come before a name or a number and never end a sentence; "Ma." is the
     * Filipino short form of María ("Sen. Ma. Lourdes Villaraza-Cruz").
     */
    private static final Set<String> PREFIXES =
            Set.of(
                    "mr", "mrs", "ms", "mx", "dr", "prof", "gov", "sen", "rep", "gen", "col", "lt",
                    "capt", "cpt", "sgt", "maj", "cmdr", "adm", "cpl", "pvt", "rev", "hon", "pres",
                    "supt", "insp", "det", "const", "cst", "gda", "fr", "st", "mt", "ft", "messrs",
                    "mme", "mlle", "atty", "ch", "sec", "ed", "eds", "approx", "vs", "v", "cf",
                    "e.g", "i.e", "viz", "ca", "c", "est", "dept", "univ", "assn", "bros", "jan",
                    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                    "ave", "blvd", "rd", "hwy", "ln", "sq", "ct", "ma");

    /**
     * Abbreviations that come before a number ("No. 5", "Vol. II", "Fig. 3"): before anything else
     * the stop is a sentence's ("She voted no. The bill failed.").
     */
    private static final Set<String> NUMBERING =
            Set.of("no", "nos", "vol", "vols", "art", "fig", "figs", "pp", "p");

    /** The dashes that close a dateline: "TALLAHASSEE, Fla. —". */
    private static final String DASHES = "—–";

    /** How long a state's abbreviation before a dateline's dash runs: "Calif.". */
    private static final int STATE_ABBREVIATION = 5;

    /** Abbreviations that may end a sentence: they end one only before a usual sentence opener. */
    private static final Set<String> ENDINGS =
            Set.of(
                    "inc", "ltd", "co", "corp", "plc", "llc", "jr", "sr", "etc", "al", "a.m", "p.m",
                    "u.s", "u.k", "u.n", "e.u", "d.c", "l.a", "n.y", "ph.d", "b.a", "m.a", "m.d");

    /** Words that run on after a time of day: days, months, time zones. */
    private static final Set<String> TIME_FOLLOWERS = timeFollowers();

    private static Set<String> timeFollowers() {
        Set<String> words = new java.util.HashSet<>();
        words.addAll(CalendarWords.WEEKDAYS);
        words.addAll(CalendarWords.MONTHS);
        words.addAll(CalendarWords.WEEKDAY_ABBREVIATIONS);
        words.addAll(
                Set.of(
                        "et",
                        "est",
                        "edt",
                        "ct",
                        "cst",
                        "cdt",
                        "mt",
                        "mst",
                        "mdt",
                        "pt",
                        "pst",
                        "pdt",
                        "gmt",
                        "bst",
                        "utc",
                        "cet",
                        "cest",
                        "ist",
                        "aest",
                        "aedt",
                        "hst",
                        "akst",
                        "akdt",
                        "eastern",
                        "central",
                        "mountain",
                        "pacific",
                        "local",
                        "new",
                        "christmas",
                        "easter"));
        return Set.copyOf(words);
    }

    /** Names written with an exclamation mark, which ends no sentence after them. */
    private static final Set<String> BANG_NAMES = Set.of("E", "Yahoo");

    /** Words that usually open a sentence, so an abbreviation before them ends the last one. */
    private static final Set<String> OPENERS =
            Set.of(
                    "the",
                    "a",
                    "an",
                    "he",
                    "she",
                    "it",
                    "they",
                    "we",
                    "i",
                    "you",
                    "but",
                    "and",
                    "in",
                    "on",
                    "at",
                    "as",
                    "after",
                    "before",
                    "this",
                    "that",
                    "these",
                    "those",
                    "there",
                    "his",
                    "her",
                    "their",
                    "its",
                    "our",
                    "my",
                    "if",
                    "when",
                    "while",
                    "since",
                    "for",
                    "so",
                    "yet",
                    "however",
                    "meanwhile",
                    "still",
                    "now",
                    "then",
                    "also",
                    "according",
                    "last",
                    "next",
                    "some",
                    "many",
                    "most",
                    "both",
                    "one");

    /** The sentences of {@code text}, with blocks numbered from 0 in order. */
    public List<Sentence> split(CharSequence text) {
        List<Sentence> sentences = new ArrayList<>();
        int n = text.length();
        int block = -1;
        int i = 0;
        while (i < n) {
            int newlines = 0;
            while (i < n && isSpace(text.charAt(i))) {
                newlines += text.charAt(i) == '\n' ? 1 : 0;
                i++;
            }
            if (i >= n) {
                break;
            }
            if (block < 0 || newlines >= 2) {
                block++;
            }
            int end = sentenceEnd(text, i);
            int trimmed = end;
            while (trimmed > i && isSpace(text.charAt(trimmed - 1))) {
                trimmed--;
            }
            sentences.add(
                    new Sentence(
                            sentences.size(),
                            block,
                            new Span(i, trimmed),
                            text.subSequence(i, trimmed).toString()));
            i = end;
        }
        return sentences;
    }

    /**
     * Where the sentence starting at {@code start} ends: past its last mark, or at a line break.
     */
    private static int sentenceEnd(CharSequence text, int start) {
        int n = text.length();
        int i = start;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
            if (!isTerminal(c)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && isTerminal(text.charAt(end))) {
                end++;
            }
            while (end < n && isCloser(text.charAt(end))) {
                end++;
            }
            if (end >= n) {
                return n;
            }
            if (endsSentence(text, i, end)) {
                return end;
            }
            i = end;
        }
        return n;
    }

    /**
     * Whether the terminal punctuation at {@code mark}, with closers up to {@code end}, ends a
     * sentence: whitespace must follow, then something other than a lower-case word, and a lone
     * full stop must not end an abbreviation or an initial.
     */
    private static boolean endsSentence(CharSequence text, int mark, int end) {
        if (!isSpace(text.charAt(end))) {
            return false;
        }
        int next = end;
        while (next < text.length() && isSpace(text.charAt(next)) && text.charAt(next) != '\n') {
            next++;
        }
        if (next >= text.length() || text.charAt(next) == '\n') {
            return true;
        }
        char first = text.charAt(next);
        if (Character.isLowerCase(first) || ",;:)]}".indexOf(first) >= 0) {
            return false;
        }
        if (text.charAt(mark) == '!'
                && endOfTerminals(text, mark) == mark + 1
                && BANG_NAMES.contains(wordBefore(text, mark))) {
            // "When E! News host Danielle Poirier asked", "told Yahoo! Finance": a name's mark
            return false;
        }
        boolean loneStop = text.charAt(mark) == '.' && endOfTerminals(text, mark) == mark + 1;
        if (!loneStop) {
            return true;
        }
        String word = wordBefore(text, mark);
        if (word.isEmpty()) {
            return true;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        if (PREFIXES.contains(lower)) {
            return false;
        }
        if (DASHES.indexOf(first) >= 0
                && word.length() <= STATE_ABBREVIATION
                && Character.isUpperCase(word.charAt(0))) {
            // "TALLAHASSEE, Fla. — Ana Ruiz said": a state's abbreviation in a dateline
            return false;
        }
        if (NUMBERING.contains(lower)) {
            // a roman numeral, but not "I": "The answer is no. I won't." ends a sentence
            return !Character.isDigit(first) && !nextWord(text, next).matches("[IVXLC]{2,}|[VX]");
        }
        if (lower.equals("a.m") || lower.equals("p.m")) {
            // "open until 8 p.m. Zhao said …" ends; "at 8 p.m. Friday", "11 a.m. ET" run on
            return !TIME_FOLLOWERS.contains(nextWord(text, next).toLowerCase(Locale.ROOT));
        }
        if (ENDINGS.contains(lower) || lower.indexOf('.') > 0) {
            return OPENERS.contains(nextWord(text, next).toLowerCase(Locale.ROOT));
        }
        return true;
    }

    private static int endOfTerminals(CharSequence text, int mark) {
        int i = mark;
        while (i < text.length() && isTerminal(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The word right before {@code mark}, with inner dots kept ("U.S"), at most 12 characters. */
    private static String wordBefore(CharSequence text, int mark) {
        int start = mark;
        while (start > 0 && mark - start < 12) {
            char c = text.charAt(start - 1);
            if (Character.isLetter(c)
                    || c == '.' && start - 1 > 0 && Character.isLetter(text.charAt(start - 2))) {
                start--;
            } else {
                break;
            }
        }
        if (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
            return "";
        }
        return text.subSequence(start, mark).toString();
    }

    private static String nextWord(CharSequence text, int start) {
        int i = start;
        while (i < text.length() && i - start < 12 && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return text.subSequence(start, i).toString();
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…' || c == '‼' || c == '⁇' || c == '。';
    }

    /** Closing quotation marks and brackets that belong to the sentence they follow. */
    private static boolean isCloser(char c) {
        return "”’\"')]}»›」』".indexOf(c) >= 0;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
