package io.storytrace.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into normalised word tokens for fingerprints and alignment: lower case, possessive
 * {@code 's} and plural {@code s} removed, digit groups joined ("1,200" becomes "1200"), and curly
 * apostrophes read as straight ones. It keeps stop words; {@link #isStopword} tells them.
 */
public final class WordTokenizer {

    private static final Set<String> STOPWORDS =
            Set.of(
                    "a",
                    "about",
                    "above",
                    "after",
                    "again",
                    "against",
                    "all",
                    "also",
                    "am",
                    "an",
                    "and",
                    "any",
                    "are",
                    "as",
                    "at",
                    "be",
                    "because",
                    "been",
                    "before",
                    "being",
                    "below",
                    "between",
                    "both",
                    "but",
                    "by",
                    "can",
                    "could",
                    "did",
                    "do",
                    "does",
                    "doing",
                    "down",
                    "during",
                    "each",
                    "even",
                    "few",
                    "for",
                    "from",
                    "further",
                    "had",
                    "has",
                    "have",
                    "having",
                    "he",
                    "her",
                    "here",
                    "hers",
                    "herself",
                    "him",
                    "himself",
                    "his",
                    "how",
                    "i",
                    "if",
                    "in",
                    "into",
                    "is",
                    "it",
                    "its",
                    "itself",
                    "just",
                    "may",
                    "me",
                    "might",
                    "more",
                    "most",
                    "much",
                    "must",
                    "my",
                    "myself",
                    "no",
                    "nor",
                    "not",
                    "now",
                    "of",
                    "off",
                    "on",
                    "once",
                    "only",
                    "or",
                    "other",
                    "our",
                    "ours",
                    "out",
                    "over",
                    "own",
                    "same",
                    "she",
                    "should",
                    "so",
                    "some",
                    "such",
                    "than",
                    "that",
                    "the",
                    "their",
                    "them",
                    "themselves",
                    "then",
                    "there",
                    "these",
                    "they",
                    "this",
                    "those",
                    "through",
                    "to",
                    "too",
                    "under",
                    "until",
                    "up",
                    "us",
                    "very",
                    "was",
                    "we",
                    "were",
                    "what",
                    "when",
                    "where",
                    "which",
                    "while",
                    "who",
                    "whom",
                    "why",
                    "will",
                    "with",
                    "would",
                    "you",
                    "your",
                    "yours",
                    "said",
                    "says",
                    "say",
                    "told",
                    "according",
                    "s",
                    "t",
                    "one",
                    "new",
                    "like",
                    "well",
                    "yet",
                    "still",
                    "however",
                    "although",
                    "though",
                    "since",
                    "per",
                    "via",
                    "upon",
                    "within",
                    "without",
                    "among",
                    "around",
                    "across",
                    "along");

    /** The tokens of {@code text} in order. */
    public List<String> tokens(CharSequence text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                token.append(c);
            } else if (isJoiner(text, i, token)) {
                if (c == '.' || c == ',') {
                    // 1,200 and 3.5: keep the digits together, drop the grouping comma
                    if (c == '.') {
                        token.append('.');
                    }
                } else {
                    token.append('\'');
                }
            } else {
                flush(token, tokens);
            }
        }
        flush(token, tokens);
        return tokens;
    }

    /** Whether a token carries no content of its own. */
    public static boolean isStopword(String token) {
        return STOPWORDS.contains(token);
    }

    /** Whether a token is a number. */
    public static boolean isNumber(String token) {
        return !token.isEmpty() && Character.isDigit(token.charAt(0));
    }

    private static boolean isJoiner(CharSequence text, int i, StringBuilder token) {
        if (token.isEmpty() || i + 1 >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        char next = text.charAt(i + 1);
        char previous = token.charAt(token.length() - 1);
        if (c == '.' || c == ',') {
            return Character.isDigit(previous) && Character.isDigit(next);
        }
        return (c == '\'' || c == '’') && Character.isLetter(previous) && Character.isLetter(next);
    }

    private static void flush(StringBuilder token, List<String> tokens) {
        if (token.isEmpty()) {
            return;
        }
        String word = token.toString().toLowerCase(Locale.ROOT);
        token.setLength(0);
        tokens.add(normalise(word));
    }

    private static String normalise(String word) {
        String w = word;
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("n't")) {
            w = w.substring(0, w.length() - 3);
        }
        int apostrophe = w.indexOf('\'');
        if (apostrophe > 0) {
            w = w.substring(0, apostrophe);
        }
        if (w.length() > 4 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) {
            w =
                    w.endsWith("ies")
                            ? w.substring(0, w.length() - 3) + "y"
                            : w.substring(0, w.length() - 1);
        }
        return w;
    }
}
