package io.storytrace.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Aligns the sentences of two articles: first by words (overlap weighted by rarity, exact and
 * near-exact matches), then, only where the words leave the question open, by sentence embeddings
 * for paraphrases that share few words. A sentence may align with one counterpart at most; several
 * sentences may share a counterpart (a rewrite that merges two sentences).
 */
public final class SentenceAligner {

    private final AlignerSettings settings;
    private final Optional<SentenceEmbedder> embedder;

    public SentenceAligner(AlignerSettings settings, Optional<SentenceEmbedder> embedder) {
        this.settings = settings;
        this.embedder = embedder;
    }

    /** Aligns {@code a} with {@code b}, weighing words by {@code weights}. */
    public Alignment align(ArticleProfile a, ArticleProfile b, TermWeights weights) {
        List<ProfiledSentence> sa = a.sentences();
        List<ProfiledSentence> sb = b.sentences();
        WordOverlap lexical = WordOverlap.of(sa, sb, weights);
        double[] wa = lexical.wa();
        double[] wb = lexical.wb();
        Match[] bestA = new Match[sa.size()];
        Match[] bestB = new Match[sb.size()];
        decideLexically(sa, sb, lexical, bestA, bestB);
        double covA = coverage(bestA, wa, sa);
        double covB = coverage(bestB, wb, sb);
        boolean embedded = false;
        if (embedder.isPresent() && Math.max(covA, covB) < settings.embedBelowCoverage()) {
            List<int[]> hinted = hintedPairs(sa, sb, lexical, bestA, bestB);
            double potential =
                    Math.max(
                            covA + hintedShare(hinted, 0, bestA, wa, sa),
                            covB + hintedShare(hinted, 1, bestB, wb, sb));
            if (!hinted.isEmpty() && potential >= settings.embedPotential()) {
                decideSemantically(sa, sb, lexical, hinted, bestA, bestB, embedder.get());
                embedded = true;
            }
            covA = coverage(bestA, wa, sa);
            covB = coverage(bestB, wb, sb);
        }
        List<AlignedPair> pairs = pairs(sa, sb, bestA, bestB);
        return new Alignment(pairs, covA, covB, ordered(bestA), embedded);
    }

    /** A sentence's best counterpart. */
    private record Match(
            int other, double score, AlignedPair.Kind kind, double lexical, double semantic) {}

    private void decideLexically(
            List<ProfiledSentence> sa,
            List<ProfiledSentence> sb,
            WordOverlap lexical,
            Match[] bestA,
            Match[] bestB) {
        for (int i = 0; i < sa.size(); i++) {
            for (int j : lexical.shared().get(i).keySet()) {
                Match m = lexicalMatch(sa.get(i), sb.get(j), lexical, i, j);
                if (m == null) {
                    continue;
                }
                if (bestA[i] == null || m.score() > bestA[i].score()) {
                    bestA[i] = new Match(j, m.score(), m.kind(), m.lexical(), m.semantic());
                }
                if (bestB[j] == null || m.score() > bestB[j].score()) {
                    bestB[j] = new Match(i, m.score(), m.kind(), m.lexical(), m.semantic());
                }
            }
        }
    }

    private Match lexicalMatch(
            ProfiledSentence x, ProfiledSentence y, WordOverlap lexical, int i, int j) {
        WordOverlap.Verdict v = lexical.verdict(i, j, x, y, settings);
        return v == null ? null : new Match(j, v.score(), v.kind(), v.dice(), Double.NaN);
    }

    /**
     * Pairs worth asking the embedder about: neither sentence has a verbatim counterpart, and they
     * share some rare words, at least a few of the shorter one's.
     */
    private List<int[]> hintedPairs(
            List<ProfiledSentence> sa,
            List<ProfiledSentence> sb,
            WordOverlap lexical,
            Match[] bestA,
            Match[] bestB) {
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < sa.size(); i++) {
            if (bestA[i] != null && bestA[i].kind() != AlignedPair.Kind.PARAPHRASE) {
                continue;
            }
            for (int j : lexical.shared().get(i).keySet()) {
                if (bestB[j] != null && bestB[j].kind() != AlignedPair.Kind.PARAPHRASE) {
                    continue;
                }
                if (lexical.dice(i, j) >= settings.hint()
                        || lexical.containment(i, j) >= 2 * settings.hint()) {
                    pairs.add(new int[] {i, j});
                }
            }
        }
        return pairs;
    }

    /** The weight share of one side's sentences that are not aligned yet but have a hint. */
    private static double hintedShare(
            List<int[]> hinted,
            int side,
            Match[] best,
            double[] weights,
            List<ProfiledSentence> s) {
        Set<Integer> open = new HashSet<>();
        for (int[] pair : hinted) {
            if (best[pair[side]] == null) {
                open.add(pair[side]);
            }
        }
        double total = 0;
        double share = 0;
        for (int i = 0; i < weights.length; i++) {
            if (s.get(i).counts()) {
                total += weights[i];
                if (open.contains(i)) {
                    share += weights[i];
                }
            }
        }
        return total == 0 ? 0 : share / total;
    }

    private void decideSemantically(
            List<ProfiledSentence> sa,
            List<ProfiledSentence> sb,
            WordOverlap lexical,
            List<int[]> hinted,
            Match[] bestA,
            Match[] bestB,
            SentenceEmbedder model) {
        Map<Integer, Integer> rowA = new LinkedHashMap<>();
        Map<Integer, Integer> rowB = new LinkedHashMap<>();
        List<String> texts = new ArrayList<>();
        for (int[] pair : hinted) {
            if (rowA.putIfAbsent(pair[0], texts.size()) == null) {
                texts.add(sa.get(pair[0]).sentence().text());
            }
            if (rowB.putIfAbsent(pair[1], texts.size()) == null) {
                texts.add(sb.get(pair[1]).sentence().text());
            }
        }
        List<float[]> vectors = model.embed(texts);
        for (int[] pair : hinted) {
            int i = pair[0];
            int j = pair[1];
            double cosine = Wording.dot(vectors.get(rowA.get(i)), vectors.get(rowB.get(j)));
            double dice = lexical.dice(i, j);
            if (!semanticallyAligned(sa.get(i), sb.get(j), cosine, dice, lexical.containment(i, j))
                    || Wording.numbersDisagree(sa.get(i), sb.get(j))) {
                continue;
            }
            double score = Math.max(cosine, dice);
            if (bestA[i] == null || score > bestA[i].score()) {
                bestA[i] = new Match(j, score, AlignedPair.Kind.PARAPHRASE, dice, cosine);
            }
            if (bestB[j] == null || score > bestB[j].score()) {
                bestB[j] = new Match(i, score, AlignedPair.Kind.PARAPHRASE, dice, cosine);
            }
        }
    }

    private boolean semanticallyAligned(
            ProfiledSentence x,
            ProfiledSentence y,
            double cosine,
            double dice,
            double containment) {
        if (cosine >= settings.semanticParaphrase()
                || cosine >= settings.semanticWithWords() && dice >= settings.wordsForSemantic()) {
            return true;
        }
        // Meaning and shared rare words together: a restyled sentence keeps names and numbers
        // while the embedding alone stays lukewarm, and a split or merged one keeps most words.
        double evidence = cosine + 0.5 * dice + 0.3 * containment;
        return cosine >= settings.semanticForPart()
                && Wording.sharedTerms(x, y) >= 3
                && (evidence >= settings.combinedEvidence()
                        || containment >= settings.partContainment());
    }

    private static double coverage(
            Match[] best, double[] weights, List<ProfiledSentence> sentences) {
        double total = 0;
        double covered = 0;
        for (int i = 0; i < best.length; i++) {
            if (!sentences.get(i).counts()) {
                continue;
            }
            total += weights[i];
            if (best[i] != null) {
                covered += weights[i];
            }
        }
        return total == 0 ? 0 : covered / total;
    }

    private static List<AlignedPair> pairs(
            List<ProfiledSentence> sa, List<ProfiledSentence> sb, Match[] bestA, Match[] bestB) {
        List<AlignedPair> pairs = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < bestA.length; i++) {
            Match m = bestA[i];
            if (m != null && seen.add((long) i << 32 | m.other())) {
                pairs.add(pair(sa.get(i), sb.get(m.other()), m));
            }
        }
        for (int j = 0; j < bestB.length; j++) {
            Match m = bestB[j];
            if (m != null && seen.add((long) m.other() << 32 | j)) {
                pairs.add(pair(sa.get(m.other()), sb.get(j), m));
            }
        }
        pairs.sort(Comparator.comparingInt(AlignedPair::a).thenComparingInt(AlignedPair::b));
        return pairs;
    }

    private static AlignedPair pair(ProfiledSentence x, ProfiledSentence y, Match m) {
        return new AlignedPair(
                x.index(),
                y.index(),
                x.sentence().span(),
                y.sentence().span(),
                m.score(),
                m.kind(),
                m.lexical(),
                m.semantic());
    }

    /** The share of a's aligned sentences whose counterparts keep their order (longest run). */
    private static double ordered(Match[] bestA) {
        List<Integer> sequence = new ArrayList<>();
        for (Match m : bestA) {
            if (m != null) {
                sequence.add(m.other());
            }
        }
        if (sequence.isEmpty()) {
            return 0;
        }
        List<Integer> tails = new ArrayList<>();
        for (int value : sequence) {
            int lo = 0;
            int hi = tails.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (tails.get(mid) <= value) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            if (lo == tails.size()) {
                tails.add(value);
            } else {
                tails.set(lo, value);
            }
        }
        return tails.size() / (double) sequence.size();
    }
}
