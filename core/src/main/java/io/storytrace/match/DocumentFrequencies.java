package io.storytrace.match;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Term weights from how many documents contain each token (inverse document frequency), smoothed
 * with a prior of imagined documents that contain none of them so that a small corpus does not give
 * extreme weights. Numbers weigh at least as much as a rare word. Not thread-safe: one writer adds
 * documents; readers use a {@link #snapshot()}.
 */
public final class DocumentFrequencies implements TermWeights {

    /** Imagined documents in which no token appears. */
    private static final int PRIOR_DOCUMENTS = 20;

    private final Map<String, Integer> counts;
    private int documents;

    public DocumentFrequencies() {
        this(new HashMap<>(), 0);
    }

    private DocumentFrequencies(Map<String, Integer> counts, int documents) {
        this.counts = counts;
        this.documents = documents;
    }

    /** Frequencies restored from a saved table. */
    public static DocumentFrequencies of(Map<String, Integer> counts, int documents) {
        return new DocumentFrequencies(new HashMap<>(counts), documents);
    }

    /** Counts one document with the given distinct tokens. */
    public void add(Collection<String> distinctTokens) {
        documents++;
        for (String token : distinctTokens) {
            counts.merge(token, 1, Integer::sum);
        }
    }

    public int documents() {
        return documents;
    }

    /** The counts, for saving; a copy. */
    public Map<String, Integer> counts() {
        return Map.copyOf(counts);
    }

    /** A frozen copy that later additions do not change. */
    public DocumentFrequencies snapshot() {
        return new DocumentFrequencies(new HashMap<>(counts), documents);
    }

    /**
     * A number that says something specific on its own: three digits or more and not a year
     * ("22000", "1180"), so it weighs like a rare word however often it has been seen.
     */
    static boolean specificNumber(String token) {
        if (!WordTokenizer.isNumber(token) || token.length() < 3) {
            return false;
        }
        boolean year = token.length() == 4 && (token.startsWith("19") || token.startsWith("20"));
        return !year;
    }

    @Override
    public boolean seen(String token) {
        return counts.containsKey(token);
    }

    @Override
    public double weight(String token) {
        int df = counts.getOrDefault(token, 0);
        double idf = Math.log((documents + PRIOR_DOCUMENTS + 1.0) / (df + 0.5));
        return Math.max(specificNumber(token) ? 2.5 : 0.3, idf);
    }
}
