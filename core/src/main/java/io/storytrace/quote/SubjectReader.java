package io.storytrace.quote;

import io.storytrace.mention.NameFinder;
import io.storytrace.mention.NameLexicon;
import io.storytrace.text.CalendarWords;
import io.storytrace.text.Token;
import java.util.List;
import java.util.Locale;
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

    /** Party words that take an article as a subject: "a Republican said", never "Republican". */
    private static final Set<String> PARTY_WORDS =
            Set.of("republican", "democratic", "democrat", "tory");

    static final Set<String> SKIPPED_WORDS =
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
                    "softly",
                    "instead",
                    "separately",
                    "privately",
                    "repeatedly",
                    "strongly",
                    "firmly",
                    "sharply",
                    "angrily",
                    "bluntly",
                    "openly",
                    "frankly",
                    "flatly",
                    "loudly",
                    "quietly",
                    "tearfully",
                    "defiantly",
                    "forcefully",
                    "vehemently",
                    "emphatically",
                    "bitterly",
                    "cautiously",
                    "confidently",
                    "calmly",
                    "directly",
                    "formally",
                    "officially",
                    "initially",
                    "subsequently",
                    "immediately",
                    "swiftly",
                    "harshly",
                    "fiercely",
                    "briefly",
                    "wryly");

    /** Words a preposition or relative clause starts with: "the authors <i>of</i> the study". */
    static final Set<String> PREPOSITIONS =
            Set.of(
                    "of",
                    "in",
                    "at",
                    "from",
                    "for",
                    "with",
                    "by",
                    "on",
                    "about",
                    "to",
                    "into",
                    "under",
                    "over",
                    "near",
                    "across",
                    "around",
                    "after",
                    "before",
                    "during",
                    "between",
                    "among",
                    "against",
                    "via",
                    "per",
                    "like",
                    "behind",
                    "inside",
                    "outside",
                    "within",
                    "without",
                    "toward",
                    "towards",
                    "through",
                    "throughout",
                    "than",
                    "amid",
                    "as",
                    "alongside",
                    "beside",
                    "besides",
                    "despite",
                    "including",
                    "regarding",
                    "concerning",
                    "upon",
                    "onto",
                    "beyond",
                    "unlike",
                    "except");

    /** Conjunctions that open a clause, never a subject: "while several residents complained". */
    private static final Set<String> CLAUSE_OPENERS =
            Set.of(
                    "while",
                    "whereas",
                    "although",
                    "though",
                    "because",
                    "and",
                    "but",
                    "or",
                    "when",
                    "if",
                    "unless",
                    "until",
                    "since",
                    "so",
                    "yet");

    /**
     * Whether token {@code i} is a participle that goes on with the sentence ("“…” working in
     * federal prisons, she said", "“…” chasing leads, and said") rather than a modifier of a
     * speaker ("striking workers said", "outgoing coach Jim Beam said"), whose cue follows within a
     * few words and before any punctuation.
     */
    private boolean participleOpening(List<Token> tokens, int i, int to) {
        Token first = tokens.get(i);
        String word = first.lower();
        if (first.capitalized() || word.length() <= 5 || !word.endsWith("ing")) {
            return false;
        }
        for (int j = i + 1; j < to && j - i <= MAX_PHRASE; j++) {
            Token token = tokens.get(j);
            if (token.type() == Token.Type.PUNCT) {
                return true;
            }
            if (lexicon.cue(token) != null) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> PHRASE_ENDS;

    static {
        Set<String> ends = new java.util.HashSet<>(PREPOSITIONS);
        ends.addAll(Set.of("who", "which", "that", "whose", "whom", "where", "when"));
        PHRASE_ENDS = Set.copyOf(ends);
    }

    private static final int MAX_PHRASE = 6;

    /** Words for part of a group before "of": "one of the people", "some of the residents". */
    private static final Set<String> PARTITIVES =
            Set.of("one", "some", "two", "three", "several", "many", "none", "each");

    private static final int MAX_APPOSITIVE = 32;

    private final QuoteLexicon lexicon;
    private final PhraseReader phrases;

    SubjectReader(QuoteLexicon lexicon) {
        this.lexicon = lexicon;
        this.phrases = new PhraseReader(lexicon);
    }

    /** Whether a date naming an event ("9/11", "7/7") stands at {@code i} before a word. */
    private static boolean eventDate(List<Token> tokens, int i, int to) {
        return i + 3 < to
                && tokens.get(i).type() == Token.Type.NUMBER
                && tokens.get(i + 1).is('/')
                && tokens.get(i + 2).type() == Token.Type.NUMBER
                && tokens.get(i + 2).end() - tokens.get(i).start() <= 5
                && tokens.get(i + 3).type() == Token.Type.WORD;
    }

    /** Parts of a paper that speak for it: "the front page of", "the cover of". */
    private static final Set<String> PAGES = Set.of("page", "cover", "headline", "masthead");

    /**
     * Where the paper starts after "the front page of" or "the cover of" at token {@code i}, or -1
     * when no such part of a paper opens there.
     */
    private static int pageOf(List<Token> tokens, int i, int to) {
        int k = i;
        if (k < to && tokens.get(k).lower().equals("the")) {
            k++;
        }
        if (k < to && tokens.get(k).lower().equals("front")) {
            k++;
        }
        return k + 2 < to
                        && PAGES.contains(tokens.get(k).lower())
                        && tokens.get(k + 1).lower().equals("of")
                        && tokens.get(k + 2).capitalized()
                ? k + 2
                : -1;
    }

    /** The phrase starting at token {@code i}, or null. */
    Read forward(List<Token> tokens, int i, int to) {
        if (i >= to) {
            return null;
        }
        Token first = tokens.get(i);
        String word = first.lower();
        if (PRONOUNS.contains(word) && !startsName(tokens, i, to)) {
            return new Read(new SpeakerRef(SpeakerRef.Kind.PRONOUN, word, first.start()), i + 1);
        }
        if (handle(first)) {
            return new Read(
                    new SpeakerRef(SpeakerRef.Kind.NAME, first.text(), first.start()), i + 1);
        }
        Read nicknamed = nicknamed(tokens, i, to);
        if (nicknamed != null) {
            return nicknamed;
        }
        if (eventDate(tokens, i, to)) {
            // "said 9/11 widow Terry Strada": a date naming an event, then the person
            return forward(tokens, i + 3, to);
        }
        int page = pageOf(tokens, i, to);
        if (page > i) {
            // "“Choke!” blared the front page of The Boston Herald": the paper
            return forward(tokens, page, to);
        }
        if (PhraseReader.GROUPS.contains(word)
                && !(first.capitalized()
                        && i + 2 < to
                        && PhraseReader.pluralPossessive(tokens, i + 1)
                        && tokens.get(i + 2).capitalized())) {
            // not "Teachers’ Union president Ann Bell": a group's word that opens a body's name
            Read staff = staffOf(tokens, i, to);
            return staff != null
                    ? staff
                    : new Read(new SpeakerRef(SpeakerRef.Kind.NAME, word, first.start()), i + 1);
        }
        if (CLAUSE_OPENERS.contains(word) || participleOpening(tokens, i, to)) {
            // "“…” while several residents complained", "“…” chasing leads, and said": the words
            // after the quotation go on with the sentence; they name no speaker.
            return null;
        }
        if (PREPOSITIONS.contains(word)) {
            // "“…” of the patients, Dempsey said": a phrase after a preposition is no subject.
            return null;
        }
        Read role = roleWithComplement(tokens, i, to);
        if (role != null) {
            return role;
        }
        int end = i;
        boolean named = false;
        // "one of the people familiar with the matter": a part of a group runs two words longer
        int most =
                i + 1 < to && PARTITIVES.contains(word) && tokens.get(i + 1).lower().equals("of")
                        ? MAX_PHRASE + 2
                        : MAX_PHRASE;
        // the dots of initials count for no word: "Assistant U.S. Attorney Maya D. Song"
        int dots = 0;
        while (end < to
                && end - i - dots < most
                && (isPhraseWord(tokens.get(end))
                        || PhraseReader.pluralPossessive(tokens, end)
                        || PhraseReader.isInitialDot(tokens, end)
                        || documentNoun(tokens, end, i)
                        || stateOfOffice(tokens, end, i))) {
            Token token = tokens.get(end);
            if (end > i
                    && (token.lower().equals("read") || token.lower().equals("reads"))
                    && QuoteAssembler.DOCUMENTS.contains(tokens.get(end - 1).lower())) {
                // "the statement read": the verb of a document, no part of its phrase
                break;
            }
            if (!named && venueAfter(tokens, i, end, to)) {
                // "said the narrator in the 30-second spot", "said the mayor on Twitter": where
                // the words were given, no part of who gave them
                break;
            }
            boolean capital = token.capitalized() || PhraseReader.isInitialDot(tokens, end);
            if (!named && !capital && end > i) {
                // "the bank’s chief executive, Tom Hale": a possessor in lower case
                Read holder = roleOfPossessor(tokens, i, end, to);
                if (holder != null) {
                    return holder;
                }
            }
            if (named
                    && PhraseReader.pluralPossessive(tokens, end)
                    && end + 1 < to
                    && tokens.get(end + 1).capitalized()) {
                // "the Victorian Nurses’ Federation said": the apostrophe inside a body's name
                end++;
                continue;
            }
            if (named && !capital && !PhraseReader.PARTICLES.contains(token.text())) {
                Read office = holderAfterPortfolio(tokens, i, end, to);
                if (office != null) {
                    // "said Secretary of State Antony Blinken", "Chief of Staff Jeff Zients said"
                    return office;
                }
                Read person = personAfterRole(tokens, end, to);
                if (person != null) {
                    return person;
                }
                if (token.lower().equals("of")
                        && end + 1 < to
                        && tokens.get(end + 1).capitalized()
                        && !lexicon.names().givenNames().contains(tokens.get(i).bare())) {
                    // not "explains Herbert Hansen of Respond's Belgian partner Keyobs": a
                    // person named with "of" is the speaker
                    int past = end + 1;
                    while (past < to && tokens.get(past).capitalized()) {
                        past++;
                    }
                    person = personAfterRole(tokens, past, to);
                    if (person != null) {
                        // "said University of Miami tropical weather expert Brian McNoldy": a
                        // body named with "of", then the role and the person
                        return person;
                    }
                }
                boolean mark = PhraseReader.pluralPossessive(tokens, end);
                Read holder = roleOfPossessor(tokens, i, mark ? end + 1 : end, to);
                if (holder != null) {
                    return holder;
                }
                if (PhraseReader.UNNAMING.contains(word) || word.equals("the")) {
                    // "one Weibo commenter", "a Kestrel spokesperson", "the Salford man", "the
                    // Harlan State head coach": the capitals describe the person the noun names.
                    int noun = personNounEnd(tokens, end, to);
                    if (noun == end && word.equals("the") && end + 1 < to) {
                        noun = organisationNounEnd(tokens, end);
                    }
                    if (noun == end && word.equals("the") && agentNounAt(tokens, end)) {
                        // "said the England opener": the capitals describe someone whose noun
                        // the role lists lack, not a name
                        noun = end + 1;
                    }
                    end = noun;
                }
                int body = possessedOrganisationEnd(tokens, end, to);
                if (PhraseReader.possessive(tokens.get(end - 1)) && body > end) {
                    // "China's commerce ministry said": the ministry, not the country
                    end = body;
                }
                break;
            }
            named |= capital;
            dots += PhraseReader.isInitialDot(tokens, end) ? 1 : 0;
            end++;
        }
        if (end > i + 1
                && end < to
                && PhraseReader.possessive(tokens.get(end - 1))
                && tokens.get(end).type() == Token.Type.WORD
                && !tokens.get(end).capitalized()
                && lexicon.cue(tokens.get(end)) == null) {
            // "a source involved in the group's creation": the phrase's length cut it after an
            // owner; the noun owned ends it
            Read owned = phrases.phrase(tokens, i, end + 1);
            if (owned != null) {
                return owned;
            }
            Read head = phrases.phrase(tokens, i, i + 2);
            if (head != null && head.ref().kind() == SpeakerRef.Kind.UNNAMED) {
                // a phrase no reading takes whole is the person its head names
                return new Read(
                        new SpeakerRef(
                                SpeakerRef.Kind.UNNAMED,
                                String.join(" ", PhraseReader.texts(tokens, i, end + 1)),
                                first.start()),
                        end + 1);
            }
        }
        while (named
                && PhraseReader.UNNAMING.contains(word)
                && end + 1 < to
                && NAME_JOINERS.contains(tokens.get(end).text())
                && tokens.get(end + 1).capitalized()) {
            // "said a researcher at the Institute for Fiscal Studies"
            end += 2;
            while (end < to && tokens.get(end).capitalized()) {
                end++;
            }
        }
        return phrases.phrase(tokens, i, end);
    }

    /**
     * Whether token {@code k}, inside a phrase opened by an article at {@code i}, starts a phrase
     * of where words were given: "in" or "on" after a noun, before an article, an owner or a
     * capitalised name. Not after a participle, whose complement it is: "a source involved in the
     * group's creation".
     */
    private static boolean venueAfter(List<Token> tokens, int i, int k, int to) {
        if (k < i + 2
                || k + 1 >= to
                || !PhraseReader.ARTICLES.contains(tokens.get(i).lower())
                || !VENUE_PREPOSITIONS.contains(tokens.get(k).lower())) {
            return false;
        }
        String before = tokens.get(k - 1).lower();
        if (before.endsWith("ed") || before.endsWith("ing")) {
            return false;
        }
        Token next = tokens.get(k + 1);
        return PhraseReader.ARTICLES.contains(next.lower())
                || PhraseReader.OWNERS.containsKey(next.lower())
                || next.capitalized();
    }

    /** Prepositions that open where words were given: "in a statement", "on Twitter". */
    private static final Set<String> VENUE_PREPOSITIONS = Set.of("in", "on");

    /**
     * Where the "of" or "for" after the capitalised words of an office from token {@code i} stands
     * ("Secretary of State", "Federal Minister for Information"), or -1.
     */
    private static int portfolioJoiner(List<Token> tokens, int i, int to) {
        for (int k = i + 1; k < to && k - i <= OFFICE_WORDS_BEFORE; k++) {
            String word = tokens.get(k).lower();
            if (word.equals("of") || word.equals("for")) {
                return k;
            }
            if (!tokens.get(k).capitalized() && !PhraseReader.isInitialDot(tokens, k)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * How many capitalised words an office may run before its "of" or "for": "Federal Minister".
     */
    private static final int OFFICE_WORDS_BEFORE = 3;

    /**
     * The person named after an office written as a title, "of" or "for" and what it is in charge
     * of, when {@code i..of} is the title: "Secretary of State Antony Blinken", "Deputy
     * Commissioner of Police (Metro) Kiran Sethi", "Minister for the Environment Ana Ruiz". Null
     * when the words at {@code of} open no such office or no name follows it.
     */
    private Read holderAfterPortfolio(List<Token> tokens, int i, int of, int to) {
        String joiner = tokens.get(of).lower();
        if (!joiner.equals("of") && !joiner.equals("for")
                || !lexicon.officeWord(tokens.get(of - 1).lower())) {
            return null;
        }
        for (int k = i; k < of; k++) {
            if (!tokens.get(k).capitalized() && !PhraseReader.isInitialDot(tokens, k)) {
                // the dots of "U.S. Secretary of State" belong to the office's capitals
                return null;
            }
        }
        int k = of + 1;
        if (k < to && tokens.get(k).lower().equals("the")) {
            k++;
        }
        int portfolio = k;
        while (k < to
                && (tokens.get(k).capitalized()
                                && lexicon.names().portfolios().contains(tokens.get(k).lower())
                        || tokens.get(k).lower().equals("and") && k > portfolio)) {
            k++;
        }
        if (k == portfolio) {
            return null;
        }
        if (k + 2 < to
                && tokens.get(k).is('(')
                && tokens.get(k + 1).capitalized()
                && tokens.get(k + 2).is(')')) {
            // "(Metro)", "(South)": the district the office serves
            k += 3;
        }
        if (k >= to || !tokens.get(k).capitalized()) {
            return null;
        }
        Read name = phrases.phrase(tokens, k, nameEnd(tokens, k, to));
        return name != null && name.ref().kind() == SpeakerRef.Kind.NAME ? name : null;
    }

    /** How many lower-case words may come before the person noun after capitals: "head coach". */
    private static final int ROLE_MODIFIERS = 2;

    /**
     * Where the person noun at token {@code k}, or after a few lower-case words that modify it
     * ("head coach", "chief executive"), ends; {@code k} itself when there is none.
     */
    private int personNounEnd(List<Token> tokens, int k, int to) {
        for (int m = k; m < to && m - k <= ROLE_MODIFIERS; m++) {
            Token token = tokens.get(m);
            if (token.type() != Token.Type.WORD || token.capitalized()) {
                return k;
            }
            if (phrases.personNoun(token.lower())) {
                return m + 1;
            }
        }
        return k;
    }

    /** Whether token {@code k} is a lower-case noun for someone who does something: "opener". */
    private boolean agentNounAt(List<Token> tokens, int k) {
        Token token = tokens.get(k);
        return token.type() == Token.Type.WORD
                && !token.capitalized()
                && lexicon.cue(token) == null
                && phrases.doerNoun(token.lower());
    }

    /**
     * Past an organisation's noun in lower case right at {@code k}, after "the" and capitals that
     * say where it is from: "the German carmaker said", "the US daily wrote". {@code k} itself when
     * the word there is no such noun.
     */
    private int organisationNounEnd(List<Token> tokens, int k) {
        Token token = tokens.get(k);
        return token.type() == Token.Type.WORD
                        && !token.capitalized()
                        && lexicon.organisations().contains(token.lower())
                ? k + 1
                : k;
    }

    /**
     * A name with a nickname in marks between its given name and its surname, read as the name
     * without it: "Lukas “Fenrir” Brandstätter said", "Tom ‘The Hammer’ Hale told". Null when the
     * words at {@code i} are not such a name.
     */
    private Read nicknamed(List<Token> tokens, int i, int to) {
        int nickname = i + 1 < to ? NameFinder.nicknameLength(tokens, i + 1) : 0;
        if (nickname == 0 || !tokens.get(i).capitalized()) {
            return null;
        }
        int surname = i + 1 + nickname;
        Read rest = phrases.phrase(tokens, surname, nameEnd(tokens, surname, to));
        if (rest == null || rest.ref().kind() != SpeakerRef.Kind.NAME) {
            return null;
        }
        String name = tokens.get(i).text() + " " + rest.ref().text();
        return new Read(
                new SpeakerRef(SpeakerRef.Kind.NAME, name, tokens.get(i).start()), rest.next());
    }

    /**
     * "Ruiz’s spokesman, Tom Hale", "DeltaWorks’ chief executive, Mia Cole", "his lawyer": the
     * possessor's role is the subject, and the name in apposition after it when there is one. Token
     * {@code role} is the first word after the possessive; null when it is no role noun.
     */
    private Read roleOfPossessor(List<Token> tokens, int from, int role, int to) {
        int owner = role - 1;
        while (owner > from
                && role - owner <= OWNED_ROLE_MODIFIERS
                && tokens.get(owner).capitalized()
                && !PhraseReader.possessive(tokens.get(owner))) {
            // "Trump’s Virginia state director": a place or body between the owner and the role
            owner--;
        }
        boolean possessive =
                PhraseReader.possessive(tokens.get(owner))
                        || PhraseReader.pluralPossessive(tokens, owner);
        int k = role;
        int noun = -1;
        while (k < to
                && k - role < 3
                && !tokens.get(k).capitalized()
                && tokens.get(k).type() == Token.Type.WORD
                && (lexicon.cue(tokens.get(k)) == null || roleAfter(tokens, k, to))) {
            // "state director": a cue's form before a role noun is the noun's modifier
            if (lexicon.names().roles().contains(tokens.get(k).lower())
                    || PLURAL_KIN.contains(tokens.get(k).lower())) {
                // "the bank’s chief executive": the last role noun; "Smith’s spokesman said"
                // stops before the verb; "Maisie's parents" are several
                noun = k;
            }
            k++;
        }
        if (!possessive || noun < 0) {
            return null;
        }
        k = noun + 1;
        if (k + 2 < to
                && tokens.get(k).lower().equals("of")
                && lexicon.names().portfolios().contains(tokens.get(k + 1).lower())) {
            // "Rep. Duncan Hunter’s chief of staff, Joe Kasper,": the role's own complement
            k += 2;
        }
        if (k + 1 < to && tokens.get(k).is(',')) {
            // "Gareth's girlfriend, Bryony Hale," and "…, fitness coach Bryony Hale,": the name
            // apposed, a role of her own in lower case before it at most
            int at = tokens.get(k + 1).capitalized() ? k + 1 : nameAfterRole(tokens, k + 1, to);
            Read name = at > k && at < to ? forward(tokens, at, to) : null;
            if (name != null && name.ref().kind() == SpeakerRef.Kind.NAME) {
                Read pair =
                        PLURAL_KIN.contains(tokens.get(noun).lower())
                                ? pairedName(tokens, name, to)
                                : null;
                return pair != null ? pair : name;
            }
        }
        String text = String.join(" ", PhraseReader.texts(tokens, from, k));
        return new Read(
                new SpeakerRef(SpeakerRef.Kind.PERSON_ROLE, text, tokens.get(from).start()), k);
    }

    /** Whether a role noun comes right after token {@code k}: "state director". */
    private boolean roleAfter(List<Token> tokens, int k, int to) {
        return k + 1 < to && lexicon.names().roles().contains(tokens.get(k + 1).lower());
    }

    /** How many capitalised words may stand between an owner and the role it owns. */
    private static final int OWNED_ROLE_MODIFIERS = 2;

    /**
     * The two people "and" joins after the name {@code first}: "Claire and Steven Harcourt", as one
     * name; null when no second name follows.
     */
    private Read pairedName(List<Token> tokens, Read first, int to) {
        int and = first.next();
        if (and + 1 >= to
                || !tokens.get(and).lower().equals("and")
                || !tokens.get(and + 1).capitalized()) {
            return null;
        }
        Read second = forward(tokens, and + 1, to);
        if (second == null || second.ref().kind() != SpeakerRef.Kind.NAME) {
            return null;
        }
        String both = first.ref().text() + " and " + second.ref().text();
        return new Read(
                new SpeakerRef(SpeakerRef.Kind.NAME, both, first.ref().offset()), second.next());
    }

    /**
     * The name between "for" and "to" before the cue at token {@code cue}: "only for Trump to tweet
     * Monday that “…”", where the one named speaks; null when the cue follows no such words.
     */
    Read forSomeoneTo(List<Token> tokens, int cue, int start) {
        if (cue - 2 <= start || !tokens.get(cue - 1).lower().equals("to")) {
            return null;
        }
        Read name = backward(tokens, cue - 1, start);
        return name != null
                        && name.ref().kind() == SpeakerRef.Kind.NAME
                        && name.next() > start
                        && tokens.get(name.next() - 1).lower().equals("for")
                ? name
                : null;
    }

    /** Family nouns for several people: "Maisie's parents, Claire and Steven Harcourt,". */
    private static final Set<String> PLURAL_KIN =
            Set.of(
                    "parents",
                    "grandparents",
                    "sons",
                    "daughters",
                    "children",
                    "brothers",
                    "sisters",
                    "siblings",
                    "relatives",
                    "family");

    /**
     * "NASA administrator Jim Bridenstine", "Goddard planetary scientist Avi Mandell": after the
     * capitals of an organisation, a role noun and a name, the person is the name. Null when token
     * {@code role} is no role noun before a capitalised name.
     */
    private Read personAfterRole(List<Token> tokens, int role, int to) {
        if (role + 1 < to
                && POSTERS.contains(tokens.get(role).lower())
                && handle(tokens.get(role + 1))) {
            // "said Reddit user jay_k"
            return forward(tokens, role + 1, to);
        }
        int k = role;
        while (k < to && k - role < ROLE_WORDS && !tokens.get(k).capitalized()) {
            // "Environment Agency flood duty manager Karen Sowerby"
            k++;
        }
        if (k >= to
                || k == role
                || !lexicon.names().roles().contains(tokens.get(k - 1).lower())
                        && !JOB_HEADS.contains(tokens.get(k - 1).lower())
                || !tokens.get(k).capitalized()) {
            return null;
        }
        Read name = forward(tokens, k, to);
        return name != null && name.ref().kind() == SpeakerRef.Kind.NAME ? name : null;
    }

    /**
     * Nouns for a post, no role alone ("the bill's lead sponsor"), that head one between a body and
     * a name: "Google Search lead Liz Reid".
     */
    private static final Set<String> JOB_HEADS = Set.of("lead", "head");

    /** Participles for putting out a document or an ad, before when it came out. */
    private static final Set<String> RELEASED =
            Set.of("released", "published", "issued", "aired", "unveiled", "posted", "launched");

    /** The phrase ending just before token {@code end}, not reaching before {@code from}. */
    Read backward(List<Token> tokens, int end, int from) {
        int j = end - 1;
        while (j >= from && skipped(tokens.get(j))) {
            j--;
        }
        int dated = j >= from ? timeStart(tokens, j, from) : -1;
        if (dated >= 0) {
            // "The Pentagon on Monday said", "Jane Doe last week told the BBC"
            j = dated - 1;
            while (j >= from && skipped(tokens.get(j))) {
                j--;
            }
            if (j > from && RELEASED.contains(tokens.get(j).lower())) {
                // "A campaign TV ad released Thursday accuses": the thing, not when it came out
                j--;
            }
        }
        if (j < from) {
            return null;
        }
        if (tokens.get(j).is(',') || tokens.get(j).is(')')) {
            int open = appositiveStart(tokens, j, from);
            if (open < 0) {
                return tokens.get(j).is(',') ? nameApposedToRole(tokens, j, from) : null;
            }
            Read named =
                    bracketedPartyTag(tokens, open, j)
                            ? null
                            : nameClosingAppositive(tokens, open, j);
            if (named != null) {
                return named;
            }
            j = open - 1;
            int party = partyTagStart(tokens, j, from);
            if (party >= 0) {
                // "Sen. Angela Ruiz, D-N.M., the committee's chair, asked": the party tag too
                j = party - 1;
            }
            if (j > from && tokens.get(j).is(')')) {
                int bracket = appositiveStart(tokens, j, from);
                if (bracket >= 0 && bracketedPartyTag(tokens, bracket, j)) {
                    // "State Sen. Dawn Addiego (R-Burlington), for example, said"
                    j = bracket - 1;
                }
            }
        }
        if (j < from) {
            return null;
        }
        Read modified =
                introducesWords(tokens, end)
                        ? unnamedWithClause(tokens, j, from, anonymous(tokens, j + 1, end))
                        : null;
        if (modified != null) {
            return modified;
        }
        int share = shareOfPeople(tokens, j, from);
        if (share >= 0) {
            // "21 percent said “not too likely”", "About four in 10 said", "those surveyed said":
            // a share of those asked, as written, not the last person named
            return new Read(
                    new SpeakerRef(
                            SpeakerRef.Kind.UNNAMED,
                            String.join(" ", PhraseReader.texts(tokens, share, j + 1)),
                            tokens.get(share).start()),
                    share);
        }
        String word = tokens.get(j).lower();
        if (PRONOUNS.contains(word)
                || PhraseReader.GROUPS.contains(word) && !objectOfPreposition(tokens, j, from)
                || handle(tokens.get(j))) {
            return forward(tokens, j, j + 1);
        }
        if (j - 1 > from
                && !tokens.get(j).capitalized()
                && (tokens.get(j - 1).lower().equals("called")
                        || tokens.get(j - 1).lower().equals("named"))) {
            // "a user called mossbelly wrote": the poster, whose user name the resolver reads
            Read poster = backward(tokens, j - 1, from);
            if (poster != null && poster.ref().kind() == SpeakerRef.Kind.UNNAMED) {
                return poster;
            }
        }
        int start = j;
        while (start - 1 >= from
                && !opensPhrase(tokens, start)
                && (j - start < MAX_PHRASE
                                && (isPhraseWord(tokens.get(start - 1))
                                        || PhraseReader.pluralPossessive(tokens, start - 1))
                        || j - start < MAX_ORGANISATION
                                && inOrganisation(tokens, start - 1, from, j + 1))) {
            start--;
        }
        while (start < j
                && (!isPhraseStart(tokens.get(start))
                        || start == from && SENTENCE_LINKS.contains(tokens.get(start).lower()))) {
            // "But the presenter said", "And the minister told": the link opening the sentence
            // is no part of the subject
            start++;
        }
        int role = roleStartBefore(tokens, start, j + 1, from);
        if (role >= 0) {
            start = role;
        }
        for (int k = start; k < j; k++) {
            int affiliated = personOfOrganisation(tokens, k, from);
            if (affiliated >= 0) {
                // "Jane Hill of the University of Leeds said": the person, not where she works
                Read person = phrases.phrase(tokens, affiliated, k);
                if (person != null) {
                    return new Read(person.ref(), affiliated);
                }
            }
        }
        if (start == j && start - 2 >= from && tokens.get(start - 1).lower().equals("and")) {
            // "the Furrow Labs co-founder and CEO said": the second of two roles, not a name
            Read roles = jointRole(tokens, start, from);
            if (roles != null) {
                return roles;
            }
        }
        if (start == j && PARTY_WORDS.contains(word)) {
            // "rated 32% of Republican claims as “false”": a party word alone, without its
            // article, describes the noun after it
            return null;
        }
        Read read = phrases.phrase(tokens, start, j + 1);
        if (read == null) {
            int subject = afterOpeningTime(tokens, start, j);
            read = subject < 0 ? null : phrases.phrase(tokens, subject, j + 1);
            start = subject;
        }
        if (read != null && reducedRelative(tokens, start, read.ref())) {
            // "in a way Sam Coyle slammed as": the name opens a clause of its own, no object of
            // the preposition before the noun it describes
            start += 2;
        }
        return read == null ? null : new Read(read.ref(), start);
    }

    /**
     * Whether the phrase from token {@code start} is an article and a noun of manner or time, then
     * the name {@code ref}, the subject of a relative clause without its "that": "a way Sam Coyle
     * slammed", "the day Dana Quill said". ("the journal JAMA Psychiatry" is the name's own noun.)
     */
    private static boolean reducedRelative(List<Token> tokens, int start, SpeakerRef ref) {
        return ref.kind() == SpeakerRef.Kind.NAME
                && start + 2 < tokens.size()
                && tokens.get(start + 2).start() == ref.offset()
                && PhraseReader.ARTICLES.contains(tokens.get(start).lower())
                && RELATIVE_NOUNS.contains(tokens.get(start + 1).text());
    }

    /** Nouns a relative clause without "that" often follows: "the way Sam Coyle put it". */
    private static final Set<String> RELATIVE_NOUNS =
            Set.of("way", "manner", "day", "moment", "time", "night", "week", "year");

    /**
     * Where a share of the people asked that ends at token {@code j} starts ("21 percent", "21%",
     * "about four in 10", "42 percent of those surveyed", "those polled"), or -1.
     */
    private static int shareOfPeople(List<Token> tokens, int j, int from) {
        int fraction = fractionOfPeople(tokens, j, from);
        if (fraction >= 0) {
            return fraction;
        }
        int start = -1;
        Token last = tokens.get(j);
        if (j - 1 >= from
                && SURVEYED.contains(last.lower())
                && tokens.get(j - 1).lower().equals("those")) {
            start = j - 1;
            int share =
                    start - 2 >= from && tokens.get(start - 1).lower().equals("of")
                            ? shareOfPeople(tokens, start - 2, from)
                            : -1;
            // "42 percent of those surveyed"
            return share >= 0 ? share : start;
        }
        if (j - 1 >= from
                && (last.lower().equals("percent") || last.is('%'))
                && quantity(tokens.get(j - 1))) {
            start = j - 1;
        } else if (j - 2 >= from
                && last.isNumber(3)
                && tokens.get(j - 1).lower().equals("in")
                && quantity(tokens.get(j - 2))) {
            start = j - 2;
        }
        if (start - 1 >= from && APPROXIMATELY.contains(tokens.get(start - 1).lower())) {
            start--;
        }
        return start;
    }

    /**
     * Where a fraction of a people asked that ends at token {@code j} starts ("At least half of
     * voters in each state", "a majority of Republicans", "two-thirds of respondents"), or -1.
     */
    private static int fractionOfPeople(List<Token> tokens, int j, int from) {
        for (int of = j - 1; of - 1 >= from && j - of <= FRACTION_REACH; of--) {
            Token token = tokens.get(of);
            if (token.type() != Token.Type.WORD) {
                return -1;
            }
            if (!token.lower().equals("of") || !FRACTIONS.contains(tokens.get(of - 1).lower())) {
                continue;
            }
            int noun = of + 1;
            if (noun < j && PhraseReader.ARTICLES.contains(tokens.get(noun).lower())) {
                noun++;
            }
            if (!ASKED_PEOPLE.contains(tokens.get(noun).lower())) {
                return -1;
            }
            int start = of - 1;
            if (start - 1 >= from
                    && PhraseReader.ARTICLES.contains(tokens.get(start - 1).lower())) {
                start--;
            }
            if (start - 2 >= from
                    && BOUNDS.contains(
                            tokens.get(start - 2).lower() + " " + tokens.get(start - 1).lower())) {
                start -= 2;
            } else if (start - 1 >= from && APPROXIMATELY.contains(tokens.get(start - 1).lower())) {
                start--;
            }
            return start;
        }
        return -1;
    }

    /** How many tokens a fraction of people may run from its "of" to the cue. */
    private static final int FRACTION_REACH = 8;

    /** Words for a part of those asked: "half of voters". */
    private static final Set<String> FRACTIONS =
            Set.of(
                    "half",
                    "third",
                    "thirds",
                    "two-thirds",
                    "quarter",
                    "quarters",
                    "three-quarters",
                    "fifth",
                    "fifths",
                    "majority",
                    "minority",
                    "plurality");

    /** Those a poll asks, after a fraction: "half of voters", "a third of Republicans". */
    private static final Set<String> ASKED_PEOPLE =
            Set.of(
                    "voters",
                    "respondents",
                    "americans",
                    "adults",
                    "residents",
                    "republicans",
                    "democrats",
                    "independents",
                    "parents",
                    "people",
                    "women",
                    "men",
                    "students",
                    "workers",
                    "those",
                    "likely",
                    "registered");

    /** Two words that bound a share: "at least half", "more than a third". */
    private static final Set<String> BOUNDS =
            Set.of(
                    "at least",
                    "more than",
                    "less than",
                    "fewer than",
                    "at most",
                    "just over",
                    "just under");

    /** Whether {@code token} is a number, in figures or a word: "21", "four". */
    private static boolean quantity(Token token) {
        return token.isNumber(3) || NUMBER_WORDS.contains(token.lower());
    }

    /** Numbers written as words that count a share: "four in 10". */
    private static final Set<String> NUMBER_WORDS =
            Set.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

    /** Those asked in a poll: "those surveyed said". */
    private static final Set<String> SURVEYED =
            Set.of("surveyed", "polled", "questioned", "interviewed", "asked", "sampled");

    /** Words that make a share approximate: "about four in 10". */
    private static final Set<String> APPROXIMATELY =
            Set.of("about", "roughly", "nearly", "almost", "around", "some", "only", "just");

    /**
     * Whether the article at {@code start} opens the subject, the words before it another phrase:
     * "early in her career a BBC executive told her", "in 1990 the minister said". An article after
     * a preposition ("a spokesman for the council") or a quantifier ("all the players") is inside.
     */
    private static boolean opensPhrase(List<Token> tokens, int start) {
        return PhraseReader.ARTICLES.contains(tokens.get(start).lower())
                && !PREPOSITIONS.contains(tokens.get(start - 1).lower())
                && !ARTICLE_QUANTIFIERS.contains(tokens.get(start - 1).lower());
    }

    /** Words that come before an article inside one noun phrase: "all the players". */
    private static final Set<String> ARTICLE_QUANTIFIERS = Set.of("all", "both", "half", "such");

    /**
     * Whether the brackets from {@code open} to {@code close} hold a party and state or district
     * only: "State Sen. Dawn Addiego (R-Burlington), for example, said".
     */
    private static boolean bracketedPartyTag(List<Token> tokens, int open, int close) {
        return tokens.get(open).is('(')
                && (close == open + 2 || close == open + 3 && tokens.get(open + 2).is('.'))
                && BRACKETED_PARTY.matcher(tokens.get(open + 1).text()).matches();
    }

    /** A party and the state or district of a member, as bracketed: "R-Burlington", "D-Calif". */
    private static final java.util.regex.Pattern BRACKETED_PARTY =
            java.util.regex.Pattern.compile("[RDI]-[A-Z][A-Za-z.]+");

    /** Words that open the subject after a time phrase: "the minister", "his lawyer". */
    private static final Set<String> SUBJECT_ARTICLES =
            Set.of("the", "a", "an", "his", "her", "their", "its", "our", "my");

    /**
     * Where the subject starts after a time phrase that runs from {@code start} with no comma ("In
     * February the minister told", "Last week the club said"): the determiner after it, or -1.
     */
    private static int afterOpeningTime(List<Token> tokens, int start, int j) {
        for (int d = start; d < j; d++) {
            Token token = tokens.get(d);
            if (d > start && SUBJECT_ARTICLES.contains(token.lower())) {
                return d;
            }
            String word = token.lower();
            if (!(OPENING_TIME_WORDS.contains(word)
                    || CalendarWords.MONTHS.contains(word)
                    || CalendarWords.WEEKDAYS.contains(word)
                    || token.isNumber(4))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether the cue at token {@code cue} gives the words right after it ("said: “…”"), not a
     * report of them ("says he “never thought twice”").
     */
    private static boolean introducesWords(List<Token> tokens, int cue) {
        return cue + 1 < tokens.size()
                && (tokens.get(cue + 1).is(':')
                        || tokens.get(cue + 1).is(',')
                        || Mark.is(tokens.get(cue + 1)));
    }

    /** Whether a word between tokens {@code from} and {@code to} says a speaker is unnamed. */
    private static boolean anonymous(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (ANONYMITY.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words that open what is said of an unnamed speaker after the noun: "a woman who lives two
     * doors down", "one agent not involved", "a person briefed on the talks", "sources close to the
     * negotiations", "two people with direct knowledge of the plan", "a man in the crowd", "a woman
     * off camera".
     */
    static final Set<String> POST_MODIFIERS =
            Set.of(
                    "who",
                    "off",
                    "not",
                    "familiar",
                    "briefed",
                    "close",
                    "involved",
                    "with",
                    "in",
                    "from",
                    "at",
                    "knowledgeable");

    /** How many words a clause after an unnamed speaker may run before the cue verb. */
    private static final int CLAUSE_WORDS = 10;

    /** Words of a clause that says why a speaker is unnamed, not who they are. */
    private static final Set<String> ANONYMITY =
            Set.of("anonymity", "anonymously", "named", "identified", "quoted", "publicly");

    /**
     * An unnamed speaker with the words after the noun that say who they are ({@link
     * #POST_MODIFIERS}), ending at token {@code end} right before the cue verb: "a woman who lives
     * two doors down said", "one agent not involved in the negotiations said", "a person briefed on
     * the talks said". A clause that only says why they are not named is left out: "an official who
     * spoke on condition of anonymity said" is "an official". Null when no such speaker stands
     * there.
     */
    Read unnamedWithClause(List<Token> tokens, int end, int from, boolean asideAnonymous) {
        for (int k = end; k > from && end - k < CLAUSE_WORDS; k--) {
            Token token = tokens.get(k);
            if (token.type() != Token.Type.WORD
                    || k == end
                            && lexicon.cue(token) != null
                            && !PhraseReader.DETERMINERS.contains(tokens.get(k - 1).lower())) {
                return null;
            }
            String word = token.lower();
            boolean clause = k < end && POST_MODIFIERS.contains(word);
            if (!clause) {
                continue;
            }
            Read head = backward(tokens, k, from);
            if (head == null
                    || !head.ref().text().endsWith(tokens.get(k - 1).text())
                    || !(head.ref().kind() == SpeakerRef.Kind.UNNAMED
                                    && head.ref().text().split(" ").length >= 2
                            || head.ref().kind() == SpeakerRef.Kind.NAME
                                    && PhraseReader.GROUPS.contains(head.ref().text()))) {
                continue;
            }
            StringBuilder text = new StringBuilder(head.ref().text());
            // "a voice in my head that said": the relative pronoun before the verb is no part
            int last = tokens.get(end).lower().equals("that") && end > k ? end - 1 : end;
            for (int c = k; c <= last; c++) {
                text.append(' ').append(tokens.get(c).text());
            }
            SpeakerRef ref =
                    asideAnonymous || anonymous(tokens, k, end + 1)
                            ? head.ref()
                            : new SpeakerRef(
                                    SpeakerRef.Kind.UNNAMED, text.toString(), head.ref().offset());
            return new Read(ref, head.next());
        }
        return null;
    }

    /**
     * Whether the noun at token {@code noun} is the object of a preposition right before it or its
     * determiner: "A spokesman for <i>the teachers</i>", "A woman among the protesters", so the end
     * of a longer phrase, not the subject itself (but "depths researchers had called").
     */
    private static boolean objectOfPreposition(List<Token> tokens, int noun, int from) {
        int k = noun - 1;
        if (k > from && PhraseReader.DETERMINERS.contains(tokens.get(k).lower())) {
            k--;
        }
        return k > from && PREPOSITIONS.contains(tokens.get(k).lower());
    }

    /** How many tokens two roles joined by "and" may run back to their determiner. */
    private static final int JOINT_ROLE_REACH = 8;

    /**
     * The role phrase ending at token {@code role}, an upper-case role ("CEO") joined by "and" to a
     * role noun before it, read back to its determiner ("the Furrow Labs co-founder and CEO"), or
     * null.
     */
    private Read jointRole(List<Token> tokens, int role, int from) {
        Token last = tokens.get(role);
        String before = tokens.get(role - 2).lower();
        if (!last.text().equals(last.text().toUpperCase(java.util.Locale.ROOT))
                || !lexicon.names().roles().contains(last.lower())
                || !lexicon.names().roles().contains(before)) {
            return null;
        }
        for (int k = role - 3; k >= from && role - k <= JOINT_ROLE_REACH; k--) {
            if (tokens.get(k).type() == Token.Type.PUNCT) {
                return null;
            }
            if (PhraseReader.DETERMINERS.contains(tokens.get(k).lower())) {
                String text = PhraseReader.text(tokens, k, role + 1);
                return new Read(
                        new SpeakerRef(SpeakerRef.Kind.PERSON_ROLE, text, tokens.get(k).start()),
                        k);
            }
        }
        return null;
    }

    /**
     * Words that join a person to where they work: "Jane Hill of the University of Leeds", "U.S.
     * Attorney Kendra Oyelaran for the Southern District of Florida".
     */
    private static final Set<String> AFFILIATIONS = Set.of("of", "from", "at", "for", "with");

    /**
     * Where the name of the person written just before "of the", "from" or "at" at token {@code k},
     * and a capitalised organisation after it, begins ("Dr. Jane Hill at the University of Leeds"),
     * or -1 when no such name stands there. The name must hold a given name or a title.
     */
    private int personOfOrganisation(List<Token> tokens, int k, int from) {
        if (k - 2 < from
                || k + 2 >= tokens.size()
                || !AFFILIATIONS.contains(tokens.get(k).text())
                || !tokens.get(k - 1).capitalized()
                || lexicon.names().roles().contains(tokens.get(k - 1).bare())
                || lexicon.names().honorifics().contains(tokens.get(k - 1).bare())) {
            // "Vice Minister of Agriculture Zhao Minghui": an office, not a person of a place
            return -1;
        }
        int organisation = tokens.get(k + 1).lower().equals("the") ? k + 2 : k + 1;
        if (!tokens.get(organisation).capitalized()) {
            return -1;
        }
        int end = k;
        int m = k - 1;
        while (m >= from
                && end - m <= MAX_PHRASE
                && (tokens.get(m).capitalized() || PhraseReader.isInitialDot(tokens, m))) {
            m--;
        }
        int begin = m + 1;
        if (end - begin < 2) {
            return -1;
        }
        for (int n = begin; n < end - 1; n++) {
            String word = tokens.get(n).bare();
            if (lexicon.names().givenNames().contains(word)
                    || lexicon.names().honorifics().contains(word)) {
                return begin;
            }
        }
        return -1;
    }

    /** Parts of a day after a day: "Monday night", "last night", "yesterday afternoon". */
    private static final Set<String> DAY_PARTS = Set.of("morning", "afternoon", "evening", "night");

    /** Spans of time after "last", "this" or "the next": "last week", "earlier this month". */
    private static final Set<String> PERIODS = Set.of("week", "weekend", "month", "year");

    private static final Set<String> DEICTIC =
            Set.of("last", "this", "yesterday", "today", "next", "following");

    /** Words after "the" that make a period a time: "the next year", "the following day". */
    private static final Set<String> SEQUENTIAL = Set.of("next", "following");

    /** Words of a time phrase opening a sentence with no comma: "In February", "Last week". */
    private static final Set<String> OPENING_TIME_WORDS = openingTimeWords();

    private static Set<String> openingTimeWords() {
        Set<String> words =
                new java.util.HashSet<>(
                        Set.of(
                                "in", "on", "at", "during", "earlier", "later", "next", "early",
                                "late", "ago"));
        words.addAll(DAY_PARTS);
        words.addAll(PERIODS);
        words.addAll(DEICTIC);
        return Set.copyOf(words);
    }

    /**
     * Where a time phrase between a subject and its verb starts when it ends at token {@code j}
     * ("on Monday", "late Tuesday", "Monday night", "on Nov. 3", "last week", "yesterday"), or -1;
     * reading no further back than {@code from}.
     */
    static int timeStart(List<Token> tokens, int j, int from) {
        Token last = tokens.get(j);
        String word = last.lower();
        if (j - 2 >= from
                && tokens.get(j - 2).lower().equals("at")
                && (word.equals("time") && tokens.get(j - 1).lower().equals("the")
                        || word.equals("point") && tokens.get(j - 1).lower().equals("one"))) {
            // "My agent at the time told me", "the coach at one point said"
            return j - 2;
        }
        int k;
        boolean sequentialDay =
                word.equals("day")
                        && j - 1 >= from
                        && SEQUENTIAL.contains(tokens.get(j - 1).lower());
        if (DAY_PARTS.contains(word) || PERIODS.contains(word) || sequentialDay) {
            if (j - 1 < from) {
                return -1;
            }
            String before = tokens.get(j - 1).lower();
            boolean day = DAY_PARTS.contains(word) && CalendarWords.WEEKDAYS.contains(before);
            if (!day && !DEICTIC.contains(before)) {
                return -1;
            }
            k = j - 1;
            if (SEQUENTIAL.contains(before)) {
                if (k - 1 < from || !tokens.get(k - 1).lower().equals("the")) {
                    return -1;
                }
                k--;
            }
        } else if (CalendarWords.WEEKDAYS.contains(word) && last.capitalized()
                || word.equals("yesterday")
                || word.equals("today")) {
            k = j;
        } else if (last.isNumber(2) && j - 1 >= from) {
            int month = tokens.get(j - 1).is('.') ? j - 2 : j - 1;
            if (month < from
                    || !tokens.get(month).capitalized()
                    || !CalendarWords.MONTHS.contains(tokens.get(month).lower())) {
                return -1;
            }
            k = month;
        } else {
            return -1;
        }
        if (k - 1 >= from
                && (tokens.get(k - 1).lower().equals("late")
                        || tokens.get(k - 1).lower().equals("early"))) {
            k--;
        }
        if (k - 1 >= from && tokens.get(k - 1).lower().equals("on")) {
            k--;
        }
        return k;
    }

    /** How many words the name of an organisation may run: "the Chinese Center for … and …". */
    private static final int MAX_ORGANISATION = 10;

    /**
     * Whether token {@code k} lies inside an organisation's name running to {@code end}: a
     * capitalised word or a joining "of", "for" or "and".
     */
    private boolean inOrganisation(List<Token> tokens, int k, int from, int end) {
        return tokens.get(k).capitalized() || phrases.organisationJoiner(tokens, k, from, end);
    }

    /** How many tokens before its verb a clause's subject may stand. */
    private static final int CLAUSE_REACH = 50;

    /** Words that open a clause whose subject a headline may give without an article. */
    private static final Set<String> BARE_ROLE_OPENERS = Set.of("as", "while", "after", "when");

    /** Words that count the people a noun names, not describe them: "Each parent said". */
    private static final Set<String> QUANTIFIERS =
            Set.of("each", "every", "some", "any", "no", "your", "these", "those", "both");

    /**
     * Where the words before the cue at {@code cue} start after a label and its colon ("RELATED:
     * State fire marshal calls"); {@code start} when no colon stands within a bare role's reach.
     */
    private static int afterLabel(List<Token> tokens, int cue, int start) {
        for (int k = cue - 1; k > start && cue - k <= 4; k--) {
            if (tokens.get(k).is(':')) {
                return k + 1;
            }
        }
        return start;
    }

    /**
     * Whether a capitalised word opening the clause at {@code start}, a lower-case word or none,
     * and a role noun stand right before the cue at token {@code cue}, with no article: "Startup
     * founder says", "State fire marshal calls".
     */
    private boolean modifiedBareRole(List<Token> tokens, int start, int cue) {
        if (cue - start < 2 || cue - start > 3) {
            return false;
        }
        Token modifier = tokens.get(start);
        Token role = tokens.get(cue - 1);
        for (int k = start + 1; k < cue - 1; k++) {
            Token between = tokens.get(k);
            if (between.type() != Token.Type.WORD
                    || between.capitalized()
                    || lexicon.cue(between.lower()) != null
                    || PhraseReader.DETERMINERS.contains(between.lower())) {
                // "When a reporter asked": a clause opener and an article, no bare role
                return false;
            }
        }
        return modifier.type() == Token.Type.WORD
                && modifier.capitalized()
                && !PhraseReader.DETERMINERS.contains(modifier.lower())
                && !QUANTIFIERS.contains(modifier.lower())
                && role.type() == Token.Type.WORD
                && !role.capitalized()
                && lexicon.names().roles().contains(role.lower());
    }

    /** How many letters a role written in initials runs at most: "CEO", "MEP". */
    private static final int INITIALS = 4;

    /**
     * Where the bare role before the cue at {@code cue} starts: the role noun, or a lower-case word
     * before it ("as former bookkeeper says"), right after a word that opens the clause; -1 when
     * there is no such role.
     */
    private int bareRoleStart(List<Token> tokens, int cue, int start) {
        if (cue - 2 < start) {
            return -1;
        }
        Token role = tokens.get(cue - 1);
        if (role.type() != Token.Type.WORD
                || role.capitalized() && !NameLexicon.initials(role.text(), INITIALS)
                || !lexicon.names().roles().contains(role.lower())) {
            // "as CEO cites": a role in initials too
            return -1;
        }
        if (BARE_ROLE_OPENERS.contains(tokens.get(cue - 2).lower())) {
            return cue - 1;
        }
        Token modifier = tokens.get(cue - 2);
        return cue - 3 >= start
                        && modifier.type() == Token.Type.WORD
                        && !modifier.capitalized()
                        && !PhraseReader.DETERMINERS.contains(modifier.lower())
                        && !QUANTIFIERS.contains(modifier.lower())
                        && lexicon.cue(modifier.lower()) == null
                        && BARE_ROLE_OPENERS.contains(tokens.get(cue - 3).lower())
                ? cue - 2
                : -1;
    }

    /**
     * Whether the cue at {@code cue} is "accused" with "of" right after it, a passive with its
     * auxiliary left out, as headlines write it: no object stands between, as it does in "the
     * watchdog accused Veridian of …".
     */
    static boolean accusedOf(List<Token> tokens, int cue) {
        return cue + 1 < tokens.size()
                && tokens.get(cue).lower().equals("accused")
                && tokens.get(cue + 1).lower().equals("of");
    }

    /**
     * The name right before "in" or "on" and a phrase of where the words were given, with no comma
     * between them and the cue at {@code cue}: "Raja Sen in his review for NDTV said", "Ann Bell in
     * an interview with Kestland TV said". Null when the words before the cue are no such thing.
     */
    private SpeakerRef nameBeforeVenue(List<Token> tokens, int cue, int from) {
        for (int k = cue - 1; k > from && cue - k <= VENUE_WORDS; k--) {
            Token token = tokens.get(k);
            if (token.type() != Token.Type.WORD || CLAUSE_OPENERS.contains(token.lower())) {
                // "who shot to fame playing Marisol Vega on the network drama, explained", "in a
                // rare interview when asked": a clause of its own, not where the words were given
                return null;
            }
            if (k == cue - 1
                    || !VENUE_PREPOSITIONS.contains(token.lower())
                    || !tokens.get(k - 1).capitalized()
                    || !(PhraseReader.ARTICLES.contains(tokens.get(k + 1).lower())
                            || PhraseReader.OWNERS.containsKey(tokens.get(k + 1).lower()))
                    || !venueNounIn(tokens, k + 2, cue)) {
                continue;
            }
            Read named = backward(tokens, k, from);
            int before = k - 1;
            while (named != null
                    && before > from
                    && tokens.get(before).start() >= named.ref().offset()) {
                before--;
            }
            if (before > from
                    && (lexicon.cue(tokens.get(before)) != null
                            || PREPOSITIONS.contains(tokens.get(before).lower()))) {
                // "the tycoon told Reuters in a rare interview": the one spoken to
                return null;
            }
            return named != null
                            && named.ref().kind() == SpeakerRef.Kind.NAME
                            && Character.isUpperCase(named.ref().text().codePointAt(0))
                            && !PhraseReader.GROUPS.contains(
                                    named.ref().text().toLowerCase(Locale.ROOT))
                    ? named.ref()
                    : null;
        }
        return null;
    }

    /** How many words a phrase of where the words were given may run before its cue. */
    private static final int VENUE_WORDS = 9;

    /** Whether a noun for a piece of writing or a talk stands among tokens {@code from..to}. */
    private static boolean venueNounIn(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String word = tokens.get(k).lower();
            if (VENUE_NOUNS.contains(word) || QuoteAssembler.DOCUMENTS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Nouns for where words were given: "in his review for NDTV", "in an interview with". */
    private static final Set<String> VENUE_NOUNS =
            Set.of(
                    "review",
                    "interview",
                    "column",
                    "piece",
                    "article",
                    "essay",
                    "op-ed",
                    "editorial",
                    "podcast",
                    "appearance",
                    "speech",
                    "address",
                    "remarks",
                    "testimony",
                    "briefing");

    /**
     * The subject of the cue verb at token {@code cue}, reading no further back than {@code start}:
     * the phrase right before it ("Kit Connor, 20, said"), else the subject of its clause when the
     * verb is a participle ("…, adding"), an infinitive ("turned to Twitter to describe"), joined
     * to an earlier verb ("paused and added"), or when the phrase before it is the object of a
     * preposition ("the authors of the study published in <i>JAMA</i> argued") or lies inside an
     * appositive never closed ("Ian Hamilton, an expert at York who did not work on the study,
     * told"). A participle or infinitive whose clause names no one gives the sentence's subject, to
     * be found again; otherwise null when nothing reads as a subject.
     */
    SpeakerRef ofCue(List<Token> tokens, int cue, int from) {
        if (accusedOf(tokens, cue)) {
            // "Veridian accused of ‘rigging’ search results": the one accused, not the accuser
            return null;
        }
        SpeakerRef marching = groupBeforeParticiple(tokens, cue, from);
        if (marching != null) {
            return marching;
        }
        if (tokens.get(cue).lower().endsWith("ing")) {
            SpeakerRef shown = participleSubject(tokens, cue, from);
            if (shown != null) {
                // "An exchange between Podesta and Clinton aide Cheryl Mills has Podesta saying":
                // the one shown saying it, whoever the sentence named before
                return shown;
            }
        }
        int affiliated = beforeAffiliation(tokens, cue, from);
        if (affiliated > from) {
            // "Gov. John Kasich (R-OH), said": the name before its party and state
            Read named = backward(tokens, affiliated, from);
            if (named != null && named.ref().kind() == SpeakerRef.Kind.NAME) {
                return named.ref();
            }
        }
        SpeakerRef venued = nameBeforeVenue(tokens, cue, from);
        if (venued != null) {
            // "Film critic Raja Sen in his review for NDTV said": the critic, not the channel
            return venued;
        }
        int start = afterSemicolon(tokens, cue, from);
        SpeakerRef sender = senderAside(tokens, cue, start);
        if (sender != null) {
            return sender;
        }
        SpeakerRef issuer = beforeDocumentAside(tokens, cue, start);
        if (issuer == null) {
            issuer = documentAuthor(tokens, cue, start);
        }
        if (issuer != null) {
            return issuer;
        }
        SpeakerRef opening = nameBeforeAppositives(tokens, cue, start);
        if (opening == null) {
            opening = nameBeforeUnclosedRole(tokens, cue, start);
        }
        if (opening == null) {
            opening = holderOfOffice(tokens, cue, start);
        }
        if (opening == null) {
            opening = nameAfterRolePhrase(tokens, cue, start);
        }
        if (opening != null) {
            return opening;
        }
        SpeakerRef antecedent = antecedentOf(tokens, cue, start);
        if (antecedent != null) {
            return antecedent;
        }
        String word = tokens.get(cue).lower();
        String before = cue > start ? tokens.get(cue - 1).lower() : "";
        if (before.equals("to")) {
            SpeakerRef prompted = objectPrompted(tokens, cue - 1, start);
            if (prompted != null) {
                return prompted;
            }
            Read infinitive = forSomeoneTo(tokens, cue, start);
            if (infinitive != null) {
                return infinitive.ref();
            }
        }
        SpeakerRef quoted = quotedAsSaying(tokens, cue, start);
        if (quoted != null) {
            return quoted;
        }
        boolean participle = word.endsWith("ing") || before.equals("to");
        if (word.endsWith("ing")
                && PARTICIPLE_SUBORDINATORS.contains(before)
                && start > 0
                && Mark.is(tokens.get(start - 1))) {
            // "… it was “premature” to back Clinton’s campaign while adding, “…”": the one the
            // sentence is about adds it, not the object read back to the quotation before
            return new SpeakerRef(SpeakerRef.Kind.SENTENCE_SUBJECT, "", tokens.get(cue).start());
        }
        if ((word.endsWith("ing") && before.equals(",")) || before.equals("and")) {
            SpeakerRef earlier = earlierCueSubject(tokens, cue, start);
            if (earlier != null) {
                // "…, Nefzi said, adding, “…”", "Lazar said he welcomed extradition and added,
                // “…”": the one whose cue the sentence already gave goes on speaking
                return earlier;
            }
        }
        if (word.endsWith("ing")) {
            SpeakerRef progressive = progressiveSubject(tokens, cue, start);
            if (progressive != null) {
                return progressive;
            }
            SpeakerRef subordinate =
                    before.equals(",") ? subordinateSubjectBefore(tokens, cue - 1, start) : null;
            if (subordinate != null) {
                // "The party's remarks came a day after Minister Dale Pimm dismissed the
                // criticism, asserting that …": the one whose deed the participle goes on with
                return subordinate;
            }
            SpeakerRef doer = participleSubject(tokens, cue, start);
            if (doer != null) {
                return doer;
            }
            SpeakerRef relative = inRelativeClause(tokens, cue, start);
            if (relative != null) {
                return relative;
            }
            SpeakerRef absolute = withDoer(tokens, cue, start);
            if (absolute != null) {
                // "with many marchers and spectators chanting “…”": those the phrase names
                return absolute;
            }
        }
        int bare = bareRoleStart(tokens, cue, start);
        if (bare >= 0) {
            // "… as governor warns inflation ‘job is not done’", "as former bookkeeper says:": a
            // headline drops the article
            return new SpeakerRef(
                    SpeakerRef.Kind.PERSON_ROLE,
                    String.join(" ", PhraseReader.texts(tokens, bare, cue)),
                    tokens.get(bare).start());
        }
        int headed = afterLabel(tokens, cue, start);
        if (modifiedBareRole(tokens, headed, cue)) {
            // "Startup founder says AI tool will “change everything”": the same, a word or two
            // before
            return new SpeakerRef(
                    SpeakerRef.Kind.PERSON_ROLE,
                    String.join(" ", PhraseReader.texts(tokens, headed, cue)),
                    tokens.get(headed).start());
        }
        boolean conjunction = before.equals("and") || before.equals("but");
        boolean joined = conjunction || before.equals(",");
        Read read = participle || conjunction ? null : backward(tokens, cue, start);
        SpeakerRef relative =
                read == null || read.ref().kind() == SpeakerRef.Kind.PRONOUN
                        ? null
                        : beyondRelativeClause(tokens, read.next(), start);
        if (relative != null) {
            return relative;
        }
        if (read != null
                && (!afterPreposition(tokens, read.next(), start)
                        || clauseAfterSubordinator(tokens, read.next(), cue, start))) {
            // "Clinton, a top aide said, “is very confident”": a cue in an aside speaks for the
            // phrase before it, not the name the aside interrupts
            SpeakerRef named = inAside(tokens, cue) ? null : apposedTo(tokens, read, start);
            if (named == null) {
                named = nameApposedAfter(tokens, read, cue);
            }
            return named != null ? named : read.ref();
        }
        int clause = clauseStart(tokens, cue, start);
        if (participle) {
            clause = lastJoinedClause(tokens, clause, cue);
        }
        SpeakerRef opener =
                word.endsWith("ing") && before.equals(",")
                        ? subjectBeforeObject(tokens, afterOpeningClause(tokens, clause, cue), cue)
                        : null;
        if (opener != null) {
            // "The governor attacked Trump, saying he “…”": the one attacking says it, not the
            // one named after the verb
            return opener;
        }
        SpeakerRef subject = subjectOf(tokens, clause, cue);
        SpeakerRef titled = subject == null ? null : nameAfterOpeningTitle(tokens, clause, cue);
        if (titled != null) {
            // "Minister of Natural Resources, Mohlomi Moleko, would not confirm … and only said:"
            subject = titled;
        }
        SpeakerRef apposedName =
                subject == null ? null : nameBetweenDashes(tokens, subject, clause, cue);
        if (apposedName != null) {
            subject = apposedName;
        }
        if (subject != null
                && (participle
                        || joined
                        || read != null
                        || apposed(tokens, subject, clause, cue)
                        || groupWhere(tokens, subject, cue))) {
            return subject;
        }
        if (participle || conjunction || joined && read == null) {
            // "…, adding", "paused and added": the sentence's subject, to be found again; but
            // "a study by the Centre for Economic Policy Research, a think tank, concluded" is
            // the name before the appositive
            return new SpeakerRef(SpeakerRef.Kind.SENTENCE_SUBJECT, "", tokens.get(cue).start());
        }
        return read == null ? null : read.ref();
    }

    /**
     * The doer of the participle at {@code cue} in a phrase opened by "with": "with many marchers
     * and spectators chanting", "with protesters shouting". Null when no such phrase stands right
     * before it.
     */
    private SpeakerRef withDoer(List<Token> tokens, int cue, int start) {
        if (cue - 1 < start || tokens.get(cue - 1).type() != Token.Type.WORD) {
            // "in an interview with CNBC, accusing": a participle after a comma goes on with the
            // sentence's subject
            return null;
        }
        for (int k = cue - 2; k >= start && cue - k <= WITH_PHRASE; k--) {
            Token token = tokens.get(k);
            if (token.type() != Token.Type.WORD) {
                return null;
            }
            if (token.lower().equals("with")) {
                // "many marchers and spectators", "protesters": people the phrase counts, as
                // written; a name, a role or an owner's relative ("with her husband saying") is
                // left to the sentence's subject
                Token opening = tokens.get(k + 1);
                if (opening.type() != Token.Type.WORD
                        || opening.capitalized()
                        || PhraseReader.DETERMINERS.contains(opening.lower())) {
                    return null;
                }
                Read doer = forward(tokens, k + 1, cue);
                if (doer != null && doer.next() == cue) {
                    return doer.ref();
                }
                Read people = phrases.phrase(tokens, k + 1, cue);
                return people == null ? null : people.ref();
            }
        }
        return null;
    }

    /** How many words a phrase after "with" may run before its participle. */
    private static final int WITH_PHRASE = 6;

    /**
     * The named subject of the last cue verb before the cue at {@code cue} in the same clause, from
     * {@code start}: no comma stands between them but the one before a participle. Null when no
     * such cue stands before it or its subject names no one.
     */
    private SpeakerRef earlierCueSubject(List<Token> tokens, int cue, int start) {
        for (int k = cue - 2; k > start; k--) {
            Token token = tokens.get(k);
            if (token.type() == Token.Type.PUNCT) {
                return null;
            }
            Cue earlier = lexicon.cue(token);
            if (earlier == null
                    || token.capitalized()
                    || !earlier.can(Cue.Use.SPEECH)
                    || earlier.can(Cue.Use.WEAK)
                    || token.lower().endsWith("ing")
                    || QuoteLexicon.nounBeforeVerb(tokens, k)
                    || QuoteLexicon.nounAfterIndefinite(tokens, k, start)
                    || QuoteLexicon.nounAfterName(tokens, k, start)
                    || PhraseReader.DETERMINERS.contains(tokens.get(k - 1).lower())
                    || PhraseReader.possessive(tokens.get(k - 1))
                    || PhraseReader.pluralPossessive(tokens, k - 1)) {
                // "impressed with Sanders’ comments Tuesday, telling": a noun after its owner
                continue;
            }
            Read subject = backward(tokens, k, start);
            return subject != null && subject.ref().kind() == SpeakerRef.Kind.NAME
                    ? subject.ref()
                    : null;
        }
        return null;
    }

    /**
     * The subject opening the clause from {@code clause} when it is a pronoun or "the" and a role,
     * a verb in the past right after it, and a name after the verb as its object, the clause
     * running on to the participle cue at {@code cue}: "it attacked Trump, saying", "The governor
     * criticised Omar Vell, saying". Null for any other clause.
     */
    private SpeakerRef subjectBeforeObject(List<Token> tokens, int clause, int cue) {
        if (clause >= 0 && clause + 2 < cue && tokens.get(clause + 1).is(',')) {
            // "Meanwhile, it attacked Trump": past an adverb set off before the subject
            clause += 2;
        }
        if (clause < 0 || clause + 3 >= cue) {
            return null;
        }
        Token first = tokens.get(clause);
        int verb = clause + 1;
        SpeakerRef subject = null;
        if (PRONOUNS.contains(first.lower()) && !first.lower().equals("i")) {
            subject = new SpeakerRef(SpeakerRef.Kind.PRONOUN, first.lower(), first.start());
        } else if (first.lower().equals("the")
                && (lexicon.roles().contains(tokens.get(clause + 1).lower())
                        || OFFICE_NOUNS.contains(tokens.get(clause + 1).lower()))) {
            verb = clause + 2;
            subject =
                    new SpeakerRef(
                            SpeakerRef.Kind.PERSON_ROLE,
                            first.text() + " " + tokens.get(clause + 1).text(),
                            first.start());
        }
        if (subject == null || verb + 1 >= cue) {
            return null;
        }
        Token past = tokens.get(verb);
        int object = verb + 1;
        while (object + 1 < cue
                && object - verb <= OBJECT_PARTICLES_MAX
                && OBJECT_PARTICLES.contains(tokens.get(object).lower())) {
            // "sounded off on Trump", "lashed out at Trump"
            object++;
        }
        if (past.capitalized()
                || !past.lower().endsWith("ed")
                || !tokens.get(object).capitalized()) {
            return null;
        }
        for (int k = object; k < cue - 1; k++) {
            if (tokens.get(k).type() != Token.Type.WORD || !tokens.get(k).capitalized()) {
                return null;
            }
        }
        return subject;
    }

    /** Words that join a participle to the clause before: "while adding", "before saying". */
    private static final Set<String> PARTICIPLE_SUBORDINATORS =
            Set.of("while", "after", "before", "when", "since", "without", "upon");

    /** Particles and prepositions between a verb and the person it is aimed at: "lashed out at". */
    private static final Set<String> OBJECT_PARTICLES =
            Set.of("off", "out", "back", "on", "at", "against", "into");

    /** How many such words may stand there. */
    private static final int OBJECT_PARTICLES_MAX = 2;

    /**
     * Nouns for an office that "the" makes a person, though not in the role list: "the justice".
     */
    private static final Set<String> OFFICE_NOUNS = Set.of("justice");

    /**
     * Whether a plural noun for people stands in lower case at {@code k}: "Democratic leaders",
     * "Republican senators", "Trump supporters" describe a group by the word before it.
     */
    private boolean beforePeople(List<Token> tokens, int k, int to) {
        if (k >= to || tokens.get(k).type() != Token.Type.WORD || tokens.get(k).capitalized()) {
            return false;
        }
        String word = tokens.get(k).lower();
        return PhraseReader.GROUPS.contains(word)
                || word.length() > 3
                        && word.endsWith("s")
                        && lexicon.roles().contains(word.substring(0, word.length() - 1));
    }

    /**
     * Where the brackets open that hold a party and a state right before the cue at {@code cue}, a
     * comma perhaps between ("Kasich (R-OH), said", "Schiff (D-Calif.) said"), or -1.
     */
    private static int beforeAffiliation(List<Token> tokens, int cue, int from) {
        int close = cue - 1;
        if (close > from && tokens.get(close).is(',')) {
            close--;
        }
        if (close - 2 <= from || !tokens.get(close).is(')')) {
            return -1;
        }
        for (int open = close - 2; open >= close - 3 && open > from; open--) {
            if (bracketedPartyTag(tokens, open, close)) {
                return open;
            }
        }
        return -1;
    }

    /** How many tokens a participle phrase between a group and its cue may run. */
    private static final int PARTICIPLE_PHRASE = 8;

    /**
     * The group a participle phrase follows right before the cue at {@code cue}: "Protesters
     * marching through the streets chanted", "crowds gathered outside shouted". Null when no group
     * noun opens such a phrase, or a mark or a comma stands inside it.
     */
    private static SpeakerRef groupBeforeParticiple(List<Token> tokens, int cue, int from) {
        for (int k = cue - 2; k >= from && cue - k <= PARTICIPLE_PHRASE; k--) {
            Token token = tokens.get(k);
            if (token.type() != Token.Type.WORD) {
                return null;
            }
            String next = tokens.get(k + 1).lower();
            if (PhraseReader.GROUPS.contains(token.lower())
                    && (next.endsWith("ing") || next.endsWith("ed"))
                    && next.length() > 4) {
                return new SpeakerRef(SpeakerRef.Kind.NAME, token.lower(), token.start());
            }
        }
        return null;
    }

    /** How many words may stand between an opening article and the document it names. */
    private static final int DOCUMENT_WORDS = 3;

    /**
     * Who wrote the document the clause before the cue at {@code cue} opens with, "A statement by a
     * Sussex spokesperson read:", "A statement from the family confirming the move read:": the
     * document speaks for its author, who may go on with a participle before the verb. Null when
     * the clause is no such document.
     */
    private SpeakerRef documentAuthor(List<Token> tokens, int cue, int start) {
        if (cue - start < 4 || !PhraseReader.ARTICLES.contains(tokens.get(start).lower())) {
            return null;
        }
        int by = -1;
        for (int k = start + 1; k < cue && k - start <= DOCUMENT_WORDS; k++) {
            if (QuoteAssembler.DOCUMENTS.contains(tokens.get(k).lower())) {
                String next = tokens.get(k + 1).lower();
                by = next.equals("by") || next.equals("from") ? k + 1 : -1;
                break;
            }
        }
        if (by < 0) {
            return null;
        }
        Read author = forward(tokens, by + 1, cue);
        if (author == null || author.ref().kind() == SpeakerRef.Kind.PRONOUN) {
            return null;
        }
        int after = author.next();
        boolean clause = after == cue || tokens.get(after).lower().endsWith("ing");
        for (int k = after; clause && k < cue; k++) {
            clause = tokens.get(k).type() == Token.Type.WORD || tokens.get(k).is('-');
        }
        return clause ? author.ref() : null;
    }

    /**
     * The sender set off by commas after "from" or "by" between a document, or one of several, and
     * "read" at token {@code cue}: "One, from a fourth-grade class at Millbrook Elementary, read:",
     * "The note, from Dana Whitfield, read:". The document speaks for its sender. Null otherwise.
     */
    SpeakerRef senderAside(List<Token> tokens, int cue, int start) {
        if (!AttributionFinder.reads(tokens.get(cue)) || !tokens.get(cue - 1).is(',')) {
            return null;
        }
        int comma = start;
        while (comma < cue
                && comma - start < SENT_WORDS
                && tokens.get(comma).type() == Token.Type.WORD) {
            comma++;
        }
        if (comma == start || comma + 3 >= cue || !tokens.get(comma).is(',')) {
            return null;
        }
        String head = tokens.get(comma - 1).lower();
        String by = tokens.get(comma + 1).lower();
        if (!QuoteAssembler.DOCUMENTS.contains(head) && !SENT_ONES.contains(head)
                || !by.equals("from") && !by.equals("by")) {
            return null;
        }
        for (int k = comma + 2; k < cue - 1; k++) {
            if (tokens.get(k).is(',')) {
                return null;
            }
        }
        Read sender = forward(tokens, comma + 2, cue - 1);
        return sender != null
                        && (sender.ref().kind() == SpeakerRef.Kind.NAME
                                || sender.ref().kind() == SpeakerRef.Kind.UNNAMED)
                ? sender.ref()
                : null;
    }

    /** How many words the document before a sender set off by commas may run: "The first note". */
    private static final int SENT_WORDS = 4;

    /** Words for one of several documents: "One, from …, read:". */
    private static final Set<String> SENT_ONES = Set.of("one", "another");

    /**
     * The subject before an aside on the document it spoke in, set off by commas up to the cue:
     * "The association, in a statement signed by its National Publicity Secretary, Mr Ifeanyi Obi,
     * on Thursday, said". Whoever signed the statement is not its speaker. Null without such an
     * aside.
     */
    private SpeakerRef beforeDocumentAside(List<Token> tokens, int cue, int start) {
        if (cue - start < 6 || !tokens.get(cue - 1).is(',')) {
            return null;
        }
        int comma = start + 1;
        while (comma < cue && !tokens.get(comma).is(',')) {
            comma++;
        }
        if (comma - start > MAX_PHRASE
                || comma + 3 >= cue
                || !tokens.get(comma + 1).lower().equals("in")
                || !PhraseReader.DETERMINERS.contains(tokens.get(comma + 2).lower())
                || !QuoteAssembler.DOCUMENTS.contains(tokens.get(comma + 3).lower())) {
            return null;
        }
        return subjectOf(tokens, start, comma);
    }

    /**
     * Whom someone "quoted … as saying": "Al Khaleej quoted him as saying", "Reuters quoted the
     * chairman as telling"; the words are the one quoted's, not the quoter's. Null when the cue at
     * {@code cue} is no such "saying".
     */
    SpeakerRef quotedAsSaying(List<Token> tokens, int cue, int start) {
        int quoted = -1;
        if (QUOTING.contains(tokens.get(cue).lower())) {
            quoted = cue;
        } else if (cue - 3 >= start && tokens.get(cue - 1).lower().equals("as")) {
            for (int q = cue - 3; q >= start && cue - q <= QUOTED_OBJECT; q--) {
                if (QUOTING.contains(tokens.get(q).lower())) {
                    quoted = q;
                    break;
                }
            }
        }
        if (quoted < 0 || !OutletRecognizer.asSaying(tokens, quoted, tokens.size())) {
            return null;
        }
        int as = quoted + 2;
        while (!tokens.get(as).lower().equals("as")) {
            as++;
        }
        if (as == quoted + 2 && OBJECT_PRONOUNS.containsKey(tokens.get(quoted + 1).lower())) {
            // "Al Khaleej quoted him": an object pronoun is never its own clause's subject, so it
            // is read from where the clause starts, pointing back past the quoter
            return new SpeakerRef(
                    SpeakerRef.Kind.PRONOUN,
                    OBJECT_PRONOUNS.get(tokens.get(quoted + 1).lower()),
                    tokens.get(start).start());
        }
        // "was quoted by Reuters as saying" is the subject's, read as before
        Read read = forward(tokens, quoted + 1, as);
        return read != null && read.next() == as ? read.ref() : null;
    }

    /** The forms of "quote" before whom it quotes: "Reuters quoted the chairman as saying". */
    static final Set<String> QUOTING = Set.of("quote", "quoted", "quotes", "quoting");

    /** How many tokens the one quoted may run between "quoted" and "as saying". */
    private static final int QUOTED_OBJECT = 6;

    /** Object pronouns as the subject pronouns a speaker is resolved from. */
    static final java.util.Map<String, String> OBJECT_PRONOUNS =
            java.util.Map.of("him", "he", "her", "she", "them", "they");

    /**
     * The one a verb of prompting moves to speak, the phrase between the verb and the "to" at
     * {@code to}: "the album prompted one critic to call them “…”" is the critic's, not the
     * album's. Null when no such verb stands close before.
     */
    private SpeakerRef objectPrompted(List<Token> tokens, int to, int start) {
        for (int v = to - 2; v >= start && to - v <= PROMPTED_REACH; v--) {
            Token verb = tokens.get(v);
            if (verb.type() != Token.Type.WORD) {
                return null;
            }
            if (PROMPTING.contains(verb.lower())) {
                String object = v + 2 == to ? OBJECT_PRONOUNS.get(tokens.get(v + 1).lower()) : null;
                if (object != null) {
                    // "a win that led her to declare that the nomination was “in sight”"
                    return new SpeakerRef(
                            SpeakerRef.Kind.PRONOUN, object, tokens.get(v + 1).start());
                }
                Read read = phrases.phrase(tokens, v + 1, to);
                return read == null || read.next() != to ? null : read.ref();
            }
        }
        return null;
    }

    /** Verbs that move someone to speak: "prompted one critic to call them “…”". */
    private static final Set<String> PROMPTING =
            Set.of(
                    "prompted",
                    "prompting",
                    "led",
                    "leading",
                    "forced",
                    "forcing",
                    "caused",
                    "causing",
                    "inspired",
                    "moved",
                    "pushed",
                    "drove",
                    "compelled");

    /** How many words a phrase between a verb of prompting and "to" may run. */
    private static final int PROMPTED_REACH = 7;

    /**
     * A group and where its members work or whom they speak for, "economists at Goldman Sachs",
     * "lawyers for the family", read whole from the group word at {@code i}; null when no
     * capitalised name, or "the" and a few words up to a cue, follows "at", "from" or "for".
     */
    private Read staffOf(List<Token> tokens, int i, int to) {
        int k = i + 1;
        if (k + 1 >= to || !STAFF_LINKS.contains(tokens.get(k).lower())) {
            return null;
        }
        int end = k + 1;
        if (tokens.get(end).lower().equals("the")
                && end + 1 < to
                && !tokens.get(end + 1).capitalized()) {
            // "lawyers for the family said": a few words in lower case up to the cue
            end++;
            while (end < to
                    && end - k <= STAFF_WORDS
                    && tokens.get(end).type() == Token.Type.WORD
                    && !tokens.get(end).capitalized()
                    && lexicon.cue(tokens.get(end)) == null) {
                end++;
            }
            if (end >= to || lexicon.cue(tokens.get(end)) == null) {
                return null;
            }
        } else if (!tokens.get(end).capitalized()) {
            return null;
        }
        while (end < to && (tokens.get(end).capitalized() || tokens.get(end).is('&'))) {
            end++;
        }
        Read read = phrases.phrase(tokens, i, end);
        if (read != null && read.ref().kind() == SpeakerRef.Kind.UNNAMED) {
            return read;
        }
        // "lawyers for the family": the group as written, whatever role the words after it name
        return new Read(
                new SpeakerRef(
                        SpeakerRef.Kind.UNNAMED,
                        String.join(" ", PhraseReader.texts(tokens, i, end)),
                        tokens.get(i).start()),
                end);
    }

    /** Words that tie a group to where it works or whom it speaks for. */
    private static final Set<String> STAFF_LINKS = Set.of("at", "from", "for");

    /** How many words a group's employer in lower case may run: "for the family". */
    private static final int STAFF_WORDS = 4;

    /**
     * Where the clause holding the cue at {@code cue} starts when a semicolon stands between {@code
     * from} and the cue: "Lok Shakti Party wins; Rathee resigns, says …" is Rathee's.
     */
    private static int afterSemicolon(List<Token> tokens, int cue, int from) {
        for (int k = cue - 1; k >= from; k--) {
            if (tokens.get(k).is(';')) {
                return k + 1;
            }
        }
        return from;
    }

    /**
     * Words after which a name and a participle make a clause of their own: "with Governor Fiona
     * Castellano warning that…", "the messages show Okafor-Brett writing to an official: “…”".
     */
    private static final Set<String> SMALL_CLAUSE_OPENERS =
            Set.of(
                    "with",
                    "show",
                    "shows",
                    "showed",
                    "shown",
                    "showing",
                    "see",
                    "saw",
                    "seen",
                    "hear",
                    "heard",
                    "depict",
                    "depicts",
                    "depicted",
                    "film",
                    "filmed",
                    "caught",
                    "record",
                    "recorded",
                    "has",
                    "have",
                    "had");

    /**
     * The subject of the participle at {@code cue} when a name stands right before it after "with"
     * or a verb of seeing or showing: "with Governor Fiona Castellano warning", "the messages show
     * Okafor-Brett writing". Null otherwise: the participle then belongs to the clause's subject
     * ("Trump attacked Pelosi, calling her…").
     */
    private SpeakerRef participleSubject(List<Token> tokens, int cue, int start) {
        Read read = backward(tokens, cue, start);
        if (read == null
                || read.ref().kind() != SpeakerRef.Kind.NAME
                        && read.ref().kind() != SpeakerRef.Kind.UNNAMED) {
            return null;
        }
        if (read.next() <= start) {
            // a reading that ran back to the clause's start: where the name itself starts
            int named = cue - 1;
            while (named > start && tokens.get(named).start() > read.ref().offset()) {
                named--;
            }
            if (named <= start || tokens.get(named).start() != read.ref().offset()) {
                return null;
            }
            read = new Read(read.ref(), named);
        }
        for (int k = read.next(); k < cue; k++) {
            if (tokens.get(k).type() == Token.Type.PUNCT && !tokens.get(k).is('.')) {
                return null;
            }
        }
        int opener = read.next() - 1;
        while (opener > start && tokens.get(opener).start() >= read.ref().offset()) {
            // the phrase read back may end its reading after the noun it names
            opener--;
        }
        if (opener - 1 >= start && GROUP_QUANTIFIERS.contains(tokens.get(opener).lower())) {
            // "with some analysts suggesting that …"
            opener--;
        }
        boolean recorded =
                opener - 1 >= start
                        && tokens.get(opener).lower().equals("of")
                        && RECORDINGS.contains(tokens.get(opener - 1).lower());
        // "The ad uses footage of Hillary Clinton asking, “…”": the one recorded speaks
        return recorded || SMALL_CLAUSE_OPENERS.contains(tokens.get(opener).lower())
                ? read.ref()
                : null;
    }

    /** Nouns for a recording of someone, before "of" and the one recorded. */
    private static final Set<String> RECORDINGS =
            Set.of("footage", "video", "clip", "audio", "recording", "tape", "film");

    /** Words counting a group before its noun: "with some analysts saying". */
    private static final Set<String> GROUP_QUANTIFIERS =
            Set.of("some", "many", "several", "most", "other", "few", "numerous");

    /**
     * The subject of a cue in a progressive tense, read back past its auxiliaries: "that Tamara
     * Quinn-Holt had been telling people …", "It may be saying something like “…”" (whose "it" is
     * no one). Null when no form of "be" stands before the cue or no subject before that.
     */
    private SpeakerRef progressiveSubject(List<Token> tokens, int cue, int start) {
        int k = cue - 1;
        boolean progressive = false;
        while (k > start
                && (PROGRESSIVE.contains(tokens.get(k).lower())
                        || skipped(tokens.get(k))
                        || progressive
                                && AttributionFinder.MODALS.contains(tokens.get(k).lower()))) {
            progressive |= PROGRESSIVE.contains(tokens.get(k).lower());
            k--;
        }
        if (!progressive) {
            return null;
        }
        Read read = backward(tokens, k + 1, start);
        if (read == null
                || read.ref().kind() == SpeakerRef.Kind.SENTENCE_SUBJECT
                || afterPreposition(tokens, read.next(), start)
                || read.next() > start && tokens.get(read.next() - 1).lower().equals("and")) {
            // "when she and Mumolo were writing the scene": two people, no one of them
            return null;
        }
        return read.ref();
    }

    /** Forms of "be" before a participle in a progressive tense. */
    private static final Set<String> PROGRESSIVE =
            Set.of("was", "were", "is", "are", "am", "been", "be");

    /**
     * Whom the relative clause a participle at {@code cue} ends stands for, when no comma parts
     * them: "Likud, which tried to rally support by saying that …" is Likud's saying, not the
     * sentence's subject's. Null otherwise.
     */
    private SpeakerRef inRelativeClause(List<Token> tokens, int cue, int start) {
        boolean comma = cue - 1 > start && tokens.get(cue - 1).is(',');
        int reach = comma ? COORDINATED_RELATIVE_REACH : RELATIVE_REACH;
        for (int k = comma ? cue - 2 : cue - 1; k > start && cue - k <= reach; k--) {
            if (tokens.get(k).type() == Token.Type.PUNCT) {
                return null;
            }
            if (reducedRelativeSubject(tokens, k, start)) {
                // "who highlighted comments Trump made in 2006 saying he “…”": the one who made
                // the comments says it, not those who highlighted them
                Read maker = backward(tokens, k + 1, start);
                if (maker != null && maker.ref().kind() == SpeakerRef.Kind.NAME) {
                    return maker.ref();
                }
            }
            if (tokens.get(k).lower().equals("who") || tokens.get(k).lower().equals("which")) {
                if (comma && COORDINATORS.contains(tokens.get(k - 1).lower())) {
                    // "who is running for Congress and who worked the crowd, praising": the
                    // first of the joined clauses names whom
                    continue;
                }
                if (comma && !tokens.get(k - 1).is(',')) {
                    return null;
                }
                // "Eric Kingson, who worked the crowd, praising “…”": the participle after the
                // clause's closing comma is still its antecedent's
                return relativeAntecedent(tokens, k, start);
            }
        }
        return null;
    }

    /**
     * Whether the capitalised word at {@code k} ends a name that opens a relative clause without
     * its "that", right after a noun and right before its verb: "comments Trump made".
     */
    private static boolean reducedRelativeSubject(List<Token> tokens, int k, int start) {
        if (k - 1 <= start || k + 1 >= tokens.size() || !tokens.get(k).capitalized()) {
            return false;
        }
        Token noun = tokens.get(k - 1);
        Token verb = tokens.get(k + 1);
        return noun.type() == Token.Type.WORD
                && !noun.capitalized()
                && !PhraseReader.DETERMINERS.contains(noun.lower())
                && !PREPOSITIONS.contains(noun.lower())
                && noun.lower().endsWith("s")
                && verb.type() == Token.Type.WORD
                && !verb.capitalized()
                && (verb.lower().endsWith("ed") || MADE.contains(verb.lower()));
    }

    /** Verbs in the past that make words, irregular: "comments Trump made". */
    private static final Set<String> MADE = Set.of("made", "gave", "wrote", "said", "told");

    /** How many words a relative clause may run before a participle that ends it. */
    private static final int RELATIVE_REACH = 10;

    /** How many words joined relative clauses set off by commas may run before a participle. */
    private static final int COORDINATED_RELATIVE_REACH = 16;

    /**
     * Whom "who" before the cue verb at {@code cue} stands for: "Among the critics was Ana Ruiz,
     * who called the plan “reckless”", "a career Army officer who described the call as
     * “improper”". Null when no "who" stands there or nothing before it reads as a subject.
     */
    private SpeakerRef antecedentOf(List<Token> tokens, int cue, int start) {
        int who = cue - 1;
        while (who > start && skipped(tokens.get(who))) {
            who--;
        }
        int time = who > start ? timeStart(tokens, who, start) : -1;
        if (time > start) {
            // "Haddad, who last week said": past the time between the pronoun and its verb
            who = time - 1;
        } else if (who - 1 > start
                && tokens.get(who).isNumber(4)
                && tokens.get(who - 1).lower().equals("in")) {
            // "McConnell, who in 2010 said"
            who -= 2;
        }
        return relativeAntecedent(tokens, who, start);
    }

    /**
     * Whom the relative pronoun at token {@code who} stands for: the person before "who", or the
     * body before "which". Null when no such pronoun stands there or nothing before it reads as a
     * subject.
     */
    private SpeakerRef relativeAntecedent(List<Token> tokens, int who, int start) {
        if (who <= start
                || !tokens.get(who).lower().equals("who")
                        && !tokens.get(who).lower().equals("which")) {
            return null;
        }
        int end = tokens.get(who - 1).is(',') ? who - 1 : who;
        Read read = end > start ? backward(tokens, end, start) : null;
        if (read == null) {
            return null;
        }
        if (tokens.get(who).lower().equals("which")
                && read.ref().kind() != SpeakerRef.Kind.NAME
                && read.ref().kind() != SpeakerRef.Kind.ORGANISATION_ROLE) {
            // "Likud, which said": a body that speaks; not a person's "which"
            return null;
        }
        SpeakerRef epithet = epithetRead(tokens, read.ref(), who, start);
        if (epithet != null) {
            // "a partial reversal for the Wisconsin Republican, who had pledged": the one the
            // story calls so, not a name
            return epithet;
        }
        int article =
                read.ref().kind() == SpeakerRef.Kind.NAME ? articleAt(tokens, read.next()) : -1;
        boolean role =
                read.ref().kind() == SpeakerRef.Kind.PERSON_ROLE
                        || read.ref().kind() == SpeakerRef.Kind.ORGANISATION_ROLE;
        if (read.ref().kind() == SpeakerRef.Kind.UNNAMED || article >= 0 || role) {
            // "former minister Graham Oyelowo, now a backbencher, who told": the name the
            // description is apposed to, even after a preposition; so too "Senator James
            // Lankford, an Oklahoma Republican who warned"
            int comma = article >= 0 ? article - 1 : read.next() - 1;
            while (comma > start && skipped(tokens.get(comma))) {
                comma--;
            }
            Read name =
                    comma > start && tokens.get(comma).is(',')
                            ? backward(tokens, comma, start)
                            : null;
            if (name != null && name.ref().kind() == SpeakerRef.Kind.NAME) {
                // and "Sen. Mary Feld, the ranking Democrat on the committee, who said"
                return name.ref();
            }
        }
        return read.ref();
    }

    /**
     * {@code ref}, a name read back from the relative pronoun at {@code who}, as the role it is
     * when "the" stands before it and its last word is a role noun ("the Wisconsin Republican",
     * "the Ohio senator"); null otherwise.
     */
    private SpeakerRef epithetRead(List<Token> tokens, SpeakerRef ref, int who, int start) {
        if (ref.kind() != SpeakerRef.Kind.NAME) {
            return null;
        }
        String text = ref.text();
        String last = text.substring(text.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
        if (!text.contains(" ") || !lexicon.roles().contains(last)) {
            return null;
        }
        for (int k = who - 1; k > start && who - k <= MAX_PHRASE + 1; k--) {
            if (tokens.get(k).start() == ref.offset()) {
                Token the = tokens.get(k - 1);
                return the.lower().equals("the")
                        ? new SpeakerRef(SpeakerRef.Kind.PERSON_ROLE, "the " + text, the.start())
                        : null;
            }
        }
        return null;
    }

    /**
     * Where "a" or "an" stands at or just before token {@code k}, else -1: a name read after it is
     * a description in capitals ("an Oklahoma Republican", "a Labour backbencher"), no one's name.
     */
    private static int articleAt(List<Token> tokens, int k) {
        for (int at = k; at >= Math.max(0, k - 1); at--) {
            if (at < tokens.size()) {
                String word = tokens.get(at).lower();
                if (word.equals("a") || word.equals("an")) {
                    return at;
                }
            }
        }
        return -1;
    }

    /**
     * The subject a relative clause describes when the phrase before the cue verb is that clause's
     * object: "A Lagos bus driver who returned a bag to its owner says" is the driver, not the
     * owner. The phrase starting at token {@code object} is an object when a verb stands right
     * before it, and "who" a few words before that; a pronoun read there is a subject ("who claims
     * he was instructed"). Null otherwise.
     */
    private SpeakerRef beyondRelativeClause(List<Token> tokens, int object, int start) {
        int verb = object - 1;
        if (verb <= start
                || tokens.get(verb).type() != Token.Type.WORD
                || tokens.get(verb).capitalized()
                || PREPOSITIONS.contains(tokens.get(verb).lower())
                || PhraseReader.DETERMINERS.contains(tokens.get(verb).lower())) {
            return null;
        }
        for (int k = verb - 1; k > start && verb - k <= RELATIVE_CLAUSE; k--) {
            Token token = tokens.get(k);
            if (token.type() == Token.Type.PUNCT) {
                return null;
            }
            if (token.lower().equals("who")) {
                Read subject = backward(tokens, k, start);
                return subject == null ? null : subject.ref();
            }
        }
        return null;
    }

    /**
     * How many words a relative clause may run before its verb's object: "who quietly returned".
     */
    private static final int RELATIVE_CLAUSE = 8;

    /**
     * The full name a clause opens with when appositives stand between it and the cue verb, or
     * null: "<i>Marcus Adebayo-Finch</i>, the MP for Wexcombe North, who sits on the same
     * committee, wrote", "<i>Rosalind Castellanos</i>, founder of the group ALS Forward, whose
     * husband died in 2019, called". The names inside the appositives are not the subject.
     */
    private SpeakerRef nameBeforeAppositives(List<Token> tokens, int cue, int start) {
        if (cue - 1 <= start || cue - start > MAX_APPOSITIVE || !tokens.get(cue - 1).is(',')) {
            return null;
        }
        Read name = forward(tokens, start, cue);
        if (name == null
                || name.ref().kind() != SpeakerRef.Kind.NAME
                || !name.ref().text().contains(" ")
                        && !lexicon.names().courtesyTitle(tokens.get(start))
                || name.next() >= cue - 1
                || !tokens.get(name.next()).is(',')) {
            return null;
        }
        boolean relative = false;
        for (int k = name.next() + 1; k < cue; k++) {
            Token token = tokens.get(k);
            // "Mr. Slinker, whose start-up helps brands find suppliers, said": the verbs of a
            // relative clause are its own
            relative |= RELATIVES.contains(token.lower());
            int title = quotationMark(token) ? quotedTitleEnd(tokens, k, cue) : -1;
            if (title > k) {
                // "Sam Solovey, a contestant on the show “The Apprentice,” who went on …, said": a
                // title in marks inside the appositive
                k = title;
                continue;
            }
            if (token.is('.') && !PhraseReader.isInitialDot(tokens, k)
                    || token.is(';')
                    || quotationMark(token)
                    || !relative && lexicon.cue(token) != null) {
                return null;
            }
        }
        return name.ref();
    }

    /** How many tokens a title in marks may run inside an appositive: "“The Apprentice,”". */
    private static final int QUOTED_TITLE = 6;

    /**
     * Where a short title in marks that opens at token {@code open} closes ("“The Apprentice,”"):
     * the closing mark's token, or -1 when none closes within {@link #QUOTED_TITLE} tokens or the
     * title does not open with a capital.
     */
    private static int quotedTitleEnd(List<Token> tokens, int open, int end) {
        if (open + 1 >= end || !tokens.get(open + 1).capitalized()) {
            return -1;
        }
        for (int k = open + 1; k < end && k - open <= QUOTED_TITLE + 1; k++) {
            if (quotationMark(tokens.get(k))) {
                return k;
            }
        }
        return -1;
    }

    /** How many words may stand before a role's noun in an appositive: "Deputy Chief". */
    static final int UNCLOSED_ROLE_WORDS = 3;

    /**
     * The full name a clause opens with when a role of an organisation follows it after a comma and
     * runs to the cue with no comma closing it: "Cllr Louise Gittins, Chair of the Local Government
     * Association said:". The organisation is whom the role serves. Null otherwise.
     */
    private SpeakerRef nameBeforeUnclosedRole(List<Token> tokens, int cue, int start) {
        if (cue - start < 5
                || cue - start > MAX_APPOSITIVE
                || tokens.get(cue - 1).type() != Token.Type.WORD) {
            return null;
        }
        Read name = forward(tokens, start, cue);
        if (name == null
                || name.ref().kind() != SpeakerRef.Kind.NAME
                || !name.ref().text().contains(" ")
                || name.next() + 3 >= cue
                || !tokens.get(name.next()).is(',')) {
            return null;
        }
        int k = name.next() + 1;
        if (PhraseReader.ARTICLES.contains(tokens.get(k).lower())) {
            k++;
        }
        int role = -1;
        for (int j = k; j < cue - 2 && j - k <= UNCLOSED_ROLE_WORDS; j++) {
            String next = tokens.get(j + 1).lower();
            if (lexicon.roles().contains(tokens.get(j).lower())
                    && (next.equals("of") || next.equals("at") || next.equals("for"))) {
                role = j;
                break;
            }
        }
        if (role < 0) {
            return null;
        }
        for (int j = role + 2; j < cue; j++) {
            Token token = tokens.get(j);
            if (token.type() != Token.Type.WORD
                    || !token.capitalized()
                            && !PhraseReader.DETERMINERS.contains(token.lower())
                            && !token.lower().equals("of")
                            && !token.lower().equals("and")) {
                return null;
            }
        }
        return tokens.get(cue - 1).capitalized() ? name.ref() : null;
    }

    /**
     * The full name set off by commas right before the cue after a role phrase that opens the
     * clause: "In a letter dated 12 March, the agency's Director of Procurement, Aliyu Kangiwa,
     * wrote", "the shop worker, 19-year-old Amrit Sandhu, said", "The Asokwa branch chairman of the
     * Ghana Private Road Transport Union (GPRTU), Mr Kwabena Owusu, said". Null otherwise.
     */
    private SpeakerRef nameAfterRolePhrase(List<Token> tokens, int cue, int start) {
        if (cue - 1 <= start || !tokens.get(cue - 1).is(',')) {
            return null;
        }
        int open = cue - 2;
        while (open > start && cue - open <= APPOSED_NAME && !tokens.get(open).is(',')) {
            open--;
        }
        if (open <= start || !tokens.get(open).is(',')) {
            return null;
        }
        int first = open + 1;
        while (first < cue - 1
                && tokens.get(first).type() == Token.Type.WORD
                && !tokens.get(first).capitalized()) {
            // "19-year-old Amrit Sandhu": the age or a word of description before the name
            first++;
        }
        Read name = forward(tokens, first, cue - 1);
        if (name == null
                || name.ref().kind() != SpeakerRef.Kind.NAME
                || !name.ref().text().contains(" ")
                || name.next() != cue - 1) {
            return null;
        }
        for (int k = open - 1; k >= start && open - k <= ROLE_BEFORE_NAME; k--) {
            Token token = tokens.get(k);
            if (token.is('.') && !PhraseReader.isInitialDot(tokens, k)
                    || token.is(';')
                    || quotationMark(token)
                    || lexicon.cue(token) != null && !token.capitalized()) {
                return null;
            }
            if (token.is(',') && !titleBetween(tokens, k, open)) {
                return null;
            }
            boolean headOf = token.lower().equals("head") && tokens.get(k + 1).lower().equals("of");
            if ((lexicon.roles().contains(token.lower()) || headOf)
                    && (determinedBefore(tokens, k, start) || titleOpening(tokens, k, start))) {
                // "to discuss his remarks about his rival, Carla Voss, saying": a participle goes
                // on with the clause's subject, not with a name apposed to its object
                return participleAfterObject(tokens, k, open, cue, start) ? null : name.ref();
            }
        }
        return null;
    }

    /**
     * Whether the tokens between the commas at {@code comma} and {@code open} are a title in
     * capitals with an office or a rank in it: "The head of the NHTCU, Acting Detective Chief
     * Superintendent, Mick Deats, said".
     */
    private boolean titleBetween(List<Token> tokens, int comma, int open) {
        boolean office = false;
        for (int k = comma + 1; k < open; k++) {
            Token token = tokens.get(k);
            if (token.type() != Token.Type.WORD || !token.capitalized()) {
                return false;
            }
            office |= lexicon.officeWord(token.lower());
        }
        return office && open - comma > 1;
    }

    /**
     * The full name set off by commas after a title in capitals that opens the clause from token
     * {@code start}: "Minister of Natural Resources, Mohlomi Moleko, would not confirm …". Null
     * otherwise.
     */
    private SpeakerRef nameAfterOpeningTitle(List<Token> tokens, int start, int cue) {
        int comma = start;
        while (comma < cue
                && comma - start <= ROLE_BEFORE_NAME
                && tokens.get(comma).type() == Token.Type.WORD) {
            comma++;
        }
        if (comma >= cue || comma == start || !tokens.get(comma).is(',')) {
            return null;
        }
        for (int k = start; k < comma; k++) {
            if (!tokens.get(k).capitalized() && !ROLE_LINKS.contains(tokens.get(k).lower())) {
                // "Senator Ray Dunne met his rival, Carla Voss, saying": a verb and its object
                // after the title, not the rest of the title
                return null;
            }
        }
        boolean titled = false;
        for (int k = start; k < comma && k - start <= 2 && !titled; k++) {
            titled =
                    lexicon.roles().contains(tokens.get(k).lower())
                            && titleOpening(tokens, k, start);
        }
        if (!titled) {
            return null;
        }
        Read name = forward(tokens, comma + 1, cue);
        return name != null
                        && name.ref().kind() == SpeakerRef.Kind.NAME
                        && name.ref().text().contains(" ")
                        && name.next() < cue
                        && tokens.get(name.next()).is(',')
                ? name.ref()
                : null;
    }

    /**
     * Whether the role at token {@code k} is a title in capitals that opens the clause, its
     * modifiers capitalised too: "Minister of Natural Resources, Mohlomi Moleko, said", "Deputy
     * Director of Procurement, …".
     */
    private static boolean titleOpening(List<Token> tokens, int k, int start) {
        if (k - start > 2) {
            return false;
        }
        for (int j = start; j <= k; j++) {
            if (tokens.get(j).type() != Token.Type.WORD || !tokens.get(j).capitalized()) {
                return false;
            }
        }
        return true;
    }

    /** How many tokens a name set off by commas before a cue may run: ", Mr Kwabena Owusu,". */
    private static final int APPOSED_NAME = 7;

    /** How many tokens a role phrase before a name set off by commas may run back. */
    private static final int ROLE_BEFORE_NAME = 16;

    /**
     * Whether the cue at {@code cue} is a participle after a comma and the role phrase whose noun
     * is at {@code k} does not run straight to the name set off by the comma at {@code open}: a
     * verb stands between ("Senator Ray Dunne met his rival, Carla Voss, saying"), or the role is a
     * verb's or a preposition's object ("about his rival, Carla Voss, saying"). The participle then
     * goes on with the clause's subject, not with the name apposed to its object.
     */
    private static boolean participleAfterObject(
            List<Token> tokens, int k, int open, int cue, int start) {
        if (!tokens.get(cue).lower().endsWith("ing") || !tokens.get(cue - 1).is(',')) {
            return false;
        }
        for (int j = k + 1; j < open; j++) {
            Token token = tokens.get(j);
            if (token.type() == Token.Type.WORD
                    && !token.capitalized()
                    && !ROLE_LINKS.contains(token.lower())) {
                return true;
            }
        }
        for (int j = k - 1; j >= start && k - j <= MAX_PHRASE; j--) {
            Token token = tokens.get(j);
            if (PhraseReader.ARTICLES.contains(token.lower())
                    || PhraseReader.possessive(token)
                    || PhraseReader.POSSESSIVE_PRONOUNS.contains(token.lower())) {
                return j > start
                        && tokens.get(j - 1).type() == Token.Type.WORD
                        && !SUBORDINATORS.contains(tokens.get(j - 1).lower());
            }
        }
        return false;
    }

    /** Words that join a role to what it serves: "Director of Procurement", "chief for the". */
    private static final java.util.Set<String> ROLE_LINKS =
            java.util.Set.of("of", "the", "for", "and", "at", "in", "on", "to", "a", "an");

    /**
     * Whether an article or a possessive stands before token {@code k} in its phrase, up to a comma
     * or {@code start}: "the shop worker", "the agency's Director".
     */
    private static boolean determinedBefore(List<Token> tokens, int k, int start) {
        for (int j = k - 1; j >= start && k - j <= MAX_PHRASE; j--) {
            Token token = tokens.get(j);
            if (token.is(',')) {
                return false;
            }
            if (PhraseReader.ARTICLES.contains(token.lower()) || PhraseReader.possessive(token)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The person named between commas after an office written as "the" and a capitalised title of a
     * place, right before the cue: "The Baale of Ilase-Ijebu, Chief Musiliu Adekunle Odunsi, told".
     * A person's own name takes no "the"; null otherwise.
     */
    private SpeakerRef holderOfOffice(List<Token> tokens, int cue, int start) {
        if (cue - start > MAX_APPOSITIVE
                || start + 3 >= cue
                || !tokens.get(cue - 1).is(',')
                || !tokens.get(start).lower().equals("the")
                || !tokens.get(start + 1).capitalized()
                || !tokens.get(start + 2).lower().equals("of")) {
            return null;
        }
        int comma = start + 3;
        while (comma < cue - 1 && !tokens.get(comma).is(',')) {
            comma++;
        }
        if (comma >= cue - 1) {
            return null;
        }
        Read name = forward(tokens, comma + 1, cue);
        return name != null
                        && name.ref().kind() == SpeakerRef.Kind.NAME
                        && name.ref().text().contains(" ")
                        && name.next() == cue - 1
                ? name.ref()
                : null;
    }

    /**
     * The name that someone unnamed after a comma describes, or null: "<i>Omar Lamrani</i>, a
     * senior analyst at Stratfor, the Texas firm, told". Not a place or time the sentence opens
     * with ("In Brussels, a spokesperson for the Commission said").
     */
    private SpeakerRef apposedTo(List<Token> tokens, Read read, int start) {
        int comma = read.next() - 1;
        if (read.ref().kind() != SpeakerRef.Kind.UNNAMED
                || comma <= start
                || !tokens.get(comma).is(',')) {
            return null;
        }
        Read name = backward(tokens, comma, start);
        for (int k = name == null ? comma : name.next(); k < comma; k++) {
            if (PREPOSITIONS.contains(tokens.get(k).lower())) {
                // "According to AFP, one user on Weibo, …, posted": AFP is no subject
                return null;
            }
        }
        if (name == null || name.ref().kind() != SpeakerRef.Kind.NAME) {
            return null;
        }
        Read whole = forward(tokens, name.next(), comma);
        // "Tolu is, her aunt says, “…”": a verb between the name and the comma makes the role
        // no apposition
        return (whole == null || whole.next() == comma)
                        && !afterPreposition(tokens, name.next(), start)
                        && !PREPOSITIONS.contains(tokens.get(name.next()).lower())
                ? name.ref()
                : null;
    }

    /**
     * Whether the cue at {@code cue} closes an aside inside the clause it reports: a comma after
     * it, then the clause going on with a verb or the quotation ("Clinton, a top aide said, “is
     * …”", "Trump, Sexton said, has created").
     */
    private static boolean inAside(List<Token> tokens, int cue) {
        if (cue + 2 >= tokens.size() || !tokens.get(cue + 1).is(',')) {
            return false;
        }
        Token next = tokens.get(cue + 2);
        return Mark.is(next)
                || next.type() == Token.Type.WORD
                        && !next.capitalized()
                        && !next.lower().endsWith("ing")
                        && !next.lower().equals("and")
                        && !next.lower().equals("but");
    }

    /**
     * The name or handle in apposition after an unnamed subject, or null: "Another,
     * <i>@gigbuddy_pete</i>, posted", "One resident, <i>Mary Hale</i>, said".
     */
    private SpeakerRef nameApposedAfter(List<Token> tokens, Read read, int cue) {
        if (read.ref().kind() != SpeakerRef.Kind.UNNAMED) {
            return null;
        }
        for (int k = read.next(); k < cue && k - read.next() <= APPOSED_AFTER; k++) {
            if (tokens.get(k).is(',')) {
                Read name = forward(tokens, k + 1, cue);
                return name != null
                                && name.ref().kind() == SpeakerRef.Kind.NAME
                                && name.next() < cue
                                && tokens.get(name.next()).is(',')
                        ? name.ref()
                        : null;
            }
        }
        return null;
    }

    /**
     * The name set off by dashes right after a role or unnamed subject, or null: "My dad – Gary
     * Abernathy, he still runs the place – called me … and said".
     */
    private SpeakerRef nameBetweenDashes(
            List<Token> tokens, SpeakerRef subject, int from, int cue) {
        if (subject.kind() != SpeakerRef.Kind.UNNAMED
                && subject.kind() != SpeakerRef.Kind.PERSON_ROLE) {
            return null;
        }
        int after = subject.offset() + subject.text().length();
        for (int k = from; k + 1 < cue; k++) {
            Token token = tokens.get(k);
            if (token.start() < after) {
                continue;
            }
            if (!token.is('–') && !token.is('—')) {
                return null;
            }
            Read name = forward(tokens, k + 1, cue);
            return name != null
                            && name.ref().kind() == SpeakerRef.Kind.NAME
                            && name.next() < cue
                            && (tokens.get(name.next()).is(',')
                                    || tokens.get(name.next()).is(token.text().charAt(0)))
                    ? name.ref()
                    : null;
        }
        return null;
    }

    /** How many words an unnamed subject runs before the comma of a name apposed to it. */
    private static final int APPOSED_AFTER = 6;

    /** Whether a comma follows the name {@code subject}: the start of an appositive. */
    private static boolean apposed(List<Token> tokens, SpeakerRef subject, int from, int to) {
        if (subject.kind() != SpeakerRef.Kind.NAME) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (tokens.get(k).start() >= subject.offset()) {
                int end = k;
                while (end < to
                        && (tokens.get(end).capitalized()
                                || PhraseReader.isInitialDot(tokens, end))) {
                    end++;
                }
                return end < to && tokens.get(end).is(',');
            }
        }
        return false;
    }

    /** Where the clause of the cue at {@code cue} may start: not inside a run of capitals. */
    private static int clauseStart(List<Token> tokens, int cue, int start) {
        int from = Math.max(start, cue - CLAUSE_REACH);
        while (from > start
                && from < cue
                && tokens.get(from - 1).type() != Token.Type.PUNCT
                && tokens.get(from).type() != Token.Type.PUNCT) {
            from++;
        }
        return from;
    }

    /**
     * Where a phrase opened by an article at {@code i} ends when a verb in the past or present
     * tense stands in it ("The senator attacked Clinton"): at that verb, past the first noun;
     * {@code end} when none does. A word before a role noun modifies it ("The newly elected mayor",
     * "the sports minister"), and a role or a plural for people is the phrase's noun.
     */
    private int verbInPhrase(List<Token> tokens, int i, int end) {
        for (int k = i + 2; k < end; k++) {
            Token token = tokens.get(k);
            String word = token.lower();
            if (!PhraseReader.writtenAsVerb(token)
                    || lexicon.names().roles().contains(word)
                    || lexicon.names().peoplePlural(word)
                    || k + 1 < end && lexicon.names().roles().contains(tokens.get(k + 1).lower())) {
                continue;
            }
            return k;
        }
        return end;
    }

    /**
     * Where the last clause joined by ", and" or ", but" to a name starts within {@code from..to},
     * else {@code from}: "Page would grow animated, and Schmidt would shut him down, saying “…”" is
     * Schmidt's saying.
     */
    private static int lastJoinedClause(List<Token> tokens, int from, int to) {
        for (int k = to - 2; k > from; k--) {
            String word = tokens.get(k).lower();
            if ((word.equals("and") || word.equals("but"))
                    && tokens.get(k - 1).is(',')
                    && tokens.get(k + 1).capitalized()) {
                return k + 1;
            }
        }
        return from;
    }

    /** Nouns for a number of people taken together: "Small groups of protesters". */
    private static final Set<String> COLLECTIVES =
            Set.of("groups", "crowds", "bands", "dozens", "hundreds", "thousands", "scores");

    /**
     * Whether token {@code i} opens its clause in capitals only as its first word, before a noun
     * for people in the plural: "Small groups of protesters marched", "Angry residents said" are no
     * one named "Small" or "Angry".
     */
    private static boolean describesGroup(List<Token> tokens, int i, int from, int to) {
        if (i != from
                || i + 1 >= to
                || !tokens.get(i).capitalized()
                || PhraseReader.possessive(tokens.get(i))
                || i > 0 && !tokens.get(i - 1).is('.')) {
            // "Maisie's parents, Claire and Steven Harcourt,": an owner in capitals, or a
            // clause after a comma, is no sentence's opening word
            return false;
        }
        Token next = tokens.get(i + 1);
        return next.type() == Token.Type.WORD
                && !next.capitalized()
                && (PhraseReader.GROUPS.contains(next.lower())
                        || COLLECTIVES.contains(next.lower()));
    }

    /** Conjunctions that open a clause set before the main one: "As we’ve noted, …". */
    static final Set<String> SUBORDINATORS =
            Set.of(
                    "as",
                    "when",
                    "while",
                    "after",
                    "before",
                    "if",
                    "although",
                    "though",
                    "because",
                    "since",
                    "once",
                    "unless",
                    "until",
                    "whereas");

    /** How many tokens an opening clause may run to its comma. */
    static final int OPENING_CLAUSE = 30;

    /** How many tokens an opening "Asked whether …," may run to its comma. */
    private static final int PARTICIPLE_CLAUSE = 24;

    /**
     * Where the words after an opening "Asked whether …," clause start in {@code from..to}, or
     * {@code from} when the sentence opens otherwise.
     */
    static int afterOpeningParticiple(List<Token> tokens, int from, int to) {
        if (from >= to || !OPENING_PARTICIPLES.contains(tokens.get(from).lower())) {
            return from;
        }
        return afterOpeningClause(tokens, from, to);
    }

    /**
     * Where the main clause of the words {@code from..to} starts, past a dateline and up to two
     * opening phrases or clauses: "In 1995, when Sherwood suggested a cut, he wrote back" and
     * "Later, when …, he wrote back" start at "he". {@code from} when the words open with their
     * main clause.
     */
    static int mainClauseStart(List<Token> tokens, int from, int to) {
        int start = afterDateline(tokens, from, to);
        if (start + 2 < to
                && tokens.get(start).type() == Token.Type.WORD
                && tokens.get(start + 1).is(',')
                && SUBORDINATORS.contains(tokens.get(start + 2).lower())) {
            // "Later, when …,": a word of time before the opening clause
            start += 2;
        }
        for (int n = 0; n < 2; n++) {
            int next = afterOpeningClause(tokens, start, to);
            if (next == start) {
                break;
            }
            start = next;
        }
        return start;
    }

    /**
     * Where the main clause starts when the words from {@code from} open with a clause of their own
     * ("As we’ve noted, a study by the Centre … concluded"), else {@code from}: its subject is not
     * the main clause's.
     */
    private static int afterOpeningClause(List<Token> tokens, int from, int to) {
        from = afterTimeBeforeClause(tokens, from, to);
        boolean participle =
                from < to
                        && (OPENING_PARTICIPLES.contains(tokens.get(from).lower())
                                || movingParticiple(tokens, from, to));
        // "In response to Trump’s proposal to bar Muslims from entering, Clinton’s aide …": the
        // objects inside an opening phrase are no subject ("At least one official" is one)
        boolean prepositional =
                from + 1 < to
                        && PREPOSITIONS.contains(tokens.get(from).lower())
                        && !SUBORDINATORS.contains(tokens.get(from).lower())
                        && !QUANTIFIED.contains(tokens.get(from + 1).lower());
        if (from >= to
                || !SUBORDINATORS.contains(tokens.get(from).lower())
                        && !participle
                        && !prepositional) {
            return from;
        }
        int reach = participle ? PARTICIPLE_CLAUSE : OPENING_CLAUSE;
        for (int k = from + 1; k < to && k - from <= reach; k++) {
            if (tokens.get(k).is(',')) {
                // an opening phrase gives way to a subject; "In the vitrine is the diary entry
                // from the day she finished it, written …" had its subject inside
                return !prepositional || subjectStarts(tokens, k + 1, to) ? k + 1 : from;
            }
        }
        return from;
    }

    /**
     * Whether token {@code k} is a participle in "-ing" opening its clause before a preposition:
     * "Dashing into a closed-door luncheon, Senator Capito called". No name stands there.
     */
    private static boolean movingParticiple(List<Token> tokens, int k, int to) {
        String word = tokens.get(k).lower();
        return k + 1 < to
                && word.length() > 5
                && word.endsWith("ing")
                && !tokens.get(k + 1).capitalized()
                && PREPOSITIONS.contains(tokens.get(k + 1).lower());
    }

    /** How many tokens a time phrase set off before an opening clause may run: "Last month,". */
    private static final int OPENING_TIME_TOKENS = 4;

    /** Adverbs of time that may stand alone before an opening clause: "Later, when …,". */
    private static final Set<String> OPENING_TIME_ADVERBS =
            Set.of("later", "earlier", "then", "afterward", "afterwards", "meanwhile");

    /**
     * Where the clause opening after a time phrase set off at {@code from} starts: "Last month,
     * when I asked Sanders about it, he smiled and said" reads past "Last month," to the clause
     * that still stands before the subject. {@code from} when no such phrase opens the sentence.
     */
    static int afterTimeBeforeClause(List<Token> tokens, int from, int to) {
        for (int k = from + 1; k + 1 < to && k - from <= OPENING_TIME_TOKENS; k++) {
            if (!tokens.get(k).is(',')) {
                continue;
            }
            boolean time =
                    timeStart(tokens, k - 1, from) == from
                            || k == from + 1
                                    && OPENING_TIME_ADVERBS.contains(tokens.get(from).lower());
            return time && SUBORDINATORS.contains(tokens.get(k + 1).lower()) ? k + 1 : from;
        }
        return from;
    }

    /**
     * Whether token {@code k} can open a clause's subject: not a participle going on with the
     * phrase before ("…, written in a hand that has grown shaky").
     */
    private static boolean subjectStarts(List<Token> tokens, int k, int to) {
        if (k >= to) {
            return false;
        }
        Token token = tokens.get(k);
        String word = token.lower();
        return token.capitalized()
                || token.type() != Token.Type.WORD
                || SUBORDINATORS.contains(word)
                || !(word.endsWith("ed") || word.endsWith("en") || word.endsWith("ing"));
    }

    /**
     * Participles that open a sentence with a clause about its subject: "Asked whether the crowd
     * had made a difference, Vance said".
     */
    private static final Set<String> OPENING_PARTICIPLES =
            Set.of("asked", "pressed", "questioned", "quizzed", "speaking", "responding");

    /** The dashes that end a dateline: "WASHINGTON (AP) —". */
    static final Set<String> DATELINE_DASHES = Set.of("—", "–", "-", "--");

    /** How many tokens a dateline may run before its dash: "TALLAHASSEE, Fla. (AP) —". */
    private static final int DATELINE_TOKENS = 8;

    /**
     * Where the words after a dateline opening a sentence at token {@code from} start: "TALLINN —
     * The mayor …", "LIMA (Reuters) - Peru's …". {@code from} when no dateline opens it.
     */
    static int afterDateline(List<Token> tokens, int from, int to) {
        Token place = from < to ? tokens.get(from) : null;
        int agency = agencyDateline(tokens, from, to);
        if (agency > from) {
            return agency;
        }
        if (place == null
                || place.type() != Token.Type.WORD
                || place.text().length() < 2
                || !place.text().equals(place.text().toUpperCase(Locale.ROOT))) {
            return from;
        }
        for (int k = from + 1; k < to && k - from <= DATELINE_TOKENS; k++) {
            Token token = tokens.get(k);
            if (DATELINE_DASHES.contains(token.text())) {
                return k + 1;
            }
            if (token.is(':') && k - from <= 2 && upperCase(tokens, from, k)) {
                // "KARACHI: The State Bank's Monetary Policy Committee …", "NEW DELHI:"
                return k + 1;
            }
            if (token.type() == Token.Type.WORD && !token.capitalized()) {
                return from;
            }
        }
        return from;
    }

    /** Whether the tokens {@code from..to} are all words written in capitals. */
    private static boolean upperCase(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            Token token = tokens.get(k);
            if (token.type() != Token.Type.WORD
                    || !token.text().equals(token.text().toUpperCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the words after a dateline in ordinary capitals start, when a place of a word or two is
     * followed by its agency in brackets and a dash ("Washington (AFP) – Democrat Hillary Clinton
     * …"); {@code from} otherwise.
     */
    private static int agencyDateline(List<Token> tokens, int from, int to) {
        int k = from;
        while (k < to && k - from < 2 && tokens.get(k).capitalized()) {
            k++;
        }
        if (k == from || k + 3 >= to || !tokens.get(k).is('(') || !tokens.get(k + 2).is(')')) {
            return from;
        }
        String agency = tokens.get(k + 1).text();
        return agency.length() >= 2
                        && agency.equals(agency.toUpperCase(Locale.ROOT))
                        && DATELINE_DASHES.contains(tokens.get(k + 3).text())
                ? k + 4
                : from;
    }

    /**
     * The name set off by a comma after an office and its capitalised complement, from token {@code
     * next}: ", Hon. Kwabena Asante-Boateng," after "The Member of Parliament for Amansie South".
     * Null when no name follows so.
     */
    private SpeakerRef nameAfterOffice(List<Token> tokens, int next, int to) {
        int comma = next;
        if (comma + 1 < to && OFFICE_COMPLEMENTS.contains(tokens.get(comma).lower())) {
            comma++;
            while (comma < to && tokens.get(comma).capitalized()) {
                comma++;
            }
        }
        if (comma + 1 >= to || !tokens.get(comma).is(',')) {
            return null;
        }
        Read name = forward(tokens, comma + 1, to);
        return name != null && name.ref().kind() == SpeakerRef.Kind.NAME ? name.ref() : null;
    }

    /**
     * Words that open the capitalised complement of an office: "for Amansie South", "on Public
     * Works".
     */
    private static final Set<String> OFFICE_COMPLEMENTS = Set.of("for", "of", "in", "on");

    /** The first phrase in {@code from..to} that can be a clause's subject, or null. */
    SpeakerRef subjectOf(List<Token> tokens, int from, int to) {
        from = afterOpeningClause(tokens, afterDateline(tokens, from, to), to);
        for (int i = from; i < to; i++) {
            Token token = tokens.get(i);
            String word = token.lower();
            if (PRONOUNS.contains(word) && !word.equals("it") && !startsName(tokens, i, to)) {
                return new SpeakerRef(SpeakerRef.Kind.PRONOUN, word, token.start());
            }
            if (i > from && openingMark(tokens, i - 1)) {
                // "known on the circuit as “The Metronome”": a nickname or a title in marks is
                // no one's name; go on after its closing mark
                while (i + 1 < to && !quotationMark(tokens.get(i + 1))) {
                    i++;
                }
                continue;
            }
            boolean group = describesGroup(tokens, i, from, to);
            boolean named =
                    token.capitalized()
                            && !lexicon.names().notName(token.text())
                            && !PhraseReader.DETERMINERS.contains(word)
                            && !group;
            if (named && placeAfterPlace(tokens, i, from, to)) {
                // "At a rally in Portsmouth, N.H., on Tuesday, Senator …": the state of the
                // place the preposition names, not the clause's subject
                i = nameEnd(tokens, i, to) - 1;
                continue;
            }
            if ((named || PhraseReader.DETERMINERS.contains(word) || group)
                    && (!afterPreposition(tokens, i, from)
                            || named && subjectOfSubordinateClause(tokens, i, to))) {
                int joiner = named ? portfolioJoiner(tokens, i, to) : -1;
                Read office = joiner > i ? holderAfterPortfolio(tokens, i, joiner, to) : null;
                if (office != null) {
                    // "Secretary of State Hillary Clinton sent an email …, praising": the holder
                    return office.ref();
                }
                Read role = roleWithComplement(tokens, i, to);
                if (role != null) {
                    // "China’s ambassador to Britain accused … and warned that"; but "The
                    // Member of Parliament for Amansie South, Hon. Kwabena Asante-Boateng, has
                    // called" is the one named after it
                    SpeakerRef holder = nameAfterOffice(tokens, role.next(), to);
                    return holder != null ? holder : role.ref();
                }
                int end = named ? nameEnd(tokens, i, to) : phraseEnd(tokens, i, to);
                if (!named && PhraseReader.ARTICLES.contains(word)) {
                    // "The senator attacked Clinton … and claimed": the phrase ends at its verb
                    end = verbInPhrase(tokens, i, end);
                }
                if (named
                        && end == i + 1
                        && !PhraseReader.possessive(token)
                        && beforePeople(tokens, end, to)) {
                    // "With Democratic leaders worried, …": a word describing people, no name
                    continue;
                }
                if (!named) {
                    end = complementEnd(tokens, i, end, to);
                }
                if (named && lexicon.names().looksLikeOutlet(PhraseReader.texts(tokens, i, end))) {
                    if (i == from && outletActs(tokens, end, to)) {
                        // "ProPublica obtained a video of the speech and said": the outlet
                        // opening the clause is its subject
                        return new SpeakerRef(
                                SpeakerRef.Kind.NAME,
                                String.join(" ", PhraseReader.texts(tokens, i, end)),
                                token.start());
                    }
                    i = end - 1;
                    continue;
                }
                Read possessor = named ? roleOfPossessor(tokens, i, end, to) : null;
                if (possessor != null && possessor.ref().kind() == SpeakerRef.Kind.NAME) {
                    // "Victoria’s health minister, Tanya Abeysekera, urged"
                    return possessor.ref();
                }
                int holder = named ? nameAfterRole(tokens, end, to) : -1;
                if (holder >= 0) {
                    // "Harbour Road star Kayleigh Dunmore", "Halford Town defender Jamie Cole":
                    // the capitals before the role are where the person works, not the person
                    i = holder - 1;
                    continue;
                }
                if (named && PhraseReader.possessive(tokens.get(end - 1))) {
                    Read owned = forward(tokens, i, to);
                    if (owned != null
                            && (owned.ref().kind() == SpeakerRef.Kind.PERSON_ROLE
                                    || owned.ref().kind() == SpeakerRef.Kind.UNNAMED)) {
                        // "Clinton’s right-hand woman rallied supporters, saying": the one she
                        // has, not Clinton
                        return owned.ref();
                    }
                    // "Reid's office has previously dismissed …, saying": the office, not Reid
                    end = possessedOrganisationEnd(tokens, end, to);
                }
                Read read = phrases.phrase(tokens, i, end);
                for (int shorter = end - 1; read == null && !named && shorter > i + 1; shorter--) {
                    // "My father used to say": the phrase ends before a verb no list names (not
                    // inside "A man’s voice")
                    if (!PhraseReader.possessive(tokens.get(shorter - 1))) {
                        read = phrases.phrase(tokens, i, shorter);
                    }
                }
                if (read != null) {
                    SpeakerRef apposed =
                            named
                                    ? apposedName(tokens, read, to)
                                    : nameApposedPast(tokens, read, to);
                    return apposed != null ? apposed : read.ref();
                }
            }
        }
        return null;
    }

    /**
     * Whether the word at {@code k}, right after an outlet's name, is a verb in the past of which
     * the outlet is the subject: "ProPublica obtained", "The Times reported".
     */
    private static boolean outletActs(List<Token> tokens, int k, int to) {
        if (k >= to) {
            return false;
        }
        Token verb = tokens.get(k);
        return verb.type() == Token.Type.WORD
                && !verb.capitalized()
                && verb.lower().endsWith("ed")
                && !PREPOSITIONS.contains(verb.lower());
    }

    private static boolean quotationMark(Token token) {
        return Mark.is(token);
    }

    /**
     * Whether the capitals at token {@code i} set off by commas after a place a preposition names
     * are that place's state or country: abbreviated ("in Portsmouth, N.H., Senator …") or followed
     * by a preposition ("in Lyon, France, on Tuesday").
     */
    private static boolean placeAfterPlace(List<Token> tokens, int i, int from, int to) {
        if (i - 2 < from
                || !tokens.get(i - 1).is(',')
                || !tokens.get(i - 2).capitalized()
                || !afterPreposition(tokens, i - 1, from)) {
            return false;
        }
        int end = nameEnd(tokens, i, to);
        if (end >= to || !tokens.get(end).is(',') || end - i > PLACE_WORDS) {
            return false;
        }
        // "N.H." and "Del." end with their abbreviation's dot, a token of its own
        boolean abbreviated = end - 1 > i && tokens.get(end - 1).is('.');
        return abbreviated || end + 1 < to && PREPOSITIONS.contains(tokens.get(end + 1).lower());
    }

    /** How many words a state or country after a place may run: "New Hampshire". */
    private static final int PLACE_WORDS = 2;

    /** Whether token {@code k} opens a quotation: a left mark, or a straight one after a space. */
    static boolean openingMark(List<Token> tokens, int k) {
        Token token = tokens.get(k);
        if (!quotationMark(token)) {
            return false;
        }
        char c = token.text().charAt(0);
        if (c == '"' || c == '\'') {
            return k == 0 || tokens.get(k - 1).end() < token.start();
        }
        return "“‘«‹„".indexOf(c) >= 0;
    }

    /**
     * Where a name starts after one or two role nouns at token {@code k} ("star Kayleigh Dunmore",
     * "chief executive Tim Cook"), or -1.
     */
    private int nameAfterRole(List<Token> tokens, int k, int to) {
        int j = k;
        while (j < to
                && j - k < ROLE_WORDS
                && !tokens.get(j).capitalized()
                && tokens.get(j).type() == Token.Type.WORD) {
            j++;
        }
        if (j > k
                && j + 1 < to
                && tokens.get(j - 1).lower().equals("and")
                && lexicon.roles().contains(tokens.get(j).lower())
                && tokens.get(j + 1).capitalized()) {
            // "co-founder and CEO Hana Okonkwo-Reyes": a second role, in capitals
            j++;
        }
        for (int w = k; w < j - 1; w++) {
            if (actsOn(tokens.get(w))) {
                // "Ana Ruiz singled out director Tom Hale": a verb between, so the capitals
                // before are the subject and the role and name its object
                return -1;
            }
        }
        // "head coach Alasdair Munro-Gillies", "health spokeswoman Jackie Imrie-Campbell": the
        // words before the name end in a role noun; those before it say which role
        String last = j > k ? tokens.get(j - 1).lower() : "";
        boolean role =
                lexicon.roles().contains(last)
                        || lexicon.titleFollowers().contains(last)
                        || j - 2 >= k && POSITIONS.contains(tokens.get(j - 2).lower() + " " + last);
        if (j > k && j < to && POSTERS.contains(last) && handle(tokens.get(j))) {
            // "said Reddit user jay_k": the user name after where they post
            return j;
        }
        return role && j < to && tokens.get(j).capitalized() ? j : -1;
    }

    /**
     * Whether {@code token}, among the words between capitals and a role noun, is a verb or a
     * preposition rather than words saying which role: "singled out", "praised", "thanked".
     */
    private boolean actsOn(Token token) {
        String word = token.lower();
        return PREPOSITIONS.contains(word)
                || lexicon.cue(token) != null
                || word.length() > 4 && word.endsWith("ed");
    }

    /** Nouns for someone known by a user name: "Reddit user jay_k", "a user called mossbelly". */
    static final Set<String> POSTERS =
            Set.of(
                    "user",
                    "account",
                    "commenter",
                    "poster",
                    "redditor",
                    "reviewer",
                    "streamer",
                    "member");

    /**
     * Positions in a team named in two words, neither a role alone: "Broncos running back Terrell
     * Gaines".
     */
    private static final Set<String> POSITIONS =
            Set.of(
                    "running back",
                    "full back",
                    "left back",
                    "right back",
                    "centre back",
                    "center back",
                    "wing back",
                    "wide receiver",
                    "tight end",
                    "defensive end",
                    "point guard",
                    "shooting guard",
                    "power forward",
                    "small forward",
                    "centre forward",
                    "center forward",
                    "scrum half",
                    "fly half");

    /** How many lower-case words a role before a name may run: "deputy head coach". */
    private static final int ROLE_WORDS = 3;

    /**
     * Where the name starting at token {@code i} ends: capitals, initials and particles. The dots
     * of initials count for no word: "U.S. Attorney Maya D. Song".
     */
    private static int nameEnd(List<Token> tokens, int i, int to) {
        int end = i;
        int words = 0;
        while (end < to && words < MAX_PHRASE) {
            boolean dot = PhraseReader.isInitialDot(tokens, end);
            if (!dot
                    && !tokens.get(end).capitalized()
                    && !(PhraseReader.PARTICLES.contains(tokens.get(end).text())
                            && end + 1 < to
                            && tokens.get(end + 1).capitalized())) {
                break;
            }
            words += dot ? 0 : 1;
            end++;
        }
        return end;
    }

    /**
     * Where the phrase {@code i..end} ends with whom an unnamed person speaks for ("A
     * representative for Whitaker", "a buyer for a major London department store"): past the
     * complement's noun phrase, else at {@code end}.
     */
    private int complementEnd(List<Token> tokens, int i, int end, int to) {
        if (end <= i
                || end + 1 >= to
                || !PhraseReader.UNNAMING.contains(tokens.get(i).lower())
                        && !PhraseReader.COUNTS.contains(tokens.get(i).lower())
                || !PhraseReader.COMPLEMENTS.contains(tokens.get(end).text())) {
            return end;
        }
        int noun = PhraseReader.nounBeforeComplement(tokens, end);
        if (noun < i || !phrases.unnamedPerson(tokens.get(noun).lower())) {
            return end;
        }
        int start = end + 1;
        if (tokens.get(start).lower().equals("knowledge")
                && start + 2 < to
                && tokens.get(start + 1).lower().equals("of")) {
            // "two people with knowledge of the talks"
            start += 2;
        }
        if (tokens.get(end).lower().equals("close")
                && start + 1 < to
                && tokens.get(start).lower().equals("to")) {
            // "a source close to the company"
            start++;
        }
        String determiner = tokens.get(start).lower();
        boolean indefinite = determiner.equals("a") || determiner.equals("an");
        int k = PhraseReader.DETERMINERS.contains(determiner) ? start + 1 : start;
        int words = k;
        boolean named = false;
        while (k < to && k - words < MAX_PHRASE) {
            Token token = tokens.get(k);
            if (token.capitalized() || PhraseReader.isInitialDot(tokens, k)) {
                named = true;
            } else if (named
                    && NAME_JOINERS.contains(token.text())
                    && k + 1 < to
                    && tokens.get(k + 1).capitalized()) {
                // "a spokesperson for the Centers for Disease Control and Prevention"
            } else if (token.type() != Token.Type.WORD
                    || named && !indefinite
                    || lexicon.cue(token) != null && !PhraseReader.possessive(tokens.get(k - 1))
                    || token.lower().endsWith("ed")
                    || PHRASE_ENDS.contains(token.lower())) {
                break;
            }
            k++;
        }
        return k > words ? k : end;
    }

    /** Small words inside an organisation's name: "Institute for Fiscal Studies". */
    private static final Set<String> NAME_JOINERS = Set.of("for", "of", "and", "on", "&");

    /** Where the noun phrase starting at token {@code i} ends: before a preposition or clause. */
    private int phraseEnd(List<Token> tokens, int i, int to) {
        int end = i;
        while (end < to
                && end - i < MAX_PHRASE
                && (isPhraseWord(tokens.get(end))
                        || PhraseReader.pluralPossessive(tokens, end)
                                && end + 1 < to
                                && tokens.get(end + 1).capitalized())
                && !(end > i && PHRASE_ENDS.contains(tokens.get(end).lower()))
                && !(end > i + 1 && verbAfterName(tokens, end))) {
            // "the Pakistan Professional Cricketers’ Association": the apostrophe inside a name
            end++;
        }
        return end;
    }

    /**
     * Whether token {@code k} is a verb in the past right after a name in capitals: "The Daily
     * Courier obtained a video".
     */
    private static boolean verbAfterName(List<Token> tokens, int k) {
        Token token = tokens.get(k);
        return token.type() == Token.Type.WORD
                && !token.capitalized()
                && token.lower().endsWith("ed")
                && tokens.get(k - 1).capitalized()
                && tokens.get(k - 1).type() == Token.Type.WORD;
    }

    /** Whether token {@code k} is the "and" of two names: "the MP for Wexcombe and Dunmore". */
    private static boolean joinsNames(List<Token> tokens, int k, int from) {
        Token token = tokens.get(k);
        return token.lower().equals("and") && k > from && tokens.get(k - 1).capitalized();
    }

    /** Words that make "at" a quantity's: "at least one", "at most two". */
    private static final Set<String> QUANTIFIED = Set.of("least", "most");

    /** Conjunctions that join a second object to a preposition: "at X and at least Y". */
    private static final Set<String> COORDINATORS = Set.of("and", "or");

    /**
     * Whether the phrase starting at token {@code start} is the object of a preposition ("in the
     * journal <i>JAMA Psychiatry</i>"), so not the subject of a verb after it.
     */
    static boolean afterPreposition(List<Token> tokens, int start, int from) {
        for (int k = start - 1; k >= from && start - k <= MAX_PHRASE; k--) {
            Token token = tokens.get(k);
            if (PREPOSITIONS.contains(token.lower())) {
                return true;
            }
            if (QUANTIFIED.contains(token.lower())
                    && k >= from + 2
                    && tokens.get(k - 1).lower().equals("at")
                    && COORDINATORS.contains(tokens.get(k - 2).lower())) {
                // "At the final debate and at least one town hall, he hinted": the second object
                // of the preposition, its own left out ("At least one official said" is the
                // subject)
                return true;
            }
            if ((CalendarWords.MONTHS.contains(token.lower())
                            || CalendarWords.WEEKDAYS.contains(token.lower()))
                    && SUBJECT_ARTICLES.contains(tokens.get(k + 1).lower())) {
                // "in February the minister had told": the preposition is the date's
                return false;
            }
            if (!(token.capitalized()
                    || PhraseReader.DETERMINERS.contains(token.lower())
                    || PhraseReader.isInitialDot(tokens, k)
                    || joinsNames(tokens, k, from))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether "He" at token {@code i} starts a name rather than being the pronoun: "He Jianxiong,
     * the former director, said". A pronoun is not followed by a capitalised word in the same
     * clause, except "I".
     */
    private static boolean startsName(List<Token> tokens, int i, int to) {
        Token token = tokens.get(i);
        if (!token.text().equals("He") || i + 1 >= to) {
            return false;
        }
        Token next = tokens.get(i + 1);
        return next.capitalized() && !next.text().equals("I") && !next.text().startsWith("I’");
    }

    /** Adverbs and auxiliaries between a subject and its verb; a capitalised "Will" is a name. */
    private static boolean skipped(Token token) {
        return !token.capitalized() && SKIPPED_WORDS.contains(token.lower());
    }

    /** Nouns for documents that speak for their authors: "a survey by Jo Abernathy". */
    private static final Set<String> DOCUMENTS =
            Set.of(
                    "survey",
                    "report",
                    "study",
                    "analysis",
                    "poll",
                    "paper",
                    "review",
                    "letter",
                    "statement",
                    "note",
                    "memo",
                    "filing",
                    "complaint",
                    "lawsuit",
                    "research");

    /**
     * The source named at token {@code i} after "according to" or "in the words of": the phrase
     * there, or the author of a document it names ("a 2018 survey by Penelope Abernathy"). Null
     * when no phrase starts there.
     */
    Read source(List<Token> tokens, int i, int to) {
        Read read = forward(tokens, i, to);
        if (read != null && addressedTo(tokens, i, read.ref().offset())) {
            // "according to a letter to Microsoft", "a report sent to Congress": whom the document
            // went to, not who wrote it
            read = null;
        }
        if (read == null && i < to && PhraseReader.DETERMINERS.contains(tokens.get(i).lower())) {
            int stop = phraseEnd(tokens, i, to);
            while (stop > i && tokens.get(stop - 1).type() == Token.Type.PUNCT) {
                // "according to the document.": the sentence's stop is no part of it
                stop--;
            }
            if (stop > i + 1) {
                read =
                        new Read(
                                new SpeakerRef(
                                        SpeakerRef.Kind.UNNAMED,
                                        PhraseReader.texts(tokens, i, stop).stream()
                                                .reduce((x, y) -> x + " " + y)
                                                .orElse(""),
                                        tokens.get(i).start()),
                                stop);
            }
        }
        int end = i;
        while (end < to && end - i < MAX_PHRASE && !tokens.get(end).is(',')) {
            String word = tokens.get(end).lower();
            if ((word.equals("by") || word.equals("from"))
                    && end > i
                    && DOCUMENTS.contains(tokens.get(end - 1).lower())) {
                Read author = forward(tokens, end + 1, to);
                if (author != null && author.ref().kind() == SpeakerRef.Kind.NAME) {
                    return author;
                }
            }
            end++;
        }
        return read;
    }

    /** Verbs between a document and the "to" of whom it went to: "a letter sent to". */
    private static final Set<String> SENDING =
            Set.of("sent", "addressed", "submitted", "delivered", "written", "issued");

    /** Prepositions after a document that name no author: "documents obtained under the Act". */
    private static final Set<String> NOT_BY = Set.of("to", "under", "through", "via", "against");

    /** Plural nouns for papers a story cites: "according to documents obtained by …". */
    private static final Set<String> PAPERS =
            Set.of("documents", "records", "emails", "files", "papers", "filings", "letters");

    /**
     * Whether the name at {@code offset}, read in a phrase starting at token {@code i}, is no
     * author of the document the phrase names: whom it went to ("a letter sent to Microsoft") or
     * what it came under ("documents obtained under the Access to Information Act").
     */
    private static boolean addressedTo(List<Token> tokens, int i, int offset) {
        int k = i;
        while (k < tokens.size() && tokens.get(k).start() < offset) {
            k++;
        }
        int to = k - 1;
        if (to > i && tokens.get(to).lower().equals("the")) {
            to--;
        }
        if (to - 1 < i || !NOT_BY.contains(tokens.get(to).lower())) {
            return false;
        }
        if (tokens.get(to).lower().equals("to")) {
            int noun = SENDING.contains(tokens.get(to - 1).lower()) ? to - 2 : to - 1;
            return noun >= i && QuoteAssembler.DOCUMENTS.contains(tokens.get(noun).lower());
        }
        for (int j = i; j < to; j++) {
            String word = tokens.get(j).lower();
            if (word.equals("by") || word.equals("from")) {
                return false;
            }
            if (PAPERS.contains(word) || QuoteAssembler.DOCUMENTS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A role joined to whom it serves starting at token {@code i}, "the head of the International
     * Monetary Fund", or the name in apposition after it ("The chief executive of Acme Holdings,
     * Tom Reyes, said"); null when the words at {@code i} are not such a role.
     */
    private Read roleWithComplement(List<Token> tokens, int i, int to) {
        int end = phrases.roleWithComplementEnd(tokens, i, to);
        Read read = end < 0 ? null : phrases.phrase(tokens, i, end);
        if (read == null) {
            return null;
        }
        SpeakerRef apposed = apposedName(tokens, read, to);
        return apposed != null ? new Read(apposed, read.next()) : read;
    }

    /**
     * How far before an organisation's name the role it follows may start: "the deputy chief
     * executive of".
     */
    private static final int ROLE_REACH = 7;

    /**
     * Where a role joined to whom it serves starts when it ends at token {@code end} and the name
     * read back from there starts at {@code start} ("the head of the <i>International Monetary
     * Fund</i>"), or -1.
     */
    private int roleStartBefore(List<Token> tokens, int start, int end, int from) {
        for (int s = start - 1; s >= from && start - s <= ROLE_REACH; s--) {
            if (phrases.roleWithComplementEnd(tokens, s, end) == end) {
                return s;
            }
        }
        return -1;
    }

    /**
     * The name set beside a phrase opened by an article, past the capitals that end it: "The
     * senator representing Anambra South Senatorial District, Senator Chukwudi Nwachukwu,". A name
     * read inside such a phrase is whom the role serves, not its holder.
     */
    private SpeakerRef nameApposedPast(List<Token> tokens, Read read, int to) {
        if (read.ref().kind() != SpeakerRef.Kind.NAME) {
            return apposedName(tokens, read, to);
        }
        int comma = read.next();
        while (comma < to && tokens.get(comma).capitalized()) {
            comma++;
        }
        if (comma >= to || !tokens.get(comma).is(',')) {
            return null;
        }
        Read name = forward(tokens, comma + 1, to);
        return name != null && name.ref().kind() == SpeakerRef.Kind.NAME ? name.ref() : null;
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
     * "The UN special envoy for the region, Joaquim Tavares da Silva, said": a name between commas
     * after a phrase in lower case names whoever that phrase describes, the subject. Null when the
     * words before the comma at {@code close} are not such a name.
     */
    private Read nameApposedToRole(List<Token> tokens, int close, int from) {
        int k = close - 1;
        while (k >= from
                && close - k <= MAX_PHRASE + 2
                && (tokens.get(k).capitalized()
                        || PhraseReader.isInitialDot(tokens, k)
                        || PhraseReader.PARTICLES.contains(tokens.get(k).text()))) {
            k--;
        }
        if (k < from + 1 || k >= close - 1 || !tokens.get(k).is(',')) {
            return null;
        }
        Token described = tokens.get(k - 1);
        if (described.type() != Token.Type.WORD
                || described.capitalized()
                        && !lexicon.roles().contains(described.lower())
                        && roleStartBefore(tokens, k, k, from) < 0
                        && !opensWithDescription(tokens, from, k)) {
            // "the region, Joaquim Silva," or "Police Public Relations Officer, Ada Obi," or
            // "The chief executive of Acme Holdings, Tom Reyes,"
            return null;
        }
        for (int b = k - 1; b >= from && k - b <= CLAUSE_REACH; b--) {
            if (tokens.get(b).is(',') && !closesOpeningPhrase(tokens, b, from)) {
                if (b > from
                        && !tokens.get(b - 1).capitalized()
                        && PhraseReader.DETERMINERS.contains(tokens.get(b + 1).lower())
                        && tokens.get(b - 1).type() == Token.Type.WORD) {
                    // "A patient has died, the therapy's developer, Arbor Genetics, said": the
                    // comma closes the words reported, and the subject starts after it
                    break;
                }
                if (SUBORDINATORS.contains(tokens.get(b + 1).lower())
                        || tokens.get(b + 1).lower().equals("where")) {
                    // "ran through Ohio State, where her college coach, Karen Ashby, describes":
                    // the comma opens a clause of its own, whose subject starts after it
                    break;
                }
                // "Prince Andrew, the brother of the heir, Charles, has told": the name closes
                // an appositive of its own, about someone else
                return null;
            }
        }
        Read name = phrases.phrase(tokens, k + 1, close);
        return name != null && name.ref().kind() == SpeakerRef.Kind.NAME
                ? new Read(name.ref(), k + 1)
                : null;
    }

    /**
     * Whether the clause from token {@code from} to the comma {@code comma} is a description of
     * whoever the name after the comma is: "The company that runs the AMAs, Dick Clark Productions,
     * denies".
     */
    private boolean opensWithDescription(List<Token> tokens, int from, int comma) {
        for (int k = from + 1; k < comma && k - from <= 2; k++) {
            String word = tokens.get(k).lower();
            if (lexicon.organisations().contains(word) || lexicon.roles().contains(word)) {
                return PhraseReader.DETERMINERS.contains(tokens.get(from).lower());
            }
        }
        return false;
    }

    /**
     * Whether the comma {@code comma} closes the prepositional phrase a sentence opens with, the
     * first comma since {@code from}: "In a statement posted late on Monday, the organisers, …".
     */
    private static boolean closesOpeningPhrase(List<Token> tokens, int comma, int from) {
        if (comma <= from
                || comma - from > CLAUSE_REACH
                || !PREPOSITIONS.contains(tokens.get(from).lower())) {
            return false;
        }
        for (int k = from; k < comma; k++) {
            if (tokens.get(k).is(',')) {
                return false;
            }
        }
        return true;
    }

    /** Where a party tag ", D-N.M." ending at token {@code end} starts (its comma), or -1. */
    private static int partyTagStart(List<Token> tokens, int end, int from) {
        int k = end >= from && tokens.get(end).is('.') ? end - 1 : end;
        return k - 1 >= from
                        && PhraseReader.partyAndState(tokens.get(k).text())
                        && tokens.get(k - 1).is(',')
                ? k - 1
                : -1;
    }

    /**
     * "The shadow education secretary, the Conservative MP Lucy Farrant, said": after a role in
     * lower case, an appositive of a role and a name names the role's holder. Null otherwise.
     */
    private Read nameClosingAppositive(List<Token> tokens, int open, int close) {
        if (open < 1
                || !tokens.get(open).is(',')
                || tokens.get(open - 1).type() != Token.Type.WORD
                || tokens.get(open - 1).capitalized()
                || !lexicon.roles().contains(tokens.get(open - 1).lower())) {
            return null;
        }
        int start = close;
        while (start - 1 > open
                && (tokens.get(start - 1).capitalized()
                                && !lexicon.roles().contains(tokens.get(start - 1).lower())
                        || PhraseReader.isInitialDot(tokens, start - 1))) {
            start--;
        }
        if (start == close
                || start - 1 <= open
                || !lexicon.roles().contains(tokens.get(start - 1).lower())) {
            return null;
        }
        Read name = phrases.phrase(tokens, start, close);
        return name != null && name.ref().kind() == SpeakerRef.Kind.NAME
                ? new Read(name.ref(), start)
                : null;
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
            if (token.is('.') && !bracket && !PhraseReader.isInitialDot(tokens, k)) {
                // a stop ends a comma's appositive; inside brackets it is an abbreviation's
                // ("Sen. Ana Ruiz (D-Ore.) told")
                return -1;
            }
        }
        return -1;
    }

    /**
     * Where lower-case words from token {@code from} naming an organisation end ("commerce
     * ministry" after "China's"), or {@code from} when they name none.
     */
    private int possessedOrganisationEnd(List<Token> tokens, int from, int to) {
        for (int k = from; k < to && k - from < POSSESSED_WORDS; k++) {
            Token token = tokens.get(k);
            if (token.type() != Token.Type.WORD || token.capitalized()) {
                return from;
            }
            if (lexicon.organisations().contains(token.lower())) {
                return k + 1;
            }
        }
        return from;
    }

    /** How many words an organisation a possessor owns may run: "foreign affairs ministry". */
    private static final int POSSESSED_WORDS = 3;

    /**
     * Whether {@code subject} is a group said where it stands, right before the cue verb at {@code
     * cue}: "Protesters in the square said", "Residents near the plant told".
     */
    private static boolean groupWhere(List<Token> tokens, SpeakerRef subject, int cue) {
        if (subject.kind() != SpeakerRef.Kind.NAME
                || !PhraseReader.GROUPS.contains(subject.text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        int k = 0;
        while (k < cue && tokens.get(k).start() < subject.offset()) {
            k++;
        }
        if (k + 2 >= cue || !WHERE.contains(tokens.get(k + 1).lower())) {
            return false;
        }
        for (int j = k + 2; j < cue; j++) {
            if (tokens.get(j).type() == Token.Type.PUNCT || tokens.get(j).capitalized()) {
                // "Analysts at Brockhurst Securities wrote": whose analysts, not where
                return false;
            }
        }
        return cue - k <= GROUP_WHERE_WORDS;
    }

    /** Prepositions of place after a group: "protesters outside the building". */
    private static final Set<String> WHERE =
            Set.of("in", "at", "near", "outside", "inside", "on", "across", "around", "from");

    /** How many tokens a group and where it stands may run before the cue verb. */
    private static final int GROUP_WHERE_WORDS = 7;

    /**
     * Whether {@code token} is a user name: "@saltmarshsiren", or one written without its "@" the
     * way forums show them, in lower case with an underscore or with digits after its letters
     * ("jay_k", "elmo666"; not "covid" or "3pm").
     */
    static boolean handle(Token token) {
        String text = token.text();
        if (text.startsWith("@")) {
            return true;
        }
        return token.type() == Token.Type.WORD
                && !token.capitalized()
                && text.chars().anyMatch(c -> c == '_' || Character.isDigit(c))
                && text.equals(text.toLowerCase(Locale.ROOT))
                && HANDLE.matcher(text).matches();
    }

    /** A user name without its "@": letters first, then an underscore or two digits or more. */
    private static final java.util.regex.Pattern HANDLE =
            java.util.regex.Pattern.compile("\\p{L}[\\p{L}\\d]*(_[\\p{L}\\d_]*|\\p{L}\\d{2,})");

    /** Relative pronouns, which end a noun phrase: "said one venture capitalist who passed". */
    static final Set<String> RELATIVES = Set.of("who", "whom", "whose", "which");

    /** How many words may describe a document after its determiner: "a new case report". */
    private static final int DOCUMENT_MODIFIERS = 3;

    /**
     * Whether token {@code k}, a cue verb in form, is a noun in the phrase from {@code from}: a
     * document's after a determiner ("“…,” the post said"), any word after a "the" inside the
     * phrase ("a diplomat familiar with the talks"), or any word after an owner ("the union's state
     * secretary Gary Pike told").
     */
    private static boolean documentNoun(List<Token> tokens, int k, int from) {
        if (k <= from) {
            return false;
        }
        Token before = tokens.get(k - 1);
        return QuoteAssembler.DOCUMENTS.contains(tokens.get(k).lower())
                        && (PhraseReader.DETERMINERS.contains(before.lower())
                                || k - from <= DOCUMENT_MODIFIERS
                                        && PhraseReader.DETERMINERS.contains(
                                                tokens.get(from).lower()))
                || k - 1 >= from
                        && before.lower().equals("the")
                        && tokens.get(k).type() == Token.Type.WORD
                        && !tokens.get(k).capitalized()
                || PhraseReader.possessive(before)
                        && k + 1 < tokens.size()
                        && tokens.get(k + 1).type() == Token.Type.WORD;
    }

    /**
     * Whether "state" at {@code k}, from {@code from}, is a noun in an office, not the cue verb:
     * "said former secretary of state Mara Quint", "said state Sen. Tom Brell", "state officials".
     */
    private boolean stateOfOffice(List<Token> tokens, int k, int from) {
        if (!tokens.get(k).lower().equals("state") || k + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(k + 1);
        String word = next.bare();
        return k > from && tokens.get(k - 1).lower().equals("of") && next.capitalized()
                || lexicon.names().honorifics().contains(word)
                || NameLexicon.SHORT_TITLES.containsKey(word)
                || lexicon.roles().contains(word)
                || PhraseReader.GROUPS.contains(word);
    }

    private boolean isPhraseWord(Token token) {
        if (token.type() == Token.Type.PUNCT) {
            return token.is('.') || token.is('-');
        }
        if (token.capitalized()) {
            return true;
        }
        String word = token.lower();
        return lexicon.cue(word) == null
                && !SKIPPED_WORDS.contains(word)
                && !word.equals("and")
                && !word.equals("that")
                && !RELATIVES.contains(word)
                && !CLAUSE_BREAKS.contains(word)
                && !(SUBORDINATORS.contains(word) && !word.equals("as"))
                && !word.equals("we");
    }

    /**
     * Modal verbs that no subject runs across: "a governor should know when a sheriff says
     * “emergency”" is the sheriff's.
     */
    private static final Set<String> CLAUSE_BREAKS =
            Set.of("should", "must", "might", "can", "shall");

    /**
     * The name opening a clause after "after", "before", "until" or "since" in the words right
     * before the comma at {@code comma}, with no other comma between: "… a day after Minister Dale
     * Pimm dismissed the criticism," Null when there is none.
     */
    private SpeakerRef subordinateSubjectBefore(List<Token> tokens, int comma, int from) {
        for (int k = comma - 1; k > from; k--) {
            if (tokens.get(k).type() != Token.Type.WORD) {
                return null;
            }
            if (tokens.get(k).capitalized() && subjectOfSubordinateClause(tokens, k, comma)) {
                Read name = phrases.phrase(tokens, k, nameEnd(tokens, k, comma));
                return name != null && name.ref().kind() == SpeakerRef.Kind.NAME
                        ? name.ref()
                        : null;
            }
        }
        return null;
    }

    /** Words that are prepositions before a noun and conjunctions before a clause. */
    private static final Set<String> CLAUSE_PREPOSITIONS =
            Set.of("before", "after", "until", "since", "as");

    /**
     * Whether the name at token {@code i} opens a clause after "after", "before", "until" or
     * "since", a verb in the past right after it: "two days after Kowalski released a campaign
     * video calling …". The name is that clause's subject, not a preposition's object.
     */
    private static boolean subjectOfSubordinateClause(List<Token> tokens, int i, int to) {
        if (i == 0 || !CLAUSE_PREPOSITIONS.contains(tokens.get(i - 1).lower())) {
            return false;
        }
        int end = nameEnd(tokens, i, to);
        return end < to
                && end > i
                && tokens.get(end).type() == Token.Type.WORD
                && !tokens.get(end).capitalized()
                && tokens.get(end).lower().endsWith("ed");
    }

    /**
     * Whether the name or noun phrase starting at token {@code start} follows a word that opens a
     * clause here and stands right before the cue verb at {@code cue}, so is its subject: "she
     * said, before Reed interrupted", "at 2:10 a.m. after a 911 caller reported" (but not "before
     * Vasilescu could answer").
     */
    private static boolean clauseAfterSubordinator(
            List<Token> tokens, int start, int cue, int from) {
        if (start - 1 < from || !CLAUSE_PREPOSITIONS.contains(tokens.get(start - 1).lower())) {
            return false;
        }
        return tokens.get(start).capitalized() && tokens.get(cue - 1).capitalized()
                || PhraseReader.DETERMINERS.contains(tokens.get(start).lower())
                        && tokens.get(cue).lower().endsWith("ed");
    }

    /**
     * Words that open a sentence or clause before its subject: links to the sentence before ("But
     * the presenter said") and subordinators ("When one reporter asked, “…?”").
     */
    private static final Set<String> SENTENCE_LINKS =
            Set.of(
                    "but",
                    "and",
                    "yet",
                    "so",
                    "still",
                    "meanwhile",
                    "however",
                    "instead",
                    "when",
                    "whenever",
                    "as",
                    "while",
                    "once",
                    "after",
                    "before",
                    "until",
                    "if",
                    "because",
                    "though",
                    "although");

    private boolean isPhraseStart(Token token) {
        String word = token.lower();
        return token.type() != Token.Type.PUNCT
                && (token.capitalized()
                        || PhraseReader.DETERMINERS.contains(word)
                        || PhraseReader.COUNTS.contains(word)
                        || word.matches("\\d.*")
                        || lexicon.roles().contains(word));
    }
}
