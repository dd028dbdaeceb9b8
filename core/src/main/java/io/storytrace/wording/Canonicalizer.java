package io.storytrace.wording;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a text into its {@link Wording}: words compared without regard to case, punctuation,
 * quotation marks, apostrophe style, spacing, hyphens inside words or British "-ise" spellings, and
 * split into segments where an ellipsis marks words left out. It does not expand contractions or
 * stem words: "we've" and "we have" are different wordings, as a reader of a quotation would hold.
 */
public final class Canonicalizer {

    /** Three or more dots, spaced or not, or the ellipsis character, optionally in brackets. */
    private static final Pattern ELLIPSIS =
            Pattern.compile("[\\[(]?\\s*(?:…|(?:\\.\\s?){2,}\\.)\\s*[\\])]?");

    /** Whitespace and dashes that stand between words (not hyphens inside a word). */
    private static final Pattern WORD_BREAK =
            Pattern.compile("[\\s\\u2012-\\u2015\\u2212]+|(?<=\\s|^)-+(?=\\s|$)|--+");

    private static final Pattern APOSTROPHES = Pattern.compile("[’‘ʼ`´′]");
    private static final Pattern NOT_KEPT = Pattern.compile("[^\\p{L}\\p{N}'.,]");
    private static final Pattern EDGES = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");
    private static final Pattern COMMA_OUTSIDE_NUMBER = Pattern.compile(",(?!\\p{N})|(?<!\\p{N}),");
    private static final Pattern BRITISH_ISE =
            Pattern.compile("(?<=\\p{L}{2})is(e|es|ed|ing|ation|ations|er|ers)$");

    /** The wording of {@code text}; an empty wording when it has no words. */
    public Wording canonicalize(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC);
        List<List<Word>> segments = new ArrayList<>();
        for (String piece : ELLIPSIS.split(normal)) {
            List<Word> words = new ArrayList<>();
            for (String token : WORD_BREAK.split(piece)) {
                String key = key(token);
                if (!key.isEmpty()) {
                    words.add(new Word(token.strip(), key));
                }
            }
            if (!words.isEmpty()) {
                segments.add(words);
            }
        }
        return new Wording(text, segments);
    }

    private static String key(String token) {
        String key = APOSTROPHES.matcher(token.toLowerCase(Locale.ROOT)).replaceAll("'");
        key = NOT_KEPT.matcher(key).replaceAll("");
        key = EDGES.matcher(key).replaceAll("");
        key = COMMA_OUTSIDE_NUMBER.matcher(key).replaceAll("");
        return BRITISH_ISE.matcher(key).replaceAll("iz$1");
    }
}
