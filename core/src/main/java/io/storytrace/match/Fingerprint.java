package io.storytrace.match;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What the corpus indexes to find an article's relatives.
 *
 * @param bodyHash SHA-256 of the body's token sequence: equal for copies that differ only in
 *     layout, case or punctuation
 * @param minHash the MinHash signature of the body's word shingles
 * @param bandKeys the LSH band keys derived from the signature, one per band
 * @param signatureTerms names, numbers, rare words and quoted-phrase words that a rewrite tends to
 *     keep, most telling first
 */
public record Fingerprint(
        String bodyHash, int[] minHash, List<String> bandKeys, List<String> signatureTerms) {

    public Fingerprint {
        Objects.requireNonNull(bodyHash, "bodyHash");
        minHash = minHash.clone();
        bandKeys = List.copyOf(bandKeys);
        signatureTerms = List.copyOf(signatureTerms);
    }

    @Override
    public int[] minHash() {
        return minHash.clone();
    }

    /** The share of equal signature slots: an estimate of the shingle sets' Jaccard similarity. */
    public double estimatedJaccard(Fingerprint other) {
        int[] theirs = other.minHash;
        int n = Math.min(minHash.length, theirs.length);
        if (n == 0) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < n; i++) {
            if (minHash[i] == theirs[i]) {
                same++;
            }
        }
        return same / (double) n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint f
                && bodyHash.equals(f.bodyHash)
                && Arrays.equals(minHash, f.minHash)
                && bandKeys.equals(f.bandKeys)
                && signatureTerms.equals(f.signatureTerms);
    }

    @Override
    public int hashCode() {
        return Objects.hash(bodyHash, Arrays.hashCode(minHash), bandKeys, signatureTerms);
    }

    @Override
    public String toString() {
        return "Fingerprint[" + bodyHash.substring(0, 12) + ", " + signatureTerms + "]";
    }
}
