package io.storytrace.match;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Word-level facts about two sentences that the alignment and the paraphrase decision share: how
 * much wording they keep, whether their numbers disagree, how many content words they share.
 */
final class Wording {

    private Wording() {}

    /**
     * Whether two sentences keep most of their wording, function words included: the Dice
     * coefficient of their word pairs (bigrams) is at least 0.6. Content words alone cannot tell
     * "the show is growing in itself" from "the show is growing on its own".
     */
    static boolean kept(String keyX, String keyY) {
        return dice(keyX, keyY) >= 0.6;
    }

    /** The Dice coefficient of two sentence keys' word pairs (1 for equal one-word keys). */
    static double dice(String keyX, String keyY) {
        Set<String> bx = bigrams(keyX);
        Set<String> by = bigrams(keyY);
        if (bx.isEmpty() || by.isEmpty()) {
            return keyX.equals(keyY) ? 1 : 0;
        }
        int shared = 0;
        for (String b : bx) {
            if (by.contains(b)) {
                shared++;
            }
        }
        return 2.0 * shared / (bx.size() + by.size());
    }

    private static Set<String> bigrams(String key) {
        String[] words = key.split(" ");
        Set<String> out = new HashSet<>();
        for (int k = 0; k + 1 < words.length; k++) {
            out.add(words[k] + ' ' + words[k + 1]);
        }
        return out;
    }

    /** Both sentences state numbers and none of them agree: they report different facts. */
    static boolean numbersDisagree(ProfiledSentence x, ProfiledSentence y) {
        Set<String> nx = numbers(x);
        if (nx.isEmpty()) {
            return false;
        }
        Set<String> ny = numbers(y);
        if (ny.isEmpty()) {
            return false;
        }
        for (String n : nx) {
            if (ny.contains(n)) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> numbers(ProfiledSentence s) {
        Set<String> out = new HashSet<>();
        for (String t : s.terms()) {
            if (WordTokenizer.isNumber(t)) {
                int end = 0;
                while (end < t.length()
                        && (Character.isDigit(t.charAt(end)) || t.charAt(end) == '.')) {
                    end++;
                }
                out.add(t.substring(0, end));
            }
        }
        return out;
    }

    /** How many of the shorter sentence's content words the other has too. */
    static int sharedTerms(ProfiledSentence x, ProfiledSentence y) {
        int n = 0;
        List<String> shorter = x.terms().size() <= y.terms().size() ? x.terms() : y.terms();
        List<String> longer = shorter == x.terms() ? y.terms() : x.terms();
        for (String t : shorter) {
            if (longer.contains(t)) {
                n++;
            }
        }
        return n;
    }

    /** The dot product of two vectors: their cosine when both have unit length. */
    static double dot(float[] x, float[] y) {
        double d = 0;
        for (int k = 0; k < x.length; k++) {
            d += x[k] * y[k];
        }
        return d;
    }
}
