package io.storytrace.quote;

import io.storytrace.mention.NameLexicon;
import io.storytrace.text.CalendarWords;
import io.storytrace.text.Token;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads what a noun phrase next to a cue verb names: the name that heads it ("Her German partner
 * <i>Jonas Weber</i>"), a role that points back to someone ("the actor"), an organisation ("the
 * company"), a group ("rail unions"), or someone the article does not name ("a spokesman"). Where
 * the phrase starts and ends is {@link SubjectReader}'s work.
 */
final class PhraseReader {

    private final QuoteLexicon lexicon;

    PhraseReader(QuoteLexicon lexicon) {
        this.lexicon = lexicon;
    }

    static final Set<String> DETERMINERS =
            Set.of(
                    "the", "a", "an", "his", "her", "their", "its", "our", "my", "one", "another",
                    "this", "that");

    static final Set<String> GROUPS =
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
                    "activists",
                    "strategists",
                    "economists",
                    "investors",
                    "traders",
                    "protesters",
                    "demonstrators",
                    "marchers",
                    "campaigners",
                    "teachers",
                    "nurses",
                    "parents",
                    "students",
                    "workers",
                    "employees",
                    "locals",
                    "neighbours",
                    "neighbors",
                    "officers",
                    "executives",
                    "diplomats",
                    "regulators",
                    "supporters",
                    "opponents",
                    "voters",
                    "lawyers",
                    "attorneys",
                    "relatives",
                    "families",
                    "farmers",
                    "passengers",
                    "survivors",
                    "villagers");

    static final Set<String> PARTICLES = io.storytrace.mention.NameFinder.PARTICLES;

    private static final Set<String> PREPOSITIONS =
            Set.of("in", "of", "from", "at", "near", "across", "around");

    /**
     * Where the last of two noun phrases set side by side starts: "a career choice <i>her
     * mother</i> admitted she found “terrifying”" (a relative clause with its "that" left out). A
     * possessive pronoun after a lower-case noun opens a phrase of its own; {@code from} when there
     * is none.
     */
    private static int afterJuxtaposed(List<Token> tokens, int from, int end) {
        if (!INDEFINITE.contains(tokens.get(from).lower())) {
            return from;
        }
        for (int k = from + 2; k < end - 1 && k - from <= JUXTAPOSED_WORDS; k++) {
            Token before = tokens.get(k - 1);
            if (before.type() != Token.Type.WORD
                    || before.capitalized()
                    || CONNECTIVES.contains(before.lower())) {
                return from;
            }
            if (POSSESSIVE_PRONOUNS.contains(tokens.get(k).lower())) {
                return k;
            }
        }
        return from;
    }

    /** Words that open a relative clause. */
    static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "whom", "whose", "which", "that");

    /**
     * Articles that open a noun phrase another may be set beside ("a career choice her …") and
     * introduce someone not met before.
     */
    static final Set<String> INDEFINITE = Set.of("a", "an");

    /** How many words the first of two phrases set side by side may run. */
    private static final int JUXTAPOSED_WORDS = 4;

    /** Pronouns that own the noun after them: "her mother". */
    static final Set<String> POSSESSIVE_PRONOUNS =
            Set.of("her", "his", "their", "my", "our", "your", "its");

    /** Words that join a possessive pronoun's phrase to the words before it: "friend of her". */
    private static final Set<String> CONNECTIVES =
            Set.of(
                    "of", "for", "to", "with", "at", "from", "by", "in", "on", "and", "or", "but",
                    "as", "than", "about", "like", "into");

    /**
     * Pronouns for one or more the writer does not name: "Someone called it …", "Several said they
     * would rather …".
     */
    private static final Set<String> SOMEONE =
            Set.of("someone", "somebody", "several", "many", "others", "some", "most", "few");

    /** Determiners that introduce someone not named before: "a spokesman", "her coach". */
    static final Set<String> UNNAMING =
            Set.of("a", "an", "one", "another", "his", "her", "their", "its", "our", "my");

    /**
     * A group named by a plural noun, "Rail unions", "allotment holders": the speaker is the group
     * as written. Null when the phrase does not end in a lower-case plural.
     */
    private SubjectReader.Read group(List<Token> tokens, int from, int end) {
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
                        && !lexicon.organisations().contains(word)
                        && people(word);
        String first = tokens.get(from).lower();
        if (!plural || DETERMINERS.contains(first) && !first.equals("the")) {
            return null;
        }
        int start = first.equals("the") ? from + 1 : from;
        if (start >= end) {
            return null;
        }
        return whole(SpeakerRef.Kind.NAME, tokens, start, end);
    }

    /**
     * Whether tokens {@code from..name} are a plural noun for people, perhaps after "the", and "at"
     * or "from" before the name at {@code name}: "Analysts at Brattleby & Co".
     */
    private boolean staffOf(List<Token> tokens, int from, int name) {
        int start = tokens.get(from).lower().equals("the") ? from + 1 : from;
        if (name - start != 2) {
            return false;
        }
        String preposition = tokens.get(name - 1).text();
        String noun = tokens.get(start).lower();
        return (preposition.equals("at") || preposition.equals("from"))
                && tokens.get(start).type() == Token.Type.WORD
                && noun.endsWith("s")
                && !lexicon.organisations().contains(noun)
                && people(noun);
    }

    /** Endings of plural nouns for people: workers, doctors, scientists, residents, officials. */
    private static final List<String> PEOPLE_ENDINGS =
            List.of("ers", "ors", "ists", "ians", "ants", "ents", "ees", "ials", "ives");

    /**
     * Whether a plural noun names people ("farmers", "unions", "families") rather than things
     * ("deals", "figures"): a person's or organisation's noun in the singular, or an ending of
     * nouns for people.
     */
    private boolean people(String plural) {
        String singular =
                plural.endsWith("ies")
                        ? plural.substring(0, plural.length() - 3) + "y"
                        : plural.substring(0, plural.length() - 1);
        return lexicon.roles().contains(singular)
                || lexicon.anonymous().contains(singular)
                || lexicon.anonymous().contains(plural)
                || lexicon.organisations().contains(singular)
                || PEOPLE_ENDINGS.stream().anyMatch(plural::endsWith);
    }

    /**
     * "A university spokesman", "her coach", "one Weibo commenter", "a Syrian refugee": someone the
     * article does not name, as written. Capitals inside the phrase are what the person works for
     * or comes from, not the person: the phrase itself is the speaker. An outlet's spokesperson ("A
     * Kestrel News spokesperson") speaks as the outlet, whose words Storytrace traces.
     */
    private SubjectReader.Read unnamed(List<Token> tokens, int from, int end) {
        int start = from;
        while (start < end && !tokens.get(start).capitalized()) {
            start++;
        }
        int stop = start;
        while (stop < end && tokens.get(stop).capitalized()) {
            stop++;
        }
        if (stop > start
                && lexicon.names().endsLikeOutlet(texts(tokens, start, stop))
                && tokens.subList(from, end).stream()
                        .map(Token::lower)
                        .anyMatch(SPOKESPEOPLE::contains)) {
            // "a BBC spokesperson" speaks for the BBC; "a Guardian critic" and "a BBC executive"
            // for themselves
            return new SubjectReader.Read(
                    new SpeakerRef(
                            SpeakerRef.Kind.NAME,
                            name(tokens, start, stop),
                            tokens.get(start).start()),
                    end);
        }
        return whole(SpeakerRef.Kind.UNNAMED, tokens, from, end);
    }

    /** Those who speak for the body they are of: "a BBC spokesperson", "a Netflix rep". */
    private static final Set<String> SPOKESPEOPLE =
            Set.of("spokesperson", "spokesman", "spokeswoman", "representative", "rep");

    /** Possessive pronouns before a document, and who they stand for: "her statement". */
    static final Map<String, String> OWNERS =
            Map.of("his", "he", "her", "she", "its", "it", "their", "they");

    /** Nouns for where someone posts in their own name: "the club’s official account". */
    private static final Set<String> CHANNELS =
            Set.of("account", "page", "channel", "feed", "website", "blog", "newsletter");

    /**
     * Who owns the document that {@code from..end} names, as the speaker: "the club’s statement" is
     * the club's words, "Acme’s statement" Acme's, "her statement" hers. Null when the phrase is no
     * owned document.
     */
    private SubjectReader.Read documentOwner(List<Token> tokens, int from, int end) {
        String noun = tokens.get(end - 1).lower();
        if (end - from < 2
                || !QuoteAssembler.DOCUMENTS.contains(noun) && !CHANNELS.contains(noun)) {
            return null;
        }
        if (end - from >= 3
                && ARTICLES.contains(tokens.get(from).lower())
                && capitalisedWords(tokens, from + 1, end - 1)) {
            // "a Vesey Motors statement", "the Greater Northfield Police statement": the issuer
            return new SubjectReader.Read(
                    new SpeakerRef(
                            SpeakerRef.Kind.NAME,
                            name(tokens, from + 1, end - 1),
                            tokens.get(from + 1).start()),
                    end);
        }
        for (int k = end - 2; k >= from && end - 2 - k <= ROLE_MODIFIERS; k--) {
            Token token = tokens.get(k);
            String pronoun = OWNERS.get(token.text());
            if (pronoun != null) {
                return new SubjectReader.Read(
                        new SpeakerRef(SpeakerRef.Kind.PRONOUN, pronoun, token.start()), end);
            }
            if (possessive(token)) {
                SubjectReader.Read owner = phrase(tokens, from, k + 1);
                if (owner == null) {
                    return null;
                }
                SpeakerRef ref = owner.ref();
                String text = ref.text();
                if (text.endsWith("’s") || text.endsWith("'s")) {
                    text = text.substring(0, text.length() - 2);
                }
                return new SubjectReader.Read(new SpeakerRef(ref.kind(), text, ref.offset()), end);
            }
            if (token.capitalized() && OutletRecognizer.platform(token.text())) {
                // "her Instagram account": where, not who
                continue;
            }
            if (token.type() != Token.Type.WORD || token.capitalized()) {
                return null;
            }
        }
        return null;
    }

    /** Whether tokens {@code from..to} are all capitalised words. */
    private static boolean capitalisedWords(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).type() != Token.Type.WORD || !tokens.get(k).capitalized()) {
                return false;
            }
        }
        return true;
    }

    /** The words {@code from..end} read whole as a reference of {@code kind}. */
    private static SubjectReader.Read whole(
            SpeakerRef.Kind kind, List<Token> tokens, int from, int end) {
        int words = kind == SpeakerRef.Kind.UNNAMED ? withoutTime(tokens, from, end) : end;
        return new SubjectReader.Read(
                new SpeakerRef(kind, text(tokens, from, words), tokens.get(from).start()), end);
    }

    /**
     * Where the words for someone end before a closing phrase of time, which tells when they spoke,
     * not who they are: "A paper in Nature in October", "a report last week". {@code end} when the
     * phrase has none.
     */
    static int withoutTime(List<Token> tokens, int from, int end) {
        if (end - from < 3 || !time(tokens.get(end - 1).lower())) {
            return end;
        }
        String before = tokens.get(end - 2).lower();
        return TIME_LEADS.contains(before) ? end - 2 : end;
    }

    /** Words that open a phrase of time at the end of a subject: "in October", "last week". */
    private static final Set<String> TIME_LEADS =
            Set.of("in", "on", "during", "last", "this", "earlier", "since");

    /** Stretches of time that close such a phrase, beside the days and months. */
    private static final Set<String> PERIODS =
            Set.of(
                    "week",
                    "month",
                    "year",
                    "weekend",
                    "morning",
                    "afternoon",
                    "evening",
                    "night",
                    "spring",
                    "summer",
                    "autumn",
                    "fall",
                    "winter");

    /**
     * Whether a time in the possessive opens the phrase, as a determiner would: "Last year’s
     * inquiry", "Tuesday’s report", "this week’s statement".
     */
    private static boolean opensWithTimePossessive(List<Token> tokens, int from, int end) {
        int k = from;
        if (k < end
                && (tokens.get(k).lower().equals("last") || tokens.get(k).lower().equals("this"))) {
            k++;
        }
        return k + 1 < end && possessive(tokens.get(k)) && time(tokens.get(k).bare());
    }

    /** Whether {@code word}, lower case, names a time: "october", "tuesday", "week". */
    private static boolean time(String word) {
        return CalendarWords.MONTHS.contains(word)
                || CalendarWords.WEEKDAYS.contains(word)
                || PERIODS.contains(word);
    }

    /**
     * Whether {@code word} names a native of a place after it, as sport writers call players: "the
     * Yorkshireman", "the Londoner" (the resolver finds whom the place was said of).
     */
    private boolean placeNative(Token word) {
        String place = placeOfNative(word.lower());
        return place != null
                && (lexicon.names().places().contains(place) || place.endsWith("shire"));
    }

    /**
     * The place a word for its native is made from, in lower case ("yorkshire" for "yorkshireman",
     * "london" for "londoner"), or null when the word has no such ending.
     */
    static String placeOfNative(String lower) {
        for (String ending : NATIVE_ENDINGS) {
            if (lower.length() > ending.length() + 3 && lower.endsWith(ending)) {
                return lower.substring(0, lower.length() - ending.length());
            }
        }
        return null;
    }

    /** How a native of a place is named after it: "Yorkshireman", "Londoner". */
    private static final List<String> NATIVE_ENDINGS = List.of("woman", "man", "er");

    /** The noun phrase of {@code from..end}: a name, a role, or null. */
    SubjectReader.Read phrase(List<Token> tokens, int from, int end) {
        while (end > from && tokens.get(end - 1).type() == Token.Type.PUNCT) {
            end--;
        }
        if (from >= end) {
            return null;
        }
        if (end - from > 3
                && TIME_LEADS.contains(tokens.get(from).lower())
                && time(tokens.get(from + 1).lower())
                && UNNAMING.contains(tokens.get(from + 2).lower())) {
            // "On Tuesday a representative for …": when, then who
            from += 2;
        }
        from = afterJuxtaposed(tokens, from, end);
        SubjectReader.Read issuer = documentOwner(tokens, from, end);
        if (issuer != null) {
            return issuer;
        }
        int unnamedEnd = unnamedWithComplement(tokens, from, end);
        if (unnamedEnd > from) {
            SubjectReader.Read unnamed = unnamed(tokens, from, unnamedEnd);
            return new SubjectReader.Read(unnamed.ref(), end);
        }
        if (roleWithComplementEnd(tokens, from, end) == end || possessorRole(tokens, from, end)) {
            // "the head of the International Monetary Fund", "Russia’s ambassador": a role, not
            // the organisation or place it serves
            return whole(SpeakerRef.Kind.PERSON_ROLE, tokens, from, end);
        }
        if (end - from == 1 && SOMEONE.contains(tokens.get(from).lower())) {
            // "Someone called it a “quiet revolution”", "Several said": ones the writer does not
            // name, as written, not the last person named
            return whole(SpeakerRef.Kind.UNNAMED, tokens, from, end);
        }
        if (elliptical(tokens, from, end)) {
            // "Another added:", "A third said": someone like the last unnamed speaker
            return whole(SpeakerRef.Kind.UNNAMED, tokens, from, end);
        }
        if (titleAfterThe(tokens, from, end)) {
            // "the Deputy Commissioner said", "the Attorney General told": an office in capitals,
            // not a name
            return whole(SpeakerRef.Kind.PERSON_ROLE, tokens, from, end);
        }
        int nameStart = trailingName(tokens, from, end);
        if (nameStart > from + 1 && staffOf(tokens, from, nameStart)) {
            // "Analysts at Brattleby & Co", "economists at Goldman Sachs": the people, and where
            // they work
            return whole(SpeakerRef.Kind.UNNAMED, tokens, from, end);
        }
        if (nameStart > from + 1 && PREPOSITIONS.contains(tokens.get(nameStart - 1).text())) {
            SubjectReader.Read group = group(tokens, from, nameStart - 1);
            if (group != null) {
                return group;
            }
            int before = trailingName(tokens, from, nameStart - 1);
            if (before >= 0
                    && !(before == nameStart - 2
                            && lexicon.roles().contains(tokens.get(before).lower()))) {
                // "Marisol Reyes of Kenosha": the person, not where she is from ("Minister of
                // State Niamh Corrigan" is an office before the name)
                end = nameStart - 1;
                nameStart = before;
            }
        }
        if (nameStart > from
                && nameStart < end
                && tokens.get(from).lower().equals("the")
                && lowerCaseWords(tokens, from + 1, nameStart)
                && (lexicon.roles().contains(tokens.get(end - 1).lower())
                        || nameStart == end - 1 && placeNative(tokens.get(end - 1)))) {
            // "said the Swede", "the New Mexico Democrat told reporters", "the 45-year-old
            // Democrat": a nationality or a party names a person the story has met, like "the
            // actor"
            return whole(SpeakerRef.Kind.PERSON_ROLE, tokens, from, end);
        }
        if (nameStart >= 0 && nameStart == end - 2 && roleInitials(tokens.get(end - 1))) {
            // "A Conservative MP has apologised", "Tory MP says": a party's or a body's member
            // in an office written in capitals, not a name ("Werner Botha-Naidoo MP" is one)
            return UNNAMING.contains(tokens.get(from).lower())
                    ? unnamed(tokens, from, end)
                    : whole(SpeakerRef.Kind.PERSON_ROLE, tokens, from, end);
        }
        if (nameStart >= 0) {
            int nameEnd = nameStart;
            while (nameEnd < end
                    && (tokens.get(nameEnd).capitalized()
                            || nameEnd > nameStart && pluralPossessiveMark(tokens, nameEnd)
                            || isInitialDot(tokens, nameEnd)
                            || particleInName(tokens, nameEnd, end)
                            || organisationJoiner(tokens, nameEnd, from, end))) {
                nameEnd++;
                if (possessive(tokens.get(nameEnd - 1))) {
                    break;
                }
            }
            String name = name(tokens, nameStart, nameEnd);
            return new SubjectReader.Read(
                    new SpeakerRef(SpeakerRef.Kind.NAME, name, tokens.get(nameStart).start()),
                    nameEnd);
        }
        String head = tokens.get(end - 1).bare();
        String first = tokens.get(from).lower();
        if (GROUPS.contains(head)) {
            return whole(SpeakerRef.Kind.NAME, tokens, from, end);
        }
        SubjectReader.Read group = group(tokens, from, end);
        if (group != null) {
            return group;
        }
        int owner = from;
        while (owner + 1 < end
                && owner - from < OWNER_WORDS
                && (tokens.get(owner).capitalized() || isInitialDot(tokens, owner))
                && !possessive(tokens.get(owner))) {
            // "Mrs. Marsh's campaign": a title's full stop is part of the owner's name
            owner++;
        }
        if (end - owner >= 2
                && tokens.get(owner).capitalized()
                && possessive(tokens.get(owner))
                && lowerCaseWords(tokens, owner + 1, end)
                && lexicon.organisations().contains(head)) {
            // "Rwanda's foreign ministry said": the ministry, not the country; and "Israeli Prime
            // Minister Benjamin Netanyahu's office said": the office, not the man
            return whole(SpeakerRef.Kind.ORGANISATION_ROLE, tokens, from, end);
        }
        if (COUNTS.contains(first) && end - from >= 2 && unnamedPerson(head)) {
            // "two people said", "three officials told Reuters": several, unnamed
            return unnamed(tokens, from, end);
        }
        if (!DETERMINERS.contains(first)
                && !first.matches("\\d.*")
                && !opensWithTimePossessive(tokens, from, end)) {
            // "Last year’s independent flood inquiry" is determined as "the inquiry" is
            return null;
        }
        if (UNNAMING.contains(first) && unnamedPerson(head)) {
            return unnamed(tokens, from, end);
        }
        if (lexicon.speakingThings().contains(head)
                && ARTICLES.contains(first)
                && (end >= tokens.size()
                        || !QuoteLexicon.AUXILIARIES.contains(tokens.get(end).lower()))) {
            // "“Are you OK?” the voice asked": the voice, not the last person quoted; but "her
            // message was blunt" is hers, and "the video was shared by a user" the user's
            return whole(SpeakerRef.Kind.UNNAMED, tokens, from, end);
        }
        int of = ofBeforeThing(tokens, from, end);
        boolean thing =
                lexicon.organisations().contains(head)
                        || QuoteAssembler.DOCUMENTS.contains(head)
                        || of == end - 2 && ARTICLES.contains(tokens.get(end - 1).lower());
        if (of > from + 1 && thing) {
            String holder = tokens.get(of - 1).lower();
            String singular = holder.endsWith("s") ? holder.substring(0, holder.length() - 1) : "";
            // "wrote the authors of the “Growth and Opportunity Project”": the phrase cut where
            // the quoted title opens ends with "of the", which says nothing of them
            int stop = of == end - 2 && ARTICLES.contains(tokens.get(end - 1).lower()) ? of : end;
            if (!lexicon.personNoun(holder) && lexicon.personNoun(singular)) {
                // "the authors of the report": people, the report only what they wrote
                return whole(SpeakerRef.Kind.NAME, tokens, from, stop);
            }
            if (lexicon.personNoun(holder)) {
                // "the author of the report": a person, not the document
                return whole(SpeakerRef.Kind.PERSON_ROLE, tokens, from, stop);
            }
        }
        if (lexicon.organisations().contains(head) || QuoteAssembler.DOCUMENTS.contains(head)) {
            // "the company", and "the tweet", whose issuer the resolver finds
            return whole(SpeakerRef.Kind.ORGANISATION_ROLE, tokens, from, end);
        }
        if (personNoun(head) || head.endsWith("-old")) {
            return whole(SpeakerRef.Kind.PERSON_ROLE, tokens, from, end);
        }
        if (first.equals("the")
                && end - from > 2
                && tokens.get(from + 1).capitalized()
                && doerNoun(head)) {
            // "said the England opener": someone the capitals place, by a noun for what they do
            return whole(SpeakerRef.Kind.PERSON_ROLE, tokens, from, end);
        }
        return null;
    }

    /** Whether {@code token} is an office written as its initials: "MP", "MEP", "CEO". */
    private boolean roleInitials(Token token) {
        String text = token.text();
        return text.length() >= 2
                && text.length() <= 4
                && text.chars().allMatch(Character::isUpperCase)
                && lexicon.roles().contains(token.lower());
    }

    /**
     * The articles: they open a thing's own phrase ("the voice", "a song"), an issuer's name before
     * its document ("a Vesey Motors statement"), and never stand before a verb ("the state").
     */
    static final Set<String> ARTICLES = Set.of("the", "a", "an");

    /** Whether tokens {@code from..to} are all words in lower case ("45-year-old", "veteran"). */
    private static boolean lowerCaseWords(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).type() != Token.Type.WORD || tokens.get(k).capitalized()) {
                return false;
            }
        }
        return true;
    }

    /** Words of a phrase that leaves its noun to the one before: "another", "a third". */
    static final Set<String> ELLIPTICAL =
            Set.of("another", "a", "one", "second", "third", "fourth", "fifth");

    /** Words before "one" that make it no one in particular: "no one said", "each one". */
    private static final Set<String> QUANTIFIED = Set.of("no", "each", "every", "any", "some");

    /**
     * Whether {@code from..end} is "Another", "One", "A second", "A third" with no noun of its own.
     */
    private static boolean elliptical(List<Token> tokens, int from, int end) {
        String first = tokens.get(from).lower();
        if (end - from > 2
                || !first.equals("another") && !first.equals("a") && !first.equals("one")) {
            return false;
        }
        String last = tokens.get(end - 1).lower();
        return end - from == 1
                ? first.equals("another")
                        || first.equals("one")
                                && (from == 0 || !QUANTIFIED.contains(tokens.get(from - 1).lower()))
                                && (end >= tokens.size() || !tokens.get(end).lower().equals("of"))
                : !first.equals("one")
                        && !last.equals("a")
                        && !last.equals("another")
                        && ELLIPTICAL.contains(last);
    }

    /** Words a role phrase opens with: "<i>the</i> head of", "<i>her</i> lawyer at". */
    private static final Set<String> ROLE_OPENERS =
            Set.of("the", "his", "her", "their", "its", "our");

    /**
     * Prepositions that join a role to whom or where it serves: "the ambassador <i>to</i> Britain".
     */
    static final Set<String> ROLE_COMPLEMENTS = Set.of("of", "for", "to", "at", "from");

    /** How many words a role phrase may run before its noun: "the deputy chief executive". */
    private static final int ROLE_MODIFIERS = 3;

    /** How many words the organisation or place after a role may run. */
    private static final int COMPLEMENT_WORDS = 8;

    /**
     * Words that end a field with no article after a role: determiners, and the numbers of children
     * a parent is "of" ("the mother of two" is an epithet, not a field).
     */
    private static final Set<String> UNARTICLED_STOPS =
            java.util.stream.Stream.concat(
                            DETERMINERS.stream(),
                            java.util.stream.Stream.of(
                                    "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                    "ten"))
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** How many lower-case words a complement naming no one may run: "of the victim". */
    private static final int PLAIN_COMPLEMENT = 2;

    /**
     * Whether {@code word} (lower case) is a role noun joined by {@code next} to whom it serves:
     * "ambassador to", "spokesman for", "head of" ("head" only before "of").
     */
    static boolean servingRole(QuoteLexicon lexicon, String word, String next) {
        return ROLE_COMPLEMENTS.contains(next)
                && (lexicon.roles().contains(word)
                        || lexicon.anonymous().contains(word)
                        || word.equals("head") && next.equals("of"));
    }

    /**
     * Where a role joined to whom it serves ends when one starts at token {@code from}, or -1: "the
     * head of the International Monetary Fund", "China’s ambassador to Britain", "the chief
     * executive of Acme Holdings", "the mother of the victim". The phrase names a person (to be
     * found again by the role noun), not the organisation or place at its end. Read no further than
     * {@code to}.
     */
    int roleWithComplementEnd(List<Token> tokens, int from, int to) {
        Token first = tokens.get(from);
        boolean possessor = first.capitalized() && possessive(first);
        if (!possessor && !ROLE_OPENERS.contains(first.lower())) {
            return -1;
        }
        int role = -1;
        for (int k = from + 1; k + 2 < to && k - from <= ROLE_MODIFIERS + 1; k++) {
            Token token = tokens.get(k);
            if (token.type() != Token.Type.WORD
                    || possessive(token)
                    || ROLE_COMPLEMENTS.contains(token.lower())) {
                // "The race for mayor of Port Ellison": a race, whatever it is for
                return -1;
            }
            if (servingRole(lexicon, token.lower(), tokens.get(k + 1).text())) {
                role = k;
                break;
            }
        }
        if (role < 0) {
            return -1;
        }
        int start = role + 2;
        boolean determined = start < to && DETERMINERS.contains(tokens.get(start).lower());
        if (determined) {
            start++;
        }
        int end = start;
        while (end < to
                && end - start < COMPLEMENT_WORDS
                && (tokens.get(end).capitalized()
                        || isInitialDot(tokens, end)
                        || organisationJoiner(tokens, end, start, to))) {
            end++;
            if (possessive(tokens.get(end - 1))) {
                return -1;
            }
        }
        if (end == start && determined) {
            // "the mother of the victim", not "the mother of two"; "the family of a man who
            // died": the clause after is about the man
            end = plainComplementEnd(tokens, start, to, Set.of());
        } else if (end == start) {
            // "said the Lions director of rugby.": a field with no article, up to the clause's end
            end = plainComplementEnd(tokens, start, to, UNARTICLED_STOPS);
            if (end < to && tokens.get(end).type() == Token.Type.WORD) {
                return -1;
            }
        }
        return end > start ? end : -1;
    }

    /**
     * Where a complement in lower case starting at token {@code start} ends: up to {@value
     * #PLAIN_COMPLEMENT} words, none a cue, a preposition, a relative pronoun or one of {@code
     * stops}.
     */
    private int plainComplementEnd(List<Token> tokens, int start, int to, Set<String> stops) {
        int end = start;
        while (end < to
                && end - start < PLAIN_COMPLEMENT
                && tokens.get(end).type() == Token.Type.WORD
                && !tokens.get(end).capitalized()
                && lexicon.cue(tokens.get(end)) == null
                && !PREPOSITIONS.contains(tokens.get(end).lower())
                && !RELATIVE_PRONOUNS.contains(tokens.get(end).lower())
                && !stops.contains(tokens.get(end).lower())) {
            end++;
        }
        return end;
    }

    /**
     * Whether {@code from..end} is a possessor and their role: "Russia’s ambassador", "Boris
     * Johnson’s spokesman", "Mr. Ruiz’s lawyer".
     */
    private boolean possessorRole(List<Token> tokens, int from, int end) {
        int owner = from;
        while (owner < end
                && owner - from < POSSESSOR_WORDS
                && !possessive(tokens.get(owner))
                && !pluralPossessive(tokens, owner)
                && (tokens.get(owner).capitalized() || isInitialDot(tokens, owner))) {
            owner++;
        }
        if (owner >= end - 1
                || !pluralPossessive(tokens, owner)
                        && (!tokens.get(owner).capitalized() || !possessive(tokens.get(owner)))) {
            return false;
        }
        for (int k = owner + 1; k < end; k++) {
            if (tokens.get(k).type() != Token.Type.WORD || tokens.get(k).capitalized()) {
                return false;
            }
        }
        return end - owner - 1 <= ROLE_MODIFIERS && personNoun(tokens.get(end - 1).lower());
    }

    /** Whether token {@code k} is the mark of a name's plural possessive: "Mr Moyles’ family". */
    static boolean pluralPossessive(List<Token> tokens, int k) {
        Token mark = tokens.get(k);
        if (!(mark.is('’') || mark.is('\'')) || k == 0) {
            return false;
        }
        Token name = tokens.get(k - 1);
        return name.capitalized() && name.text().endsWith("s") && name.end() == mark.start();
    }

    /** How many words a possessor before a role may have: "Mr. J. Ruiz’s", "Boris Johnson’s". */
    private static final int POSSESSOR_WORDS = 5;

    /** Counts that open an unnamed group as "a" opens one person: "two people with knowledge". */
    static final Set<String> COUNTS = Set.of("two", "three", "four", "several", "some");

    /**
     * The token of the noun an unnamed person's complement at token {@code complement} follows: the
     * word before it, or the one before "familiar" ("a person familiar with the matter").
     */
    static int nounBeforeComplement(List<Token> tokens, int complement) {
        return tokens.get(complement - 1).lower().equals("familiar")
                ? complement - 2
                : complement - 1;
    }

    /** Plural nouns for unnamed sources that need no article: "People familiar with the plans". */
    private static final Set<String> COUNTED_PEOPLE = Set.of("people", "sources", "officials");

    /** Words that join an unnamed person to whom they work for or are near: "a rep for Lane". */
    static final Set<String> COMPLEMENTS =
            Set.of(
                    "for",
                    "at",
                    "of",
                    "with",
                    "from",
                    "close",
                    "near",
                    "representing",
                    "to",
                    "on",
                    "in");

    /**
     * Where the words for someone unnamed end when {@code from..end} is such a person followed by
     * whom they speak for or stand near, else -1: the whole phrase for "a spokesperson for
     * Northgate Records", "an officer at the hospital", "a friend of the actress", "one user on
     * Weibo", not the organisation or person after the noun; the person alone for where they stand
     * written in lower case ("a doctor on the scene", "a source inside the camp").
     */
    private int unnamedWithComplement(List<Token> tokens, int from, int end) {
        String first = tokens.get(from).lower();
        boolean plural =
                COUNTED_PEOPLE.contains(first)
                        || GROUPS.contains(first)
                        || first.endsWith("s") && first.length() > 4 && people(first);
        if (!first.equals("a")
                && !first.equals("an")
                && !first.equals("one")
                && !first.equals("another")
                && !COUNTS.contains(first)
                && !plural) {
            return -1;
        }
        for (int k = plural ? from + 1 : from + 2; k < end - 1; k++) {
            Token token = tokens.get(k);
            boolean where = WHERE.contains(token.text());
            if (COMPLEMENTS.contains(token.text()) || where) {
                int noun = nounBeforeComplement(tokens, k);
                if (noun < from
                        || !unnamedPerson(tokens.get(noun).lower()) && !oneOf(tokens, from, noun)) {
                    return -1;
                }
                if (!where || tokens.get(k + 1).capitalized()) {
                    return end;
                }
                // "Protesters in the square": a group where it stands, read as a group
                return plural ? -1 : k;
            }
            if (token.type() != Token.Type.WORD) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether the phrase from {@code from} is "one of" some people whose plural noun stands at
     * {@code noun}: "one of the former prosecutors for David Petraeus" is one of them, not him.
     */
    private boolean oneOf(List<Token> tokens, int from, int noun) {
        String plural = tokens.get(noun).lower();
        return tokens.get(from).lower().equals("one")
                && from + 1 < noun
                && tokens.get(from + 1).lower().equals("of")
                && plural.length() > 3
                && plural.endsWith("s")
                && unnamedPerson(plural.substring(0, plural.length() - 1));
    }

    /** Prepositions for where an unnamed person stands: "a mother in Bhadrakali". */
    private static final Set<String> WHERE = Set.of("on", "in", "inside", "outside", "among");

    /** Endings that make a capitalised word an adjective: "London-based", "Texas-born". */
    private static final Set<String> DESCRIBING_ENDINGS =
            Set.of(
                    "based",
                    "born",
                    "bred",
                    "led",
                    "owned",
                    "backed",
                    "made",
                    "listed",
                    "registered",
                    "headquartered",
                    "funded",
                    "run",
                    "controlled",
                    "linked",
                    "affiliated",
                    "style",
                    "era");

    /** Whether a capitalised word is an adjective by its hyphen: "London-based", "Texas-born". */
    private static boolean describing(Token token) {
        String text = token.text();
        int hyphen = text.lastIndexOf('-');
        return hyphen > 0 && DESCRIBING_ENDINGS.contains(text.substring(hyphen + 1));
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
            if (possessive(token) && start < end) {
                break;
            }
            boolean part =
                    token.capitalized() && !describing(token)
                            || start < end
                                    && start - 2 >= from
                                    && pluralPossessiveMark(tokens, start - 1)
                            || token.text().startsWith("@")
                            || isInitialDot(tokens, start - 1)
                            || PARTICLES.contains(token.text()) && start < end
                            || organisationJoiner(tokens, start - 1, from, end);
            if (!part) {
                break;
            }
            start--;
        }
        boolean courtesy = false;
        while (start < end
                && (tokens.get(start).type() != Token.Type.WORD
                        || lexicon.names().notName(tokens.get(start).text())
                        || lexicon.names().honorifics().contains(tokens.get(start).bare())
                        || PARTICLES.contains(tokens.get(start).text()))) {
            if (courtesy
                    && start == end - 1
                    && tokens.get(start).type() == Token.Type.WORD
                    && !ADDRESSED_OFFICES.contains(tokens.get(start).lower())) {
                // "Mr. King", "Ms. Bishop": after a courtesy title, the last word is a surname,
                // even one that is a title too ("Mr. President" is a form of address)
                break;
            }
            courtesy |= COURTESY_TITLES.contains(tokens.get(start).lower());
            start++;
        }
        if (start == end && soleTitle(tokens, from, end)) {
            return end - 1;
        }
        return start < end ? start : -1;
    }

    /** Titles of courtesy that stand before a surname: "Mr. King". */
    private static final Set<String> COURTESY_TITLES =
            Set.of("mr", "mrs", "ms", "mx", "miss", "dr");

    /** Offices a courtesy title addresses someone by: "Mr. President", "Madam Speaker". */
    private static final Set<String> ADDRESSED_OFFICES =
            Set.of(
                    "president",
                    "speaker",
                    "chairman",
                    "chairwoman",
                    "chair",
                    "secretary",
                    "mayor",
                    "ambassador",
                    "minister",
                    "commissioner",
                    "governor",
                    "senator");

    /**
     * Whether token {@code k} is the apostrophe of a plural possessive inside a name, between
     * capitals: "the European Farmers’ Alliance".
     */
    private static boolean pluralPossessiveMark(List<Token> tokens, int k) {
        return io.storytrace.mention.NameFinder.pluralPossessiveMark(
                        tokens.get(k - 1), tokens.get(k))
                && tokens.get(k - 1).capitalized()
                && k + 1 < tokens.size()
                && tokens.get(k + 1).capitalized();
    }

    /** Whether token {@code k} is a particle inside a name: "Pieter Van den Broeck". */
    private static boolean particleInName(List<Token> tokens, int k, int end) {
        return PARTICLES.contains(tokens.get(k).text())
                && k + 1 < end
                && (tokens.get(k + 1).capitalized() || particleInName(tokens, k + 1, end));
    }

    /**
     * Whether token {@code k} joins the words of an organisation's name: "of" or "for" between an
     * organisation's head noun and a capitalised word ("Ministry of Transport", "Centers for
     * Disease Control"), never between two people ("Smith of Reuters"); "and" between capitalised
     * words after such a join ("Ministry of Health and Family Welfare") or before an organisation's
     * word ("Food and Drug Administration"), never between two people ("Smith and Jones").
     */
    boolean organisationJoiner(List<Token> tokens, int k, int from, int end) {
        String text = tokens.get(k).text();
        if (k <= from
                || k + 1 >= end
                || !tokens.get(k + 1).capitalized()
                || !tokens.get(k - 1).capitalized()) {
            return false;
        }
        if (text.equals("of") || text.equals("for")) {
            return ORGANISATION_HEADS.contains(tokens.get(k - 1).lower());
        }
        if (!text.equals("and")) {
            return false;
        }
        for (int j = k - 2; j > from && k - j <= AND_REACH; j--) {
            String word = tokens.get(j).text();
            if ((word.equals("of") || word.equals("for"))
                    && ORGANISATION_HEADS.contains(tokens.get(j - 1).lower())) {
                return true;
            }
            if (!tokens.get(j).capitalized()) {
                break;
            }
        }
        if (tokens.get(k + 1).text().equals("The")) {
            // "Big Machine and The Carlyle Group": two organisations
            return false;
        }
        int last = k + 1;
        while (last + 1 < end && last - k < AND_REACH && tokens.get(last + 1).capitalized()) {
            last++;
        }
        return lexicon.names().organisationWords().contains(tokens.get(last).lower());
    }

    /**
     * How many capitalised words an owner of an organisation may run: "Israeli Prime Minister
     * Benjamin Netanyahu's".
     */
    private static final int OWNER_WORDS = 6;

    /** How many words an "and" inside an organisation's name looks on either side. */
    private static final int AND_REACH = 4;

    /** Nouns that head an organisation's name before "of" or "for". */
    private static final Set<String> ORGANISATION_HEADS =
            Set.of(
                    "ministry",
                    "department",
                    "office",
                    "bureau",
                    "agency",
                    "university",
                    "institute",
                    "college",
                    "school",
                    "bank",
                    "board",
                    "council",
                    "court",
                    "chamber",
                    "federation",
                    "league",
                    "society",
                    "association",
                    "union",
                    "commission",
                    "committee",
                    "centre",
                    "center",
                    "centers",
                    "centres",
                    "academy",
                    "museum",
                    "church",
                    "secretary",
                    "minister",
                    "house",
                    "senate",
                    "assembly",
                    "republic",
                    "kingdom",
                    "state",
                    "states",
                    "city",
                    "county",
                    "fund",
                    "foundation",
                    "coalition",
                    "alliance",
                    "party",
                    "friends");

    /**
     * Whether {@code from..end} is "the" and capitalised words that are each a role or a title, one
     * at least a role: "the Deputy Commissioner", "the Attorney General".
     */
    private boolean titleAfterThe(List<Token> tokens, int from, int end) {
        if (end - from < 2 || !tokens.get(from).lower().equals("the")) {
            return false;
        }
        boolean role = false;
        for (int k = from + 1; k < end; k++) {
            Token token = tokens.get(k);
            String word = token.lower();
            if (!token.capitalized() || !lexicon.officeWord(word)) {
                return false;
            }
            role |= lexicon.roles().contains(word);
        }
        return role;
    }

    /**
     * "says Doctor": a capitalised title standing alone after no determiner is someone's surname
     * (Ken Doctor), not a title.
     */
    private boolean soleTitle(List<Token> tokens, int from, int end) {
        Token last = tokens.get(end - 1);
        return end - from == 1
                && last.capitalized()
                && lexicon.names().honorifics().contains(last.bare())
                && !lexicon.names().notName(last.text());
    }

    /** Where "of" stands in the phrase from {@code from} to {@code end}, or -1. */
    private static int ofBeforeThing(List<Token> tokens, int from, int end) {
        for (int k = from + 1; k < end - 1; k++) {
            if (tokens.get(k).lower().equals("of")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Whether {@code word} (lower case) names a kind of person: a role ("actor") or someone a story
     * meets without naming ("insider", "patient").
     */
    boolean personNoun(String word) {
        return lexicon.personNoun(word);
    }

    /** Endings of nouns for someone who does something: buyer, investor, cyclist, librarian. */
    private static final List<String> AGENT_ENDINGS =
            List.of("er", "or", "ist", "ian", "ant", "ent");

    /** Words with those endings that name no one: "a number of", "a letter from", "she leant". */
    private static final Set<String> NOT_AGENTS =
            Set.of(
                    "leant",
                    "meant",
                    "spent",
                    "number",
                    "quarter",
                    "letter",
                    "order",
                    "paper",
                    "matter",
                    "other",
                    "center",
                    "power",
                    "water",
                    "cover",
                    "river",
                    "chapter",
                    "border",
                    "sector",
                    "factor",
                    "error",
                    "major",
                    "minor",
                    "corner",
                    "member",
                    "winter",
                    "summer",
                    "meter",
                    "poster",
                    "trailer",
                    "banner",
                    "register",
                    "percent",
                    "event",
                    "content",
                    "extent",
                    "incident",
                    "element",
                    "plant",
                    "restaurant",
                    "giant",
                    "variant",
                    // adjectives with the same endings: "a potent one-two punch"
                    "potent",
                    "silent",
                    "prominent",
                    "independent",
                    "violent",
                    "decent",
                    "apparent",
                    "confident",
                    "excellent",
                    "innocent",
                    "permanent",
                    "brilliant",
                    "vibrant",
                    "reluctant",
                    "distant",
                    "dominant",
                    "counter",
                    "computer",
                    "folder",
                    "monitor",
                    "motor",
                    "floor",
                    "door",
                    "color",
                    "colour",
                    "honor",
                    "honour",
                    "flavor",
                    "flavour",
                    "tenor",
                    "mirror",
                    "weather",
                    // comparatives and other words in -er or -ent that are no noun
                    "longer",
                    "shorter",
                    "bigger",
                    "smaller",
                    "older",
                    "younger",
                    "better",
                    "greater",
                    "higher",
                    "lower",
                    "larger",
                    "wider",
                    "harder",
                    "stronger",
                    "former",
                    "latter",
                    "further",
                    "earlier",
                    "later",
                    "closer",
                    "broader",
                    "deeper",
                    "faster",
                    "slower",
                    "newer",
                    "fewer",
                    "cheaper",
                    "safer",
                    "tougher",
                    "clearer",
                    "rather",
                    "together",
                    "however",
                    "after",
                    "under",
                    "either",
                    "neither",
                    "whether",
                    "another",
                    "consistent",
                    "different",
                    "recent",
                    "frequent",
                    "urgent",
                    "significant",
                    "important",
                    "relevant",
                    "pleasant");

    /**
     * Whether {@code word} (lower case) names someone by what they do, after "the" and capitals:
     * "the England opener"; not a maker, mostly a business ("the Swiss drugmaker").
     */
    boolean doerNoun(String word) {
        return !word.endsWith("maker") && unnamedPerson(word);
    }

    /**
     * Whether a noun after "a", "one" or "another" names a person: a listed role or source, or a
     * noun for someone who does something ("a buyer for a major London department store").
     */
    boolean unnamedPerson(String word) {
        if (personNoun(word)) {
            return true;
        }
        return word.length() > 4
                && !NOT_AGENTS.contains(word)
                && !word.endsWith("ment")
                && AGENT_ENDINGS.stream().anyMatch(word::endsWith);
    }

    /**
     * Whether token {@code k} is punctuation inside a name: the stop of an initial or a short title
     * ("J. Smith", "Lt. Dan Hale"), or the hyphen of a rank of two ("Lt.-Cmdr. Natalie Forbes").
     */
    static boolean isInitialDot(List<Token> tokens, int k) {
        return NameLexicon.titleHyphen(tokens, k) || initialDot(tokens, k);
    }

    private static boolean initialDot(List<Token> tokens, int k) {
        return tokens.get(k).is('.')
                && k > 0
                && tokens.get(k - 1).capitalized()
                && (tokens.get(k - 1).text().length() <= 3
                        || NameLexicon.SHORT_TITLES.containsKey(tokens.get(k - 1).lower())
                        || CORPORATE_ABBREVIATIONS.contains(tokens.get(k - 1).lower()));
    }

    /** Abbreviations longer than three letters that end a company's name: "Acme Corp.". */
    private static final Set<String> CORPORATE_ABBREVIATIONS = Set.of("corp", "bros", "intl");

    /**
     * A party and a state as American news writes them after a politician: "R-Kan.", "D-Wash",
     * "D-N.M.".
     */
    private static final java.util.regex.Pattern PARTY_AND_STATE =
            java.util.regex.Pattern.compile("[RDI]-(?:[A-Z][A-Za-z]{1,4}|[A-Z]\\.[A-Z])\\.?");

    /** Whether {@code text} is a party and a state: "R-Kan.", "D-N.M.". */
    static boolean partyAndState(String text) {
        return PARTY_AND_STATE.matcher(text).matches();
    }

    private String name(List<Token> tokens, int from, int end) {
        StringBuilder name = new StringBuilder();
        for (int k = from; k < end; k++) {
            Token token = tokens.get(k);
            if (k > from && pluralPossessiveMark(tokens, k)) {
                // "Farmers’ Alliance": the apostrophe stays with its word
                name.append(token.text());
                continue;
            }
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

    /** The words {@code from..end} as written: "Mr. Ruiz’s lawyer", not "Mr . Ruiz’s lawyer". */
    static String text(List<Token> tokens, int from, int end) {
        StringBuilder text = new StringBuilder();
        for (int k = from; k < end; k++) {
            if (k > from && tokens.get(k).start() > tokens.get(k - 1).end()) {
                text.append(' ');
            }
            text.append(tokens.get(k).text());
        }
        return text.toString();
    }

    static List<String> texts(List<Token> tokens, int from, int end) {
        return tokens.subList(from, end).stream().map(Token::text).toList();
    }

    /**
     * Whether {@code token} is written as a verb in the present or past ("mocks", "slammed"): a
     * lower-case word ending in "ed", or in "s" but not "ss", "us", "is" or a possessive. A role or
     * plural noun has the same shape; callers rule those out.
     */
    static boolean writtenAsVerb(Token token) {
        String word = token.lower();
        if (token.type() != Token.Type.WORD
                || token.capitalized()
                || word.contains("'")
                || word.contains("’")) {
            return false;
        }
        return word.endsWith("ed")
                || word.endsWith("s")
                        && !word.endsWith("ss")
                        && !word.endsWith("us")
                        && !word.endsWith("is");
    }

    /** Whether {@code token} is written with a possessive "’s": "Trump’s", "2GB’s". */
    static boolean possessive(Token token) {
        String text = token.text();
        return text.length() > 2 && (text.endsWith("’s") || text.endsWith("'s"));
    }
}
