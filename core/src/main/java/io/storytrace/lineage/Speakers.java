package io.storytrace.lineage;

import java.util.Locale;

/** Compares speakers' names the way quotation evaluation does: by the last word of the name. */
final class Speakers {

    private Speakers() {}

    /** Whether two named speakers differ; an unnamed speaker differs from no one. */
    static boolean differ(String a, String b) {
        return a != null && b != null && !lastWord(a).equals(lastWord(b));
    }

    private static String lastWord(String name) {
        String[] words = name.strip().toLowerCase(Locale.ROOT).split("\\s+");
        return words[words.length - 1].replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
