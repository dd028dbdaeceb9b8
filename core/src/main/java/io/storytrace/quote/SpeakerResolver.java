package io.storytrace.quote;

import io.storytrace.mention.Mention;
import io.storytrace.mention.Names;
import io.storytrace.text.Passage;
import io.storytrace.text.Span;
import io.storytrace.text.SpanSet;
import io.storytrace.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Turns what an attribution points at into a speaker's name in its fullest form in the article: a
 * name through {@link Names#fullest}, a pronoun or a role ("he", "the actor") to the subject of the
 * nearest earlier sentence that names a person, a role for an organisation ("the company") to the
 * last organisation named. Sentences whose subject is itself a pronoun are passed over, so "He and
 * Locke…" does not turn "he" into Locke. It guesses nothing: with no candidate it gives {@code
 * null}.
 *
 * <p>One resolver serves one article; it remembers the speakers resolved so far, in text order,
 * because a quotation's speaker is itself a mention for the pronouns that follow.
 */
final class SpeakerResolver {

    /** Up to this many names, the whole article is searched for its only person. */
    private static final int FEW = 50;

    /** How many sentences back a pronoun may reach. */
    private static final int REACH = 8;

    private final Passage passage;
    private final Names names;
    private final NavigableMap<Integer, String> people = new TreeMap<>();
    private final NavigableMap<Integer, String> speakers = new TreeMap<>();
    private final NavigableMap<Integer, String> organisations = new TreeMap<>();

    SpeakerResolver(Passage passage, Names names, SpanSet speech) {
        this.passage = passage;
        this.names = names;
        for (Mention mention : names.mentions()) {
            if (speech.covers(mention.span())) {
                continue;
            }
            switch (mention.type()) {
                case PERSON -> people.put(mention.span().start(), mention.canonical());
                case ORGANIZATION -> organisations.put(mention.span().start(), mention.canonical());
                case OUTLET, WORK -> {}
            }
        }
    }

    /** The first person named at or after {@code offset}, or null: a headline's subject. */
    String firstPersonFrom(int offset) {
        java.util.Map.Entry<Integer, String> first = people.ceilingEntry(offset);
        return first == null ? null : first.getValue();
    }

    /** Notes that {@code speaker} spoke at {@code offset}, for the pronouns that follow. */
    void remember(int offset, String speaker) {
        if (speaker != null && !speaker.startsWith("@")) {
            speakers.putIfAbsent(offset, speaker);
        }
    }

    /** The speaker {@code ref} names, in fullest form, or null. */
    String resolve(SpeakerRef ref) {
        return switch (ref.kind()) {
            case NAME -> name(ref);
            case PRONOUN ->
                    switch (ref.text()) {
                        case "he", "she", "they" -> lastPersonBefore(ref.offset());
                        case "it" -> organisationOrSpeaker(ref.offset());
                        default -> null;
                    };
            case PERSON_ROLE -> orElse(lastPersonBefore(ref.offset()), ref.text());
            case SENTENCE_SUBJECT -> lastPersonBefore(ref.offset());
            case ORGANISATION_ROLE -> organisationOrSpeaker(ref.offset());
            case UNNAMED -> ref.text();
        };
    }

    private String name(SpeakerRef ref) {
        String text = ref.text();
        if (text.startsWith("@")) {
            return personBehind(text);
        }
        if (Character.isLowerCase(text.charAt(0))) {
            return text;
        }
        String[] words = text.split(" ");
        for (int k = 0; k < words.length; k++) {
            String suffix = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
            String fullest = names.fullest(suffix, ref.offset());
            if (!fullest.equals(suffix) || names.people().contains(suffix)) {
                return fullest;
            }
        }
        return text;
    }

    private static String orElse(String found, String fallback) {
        return found != null ? found : fallback;
    }

    /** The person a handle belongs to ("@keziaobi_runs" → Kezia Obi), or the handle itself. */
    private String personBehind(String handle) {
        String letters = handle.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
        for (String person : names.people()) {
            String[] words = person.toLowerCase(Locale.ROOT).split(" ");
            if (words.length > 1
                    && words[words.length - 1].length() > 2
                    && letters.contains(words[words.length - 1])) {
                return person;
            }
        }
        return handle;
    }

    /**
     * The person a pronoun or role at {@code offset} most likely points back to: a speaker earlier
     * in the same sentence, else, in the nearest earlier sentence that has one, its first speaker
     * or failing that its first person named (unless the sentence's own subject is a pronoun).
     */
    private String lastPersonBefore(int offset) {
        String found = lastPersonBefore(offset, REACH);
        return found != null ? found : onlyPersonBefore(offset);
    }

    /** The one person named before {@code offset}, however far back, when there is only one. */
    private String onlyPersonBefore(int offset) {
        if (people.size() + speakers.size() > FEW) {
            return null;
        }
        java.util.Set<String> named = new java.util.HashSet<>(people.headMap(offset).values());
        named.addAll(speakers.headMap(offset).values());
        return named.size() == 1 ? named.iterator().next() : null;
    }

    /** The person the {@code reach} sentences before {@code offset} are about, or null. */
    String personAbout(int offset, int reach) {
        return lastPersonBefore(offset, reach);
    }

    private String lastPersonBefore(int offset, int reach) {
        int sentence = passage.sentenceAt(offset);
        Span current = passage.sentences().get(sentence).span();
        Map.Entry<Integer, String> inSentence = speakers.ceilingEntry(current.start());
        if (inSentence != null && inSentence.getKey() < offset) {
            return inSentence.getValue();
        }
        for (int s = sentence - 1; s >= 0 && sentence - s <= reach; s--) {
            Span span = passage.sentences().get(s).span();
            String speaker = firstIn(speakers, span);
            if (speaker != null) {
                return speaker;
            }
            Map.Entry<Integer, String> first = people.ceilingEntry(span.start());
            if (first != null && first.getKey() < span.end()) {
                if (startsWithPronoun(s) && first.getKey() > startOfSecondToken(s)) {
                    continue;
                }
                return first.getValue();
            }
        }
        return null;
    }

    private static String firstIn(NavigableMap<Integer, String> entries, Span span) {
        Map.Entry<Integer, String> first = entries.ceilingEntry(span.start());
        return first != null && first.getKey() < span.end() ? first.getValue() : null;
    }

    private boolean startsWithPronoun(int sentence) {
        List<Token> tokens = passage.tokensOf(sentence);
        if (tokens.isEmpty()) {
            return false;
        }
        String first = tokens.getFirst().text().toLowerCase(Locale.ROOT);
        return first.equals("he") || first.equals("she") || first.equals("they");
    }

    private int startOfSecondToken(int sentence) {
        List<Token> tokens = passage.tokensOf(sentence);
        return tokens.size() > 1 ? tokens.get(1).start() : Integer.MAX_VALUE;
    }

    /** "It said", "the company said": the last organisation named, else the last speaker. */
    private String organisationOrSpeaker(int offset) {
        String organisation = lastBefore(organisations, offset);
        return organisation != null ? organisation : lastBefore(speakers, offset);
    }

    private String lastBefore(NavigableMap<Integer, String> entries, int offset) {
        Map.Entry<Integer, String> entry = entries.lowerEntry(offset);
        if (entry == null) {
            return null;
        }
        int reach = passage.sentenceAt(offset) - passage.sentenceAt(entry.getKey());
        return reach <= REACH ? entry.getValue() : null;
    }
}
