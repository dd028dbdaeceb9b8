package io.storytrace.eval;

import io.storytrace.match.LanguageIdentifier;
import io.storytrace.match.WordTokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores predicted quotations against labelled ones, as the design defines: a predicted span
 * matches a labelled span when they overlap by at least half of the longer one (each span matches
 * at most one, the largest overlap first); precision, recall and F1 count spans; a speaker is right
 * when the predicted and labelled names share their last word, ignoring case, or when both are
 * absent; an outlet is right when the names are equal ignoring case and a leading "the", scored
 * where an outlet is labelled, and counted apart where one is credited but none is labelled.
 */
public final class QuoteScorer {

    private static final int CONTEXT = 40;

    /** Scores {@code predictions}, one list per article in the order of {@code articles}. */
    public QuoteScore score(List<LabelledArticle> articles, List<List<QuoteLabel>> predictions) {
        if (articles.size() != predictions.size()) {
            throw new IllegalArgumentException(
                    articles.size() + " articles but " + predictions.size() + " predictions");
        }
        int gold = 0;
        int predicted = 0;
        int matched = 0;
        int speakers = 0;
        int withOutlet = 0;
        int outlets = 0;
        int outletsAdded = 0;
        List<QuoteScore.QuoteError> errors = new ArrayList<>();
        java.util.Map<String, int[]> byBasis = new java.util.TreeMap<>(QuoteScorer::basisOrder);
        List<Boolean> outcomes = new ArrayList<>();
        java.util.Map<String, int[]> byLanguage = new java.util.HashMap<>();
        for (int a = 0; a < articles.size(); a++) {
            LabelledArticle article = articles.get(a);
            CharacterOffsets offsets = new CharacterOffsets(article.text());
            List<QuoteLabel> guesses = predictions.get(a);
            gold += article.quotes().size();
            predicted += guesses.size();
            int matchedBefore = matched;
            int speakersBefore = speakers;
            boolean[] used = new boolean[guesses.size()];
            for (QuoteLabel label : article.quotes()) {
                int best = bestMatch(label, guesses, used);
                if (best < 0) {
                    errors.add(
                            error(article, offsets, QuoteScore.QuoteError.Kind.MISS, label, null));
                    outcomes.add(null);
                    continue;
                }
                used[best] = true;
                matched++;
                QuoteLabel guess = guesses.get(best);
                int[] basis =
                        byBasis.computeIfAbsent(
                                guess.basis() == null ? QuoteScore.NO_SPEAKER : guess.basis(),
                                b -> new int[2]);
                basis[0]++;
                boolean right = sameSpeaker(label.speaker(), guess.speaker());
                outcomes.add(right);
                if (right) {
                    speakers++;
                    basis[1]++;
                } else {
                    errors.add(
                            error(
                                    article,
                                    offsets,
                                    QuoteScore.QuoteError.Kind.WRONG_SPEAKER,
                                    label,
                                    guess));
                }
                boolean outletRight;
                if (label.outlet() != null) {
                    withOutlet++;
                    outletRight = sameOutlet(label.outlet(), guess.outlet());
                    if (outletRight) {
                        outlets++;
                    }
                } else {
                    outletRight = guess.outlet() == null;
                    if (!outletRight) {
                        outletsAdded++;
                    }
                }
                if (!outletRight) {
                    errors.add(
                            error(
                                    article,
                                    offsets,
                                    QuoteScore.QuoteError.Kind.WRONG_OUTLET,
                                    label,
                                    guess));
                }
            }
            for (int p = 0; p < guesses.size(); p++) {
                if (!used[p]) {
                    errors.add(
                            error(
                                    article,
                                    offsets,
                                    QuoteScore.QuoteError.Kind.FALSE_ALARM,
                                    null,
                                    guesses.get(p)));
                }
            }
            int[] language = byLanguage.computeIfAbsent(languageOf(article), l -> new int[5]);
            language[0]++;
            language[1] += article.quotes().size();
            language[2] += guesses.size();
            language[3] += matched - matchedBefore;
            language[4] += speakers - speakersBefore;
        }
        java.util.SequencedMap<String, QuoteScore.BasisFigures> figures =
                new java.util.LinkedHashMap<>();
        byBasis.forEach((b, n) -> figures.put(b, new QuoteScore.BasisFigures(n[0], n[1])));
        java.util.SequencedMap<String, QuoteScore.LanguageFigures> languages =
                new java.util.LinkedHashMap<>();
        byLanguage.entrySet().stream()
                .sorted(
                        java.util.Comparator.<java.util.Map.Entry<String, int[]>>comparingInt(
                                        e -> -e.getValue()[0])
                                .thenComparing(java.util.Map.Entry::getKey))
                .forEach(
                        e -> {
                            int[] n = e.getValue();
                            languages.put(
                                    e.getKey(),
                                    new QuoteScore.LanguageFigures(n[0], n[1], n[2], n[3], n[4]));
                        });
        return new QuoteScore(
                articles.size(),
                gold,
                predicted,
                matched,
                speakers,
                withOutlet,
                outlets,
                outletsAdded,
                errors,
                figures,
                outcomes,
                languages);
    }

    /** The English name of the language an article is written in, or "unknown". */
    private static String languageOf(LabelledArticle article) {
        String text = article.text();
        String code =
                LanguageIdentifier.standard().identify(new WordTokenizer().tokens(text), text);
        return code.equals(LanguageIdentifier.UNKNOWN) ? "unknown" : LanguageIdentifier.name(code);
    }

    /** Bases from the strongest evidence to the weakest, then no speaker, then any other name. */
    private static int basisOrder(String a, String b) {
        int byRank = Integer.compare(basisRank(a), basisRank(b));
        return byRank != 0 ? byRank : a.compareTo(b);
    }

    private static int basisRank(String basis) {
        for (io.storytrace.quote.SpeakerBasis known : io.storytrace.quote.SpeakerBasis.values()) {
            if (known.name().equals(basis)) {
                return known.ordinal();
            }
        }
        return basis.equals(QuoteScore.NO_SPEAKER)
                ? io.storytrace.quote.SpeakerBasis.values().length
                : Integer.MAX_VALUE;
    }

    private static int bestMatch(QuoteLabel label, List<QuoteLabel> guesses, boolean[] used) {
        int best = -1;
        int bestOverlap = 0;
        for (int p = 0; p < guesses.size(); p++) {
            QuoteLabel guess = guesses.get(p);
            if (used[p] || !label.matches(guess)) {
                continue;
            }
            int overlap =
                    Math.min(label.end(), guess.end()) - Math.max(label.start(), guess.start());
            if (overlap > bestOverlap) {
                best = p;
                bestOverlap = overlap;
            }
        }
        return best;
    }

    static boolean sameSpeaker(String gold, String predicted) {
        if (gold == null || predicted == null) {
            return gold == null && predicted == null;
        }
        return lastWord(gold).equals(lastWord(predicted));
    }

    static boolean sameOutlet(String gold, String predicted) {
        return predicted != null && outletKey(gold).equals(outletKey(predicted));
    }

    /**
     * The last word of a name, in lower case and without the punctuation around it: "Ltd." and
     * "Ltd", "Jr." and "Jr" are the same word, and so are "O’Neill" and "O'Neill".
     */
    private static String lastWord(String name) {
        String[] words = name.strip().toLowerCase(Locale.ROOT).replace('’', '\'').split("\\s+");
        String last = words[words.length - 1];
        String bare = last.replaceAll("^[\\p{Punct}“”‘’«»]+|[\\p{Punct}“”‘’«»]+$", "");
        return bare.isEmpty() ? last : bare;
    }

    private static String outletKey(String outlet) {
        String key = outlet.strip().toLowerCase(Locale.ROOT);
        return key.startsWith("the ") ? key.substring(4) : key;
    }

    private static QuoteScore.QuoteError error(
            LabelledArticle article,
            CharacterOffsets offsets,
            QuoteScore.QuoteError.Kind kind,
            QuoteLabel gold,
            QuoteLabel guess) {
        QuoteLabel at = gold != null ? gold : guess;
        String text = article.text();
        int start = offsets.index(at.start());
        int end = offsets.index(at.end());
        int from = offsets.index(Math.max(0, at.start() - CONTEXT));
        int to = offsets.index(Math.min(offsets.length(), at.end() + CONTEXT));
        String context =
                text.substring(from, start)
                        + "⟦"
                        + text.substring(start, end)
                        + "⟧"
                        + text.substring(end, to);
        return new QuoteScore.QuoteError(
                article.id(), kind, gold, guess, context.replace('\n', ' '));
    }
}
