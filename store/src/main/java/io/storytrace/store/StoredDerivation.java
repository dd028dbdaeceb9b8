package io.storytrace.store;

import io.storytrace.match.Derivation;

/**
 * A derivation the corpus recorded between two of its articles.
 *
 * @param a the article the derivation is seen from
 * @param b the other article
 * @param derivation how a relates to b, with aligned sentence pairs (offsets into each article's
 *     text), direction cues and reasons
 */
public record StoredDerivation(long a, long b, Derivation derivation) {}
