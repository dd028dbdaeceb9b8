package io.storytrace.lineage;

import io.storytrace.wording.Word;
import io.storytrace.wording.Wording;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The content words of a wording: its words less function words, contractions and pronouns, each
 * cut to a rough stem ("growing" and "grows" give "grow") so that a paraphrase that keeps the
 * content but not the grammar still shares them. Meant for comparing two wordings, not for display.
 */
final class ContentWords {

    private static final Set<String> FUNCTION_WORDS =
            Set.of(
                    "a",
                    "about",
                    "after",
                    "again",
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
                    "but",
                    "by",
                    "can",
                    "could",
                    "did",
                    "do",
                    "does",
                    "doing",
                    "done",
                    "for",
                    "from",
                    "get",
                    "got",
                    "had",
                    "has",
                    "have",
                    "having",
                    "he",
                    "her",
                    "here",
                    "hers",
                    "him",
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
                    "me",
                    "more",
                    "most",
                    "my",
                    "myself",
                    "no",
                    "nor",
                    "not",
                    "now",
                    "of",
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
                    "rather",
                    "really",
                    "said",
                    "say",
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
                    "then",
                    "there",
                    "these",
                    "they",
                    "this",
                    "those",
                    "through",
                    "to",
                    "too",
                    "up",
                    "us",
                    "very",
                    "was",
                    "way",
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
                    "yourself",
                    "yes",
                    "yeah",
                    "oh",
                    "well",
                    "like",
                    "thing",
                    "things",
                    "lot",
                    "bit",
                    "kind",
                    "sort",
                    "mean",
                    "know",
                    "think",
                    "actually",
                    "until",
                    "maybe",
                    "perhaps",
                    "though",
                    "although",
                    "since",
                    "yet",
                    "still",
                    "even",
                    "much",
                    "many",
                    "every",
                    "each",
                    "both",
                    "few",
                    "another",
                    "down",
                    "off",
                    "across",
                    "against",
                    "between",
                    "during",
                    "without",
                    "within",
                    "per",
                    "upon",
                    "onto",
                    "toward",
                    "towards",
                    "whether",
                    "unless",
                    "ago");

    private static final Pattern CONTRACTION = Pattern.compile("'(s|ve|re|ll|d|m|t)$|n't$");

    private ContentWords() {}

    /** The stems of the content words of {@code wording}, in order of first use. */
    static Set<String> of(Wording wording) {
        return words(wording).keySet();
    }

    /**
     * The content words of {@code wording} by stem, each with the first word (its key) that gave
     * the stem, in order of first use.
     */
    static Map<String, String> words(Wording wording) {
        Map<String, String> words = new LinkedHashMap<>();
        for (Word word : wording.words()) {
            String key = CONTRACTION.matcher(word.key()).replaceAll("");
            if (key.length() > 1 && !FUNCTION_WORDS.contains(key)) {
                words.putIfAbsent(stem(key), key);
            }
        }
        return words;
    }

    /** A rough stem: enough to match inflections of one word, not a linguistic analysis. */
    static String stem(String word) {
        int n = word.length();
        if (n > 4 && word.endsWith("ies")) {
            return word.substring(0, n - 3) + "y";
        }
        if (n > 5 && word.endsWith("ing")) {
            return undouble(word.substring(0, n - 3));
        }
        if (n > 4 && word.endsWith("ed")) {
            return undouble(word.substring(0, n - 2));
        }
        if (n > 4 && word.endsWith("ly")) {
            return word.substring(0, n - 2);
        }
        if (n > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) {
            return word.substring(0, n - (word.endsWith("es") && n > 4 ? 2 : 1));
        }
        if (n > 3 && word.endsWith("e")) {
            return word.substring(0, n - 1);
        }
        return word;
    }

    private static String undouble(String stem) {
        int n = stem.length();
        if (n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2) && stem.charAt(n - 1) != 'l') {
            return stem.substring(0, n - 1);
        }
        if (n > 2 && stem.endsWith("e")) {
            return stem.substring(0, n - 1);
        }
        return stem;
    }
}
