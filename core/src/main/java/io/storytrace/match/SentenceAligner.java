package io.storytrace.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
    private final ParaphraseModel model;

    public SentenceAligner(AlignerSettings settings, Optional<SentenceEmbedder> embedder) {
        this(settings, embedder, ParaphraseModel.standard());
    }

    /** An aligner whose paraphrase decision on free-standing sentences follows {@code model}. */
    public SentenceAligner(
            AlignerSettings settings, Optional<SentenceEmbedder> embedder, ParaphraseModel model) {
        this.settings = settings;
        this.embedder = embedder;
        this.model = model;
    }

    /** Aligns {@code a} with {@code b}, weighing words by {@code weights}. */
    public Alignment align(ArticleProfile a, ArticleProfile b, TermWeights weights) {
        List<ProfiledSentence> sa = a.sentences();
        List<ProfiledSentence> sb = b.sentences();
        double[] wa = sentenceWeights(sa, weights);
        double[] wb = sentenceWeights(sb, weights);
        Lexical lexical = lexical(sa, sb, wa, wb, weights);
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

    /**
     * Compares two sentences on their own. Identical and nearly identical wording decides at once;
     * otherwise, with an embedder, the {@link ParaphraseModel} weighs the embedding cosine with the
     * lexical evidence, and without one the word-level rules of article alignment decide.
     */
    public SentenceComparison compare(ProfiledSentence x, ProfiledSentence y, TermWeights weights) {
        double[] wx = sentenceWeights(List.of(x), weights);
        double[] wy = sentenceWeights(List.of(y), weights);
        Lexical lexical = lexical(List.of(x), List.of(y), wx, wy, weights);
        double dice = lexical.dice(0, 0);
        double containment = lexical.containment(0, 0);
        Match m = lexicalMatch(x, y, lexical, 0, 0);
        if (embedder.isEmpty()) {
            if (m != null && numbersDisagree(x, y)) {
                m = null;
            }
            double score = numbersDisagree(x, y) ? dice * 0.5 : dice;
            return new SentenceComparison(
                    dice, containment, Double.NaN, score, m == null ? null : m.kind());
        }
        List<float[]> v = embedder.get().embed(List.of(x.sentence().text(), y.sentence().text()));
        double cosine = dot(v.get(0), v.get(1));
        double probability = model.probability(ParaphraseFeatures.measure(x, y, weights, cosine));
        AlignedPair.Kind kind;
        if (m != null && m.kind() != AlignedPair.Kind.PARAPHRASE) {
            kind = m.kind();
        } else {
            kind = probability >= model.threshold() ? AlignedPair.Kind.PARAPHRASE : null;
        }
        double score = kind == AlignedPair.Kind.IDENTICAL ? 1.0 : probability;
        return new SentenceComparison(dice, containment, cosine, score, kind);
    }

    /** A sentence's best counterpart. */
    private record Match(
            int other, double score, AlignedPair.Kind kind, double lexical, double semantic) {}

    /** Sparse weighted overlaps: for each sentence of a, counterpart index to shared weight. */
    private record Lexical(List<Map<Integer, Double>> shared, double[] wa, double[] wb) {
        double dice(int i, int j) {
            Double s = shared.get(i).get(j);
            if (s == null || wa[i] + wb[j] == 0) {
                return 0;
            }
            return 2 * s / (wa[i] + wb[j]);
        }

        double containment(int i, int j) {
            Double s = shared.get(i).get(j);
            double min = Math.min(wa[i], wb[j]);
            return s == null || min == 0 ? 0 : s / min;
        }
    }

    private static double[] sentenceWeights(List<ProfiledSentence> sentences, TermWeights weights) {
        double[] w = new double[sentences.size()];
        for (int i = 0; i < w.length; i++) {
            for (String term : sentences.get(i).terms()) {
                w[i] += weights.weight(term);
            }
        }
        return w;
    }

    private static Lexical lexical(
            List<ProfiledSentence> sa,
            List<ProfiledSentence> sb,
            double[] wa,
            double[] wb,
            TermWeights weights) {
        Map<String, int[]> postings = new HashMap<>();
        for (int j = 0; j < sb.size(); j++) {
            for (String term : sb.get(j).terms()) {
                int[] list = postings.get(term);
                int[] grown = list == null ? new int[1] : Arrays.copyOf(list, list.length + 1);
                grown[grown.length - 1] = j;
                postings.put(term, grown);
            }
        }
        List<Map<Integer, Double>> shared = new ArrayList<>(sa.size());
        for (ProfiledSentence sentence : sa) {
            Map<Integer, Double> row = new HashMap<>();
            for (String term : sentence.terms()) {
                int[] list = postings.get(term);
                if (list != null) {
                    double w = weights.weight(term);
                    for (int j : list) {
                        row.merge(j, w, Double::sum);
                    }
                }
            }
            shared.add(row);
        }
        return new Lexical(shared, wa, wb);
    }

    private void decideLexically(
            List<ProfiledSentence> sa,
            List<ProfiledSentence> sb,
            Lexical lexical,
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
            ProfiledSentence x, ProfiledSentence y, Lexical lexical, int i, int j) {
        double dice = lexical.dice(i, j);
        if (x.key().equals(y.key()) && !x.key().isEmpty()) {
            return new Match(j, 1.0, AlignedPair.Kind.IDENTICAL, dice, Double.NaN);
        }
        if (dice >= settings.nearIdentical() && wordingKept(x.key(), y.key())) {
            return new Match(j, dice, AlignedPair.Kind.NEAR_IDENTICAL, dice, Double.NaN);
        }
        double containment = lexical.containment(i, j);
        if (dice >= settings.lexicalParaphrase()
                || containment >= settings.containment() && sharedTerms(x, y) >= 3) {
            return new Match(
                    j,
                    Math.max(dice, containment * 0.9),
                    AlignedPair.Kind.PARAPHRASE,
                    dice,
                    Double.NaN);
        }
        return null;
    }

    /**
     * Whether two sentences keep most of their wording, function words included: the Dice
     * coefficient of their word pairs (bigrams) is at least 0.6. Content words alone cannot tell
     * "the show is growing in itself" from "the show is growing on its own".
     */
    static boolean wordingKept(String keyX, String keyY) {
        return wordingDice(keyX, keyY) >= 0.6;
    }

    /** The Dice coefficient of two sentence keys' word pairs (1 for equal one-word keys). */
    static double wordingDice(String keyX, String keyY) {
        java.util.Set<String> bx = bigrams(keyX);
        java.util.Set<String> by = bigrams(keyY);
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

    private static java.util.Set<String> bigrams(String key) {
        String[] words = key.split(" ");
        java.util.Set<String> out = new java.util.HashSet<>();
        for (int k = 0; k + 1 < words.length; k++) {
            out.add(words[k] + ' ' + words[k + 1]);
        }
        return out;
    }

    /**
     * Pairs worth asking the embedder about: neither sentence has a verbatim counterpart, and they
     * share some rare words, at least a few of the shorter one's.
     */
    private List<int[]> hintedPairs(
            List<ProfiledSentence> sa,
            List<ProfiledSentence> sb,
            Lexical lexical,
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
        java.util.Set<Integer> open = new java.util.HashSet<>();
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
            Lexical lexical,
            List<int[]> hinted,
            Match[] bestA,
            Match[] bestB,
            SentenceEmbedder model) {
        java.util.Map<Integer, Integer> rowA = new java.util.LinkedHashMap<>();
        java.util.Map<Integer, Integer> rowB = new java.util.LinkedHashMap<>();
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
            double cosine = dot(vectors.get(rowA.get(i)), vectors.get(rowB.get(j)));
            double dice = lexical.dice(i, j);
            if (!semanticallyAligned(sa.get(i), sb.get(j), cosine, dice, lexical.containment(i, j))
                    || numbersDisagree(sa.get(i), sb.get(j))) {
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
                && sharedTerms(x, y) >= 3
                && (evidence >= settings.combinedEvidence()
                        || containment >= settings.partContainment());
    }

    /** Both sentences state numbers and none of them agree: they report different facts. */
    static boolean numbersDisagree(ProfiledSentence x, ProfiledSentence y) {
        java.util.Set<String> nx = numbers(x);
        if (nx.isEmpty()) {
            return false;
        }
        java.util.Set<String> ny = numbers(y);
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

    private static java.util.Set<String> numbers(ProfiledSentence s) {
        java.util.Set<String> out = new java.util.HashSet<>();
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

    private static int sharedTerms(ProfiledSentence x, ProfiledSentence y) {
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

    private static double dot(float[] x, float[] y) {
        double d = 0;
        for (int k = 0; k < x.length; k++) {
            d += x[k] * y[k];
        }
        return d;
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
        Set<Long> seen = new java.util.HashSet<>();
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
        pairs.sort(
                java.util.Comparator.comparingInt(AlignedPair::a).thenComparingInt(AlignedPair::b));
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
