/**
 * Finding an article's relatives and deciding how two articles relate: fingerprints (MinHash with
 * LSH bands, signature terms), candidate search behind {@link io.storytrace.match.CandidateFinder},
 * sentence alignment ({@link io.storytrace.match.SentenceAligner}), the paraphrase decision on
 * free-standing sentences ({@link io.storytrace.match.SentenceComparer}, weighing {@link
 * io.storytrace.match.ParaphraseFeatures} through a {@link io.storytrace.match.ParaphraseModel})
 * and the derivation decision ({@link io.storytrace.match.DerivationJudge}).
 */
package io.storytrace.match;
