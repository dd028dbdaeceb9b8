package io.storytrace.quote;

import io.storytrace.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Reads the noun phrase that names a speaker next to a cue verb, forwards ("said <i>the actor</i>")
 * or backwards ("<i>Kit Connor</i>, 20, said"), skipping adverbs, auxiliaries and an appositive
 * between commas. It names no one: {@link SpeakerResolver} turns the phrase into a person.
 */
final class SubjectReader {

    /** A phrase read, and the token index just past it (forwards) or at its start (backwards). */
    record Read(SpeakerRef ref, int next) {}

    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "i", "we");

    private static final Set<String> SKIPPED =
            Set.of(
                    "also",
                    "later",
                    "then",
                    "once",
                    "further",
                    "simply",
                    "even",
                    "previously",
                    "recently",
                    "again",
                    "still",
                    "earlier",
                    "now",
                    "already",
                    "just",
                    "often",
                    "never",
                    "always",
                    "reportedly",
                    "allegedly",
                    "has",
                    "had",
                    "have",
                    "was",
                    "is",
                    "would",
                    "will",
                    "could",
                    "did",
                    "does",
                    "not",
                    "since",
                    "first",
                    "publicly",
                    "famously",
                    "candidly",
                    "jokingly",
                    "proudly",
                    "quickly",
                    "softly");

    private static final int MAX_PHRASE = 6;
    private static final int MAX_APPOSITIVE = 16;

    private final QuoteLexicon lexicon;
    private final PhraseReader phrases;

    SubjectReader(QuoteLexicon lexicon) {
        this.lexicon = lexicon;
        this.phrases = new PhraseReader(lexicon);
    }

    /** The phrase starting at token {@code i}, or null. */
    Read forward(List<Token> tokens, int i, int to) {
        if (i >= to) {
            return null;
        }
        Token first = tokens.get(i);
        String word = first.lower();
        if (PRONOUNS.contains(word)) {
            return new Read(new SpeakerRef(SpeakerRef.Kind.PRONOUN, word, first.start()), i + 1);
        }
        if (first.text().startsWith("@")) {
            return new Read(
                    new SpeakerRef(SpeakerRef.Kind.NAME, first.text(), first.start()), i + 1);
        }
        if (PhraseReader.GROUPS.contains(word)) {
            return new Read(new SpeakerRef(SpeakerRef.Kind.NAME, word, first.start()), i + 1);
        }
        int end = i;
        boolean named = false;
        while (end < to && end - i < MAX_PHRASE && isPhraseWord(tokens.get(end))) {
            Token token = tokens.get(end);
            boolean capital = token.capitalized() || PhraseReader.isInitialDot(tokens, end);
            if (named && !capital && !PhraseReader.PARTICLES.contains(token.text())) {
                break;
            }
            named |= capital;
            end++;
        }
        return phrases.phrase(tokens, i, end);
    }

    /** The phrase ending just before token {@code end}, not reaching before {@code from}. */
    Read backward(List<Token> tokens, int end, int from) {
        int j = end - 1;
        while (j >= from && SKIPPED.contains(tokens.get(j).lower())) {
            j--;
        }
        if (j < from) {
            return null;
        }
        if (tokens.get(j).is(',') || tokens.get(j).is(')')) {
            int open = appositiveStart(tokens, j, from);
            if (open < 0) {
                return null;
            }
            j = open - 1;
        }
        if (j < from) {
            return null;
        }
        String word = tokens.get(j).lower();
        if (PRONOUNS.contains(word)
                || PhraseReader.GROUPS.contains(word)
                || tokens.get(j).text().startsWith("@")) {
            return forward(tokens, j, j + 1);
        }
        int start = j;
        while (start - 1 >= from && j - start < MAX_PHRASE && isPhraseWord(tokens.get(start - 1))) {
            start--;
        }
        while (start < j && !isPhraseStart(tokens.get(start))) {
            start++;
        }
        Read read = phrases.phrase(tokens, start, j + 1);
        return read == null ? null : new Read(read.ref(), start);
    }

    /** The first phrase in {@code from..to} that can be a clause's subject, or null. */
    SpeakerRef subjectOf(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            Token token = tokens.get(i);
            String word = token.lower();
            if (PRONOUNS.contains(word) && !word.equals("it")) {
                return new SpeakerRef(SpeakerRef.Kind.PRONOUN, word, token.start());
            }
            boolean named =
                    token.capitalized() && !lexicon.names().notNames().contains(token.bare());
            if (named || PhraseReader.DETERMINERS.contains(word)) {
                int end = i;
                while (end < to && end - i < MAX_PHRASE && isPhraseWord(tokens.get(end))) {
                    end++;
                }
                if (named && lexicon.names().looksLikeOutlet(PhraseReader.texts(tokens, i, end))) {
                    i = end - 1;
                    continue;
                }
                Read read = phrases.phrase(tokens, i, end);
                if (read != null) {
                    SpeakerRef apposed = apposedName(tokens, read, to);
                    return apposed != null ? apposed : read.ref();
                }
            }
        }
        return null;
    }

    /** "His neighbour, Joy Adeyinka, …": the name set beside a role. */
    private SpeakerRef apposedName(List<Token> tokens, Read read, int to) {
        int comma = read.next();
        if (read.ref().kind() == SpeakerRef.Kind.NAME
                || comma >= to
                || !tokens.get(comma).is(',')) {
            return null;
        }
        Read name = forward(tokens, comma + 1, to);
        return name != null && name.ref().kind() == SpeakerRef.Kind.NAME ? name.ref() : null;
    }

    /** Where an appositive ending at the comma or bracket {@code close} starts, or -1. */
    private int appositiveStart(List<Token> tokens, int close, int from) {
        boolean bracket = tokens.get(close).is(')');
        for (int k = close - 1; k >= from && close - k <= MAX_APPOSITIVE; k--) {
            Token token = tokens.get(k);
            if (bracket ? token.is('(') : token.is(',')) {
                String first = k + 1 < close ? tokens.get(k + 1).lower() : "";
                boolean appositive =
                        bracket
                                || PhraseReader.DETERMINERS.contains(first)
                                || first.startsWith("who")
                                || first.matches("\\d.*")
                                || !tokens.get(k + 1).capitalized();
                return appositive ? k : -1;
            }
            if (token.is('.') && !PhraseReader.isInitialDot(tokens, k)) {
                return -1;
            }
        }
        return -1;
    }

    private boolean isPhraseWord(Token token) {
        if (token.type() == Token.Type.PUNCT) {
            return token.is('.') || token.is('-');
        }
        String word = token.lower();
        return lexicon.cue(word) == null
                && !SKIPPED.contains(word)
                && !word.equals("and")
                && !word.equals("that");
    }

    private boolean isPhraseStart(Token token) {
        String word = token.lower();
        return token.type() != Token.Type.PUNCT
                && (token.capitalized()
                        || PhraseReader.DETERMINERS.contains(word)
                        || word.matches("\\d.*")
                        || lexicon.roles().contains(word));
    }
}
