package io.storytrace.lineage;

import io.storytrace.quote.Quote;
import java.util.Locale;

/** Compares speakers' names the way quotation evaluation does: by the last word of the name. */
final class Speakers {

    private Speakers() {}

    /** Whether two named speakers differ; an unnamed speaker differs from no one. */
    static boolean differ(String a, String b) {
        return a != null && b != null && !lastWord(a).equals(lastWord(b));
    }

    /**
     * Whether the two quotations' speakers differ as their articles attribute them: a speaker
     * Storytrace only inferred (from the people a passage is about) neither differs from nor agrees
     * with anyone.
     */
    static boolean differ(Quote a, Quote b) {
        return differ(attributed(a), attributed(b));
    }

    /** The quotation's speaker when its article attributes the words, else null. */
    static String attributed(Quote quote) {
        return quote.basis() == null || quote.basis().attributed() ? quote.speaker() : null;
    }

    private static String lastWord(String name) {
        String[] words = name.strip().toLowerCase(Locale.ROOT).split("\\s+");
        return words[words.length - 1].replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
