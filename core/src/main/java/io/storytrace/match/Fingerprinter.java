package io.storytrace.match;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes an article's {@link Fingerprint}: MinHash over word shingles of the normalised body with
 * LSH banding for near-copies, and signature terms for rewrites that change the wording.
 */
public final class Fingerprinter {

    /** Words per shingle. */
    static final int SHINGLE = 4;

    /** Signature length: {@link #BANDS} bands of {@link #ROWS} rows. */
    static final int BANDS = 42;

    static final int ROWS = 3;
    static final int HASHES = BANDS * ROWS;

    /** The most signature terms kept for one article. */
    static final int MAX_SIGNATURE_TERMS = 25;

    /**
     * The most signature terms of an article in another language than English. Its translations
     * share only names and numbers with it, and its own capitalised nouns (German writes every noun
     * so) rank with the names; such articles are few, so they can afford a longer list.
     */
    static final int MAX_SIGNATURE_TERMS_OTHER_LANGUAGE = 80;

    /** The least word weight of a signature term: rarer than about one document in eight. */
    static final double MIN_SIGNATURE_WEIGHT = 2.0;

    /** What being a number or a quoted word adds to a term's weight. */
    static final double BOOST = 2.0;

    /**
     * What being a name adds to a term's weight, on top of {@link #BOOST} when it is quoted too.
     */
    static final double NAME_BOOST = 2.0;

    private static final long[] SEEDS = seeds();

    /** The fingerprint of {@code profile}, weighing rare words by {@code weights}. */
    public Fingerprint fingerprint(ArticleProfile profile, TermWeights weights) {
        return fingerprint(profile, weights, minHash(profile));
    }

    /**
     * The fingerprint of {@code profile} with its MinHash signature computed beforehand (by {@link
     * #minHash(ArticleProfile)}, which needs no word weights and so may run on any thread).
     */
    public Fingerprint fingerprint(ArticleProfile profile, TermWeights weights, int[] signature) {
        List<String> tokens = profile.bodyTokens();
        return new Fingerprint(
                sha256(String.join(" ", tokens)),
                signature,
                bandKeys(signature),
                signatureTerms(profile, weights));
    }

    /** The MinHash signature of the profile's body shingles. */
    public int[] minHash(ArticleProfile profile) {
        return minHash(profile.bodyTokens());
    }

    static int[] minHash(List<String> tokens) {
        long[] min = new long[HASHES];
        java.util.Arrays.fill(min, Long.MAX_VALUE);
        int count = Math.max(1, tokens.size() - SHINGLE + 1);
        for (int i = 0; i < count; i++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int j = i; j < Math.min(tokens.size(), i + SHINGLE); j++) {
                h = mix(h ^ tokens.get(j).hashCode()) * 31 + j - i;
            }
            for (int k = 0; k < HASHES; k++) {
                long v = mix(h ^ SEEDS[k]);
                if (v < min[k]) {
                    min[k] = v;
                }
            }
        }
        int[] signature = new int[HASHES];
        for (int k = 0; k < HASHES; k++) {
            signature[k] = tokens.isEmpty() ? 0 : (int) (min[k] >>> 32);
        }
        return signature;
    }

    /** The LSH band keys of a MinHash signature. */
    public static List<String> bandKeys(int[] signature) {
        List<String> keys = new ArrayList<>(BANDS);
        for (int band = 0; band < BANDS; band++) {
            long h = band;
            for (int row = 0; row < ROWS; row++) {
                h = mix(h * 31 + signature[band * ROWS + row]);
            }
            keys.add(Integer.toString(band, 36) + "_" + Long.toString(h & 0xFFFFFFFFFFFFL, 36));
        }
        return keys;
    }

    /** Names, numbers, quoted words and the rarest other words, most telling first. */
    static List<String> signatureTerms(ArticleProfile profile, TermWeights weights) {
        Map<String, Double> score = new LinkedHashMap<>();
        for (ProfiledSentence sentence : profile.sentences()) {
            for (String term : sentence.terms()) {
                score.merge(term, weights.weight(term), Math::max);
            }
        }
        Set<String> boosted = new LinkedHashSet<>();
        boosted.addAll(profile.numbers());
        WordTokenizer tokenizer = new WordTokenizer();
        // Quoted words that no document has shown yet find no source: a paraphrase inside
        // quotation marks must not crowd out, with words of its own, the names it shares.
        for (String quote : profile.quotes()) {
            for (String token : tokenizer.tokens(quote)) {
                if (!WordTokenizer.isStopword(token) && weights.seen(token)) {
                    boosted.add(token);
                }
            }
        }
        for (String term : boosted) {
            score.computeIfPresent(term, (t, s) -> s + BOOST);
        }
        // Names survive every rewrite.
        for (String term : profile.names()) {
            score.computeIfPresent(term, (t, s) -> s + NAME_BOOST);
        }
        boolean english = profile.language().equals(LanguageIdentifier.ENGLISH);
        if (!english) {
            // What an article in another language shares with the English ones is its names and
            // numbers: those the corpus has seen lead, however common, and its own words follow.
            for (Map.Entry<String, Double> e : score.entrySet()) {
                if (!weights.seen(e.getKey())) {
                    e.setValue(e.getValue() - NAME_BOOST - BOOST);
                }
            }
        }
        // Common words find everything and cost the index most; only rare ones are signatures.
        score.entrySet()
                .removeIf(
                        e ->
                                weights.weight(e.getKey()) < MIN_SIGNATURE_WEIGHT
                                        && (english || !profile.names().contains(e.getKey())));
        return score.entrySet().stream()
                .filter(e -> e.getKey().length() > 1)
                .sorted(
                        Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                                .thenComparing(Map.Entry.comparingByKey()))
                .limit(english ? MAX_SIGNATURE_TERMS : MAX_SIGNATURE_TERMS_OTHER_LANGUAGE)
                .map(Map.Entry::getKey)
                .toList();
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds() {
        long[] seeds = new long[HASHES];
        long s = 42;
        for (int i = 0; i < HASHES; i++) {
            s += 0x9E3779B97F4A7C15L;
            seeds[i] = mix(s);
        }
        return seeds;
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
