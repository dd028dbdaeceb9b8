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

    private static final Set<String> DETERMINERS =
            Set.of(
                    "the", "a", "an", "his", "her", "their", "its", "our", "one", "another", "this",
                    "that");

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

    private static final Set<String> GROUPS =
            Set.of(
                    "officials",
                    "police",
                    "authorities",
                    "experts",
                    "critics",
                    "witnesses",
                    "sources",
                    "residents",
                    "fans",
                    "analysts",
                    "organisers",
                    "organizers",
                    "researchers",
                    "scientists",
                    "doctors",
                    "prosecutors",
                    "investigators",
                    "lawmakers",
                    "activists");

    private static final Set<String> PARTICLES =
            Set.of(
                    "de", "da", "di", "du", "del", "der", "den", "van", "von", "la", "le", "bin",
                    "al");

    private static final Set<String> PREPOSITIONS =
            Set.of("in", "of", "from", "at", "near", "across", "around");

    /** Determiners that introduce someone not named before: "a spokesman", "her coach". */
    private static final Set<String> UNNAMING =
            Set.of("a", "an", "one", "another", "his", "her", "their", "its", "our");

    private static final int MAX_PHRASE = 6;
    private static final int MAX_APPOSITIVE = 16;

    private final QuoteLexicon lexicon;

    SubjectReader(QuoteLexicon lexicon) {
        this.lexicon = lexicon;
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
        if (GROUPS.contains(word)) {
            return new Read(new SpeakerRef(SpeakerRef.Kind.NAME, word, first.start()), i + 1);
        }
        int end = i;
        boolean named = false;
        while (end < to && end - i < MAX_PHRASE && isPhraseWord(tokens.get(end))) {
            Token token = tokens.get(end);
            boolean capital = token.capitalized() || isInitialDot(tokens, end);
            if (named && !capital && !PARTICLES.contains(token.text())) {
                break;
            }
            named |= capital;
            end++;
        }
        return phrase(tokens, i, end);
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
                || GROUPS.contains(word)
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
        Read read = phrase(tokens, start, j + 1);
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
            if (named || DETERMINERS.contains(word)) {
                int end = i;
                while (end < to && end - i < MAX_PHRASE && isPhraseWord(tokens.get(end))) {
                    end++;
                }
                if (named && lexicon.names().looksLikeOutlet(texts(tokens, i, end))) {
                    i = end - 1;
                    continue;
                }
                Read read = phrase(tokens, i, end);
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

    /**
     * A group named by a plural noun, "Rail unions", "allotment holders": the speaker is the group
     * as written. Null when the phrase does not end in a lower-case plural.
     */
    private Read group(List<Token> tokens, int from, int end) {
        Token head = tokens.get(end - 1);
        String word = head.text();
        boolean plural =
                head.type() == Token.Type.WORD
                        && !head.capitalized()
                        && word.length() > 3
                        && word.endsWith("s")
                        && !word.endsWith("ss")
                        && !word.endsWith("us")
                        && !possessive(head)
                        && !lexicon.roles().contains(word)
                        && !lexicon.organisations().contains(word);
        String first = tokens.get(from).lower();
        if (!plural || DETERMINERS.contains(first) && !first.equals("the")) {
            return null;
        }
        int start = first.equals("the") ? from + 1 : from;
        if (start >= end) {
            return null;
        }
        return new Read(
                new SpeakerRef(
                        SpeakerRef.Kind.NAME, text(tokens, start, end), tokens.get(start).start()),
                end);
    }

    /**
     * "A university spokesman", "her coach": someone the article does not name. A name inside the
     * phrase is an organisation speaking through them ("A Kestrel News spokesperson").
     */
    private Read unnamed(List<Token> tokens, int from, int end) {
        int start = -1;
        int stop = -1;
        for (int k = from; k < end; k++) {
            if (tokens.get(k).capitalized()
                    && !lexicon.names().notNames().contains(tokens.get(k).bare())) {
                start = start < 0 ? k : start;
                stop = k + 1;
            }
        }
        if (start >= 0) {
            return new Read(
                    new SpeakerRef(
                            SpeakerRef.Kind.NAME,
                            name(tokens, start, stop),
                            tokens.get(start).start()),
                    end);
        }
        return new Read(
                new SpeakerRef(
                        SpeakerRef.Kind.UNNAMED, text(tokens, from, end), tokens.get(from).start()),
                end);
    }

    /** The noun phrase of {@code from..end}: a name, a role, or null. */
    private Read phrase(List<Token> tokens, int from, int end) {
        while (end > from && tokens.get(end - 1).type() == Token.Type.PUNCT) {
            end--;
        }
        if (from >= end) {
            return null;
        }
        int nameStart = trailingName(tokens, from, end);
        if (nameStart > from + 1 && PREPOSITIONS.contains(tokens.get(nameStart - 1).text())) {
            Read group = group(tokens, from, nameStart - 1);
            if (group != null) {
                return group;
            }
        }
        if (nameStart >= 0) {
            int nameEnd = nameStart;
            while (nameEnd < end
                    && (tokens.get(nameEnd).capitalized() || isInitialDot(tokens, nameEnd))) {
                nameEnd++;
                if (possessive(tokens.get(nameEnd - 1))) {
                    break;
                }
            }
            String name = name(tokens, nameStart, nameEnd);
            return new Read(
                    new SpeakerRef(SpeakerRef.Kind.NAME, name, tokens.get(nameStart).start()),
                    nameEnd);
        }
        String head = tokens.get(end - 1).bare();
        String first = tokens.get(from).lower();
        if (GROUPS.contains(head)) {
            return new Read(
                    new SpeakerRef(
                            SpeakerRef.Kind.NAME,
                            text(tokens, from, end),
                            tokens.get(from).start()),
                    end);
        }
        Read group = group(tokens, from, end);
        if (group != null) {
            return group;
        }
        if (!DETERMINERS.contains(first) && !first.matches("\\d.*")) {
            return null;
        }
        if (UNNAMING.contains(first) && lexicon.roles().contains(head)) {
            return unnamed(tokens, from, end);
        }
        if (lexicon.organisations().contains(head)) {
            return new Read(
                    new SpeakerRef(
                            SpeakerRef.Kind.ORGANISATION_ROLE,
                            text(tokens, from, end),
                            tokens.get(from).start()),
                    end);
        }
        if (lexicon.roles().contains(head) || head.endsWith("-old")) {
            return new Read(
                    new SpeakerRef(
                            SpeakerRef.Kind.PERSON_ROLE,
                            text(tokens, from, end),
                            tokens.get(from).start()),
                    end);
        }
        return null;
    }

    /**
     * Where the name that ends the phrase {@code from..end} starts, or -1: a name is the head of
     * its phrase, so "Her German partner Jonas Weber" names Jonas Weber while "Syrian officials"
     * and "Fifty-one percent" name no one. Courtesy titles and words that are no names are left
     * out.
     */
    private int trailingName(List<Token> tokens, int from, int end) {
        int start = end;
        while (start > from) {
            Token token = tokens.get(start - 1);
            boolean part =
                    token.capitalized()
                            || token.text().startsWith("@")
                            || isInitialDot(tokens, start - 1)
                            || PARTICLES.contains(token.text()) && start < end;
            if (!part) {
                break;
            }
            start--;
        }
        while (start < end
                && (tokens.get(start).type() != Token.Type.WORD
                        || lexicon.names().notNames().contains(tokens.get(start).bare())
                        || lexicon.names().honorifics().contains(tokens.get(start).bare())
                        || PARTICLES.contains(tokens.get(start).text()))) {
            start++;
        }
        return start < end ? start : -1;
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
                                || DETERMINERS.contains(first)
                                || first.startsWith("who")
                                || first.matches("\\d.*")
                                || !tokens.get(k + 1).capitalized();
                return appositive ? k : -1;
            }
            if (token.is('.') && !isInitialDot(tokens, k)) {
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
                        || DETERMINERS.contains(word)
                        || word.matches("\\d.*")
                        || lexicon.roles().contains(word));
    }

    private static boolean isInitialDot(List<Token> tokens, int k) {
        return tokens.get(k).is('.')
                && k > 0
                && tokens.get(k - 1).capitalized()
                && tokens.get(k - 1).text().length() <= 3;
    }

    private String name(List<Token> tokens, int from, int end) {
        StringBuilder name = new StringBuilder();
        for (int k = from; k < end; k++) {
            Token token = tokens.get(k);
            if (token.type() == Token.Type.PUNCT) {
                continue;
            }
            if (!name.isEmpty()) {
                name.append(' ');
            }
            String text = token.text();
            name.append(possessive(token) ? text.substring(0, text.length() - 2) : text);
        }
        return name.toString();
    }

    private static String text(List<Token> tokens, int from, int end) {
        return String.join(" ", texts(tokens, from, end));
    }

    private static List<String> texts(List<Token> tokens, int from, int end) {
        return tokens.subList(from, end).stream().map(Token::text).toList();
    }

    private static boolean possessive(Token token) {
        String text = token.text();
        return text.length() > 2 && (text.endsWith("’s") || text.endsWith("'s"));
    }
}
