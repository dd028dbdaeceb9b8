package io.storytrace.quote;

import io.storytrace.mention.Gender;
import io.storytrace.mention.Mention;
import io.storytrace.mention.NameFinder;
import io.storytrace.mention.NameLexicon;
import io.storytrace.mention.Names;
import io.storytrace.text.Passage;
import io.storytrace.text.Span;
import io.storytrace.text.SpanSet;
import io.storytrace.text.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Turns what an attribution points at into a speaker's name in its fullest form in the article: a
 * name through {@link Names#fullest}; "he" or "she" to the nearest earlier person of a compatible
 * gender, those who spoke before those merely named, the subject of a sentence before the rest; a
 * role ("the actor") to the person the article introduced by that noun, else to the nearest
 * compatible person; an anonymous source ("the insider", "a spokesperson") to itself, never to a
 * named person; an organisation's role ("the company") to the last organisation named. It guesses
 * nothing: with no candidate it gives {@code null}.
 *
 * <p>One resolver serves one article and is asked in text order: it remembers who spoke where, and
 * the gender a pronoun has shown a person to have, because each speaker found is a candidate for
 * the pronouns that follow.
 */
final class SpeakerResolver {

    /** Up to this many names, the whole article is searched for its only person. */
    private static final int FEW = 50;

    /** What "they" or a sentence's subject asks for: anyone who spoke, a group as well. */
    private static final Gender ANYONE = null;

    /** How many sentences back a pronoun may reach. */
    private static final int REACH = 8;

    /** How many tokens around a name are read for the role noun that introduces its person. */
    private static final int ROLE_BEFORE = 4;

    private static final int ROLE_AFTER = 12;

    private final Passage passage;
    private final Names names;
    private final QuoteLexicon lexicon;
    private final NavigableMap<Integer, String> people = new TreeMap<>();
    private final NavigableMap<Integer, String> speakers = new TreeMap<>();
    private final NavigableMap<Integer, String> organisations = new TreeMap<>();

    /** Where each organisation's name ends, by where it starts. */
    private final Map<Integer, Integer> organisationEnds = new HashMap<>();

    /**
     * The outlets the article names that are no platform, by where: "the newspaper" points back at
     * them.
     */
    private final NavigableMap<Integer, String> press = new TreeMap<>();

    private final Map<String, NavigableMap<Integer, String>> roleHolders = new HashMap<>();

    /** The writer the byline names, who is "I" in the article ("“…?” I ask her."), or null. */
    private String author;

    /** Where the people named in the possessive ("Ruiz’s lawyer") are named. */
    private final java.util.Set<Integer> possessors = new java.util.HashSet<>();

    /** Whether a possessive "’s" or "'s" follows {@code end}. */
    private boolean possessive(int end) {
        CharSequence text = passage.text();
        return end + 1 < text.length()
                && (text.charAt(end) == '’' || text.charAt(end) == '\'')
                && text.charAt(end + 1) == 's'
                && (end + 2 == text.length() || !Character.isLetter(text.charAt(end + 2)));
    }

    /** Whether the word after {@code offset} starts a person's name: "’s Park". */
    private boolean personAt(int offset) {
        int at = passage.tokenAtOrAfter(offset);
        return at < passage.tokens().size() && people.containsKey(passage.tokens().get(at).start());
    }

    /** Whether the word after {@code offset} names a person: "’s mother", "’s lawyer". */
    private boolean personNounAfter(int offset) {
        int at = passage.tokenAtOrAfter(offset);
        if (at < 0 || at >= passage.tokens().size()) {
            return false;
        }
        return lexicon.personNoun(passage.tokens().get(at).lower());
    }

    /** The names of the organisations the article names: no "he", "she" or role points at them. */
    private final java.util.Set<String> organisationNames = new java.util.HashSet<>();

    /** The role nouns each person was introduced with, the inverse of {@link #roleHolders}. */
    private final Map<String, java.util.Set<String>> rolesHeld = new HashMap<>();

    /** The person each sentence's opening role noun resolved to ("" for none), once read. */
    private final Map<Integer, String> roleSubjects = new HashMap<>();

    private final Map<String, Gender> learned = new HashMap<>();
    private final Map<String, java.util.Optional<String>> acronyms = new HashMap<>();
    private final Map<String, String> handles = new HashMap<>();
    private Map<String, Integer> spelled;
    private final java.util.Set<String> known = new java.util.HashSet<>();

    /** Where every person's name starts in the text, quoted or not. */
    private final java.util.Set<Integer> personStarts = new java.util.HashSet<>();

    /** Where every person's name ends in the text, quoted or not. */
    private final java.util.Set<Integer> personEnds = new java.util.HashSet<>();

    private final java.util.Set<String> lowerCase = new java.util.HashSet<>();

    /**
     * @param quoted the words inside closed quotation marks, speech or not: a name there ("No Place
     *     Like Home", a title) is no one a pronoun or role outside can point at
     * @param inMarks the words inside any quotation marks, closed or running on to the next
     *     paragraph: a "my" there is the speaker's, not the writer's
     */
    SpeakerResolver(
            Passage passage, Names names, SpanSet quoted, SpanSet inMarks, QuoteLexicon lexicon) {
        this.passage = passage;
        this.names = names;
        this.lexicon = lexicon;
        this.inMarks = inMarks;
        for (Mention mention : names.mentions()) {
            if (mention.type() == Mention.Type.PERSON) {
                personStarts.add(mention.span().start());
                personEnds.add(mention.span().end());
            }
        }
        for (Mention mention : names.mentions()) {
            known.add(mention.canonical().toLowerCase(Locale.ROOT));
            if (quoted.covers(mention.span())) {
                continue;
            }
            if (inByline(mention.span().start())) {
                if (author == null && mention.type() == Mention.Type.PERSON) {
                    author = mention.canonical();
                }
                continue;
            }
            if (photoCredit(passage.sentenceAt(mention.span().start()))) {
                // "Neilson Barnard via Getty Images.": the photographer, whom no pronoun means
                continue;
            }
            switch (mention.type()) {
                case PERSON -> {
                    if (placeOrThing(mention)
                            && names.gender(mention.canonical()) == Gender.UNKNOWN) {
                        // "yelling at Page" is no place where Page is Larry Page, whose given name
                        // shows a man
                        thingLike.add(mention.canonical());
                    }
                    people.put(mention.span().start(), mention.canonical());
                    indexRoles(mention);
                    if (introducedByRelation(mention)) {
                        relations.add(mention.canonical());
                    }
                }
                case ORGANIZATION -> {
                    organisations.put(mention.span().start(), mention.canonical());
                    organisationEnds.put(mention.span().start(), mention.span().end());
                    organisationNames.add(mention.canonical());
                    apposedOrganisationNoun(mention);
                }
                case OUTLET -> {
                    if (!OutletRecognizer.platform(mention.canonical())) {
                        press.put(mention.span().start(), mention.canonical());
                    }
                    if (lexicon.names().knownOutlet(mention.canonical()) != null) {
                        // "ITV said it had accepted his decision": no "he" or "the presenter"
                        // is ITV
                        organisationNames.add(mention.canonical());
                    }
                    apposedOrganisationNoun(mention);
                }
                case WORK -> {}
            }
        }
        for (Mention mention : names.mentions()) {
            // "Ruiz’s lawyer", and, now that every person is known, "Nimbus Arc’s Park"
            int end = mention.span().end();
            if (people.containsKey(mention.span().start())
                    && possessive(end)
                    && (personNounAfter(end + 2) || personAt(end + 2))) {
                possessors.add(mention.span().start());
            }
            String campaign = campaignAfter(mention);
            if (campaign != null) {
                // "Trump’s campaign immediately backtracked … it said": a body "it" may mean
                organisations.putIfAbsent(mention.span().start(), campaign);
                organisationEnds.putIfAbsent(mention.span().start(), mention.span().end());
                organisationNames.add(campaign);
            }
        }
        List<Token> tokens = passage.tokens();
        for (int k = 0; k < tokens.size(); k++) {
            Token token = tokens.get(k);
            if (token.type() == Token.Type.WORD && !token.capitalized()) {
                lowerCase.add(token.lower());
            }
            if (k > 0
                    && SubjectReader.handle(token)
                    && SubjectReader.POSTERS.contains(tokens.get(k - 1).lower())
                    && !token.text().startsWith("@")
                    && !quoted.covers(new Span(token.start(), token.end()))) {
                // "Reddit user elmo666 was furious. “…,” he wrote.": someone a pronoun may mean
                people.put(token.start(), token.text());
            }
        }
    }

    /**
     * Whether {@code offset} lies in a byline, "By Jessica Tran" or "Words: Daniel Osei" opening a
     * short paragraph of its own: the writer is no one a pronoun points at, only "I".
     */
    private boolean inByline(int offset) {
        int s = passage.sentenceAt(offset);
        List<Token> tokens = passage.tokensOf(s);
        if (tokens.size() <= DESK_TOKENS && desk(s)) {
            // "Crime Correspondent" on its own line under the writer's name
            return true;
        }
        boolean opensBlock = s == 0 || passage.blockOf(s - 1) != passage.blockOf(s);
        if (!opensBlock || tokens.isEmpty() || tokens.size() > BYLINE_TOKENS) {
            return false;
        }
        String first = tokens.getFirst().lower();
        // "By Jessica Tran", "Words: Daniel Osei", "Words by Daniel Osei", "Interview by
        // Harriet Lomax | Photographs by …"
        if (first.equals("by")
                || BYLINE_OPENERS.contains(first)
                        && tokens.size() > 1
                        && (tokens.get(1).is(':') || tokens.get(1).lower().equals("by"))) {
            return true;
        }
        // "Rowena Hale Home affairs correspondent", "Lottie Harker, Showbiz Reporter", "Mabel
        // Ferris" over "Crime Correspondent": a writer's name and desk opening a paragraph
        return passage.tokenAtOrAfter(offset) == passage.firstToken(s)
                && (desk(s)
                        || s + 1 < passage.sentences().size()
                                && (passage.blockOf(s + 1) == passage.blockOf(s)
                                        || tokens.size() <= NAME_LINE_TOKENS)
                                && passage.tokensOf(s + 1).size() <= DESK_TOKENS
                                && desk(s + 1));
    }

    private static final int BYLINE_TOKENS = 16;

    /**
     * Whether sentence {@code s} is a photograph's credit left in the text: short, and opening
     * "Photo:" or "Photograph by", or naming a picture agency after "via" or a slash ("Scott Olson
     * via Getty Images", "AFP/Getty Images").
     */
    private boolean photoCredit(int s) {
        List<Token> tokens = passage.tokensOf(s);
        if (tokens.size() < 2 || tokens.size() > CREDIT_TOKENS) {
            return false;
        }
        if (CREDIT_OPENERS.contains(tokens.getFirst().lower())
                && (tokens.get(1).is(':') || tokens.get(1).lower().equals("by"))) {
            return true;
        }
        for (int k = 0; k + 1 < tokens.size(); k++) {
            if ((tokens.get(k).lower().equals("via") || tokens.get(k).is('/'))
                    && PICTURE_AGENCIES.contains(tokens.get(k + 1).lower())) {
                return true;
            }
        }
        return false;
    }

    /** How many tokens a photograph's credit may run. */
    private static final int CREDIT_TOKENS = 12;

    /** Words that open a photograph's credit before a colon or "by". */
    private static final java.util.Set<String> CREDIT_OPENERS =
            java.util.Set.of(
                    "photo",
                    "photos",
                    "photograph",
                    "photographs",
                    "picture",
                    "pictures",
                    "image",
                    "images",
                    "credit",
                    "illustration");

    /** Agencies whose name follows "via" or a slash in a photograph's credit. */
    private static final java.util.Set<String> PICTURE_AGENCIES =
            java.util.Set.of(
                    "getty",
                    "afp",
                    "ap",
                    "reuters",
                    "shutterstock",
                    "alamy",
                    "epa",
                    "istock",
                    "wireimage",
                    "filmmagic",
                    "rex",
                    "bloomberg",
                    "pa");

    /** Words that open a byline before "by" or a colon: "Interview by", "Words:". */
    private static final java.util.Set<String> BYLINE_OPENERS =
            java.util.Set.of("words", "interview", "interviews", "text", "story", "reporting");

    /** How many tokens a line naming a writer's desk may have: "Senior Political Correspondent". */
    private static final int DESK_TOKENS = 6;

    /** How long a line holding only the writer's name may run: "Fiachra Ó Dálaigh". */
    private static final int NAME_LINE_TOKENS = 5;

    /** Nouns for the writers of an article, as bylines name their desks. */
    private static final java.util.Set<String> WRITERS =
            java.util.Set.of(
                    "correspondent", "reporter", "editor", "writer", "columnist", "contributor");

    /** Whether sentence {@code s} is short, names a writer's desk and reports no speech. */
    private boolean desk(int s) {
        List<Token> tokens = passage.tokensOf(s);
        return tokens.size() <= BYLINE_TOKENS
                && tokens.stream().anyMatch(token -> WRITERS.contains(token.lower()))
                && tokens.stream().noneMatch(token -> lexicon.cue(token) != null);
    }

    /**
     * Whether {@code offset} lies in an answer of a question-and-answer interview: a paragraph
     * opening "A:". Its "I" is the one interviewed, not the writer.
     */
    private boolean answering(int offset) {
        List<Token> opening = paragraphOpening(offset);
        return opening.size() > 2 && opening.get(0).text().equals("A") && opening.get(1).is(':');
    }

    /** The tokens of the first sentence of the paragraph around {@code offset}. */
    private List<Token> paragraphOpening(int offset) {
        int sentence = passage.sentenceAt(offset);
        int block = passage.blockOf(sentence);
        while (sentence > 0 && passage.blockOf(sentence - 1) == block) {
            sentence--;
        }
        return passage.tokensOf(sentence);
    }

    /**
     * Whether the paragraph around {@code offset} opens with a speaker's label, a capitalised word
     * and a colon: "McKelvey: He came into my office. … And I said, “I'm Jim.”" is McKelvey's "I".
     */
    boolean inLabelledParagraph(int offset) {
        List<Token> opening = paragraphOpening(offset);
        return opening.size() > 2 && opening.get(0).capitalized() && opening.get(1).is(':');
    }

    /** The one a question-and-answer interview is with: its headline's subject, else the writer. */
    private String interviewee() {
        String subject = firstPersonFrom(0);
        return subject != null && !subject.equals(author) ? subject : author;
    }

    /** The first person named at or after {@code offset}, or null: a headline's subject. */
    String firstPersonFrom(int offset) {
        int tried = 0;
        for (Map.Entry<Integer, String> person : people.tailMap(offset, true).entrySet()) {
            // "Lane's Rep Calls Ex-Stylist's Claims…": capitals the body never names again are
            // headline words, not a person, unless the name finder found a given name and a
            // surname in a sentence-case headline, whose gender it then knows
            if (!passage.inHeadline(passage.sentenceAt(person.getKey()))
                    || namedInBody(person.getValue())
                    || names.gender(person.getValue()) != Gender.UNKNOWN) {
                return person.getValue();
            }
            if (++tried == HEADLINE_NAMES) {
                break;
            }
        }
        return null;
    }

    /**
     * The first person named between {@code from} and {@code to}, or null: the full name of someone
     * the body names, written there ("Read More: Dante Reyes Opens Up About Becoming a Dad", where
     * the capitals run on past the name), else a name found there that the body also gives or whose
     * gender is known.
     */
    String firstPersonIn(int from, int to) {
        String text = passage.text().subSequence(from, to).toString();
        String first = null;
        int at = Integer.MAX_VALUE;
        for (Map.Entry<Integer, String> named : people.entrySet()) {
            String person = named.getValue();
            int found = person.contains(" ") ? text.indexOf(person) : -1;
            if (found >= 0 && found < at && (named.getKey() < from || named.getKey() >= to)) {
                first = person;
                at = found;
            }
        }
        if (first != null) {
            return first;
        }
        for (Map.Entry<Integer, String> person : people.subMap(from, to).entrySet()) {
            if (namedInBody(person.getValue())
                    || names.gender(person.getValue()) != Gender.UNKNOWN) {
                return person.getValue();
            }
        }
        return null;
    }

    private boolean namedInBody(String person) {
        if (namedInBody == null) {
            namedInBody = new java.util.HashSet<>();
            for (Map.Entry<Integer, String> named : people.entrySet()) {
                if (!passage.inHeadline(passage.sentenceAt(named.getKey()))) {
                    namedInBody.add(named.getValue());
                }
            }
        }
        return namedInBody.contains(person);
    }

    /** How many of a headline's capitalised runs are tried as its subject. */
    private static final int HEADLINE_NAMES = 8;

    /** The words inside any quotation marks, closed or not, speech or not. */
    private final SpanSet inMarks;

    /** The people the body names, beyond the headline; read when first needed. */
    private java.util.Set<String> namedInBody;

    /** Notes that {@code speaker} spoke at {@code offset}, for the pronouns that follow. */
    void remember(int offset, String speaker) {
        if (speaker != null && !speaker.startsWith("@") && !speaker.equals(author)) {
            // the writer is "I", never the "she" of the next answer ("‘…?’ I ask. ‘Never,’
            // she says.")
            speakers.putIfAbsent(offset, speaker);
        }
    }

    /** The speaker {@code ref} names, in fullest form, or null. */
    String resolve(SpeakerRef ref) {
        return switch (ref.kind()) {
            case NAME -> name(ref);
            case PRONOUN ->
                    switch (ref.text()) {
                        case "he" -> pronoun(ref.offset(), Gender.MALE);
                        case "she" -> pronoun(ref.offset(), Gender.FEMALE);
                        case "they" -> they(ref.offset());
                        case "it" -> thing(inFull(its(ref.offset())));
                        case "i" -> answering(ref.offset()) ? interviewee() : author;
                        // "and we said: “…”": the writers, whom the byline names at most in part
                        case "we" -> "we";
                        default -> null;
                    };
            case PERSON_ROLE -> orNamedNext(ref, unnamedOverNamed(ref, pairOrRole(ref)));
            case SENTENCE_SUBJECT -> lastPersonBefore(ref.offset(), ANYONE);
            case ORGANISATION_ROLE -> organisation(inFull(organisationNamed(ref)));
            case UNNAMED -> orNamedNext(ref, orHolderNamedNext(ref, likeTheLast(ref)));
            case RELAYED -> null;
        };
    }

    /**
     * Whether {@code ref} is the subject a sentence opening at token {@code opens} starts with, or
     * the subject of the cue closing the quotation it starts with ("“…,” the 27-year-old said").
     */
    private boolean opensWith(int opens, SpeakerRef ref) {
        List<Token> tokens = passage.tokens();
        int at = passage.tokenAtOrAfter(ref.offset());
        if (at == opens) {
            return true;
        }
        if (!Mark.is(tokens.get(opens))) {
            return false;
        }
        int k = at - 1;
        while (k > opens
                && !Mark.is(tokens.get(k))
                && (tokens.get(k).type() == Token.Type.PUNCT
                        || lexicon.cue(tokens.get(k)) != null)) {
            k--;
        }
        return k > opens && Mark.is(tokens.get(k));
    }

    /**
     * The person a pronoun's relative or role names where the story introduced them so: "her
     * husband said" after "Ana Ruiz and her husband, Tom Hale,", "Their daughter said" after "their
     * daughter Rosalind Kettering". Null when {@code ref} is no such phrase or no one holds the
     * role within reach before it or beside it.
     */
    private String ownersRole(SpeakerRef ref) {
        String[] words = ref.text().toLowerCase(Locale.ROOT).split(" ");
        if (words.length != 2 || !OWNERS.contains(words[0])) {
            return null;
        }
        NavigableMap<Integer, String> holders = roleHolders.get(words[1]);
        if (holders == null) {
            return null;
        }
        Map.Entry<Integer, String> holder = holders.lowerEntry(ref.offset() + ref.text().length());
        if (holder != null
                && passage.sentenceAt(ref.offset()) - passage.sentenceAt(holder.getKey())
                        <= 2 * REACH
                && agrees(holder.getValue(), lexicon.names().genderOfWord(words[1]))) {
            return holder.getValue();
        }
        Map.Entry<Integer, String> apposed = holders.ceilingEntry(ref.offset());
        return apposed != null
                        && passage.sentenceAt(apposed.getKey()) == passage.sentenceAt(ref.offset())
                        && apposedGap(ref.offset() + ref.text().length(), apposed.getKey())
                ? apposed.getValue()
                : null;
    }

    /**
     * The other side of an interview that "her guest" or "his interviewer" names: the last one to
     * speak before {@code ref} who is not the person the possessive points at ("“Thanks for that,”
     * Royle said. / “You’re welcome,” her guest shot back."), else the last other person named.
     * Null when {@code ref} is no such phrase or there is no one else.
     */
    private String counterpartOf(SpeakerRef ref) {
        String[] words = ref.text().toLowerCase(Locale.ROOT).split(" ");
        if (words.length != 2 || !OWNERS.contains(words[0]) || !COUNTERPARTS.contains(words[1])) {
            return null;
        }
        Gender gender =
                switch (words[0]) {
                    case "her" -> Gender.FEMALE;
                    case "his" -> Gender.MALE;
                    default -> Gender.UNKNOWN;
                };
        String owner = lastPersonBefore(ref.offset(), gender);
        if (owner == null) {
            return null;
        }
        for (String speaker : speakers.headMap(ref.offset(), false).descendingMap().values()) {
            if (!speaker.equals(owner) && names.isPerson(speaker)) {
                return speaker;
            }
        }
        return lastOtherPersonBefore(ref.offset(), owner);
    }

    /** Roles that name the other side of an interview from the one who has them. */
    private static final java.util.Set<String> COUNTERPARTS =
            java.util.Set.of(
                    "guest", "interviewer", "host", "interviewee", "predecessor", "successor");

    /** Possessive pronouns before a relative or role: "her husband", "their daughter". */
    private static final java.util.Set<String> OWNERS = java.util.Set.of("his", "her", "their");

    /**
     * Where the name standing as the subject after an opening phrase starts, in sentence {@code s}:
     * "Appearing before the committee, <i>Richard Hale</i> said …". -1 when the sentence opens no
     * such way.
     */
    private int subjectAfterOpening(int s) {
        List<Token> tokens = passage.tokensOf(s);
        if (tokens.isEmpty() || !tokens.getFirst().lower().endsWith("ing")) {
            return -1;
        }
        int first = passage.firstToken(s);
        for (int k = 1; k + 1 < tokens.size() && k <= OPENING_SUBJECT_REACH; k++) {
            if (tokens.get(k).is(',') && people.containsKey(tokens.get(k + 1).start())) {
                return first + k + 1;
            }
        }
        return -1;
    }

    /** How many tokens an opening phrase before a sentence's subject may run. */
    private static final int OPENING_SUBJECT_REACH = 16;

    /**
     * "A waiter from Brighton named Callum": an unnamed speaker named right after is the one so
     * named. "A senior analyst who was told by her manager that she was “too emotional”" and, a
     * sentence or two on, "her line manager, Fiona Gallagher": a role owned by someone ("her
     * manager", "his lawyer") the story names no one in before is the one it names in that role
     * just after. {@code resolved} otherwise.
     */
    private String orHolderNamedNext(SpeakerRef ref, String resolved) {
        if (resolved != null && !resolved.equals(ref.text())) {
            return resolved;
        }
        List<Token> tokens = passage.tokens();
        int after = passage.tokenAtOrAfter(ref.offset() + ref.text().length());
        if (after + 1 < tokens.size() && NAMING.contains(tokens.get(after).lower())) {
            String named = people.get(tokens.get(after + 1).start());
            if (named != null && !people.headMap(ref.offset()).containsValue(named)) {
                // "A waiter from Brighton named Callum phoned in": the one so named; but in
                // "Donald Trump … One lawmaker called Trump “…”" the one named before is the one
                // called something
                return named;
            }
        }
        String[] words = ref.text().toLowerCase(Locale.ROOT).split(" ");
        if (words.length != 2 || !OWNERS.contains(words[0])) {
            return resolved;
        }
        NavigableMap<Integer, String> holders = roleHolders.get(words[1]);
        Map.Entry<Integer, String> next =
                holders == null ? null : holders.higherEntry(ref.offset());
        if (next == null
                || holders.lowerEntry(ref.offset()) != null
                || passage.sentenceAt(next.getKey()) - passage.sentenceAt(ref.offset())
                        > HOLDER_NAMED_NEXT) {
            return resolved;
        }
        return next.getValue();
    }

    /** How many sentences on the holder of a role someone owns may be named. */
    private static final int HOLDER_NAMED_NEXT = 3;

    /**
     * {@code resolved}, unless it is the role as written and the subject the story opens with: then
     * the person the next sentence opens by naming ("A senior banking supervisor has told lenders
     * …" above "Harriet Lomax, deputy chief executive of …, told …"), the way news names someone
     * only after its lede. Not for sources the story means to leave unnamed ("A senior official
     * said"), though "The federal official in charge of …" is someone it goes on to name.
     */
    private String orNamedNext(SpeakerRef ref, String resolved) {
        if (resolved != null && !resolved.equals(ref.text())) {
            return resolved;
        }
        int sentence = passage.sentenceAt(ref.offset());
        String noun =
                ref.text().substring(ref.text().lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        boolean definite = ref.text().toLowerCase(Locale.ROOT).startsWith("the ");
        if (passage.inHeadline(sentence)
                || lexicon.anonymous().contains(noun) && !definite
                || sentence + 1 >= passage.sentences().size()) {
            return resolved;
        }
        int opens =
                SubjectReader.afterDateline(
                        passage.tokens(),
                        passage.firstToken(sentence),
                        passage.firstToken(sentence + 1));
        if (!opensWith(opens, ref)) {
            // "…has avoided jail, with a magistrate warning him": not the lede's subject, whom
            // the next sentence names
            return resolved;
        }
        for (int before : people.headMap(ref.offset(), false).keySet()) {
            if (!passage.inHeadline(passage.sentenceAt(before))) {
                return resolved;
            }
        }
        int first = passage.firstToken(sentence + 1);
        String named = people.get(passage.tokens().get(first).start());
        if (named == null) {
            first = subjectAfterOpening(sentence + 1);
            named = first < 0 ? null : people.get(passage.tokens().get(first).start());
        }
        if (named == null
                || !agrees(named, lexicon.names().genderOfWord(noun))
                || ref.text().toLowerCase(Locale.ROOT).startsWith("one ")) {
            // "One top-10 shareholder" is one of several the story leaves unnamed
            return resolved;
        }
        // the name is the subject, described or speaking: "Harriet Lomax, deputy chief …," or
        // "Joel Abara said", not "Marisol Vega and Jace Moreno split"
        int after = first + named.split(" ").length;
        List<Token> tokens = passage.tokens();
        while (after < tokens.size() && tokens.get(after).capitalized()) {
            after++;
        }
        return after < tokens.size()
                        && (tokens.get(after).is(',') || lexicon.cue(tokens.get(after)) != null)
                ? named
                : resolved;
    }

    /**
     * {@code name}, noted as an organisation's so that no "he" or "she" points back to it: "The
     * restaurant said in a statement: “…”" before "“…,” she said".
     */
    private String organisation(String name) {
        if (name != null && !names.isPerson(name)) {
            organisationNames.add(name);
        }
        return name;
    }

    /**
     * The person who last spoke before {@code offset} in the same paragraph, or null: the speaker a
     * quotation with no attribution of its own continues.
     */
    String runningSpeaker(int offset) {
        Map.Entry<Integer, String> last = speakers.lowerEntry(offset);
        if (last == null) {
            return null;
        }
        int block = passage.blockOf(passage.sentenceAt(offset));
        return passage.blockOf(passage.sentenceAt(last.getKey())) == block ? last.getValue() : null;
    }

    /**
     * Whose document the sentence before the one at {@code offset} says another read out: "Her
     * victim impact statement was read to the court by her daughter, Geraldine Kinsella-Roche." The
     * words quoted next are the owner's, named by "her"/"his" or a possessive name, not the
     * reader's. Null when that sentence reads out no owned document.
     */
    String ownerOfDocumentReadOut(int offset) {
        int sentence = passage.sentenceAt(offset);
        if (sentence == 0) {
            return null;
        }
        List<Token> tokens = passage.tokensOf(sentence - 1);
        for (int k = 1; k + 2 < tokens.size(); k++) {
            if (!QuoteAssembler.DOCUMENTS.contains(tokens.get(k).lower())
                    || !readBy(tokens, k + 1)) {
                continue;
            }
            for (int j = k - 1; j >= 0 && k - j <= OWNER_REACH; j--) {
                Token token = tokens.get(j);
                String word = token.lower();
                if (word.equals("her") || word.equals("his")) {
                    return pronoun(token.start(), word.equals("her") ? Gender.FEMALE : Gender.MALE);
                }
                if (PhraseReader.possessive(token)) {
                    Map.Entry<Integer, String> owner = people.floorEntry(token.start());
                    return owner == null ? null : owner.getValue();
                }
            }
            return null;
        }
        return null;
    }

    /**
     * How many words may stand between an owner and the document: "her victim impact statement".
     */
    private static final int OWNER_REACH = 4;

    /**
     * Whether "was read" and later "by" follow from token {@code k}: "was read to the court by".
     */
    private static boolean readBy(List<Token> tokens, int k) {
        if (k + 1 >= tokens.size()
                || !QuoteLexicon.AUXILIARIES.contains(tokens.get(k).lower())
                || !tokens.get(k + 1).lower().equals("read")) {
            return false;
        }
        for (int j = k + 2; j < tokens.size(); j++) {
            if (tokens.get(j).lower().equals("by")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The person named at the start of the sentence before the one at {@code offset}, in the same
     * paragraph and with no quotation in it ("Halloran was unmoved. “…”"), or null.
     */
    String namedSubjectBefore(int offset) {
        int s = passage.sentenceAt(offset);
        if (s == 0 || passage.blockOf(s - 1) != passage.blockOf(s) || passage.inHeadline(s - 1)) {
            return null;
        }
        List<Token> tokens = passage.tokensOf(s - 1);
        if (tokens.size() < 2 || tokens.stream().anyMatch(Mark::is)) {
            return null;
        }
        int k = 0;
        while (k < tokens.size() - 1
                && lexicon.names().honorifics().contains(tokens.get(k).bare())) {
            k++;
        }
        String named = people.get(tokens.get(k).start());
        // "The Magpies coach was unmoved. “It's one week.”": the one the role names
        return named != null ? named : roleSubjectPerson(s - 1);
    }

    /**
     * The person the sentence {@code s} after a lede quotation that stands alone introduces as its
     * subject, its opening words capitalised or roles ("Ingrid Sørensen, a behavioral ecologist,
     * had good reason to be skeptical", "Ironhollow co-founder and CEO Nathaniel Greer has used
     * that line"), or names after "of" when it opens with "That" ("That is the blunt assessment of
     * Brendan Quigley"); null otherwise.
     */
    String ledeSpeaker(int s) {
        List<Token> tokens = passage.tokensOf(s);
        if (tokens.isEmpty() || tokens.stream().anyMatch(Mark::is)) {
            return null;
        }
        if (tokens.getFirst().text().equals("That")) {
            for (int k = 1; k + 1 < tokens.size() && k <= LEDE_WORDS; k++) {
                if (tokens.get(k).lower().equals("of")) {
                    return people.get(tokens.get(k + 1).start());
                }
            }
            return null;
        }
        for (int k = 0; k < tokens.size() && k <= LEDE_WORDS; k++) {
            Token token = tokens.get(k);
            String person = people.get(token.start());
            if (person != null) {
                return organisationNames.contains(person) ? null : person;
            }
            boolean describes =
                    token.is('.')
                            || token.type() == Token.Type.WORD
                                    && lexicon.cue(token) == null
                                    && (token.capitalized()
                                            || lexicon.roles().contains(token.lower())
                                            || token.lower().equals("and"));
            if (!describes) {
                return null;
            }
        }
        return null;
    }

    /** How many words may open a sentence before the person a lede quotation's next one names. */
    private static final int LEDE_WORDS = 6;

    /** Whether no one but {@code speaker} spoke between {@code from} and {@code to}. */
    boolean onlySpeakerBetween(int from, int to, String speaker) {
        for (String other : speakers.subMap(from, true, to, false).values()) {
            if (!other.equals(speaker)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The person a role opening a sentence between {@code from} and {@code to} names ("The Magpies
     * coach was unmoved"), or null when no sentence there opens so.
     */
    String roleSubjectBetween(int from, int to) {
        return firstBetween(from, to, this::roleSubjectPerson);
    }

    /**
     * The unnamed subject of a sentence wholly between {@code from} and {@code to} ("A veteran
     * teacher recalls the meeting."), or null: someone new the story turned to.
     */
    String unnamedSubjectBetween(int from, int to) {
        return firstBetween(from, to, this::unnamedSubject);
    }

    /**
     * The first of what {@code read} finds in the sentences wholly between two offsets, or null.
     */
    private String firstBetween(int from, int to, java.util.function.IntFunction<String> read) {
        for (int s = passage.sentenceAt(from) + 1; s < passage.sentenceAt(to); s++) {
            String found = read.apply(s);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** How many tokens into its sentence an organisation opening it may start: "One Acme …". */
    private static final int OPENING_BODY = 1;

    /** How many words may describe an organisation opening its sentence: "Major retailer". */
    private static final int OPENING_DESCRIPTION = 3;

    /**
     * The organisation that opens the sentence holding {@code offset} before it, as its subject:
     * "One Home Depot refers to investments intended to create a “…”", "Major retailer Target is
     * noticing customer behavior that “…”". Null when none does.
     */
    String organisationOpeningSentence(int offset) {
        int sentence = passage.sentenceAt(offset);
        if (passage.inHeadline(sentence)) {
            return null;
        }
        List<Token> tokens = passage.tokens();
        int first = passage.firstToken(sentence);
        int reach = first + OPENING_BODY;
        while (reach + 1 < tokens.size()
                && reach - first < OPENING_DESCRIPTION
                && tokens.get(reach).type() == Token.Type.WORD
                && !tokens.get(reach).capitalized()) {
            // "Major retailer", "Rival grocer": lower-case words describing the body before it
            reach++;
        }
        for (int k = first; k <= reach && k < tokens.size(); k++) {
            int start = tokens.get(k).start();
            if (start >= offset) {
                return null;
            }
            String body = organisations.get(start);
            if (body != null) {
                return body;
            }
        }
        return null;
    }

    /**
     * The subject of the sentence around {@code offset} when a person named before {@code offset}
     * ("the purchases Mr. Trump requested — “…”"), or null. Names after a preposition are passed
     * over: "Trump assailed Williams" has Trump, "according to Smith" is read elsewhere.
     */
    String personEarlierInSentence(int offset) {
        Span sentence = passage.sentences().get(passage.sentenceAt(offset)).span();
        String reporter = ownerOfReport(sentence.start(), offset);
        if (reporter != null) {
            // "battered by FBI Director James Comey’s conclusion that her actions were “extremely
            // careless”": the words of the one whose conclusion it is, not of the sentence's
            // subject
            return reporter;
        }
        String joined = subjectOfJoinedClause(sentence, offset);
        if (joined != null) {
            return joined;
        }
        String opening = pronounOpening(sentence, offset);
        if (opening != null) {
            // "He anticipated that one of the challenges for a President Trump would be “…”": the
            // one the opening pronoun means, not a name inside what he said
            return opening;
        }
        Map.Entry<Integer, String> unnamed = unnamedEarlierInSentence(offset);
        for (Map.Entry<Integer, String> entry :
                people.subMap(sentence.start(), true, offset, false).entrySet()) {
            if (unnamed != null && unnamed.getKey() < entry.getKey()) {
                break;
            }
            if (!afterPreposition(entry.getKey())) {
                return entry.getValue();
            }
        }
        if (unnamed == null) {
            return pronounBefore(sentence, offset);
        }
        String apposed = nameApposedTo(unnamed, offset);
        return apposed != null ? apposed : unnamed.getValue();
    }

    /** Nouns that report what their owner said or found: "Comey’s conclusion that …". */
    private static final java.util.Set<String> REPORT_NOUNS =
            java.util.Set.of(
                    "claim",
                    "conclusion",
                    "assertion",
                    "contention",
                    "insistence",
                    "admission",
                    "accusation",
                    "argument",
                    "suggestion",
                    "statement",
                    "warning",
                    "finding");

    /**
     * The person named in the possessive, at or after {@code from} in the sentence holding {@code
     * offset}, before a reporting noun and "that" whose clause holds {@code offset}: "Comey’s
     * conclusion that her actions were “…”". Null otherwise.
     */
    String ownerOfReport(int from, int offset) {
        List<Token> tokens = passage.tokens();
        Span sentence = passage.sentences().get(passage.sentenceAt(offset)).span();
        from = Math.max(from, sentence.start());
        int first = passage.tokenAtOrAfter(from);
        for (int k = passage.tokenAtOrAfter(offset) - 1; k > first + 1; k--) {
            if (!tokens.get(k).lower().equals("that")) {
                continue;
            }
            Token owner = tokens.get(k - 2);
            Map.Entry<Integer, String> named = people.floorEntry(owner.start());
            if (!REPORT_NOUNS.contains(tokens.get(k - 1).lower())
                    || !PhraseReader.possessive(owner)
                    || named == null
                    || named.getKey() < from) {
                return null;
            }
            for (int j = passage.tokenAtOrAfter(named.getKey()); j < k - 2; j++) {
                if (!tokens.get(j).capitalized()) {
                    // the name ends before the possessive: someone else's
                    return null;
                }
            }
            return named.getValue();
        }
        return null;
    }

    /** The gender "he" or "she" (in lower case) marks; unknown for any other word. */
    private static Gender genderOfPronoun(String word) {
        return switch (word) {
            case "he" -> Gender.MALE;
            case "she" -> Gender.FEMALE;
            default -> Gender.UNKNOWN;
        };
    }

    /**
     * Whom the last "he" or "she" before {@code offset} in {@code sentence} means, in a sentence
     * that names no one before it: "…, followed by one in which he took credit for “…”". Null when
     * there is no such pronoun.
     */
    private String pronounBefore(Span sentence, int offset) {
        List<Token> tokens = passage.tokens();
        for (int k = passage.tokenAtOrAfter(offset) - 1;
                k >= 0 && tokens.get(k).start() >= sentence.start();
                k--) {
            Gender gender = genderOfPronoun(tokens.get(k).lower());
            if (gender != Gender.UNKNOWN
                    && !inMarks.covers(new Span(tokens.get(k).start(), tokens.get(k).end()))) {
                return pronoun(tokens.get(k).start(), gender);
            }
        }
        return null;
    }

    /**
     * Whom "He" or "She" opening {@code sentence} as its subject means, a verb after it and no name
     * before {@code offset} but after a preposition; null otherwise.
     */
    private String pronounOpening(Span sentence, int offset) {
        List<Token> tokens = passage.tokens();
        int first = passage.tokenAtOrAfter(sentence.start());
        if (first + 1 >= tokens.size() || tokens.get(first + 1).start() >= offset) {
            return null;
        }
        Token pronoun = tokens.get(first);
        Token verb = tokens.get(first + 1);
        Gender gender =
                switch (pronoun.text()) {
                    case "He" -> Gender.MALE;
                    case "She" -> Gender.FEMALE;
                    default -> Gender.UNKNOWN;
                };
        if (gender == Gender.UNKNOWN
                || verb.type() != Token.Type.WORD
                || verb.capitalized()
                || !verb.lower().endsWith("ed")) {
            return null;
        }
        for (Map.Entry<Integer, String> entry :
                people.subMap(sentence.start(), true, offset, false).entrySet()) {
            int at = passage.tokenAtOrAfter(entry.getKey()) - 1;
            while (at > first && tokens.get(at).capitalized()) {
                // "for a President Trump": past the title
                at--;
            }
            String before = tokens.get(at).lower();
            boolean object =
                    at > first
                            && (PhraseReader.ARTICLES.contains(before)
                                    || SubjectReader.PREPOSITIONS.contains(before));
            if (!object) {
                // "He and Cruz shared …": a name that is a subject too
                return null;
            }
        }
        return pronoun(pronoun.start(), gender);
    }

    /** Conjunctions that open a clause with a subject of its own: "…, while Huckabee proposed". */
    private static final java.util.Set<String> CLAUSE_JOINERS =
            java.util.Set.of("while", "whereas", "but");

    /**
     * The person who opens the last clause a conjunction joins before {@code offset} in {@code
     * sentence}, right after it: "Jindal called for a ban, while Mike Huckabee, the former
     * governor, proposed we “…”" is Huckabee's. Null when no such clause opens with a name.
     */
    private String subjectOfJoinedClause(Span sentence, int offset) {
        List<Token> tokens = passage.tokens();
        int first = passage.tokenAtOrAfter(sentence.start());
        for (int k = passage.tokenAtOrAfter(offset) - 1; k > first; k--) {
            if (!CLAUSE_JOINERS.contains(tokens.get(k).lower()) || !tokens.get(k - 1).is(',')) {
                continue;
            }
            int at = k + 1;
            return at < tokens.size() && tokens.get(at).start() < offset
                    ? people.get(tokens.get(at).start())
                    : null;
        }
        return null;
    }

    /** Whether token {@code k} ends a person's name: "Michael Kofman" at "Kofman". */
    private boolean nameEndsAt(int k) {
        return k >= 0 && personEnds.contains(passage.tokens().get(k).end());
    }

    /**
     * The person named in apposition right after an unnamed phrase, set off by a comma and perhaps
     * a courtesy title: "an energy analyst, Mr Kelechi Nwosu, said …". Null when there is none.
     */
    private String nameApposedTo(Map.Entry<Integer, String> unnamed, int offset) {
        List<Token> tokens = passage.tokens();
        int k = passage.tokenAtOrAfter(unnamed.getKey() + unnamed.getValue().length());
        if (k >= tokens.size() || !tokens.get(k).is(',')) {
            return null;
        }
        k = pastTitles(tokens, k + 1);
        if (k >= tokens.size() || tokens.get(k).start() >= offset) {
            return null;
        }
        return people.get(tokens.get(k).start());
    }

    /**
     * Where the name after courtesy titles and short titles starting at token {@code k} starts: "Mr
     * Kelechi Nwosu", "Hon. Kwabena Asante-Boateng". At most the last token.
     */
    private int pastTitles(List<Token> tokens, int k) {
        while (k + 1 < tokens.size()
                && (tokens.get(k).is('.') || lexicon.names().courtesyTitle(tokens.get(k)))) {
            k++;
        }
        return k;
    }

    /**
     * The first unnamed person in the sentence around {@code offset} before it, by where the phrase
     * starts, not after a preposition: "as <i>a surfer</i> described the moment the shark “…”",
     * "<i>one London reviewer</i> dismissed her as ‘…’". Null when there is none.
     */
    Map.Entry<Integer, String> unnamedEarlierInSentence(int offset) {
        int sentence = passage.sentenceAt(offset);
        List<Token> tokens = passage.tokens();
        int to = passage.tokenAtOrAfter(offset);
        for (int k = passage.firstToken(sentence); k < to; k++) {
            Token token = tokens.get(k);
            String before = k > passage.firstToken(sentence) ? tokens.get(k - 1).lower() : "";
            if (!INDEFINITE.contains(token.lower()) || !CLAUSE_OPENING.contains(before)) {
                // "as a surfer described…", "but one reviewer dismissed…" open a clause; "by an
                // officer", "attacked an 81-year-old widow", "has been a vocal critic" do not
                continue;
            }
            if (before.equals(",") && nameEndsAt(k - 2)) {
                // "said Michael Kofman, an expert on Russia,": the name's appositive, no one else
                continue;
            }
            int noun = unnamedNoun(tokens, k, to);
            if (noun > 0) {
                String phrase =
                        passage.text()
                                .subSequence(token.start(), tokens.get(noun).end())
                                .toString();
                return Map.entry(token.start(), phrase);
            }
        }
        return null;
    }

    /** Roles of someone who puts the questions in an interview. */
    private static final java.util.Set<String> INTERVIEWERS =
            java.util.Set.of("presenter", "host", "interviewer", "anchor", "reporter", "co-host");

    /** Whether {@code person} was introduced as a presenter, host, interviewer or the like. */
    boolean interviewer(String person) {
        java.util.Set<String> held = rolesHeld.get(person);
        return held != null && held.stream().anyMatch(INTERVIEWERS::contains);
    }

    /**
     * The last person named before {@code offset}, within {@value #REACH} sentences, who is not
     * {@code other}; null when none.
     */
    String lastOtherPersonBefore(int offset, String other) {
        int sentence = passage.sentenceAt(offset);
        for (Map.Entry<Integer, String> entry :
                people.headMap(offset, false).descendingMap().entrySet()) {
            if (sentence - passage.sentenceAt(entry.getKey()) > REACH) {
                return null;
            }
            if (!entry.getValue().equals(other)
                    && !inMarks.covers(new Span(entry.getKey(), entry.getKey() + 1))) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** Endings that make an adjective of a name: "Trumpian", "Kafkaesque". */
    private static final List<String> NAME_ADJECTIVE_ENDINGS = List.of("ian", "esque");

    /**
     * Whether {@code word} is an adjective made of the surname of someone the story names:
     * "Trumpian" with Donald Trump named.
     */
    private boolean adjectiveOfPerson(String word) {
        if (word.indexOf(' ') >= 0) {
            return false;
        }
        for (String ending : NAME_ADJECTIVE_ENDINGS) {
            if (word.length() > ending.length() + 2 && word.endsWith(ending)) {
                String stem = word.substring(0, word.length() - ending.length());
                for (String person : people.values()) {
                    if (person.endsWith(" " + stem)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code word} is one adjective of nationality ("Japanese", "Irish", "American"): a
     * demonym, a nationality whose people are called by it, or one whose plural names them. A party
     * ("Republican") is no nationality.
     */
    private boolean nationality(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        NameLexicon names = lexicon.names();
        return word.indexOf(' ') < 0
                && lexicon.roles().contains(lower)
                && !PARTIES.contains(lower)
                && (lexicon.demonyms().containsKey(lower)
                        || names.isPlaceOrGroup(List.of(lower))
                        || (lower.endsWith("an") || lower.endsWith("i"))
                                && names.isPlaceOrGroup(List.of(lower + "s")));
    }

    /** The person the {@code reach} sentences before {@code offset} are about, or null. */
    String personAbout(int offset, int reach) {
        return lastPersonBefore(offset, reach, Gender.UNKNOWN);
    }

    private String name(SpeakerRef ref) {
        String text = ref.text();
        if (afterPlace(ref.offset())
                && (lexicon.names().places().contains(text.toLowerCase(Locale.ROOT))
                        || stateAbbreviation(text))) {
            // "…in Munich, Germany, and co-author of the study, said": the country of a city
            // read as a subject. ("China said" is left alone: a country may speak.)
            return null;
        }
        if (text.startsWith("@")) {
            return personBehind(text);
        }
        int and = text.indexOf(" and ");
        if (and > 0 && names.isPerson(names.fullest(text.substring(and + 5), ref.offset()))) {
            // "Claire and Steven Harcourt", read apposed to "Maisie's parents": both, as
            // written
            return text;
        }
        if (text.length() > 3
                        && text.equals(text.toUpperCase(Locale.ROOT))
                        && lexicon.names().places().contains(text.toLowerCase(Locale.ROOT))
                || dateline(ref) && !names.isPerson(names.fullest(text, ref.offset()))) {
            // "LAHORE: Pakistan's cricket board…", "New Delhi: Justice Anuradha Sehgal…": a
            // dateline, not a speaker
            return null;
        }
        if (lexicon.names().isRegion(List.of(text.split(" ")))) {
            // "who grew up in Peckham, South London, said": where someone is from
            return null;
        }
        if (adjectiveOfPerson(text)) {
            // "saying in a Trumpian post on Twitter": an adjective made of someone's name
            return null;
        }
        if (nationality(text)
                && !people.containsKey(ref.offset())
                && !organisations.containsKey(ref.offset())
                && !press.containsKey(ref.offset())) {
            // "regarding the U.S. and Japanese comments": an adjective of nationality the name
            // finder read as no one's name names no speaker
            return null;
        }
        if (roleHolders.containsKey(text.toLowerCase(Locale.ROOT))
                && text.indexOf(' ') < 0
                && !lexicon.roles().contains(text.toLowerCase(Locale.ROOT))) {
            // "the SSP told The Indian Express" after "Bathinda SSP Harjeet Singh Brar"
            return role(ref, text.toLowerCase(Locale.ROOT));
        }
        String longer = organisations.get(ref.offset());
        if (longer != null && longer.startsWith(text + " for ")) {
            // "The campaign, Pruitt for Wisconsin, said": the campaign the name finder read
            // there, not the candidate its first word names
            return longer;
        }
        String expanded = expansion(text);
        if (expanded != null) {
            return expanded;
        }
        if (Character.isLowerCase(text.charAt(0))) {
            String together = namedTogether(text, ref.offset());
            if (together != null) {
                // "Northwind Inc. and Brightpath Ltd. agreed …" then "the two companies said"
                return together;
            }
            String members = organisationOfMembers(text, ref.offset());
            if (members == null && text.equals("police")) {
                members = policeForce(ref.offset());
            }
            return members != null ? members : text;
        }
        String[] words = text.split(" ");
        boolean headline = passage.inHeadline(passage.sentenceAt(ref.offset()));
        for (int k = words.length - 1; k >= 1 && headline; k--) {
            // "Theo Brannigan Breaks His Silence", "Obama Sees": a headline's capitals run on
            // past the name
            String prefix = String.join(" ", java.util.Arrays.copyOfRange(words, 0, k));
            if (names.isPerson(prefix)) {
                return names.fullest(prefix, ref.offset());
            }
        }
        if (words.length > 2 && NameLexicon.POST_NOMINALS.contains(words[words.length - 1])) {
            // "Jonathan Hale KC said": the letters after a name are no part of it
            return name(
                    new SpeakerRef(
                            ref.kind(), text.substring(0, text.lastIndexOf(' ')), ref.offset()));
        }
        for (int k = 0; k < words.length; k++) {
            String suffix = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
            String fullest = names.fullest(suffix, ref.offset());
            if (!fullest.equals(suffix) || names.isPerson(suffix)) {
                return fullest;
            }
        }
        if (words.length == 1 && afterThe(ref.offset()) && DEMONYM.matcher(text).matches()) {
            String described = describedByWord(text, ref.offset());
            if (described != null) {
                // "Falesi Chukuwumba, a Malawian national, told Al Jazeera" … "the Malawian
                // told Al Jazeera": the person that word was written beside
                return described;
            }
        }
        if (words.length == 1
                && (headline || opensSentence(ref.offset()) || afterThe(ref.offset()))
                && lexicon.names().roles().contains(text.toLowerCase(Locale.ROOT))) {
            // "Singer Says…" in a headline's capitals is a role, not a name; so is "The MP’s
            // message was clear: “…”"
            return role(new SpeakerRef(SpeakerRef.Kind.PERSON_ROLE, text, ref.offset()));
        }
        String organisation = organisationStartingWith(text);
        if (organisation != null) {
            // "Tottenham said" after "Tottenham Hotspur", "Tallis Road" after "Tallis Road Capital"
            return organisation;
        }
        if (PhraseReader.partyAndState(text)) {
            // "Sen. Ruth Hayes (R-Kan.)": a party and a state, not a person
            return null;
        }
        if (words.length == 1 && PhraseReader.GROUPS.contains(text.toLowerCase(Locale.ROOT))) {
            // "Critics at the time called it…": a group opening its sentence, as written
            return text.toLowerCase(Locale.ROOT);
        }
        if (commonWord(words, ref.offset())) {
            return null;
        }
        for (String word : words) {
            if (lexicon.names().organisationWords().contains(word.toLowerCase(Locale.ROOT))) {
                // "the Reserve Bank said": an organisation speaks; no "he" or "she" points at it
                organisationNames.add(text);
                break;
            }
        }
        return text;
    }

    /**
     * Whether {@code ref} is a role in a headline, or a bare title in the capitals of the lines
     * that open the story ("Premier calls federal conditions ‘a power grab’" under the headline),
     * which the story goes on to name however far below.
     */
    private boolean headlineTitle(SpeakerRef ref) {
        int sentence = passage.sentenceAt(ref.offset());
        return passage.inHeadline(sentence)
                || ref.text().indexOf(' ') < 0
                        && Character.isUpperCase(ref.text().codePointAt(0))
                        && passage.blockOf(sentence) < OPENING_LINES
                        && opensSentence(ref.offset());
    }

    /** The blocks that open a story: its headline and the line or paragraph under it. */
    private static final int OPENING_LINES = 2;

    /**
     * The last person before {@code offset} written with {@code word} beside the name, within a few
     * words ("Falesi Chukuwumba, a Malawian national,", "Malawian Falesi Chukuwumba"), or null.
     */
    private String describedByWord(String word, int offset) {
        List<Token> tokens = passage.tokens();
        for (Map.Entry<Integer, String> named :
                people.headMap(offset, false).descendingMap().entrySet()) {
            int at = passage.tokenAtOrAfter(named.getKey());
            int sentence = passage.sentenceAt(named.getKey());
            int first = passage.firstToken(sentence);
            int end = passage.firstToken(sentence + 1);
            for (int k = Math.max(first, at - 1); k < end && k <= at + DESCRIBED_REACH; k++) {
                if (tokens.get(k).text().equals(word) && tokens.get(k).start() < offset) {
                    return named.getValue();
                }
            }
        }
        return null;
    }

    /** A word of nationality or origin used as a noun: "the Malawian", "the Texan". */
    private static final java.util.regex.Pattern DEMONYM =
            java.util.regex.Pattern.compile("[A-Z][a-z]+(?:ian|an|ese|i)");

    /** How many tokens after a name the word describing the person may stand. */
    private static final int DESCRIBED_REACH = 6;

    /** Whether "the" stands right before the word at {@code offset}. */
    private boolean afterThe(int offset) {
        int at = passage.tokenAtOrAfter(offset);
        return at > 0 && passage.tokens().get(at - 1).lower().equals("the");
    }

    /**
     * Whether {@code ref} opens its paragraph with a colon and prose after it, as a dateline does
     * ("New Delhi: Justice Anuradha Sehgal…"), not a quotation ("Connor: “…”").
     */
    private boolean dateline(SpeakerRef ref) {
        CharSequence text = passage.text();
        int end = ref.offset() + ref.text().length();
        return end + 2 < text.length()
                && text.charAt(end) == ':'
                && text.charAt(end + 1) == ' '
                && Character.isUpperCase(text.charAt(end + 2))
                && (ref.offset() == 0 || text.charAt(ref.offset() - 1) == '\n');
    }

    /** The state of a party tag: "Texas" in "(R-Texas)", "N.Y." in ", D-N.Y.,". */
    private static final java.util.regex.Pattern PARTY_STATE =
            java.util.regex.Pattern.compile("\\s*[(,]\\s*[RDI]-([A-Z][A-Za-z. ]{1,20}?)\\s*[),]");

    /** The state each person's party tag names: "Dennis Hargrove" → "Texas". */
    private final Map<String, String> partyStates = new HashMap<>();

    /** Whether {@code words} from {@code from} to {@code to} all start with a capital letter. */
    private static boolean capitalised(String[] words, int from, int to) {
        for (int k = from; k < to; k++) {
            if (words[k].isEmpty() || !Character.isUpperCase(words[k].codePointAt(0))) {
                return false;
            }
        }
        return from < to;
    }

    /**
     * The one person whose party tag names the state {@code modifier} spells out, and the party
     * when {@code party}, the role's noun, is one ("the Texas Republican" for "Rep. Dennis Hargrove
     * (R-Texas)", "the New York Democrat" for "(D-N.Y.)", "the Ohio senator"), or null when none or
     * several do.
     */
    private String ofPartyAndState(String party, String modifier) {
        String found = null;
        for (Map.Entry<String, String> entry : partyStates.entrySet()) {
            java.util.Set<String> held = rolesHeld.get(entry.getKey());
            boolean member = !PARTIES.contains(party) || held != null && held.contains(party);
            if (member && spellsState(entry.getValue(), modifier)) {
                if (found != null) {
                    return null;
                }
                found = entry.getKey();
            }
        }
        return found;
    }

    /**
     * Whether a party tag's state ("Texas", "N.Y.", "Calif.") is {@code state} written out: the
     * same words, the initials of its words, or a short form whose letters it holds in order from
     * its first.
     */
    private static boolean spellsState(String tag, String state) {
        String bare = tag.replace(".", "").replace(" ", "").toLowerCase(Locale.ROOT);
        String full = state.toLowerCase(Locale.ROOT);
        if (bare.isEmpty() || full.isEmpty()) {
            return false;
        }
        if (bare.equals(full.replace(" ", ""))) {
            return true;
        }
        StringBuilder initials = new StringBuilder();
        for (String word : full.split(" ")) {
            initials.append(word.charAt(0));
        }
        if (full.contains(" ")) {
            return bare.equals(initials.toString());
        }
        return bare.length() >= 2 && bare.charAt(0) == full.charAt(0) && subsequence(bare, full);
    }

    private static final java.util.regex.Pattern PARTY_TAG =
            java.util.regex.Pattern.compile("\\s*[(,]\\s*([RD])-[A-Z]");

    /**
     * "democrat" or "republican" for a party tag "(D-N.M.)" or ", D-Del.," at {@code end}, or null.
     */
    private String partyAfter(int end) {
        java.util.regex.Matcher tag =
                PARTY_TAG.matcher(passage.text()).region(end, passage.text().length());
        if (!tag.lookingAt()) {
            return null;
        }
        return tag.group(1).equals("D") ? "democrat" : "republican";
    }

    /** The organisation whose name starts with the word {@code word}, or null. */
    private String organisationStartingWith(String name) {
        if (organisationsByFirstWord == null) {
            organisationsByFirstWord = new HashMap<>();
            for (String organisation : organisations.values()) {
                int space = organisation.indexOf(' ');
                if (space > 0) {
                    organisationsByFirstWord
                            .computeIfAbsent(
                                    organisation.substring(0, space), w -> new ArrayList<>())
                            .add(organisation);
                }
            }
        }
        int space = name.indexOf(' ');
        String first = space < 0 ? name : name.substring(0, space);
        for (String organisation : organisationsByFirstWord.getOrDefault(first, List.of())) {
            if (organisation.startsWith(name + " ")
                    && !LEGAL_FORMS.contains(organisation.substring(name.length() + 1))) {
                return organisation;
            }
        }
        return null;
    }

    private Map<String, List<String>> organisationsByFirstWord;

    /** Names read as people that the text also writes as places or things ("in Stokes Croft"). */
    private final java.util.Set<String> thingLike = new java.util.HashSet<>();

    /** Words before a name that make it a place or a thing: "in Stokes Croft", "the Wolves". */
    private static final java.util.Set<String> THING_BEFORE =
            java.util.Set.of("in", "at", "near", "the");

    /**
     * Whether a name read as a person is written as a place or a thing: after "in", "at", "near" or
     * "the" ("a restaurant in Stokes Croft", "not even the Kobalt Wolves"), and not as a possessor
     * ("at Smith’s home").
     */
    private boolean placeOrThing(Mention mention) {
        int k = passage.tokenAtOrAfter(mention.span().start());
        return k > passage.firstToken(passage.sentenceAt(mention.span().start()))
                && THING_BEFORE.contains(passage.tokens().get(k - 1).lower())
                && !aimedAt(k - 1)
                && !possessive(mention.span().end())
                && !beforePersonsNoun(mention);
    }

    /**
     * Whether the "at" at token {@code k} follows a verb or noun aimed at someone ("fired back at
     * Christie", "yelled at Page", "took a swipe at Dorsey"), after which a name is a person's.
     */
    private boolean aimedAt(int k) {
        if (k < 1 || !passage.tokens().get(k).lower().equals("at")) {
            return false;
        }
        String before = passage.tokens().get(k - 1).lower();
        return AIMED_AT.contains(before)
                || before.endsWith("ed") && !passage.tokens().get(k - 1).capitalized();
    }

    /** Words after which "at" aims at someone rather than placing something. */
    private static final java.util.Set<String> AIMED_AT =
            java.util.Set.of(
                    "back",
                    "out",
                    "look",
                    "looks",
                    "looking",
                    "laugh",
                    "laughs",
                    "laughing",
                    "yell",
                    "yells",
                    "yelling",
                    "shout",
                    "shouts",
                    "shouting",
                    "swipe",
                    "swipes",
                    "jab",
                    "jabs",
                    "shot",
                    "shots",
                    "dig",
                    "digs",
                    "aim",
                    "aims",
                    "aiming",
                    "lash",
                    "lashes",
                    "lashing",
                    "snap",
                    "snaps",
                    "snapping",
                    "stare",
                    "stares",
                    "staring",
                    "glance",
                    "glances",
                    "smile",
                    "smiles",
                    "smiling",
                    "wink",
                    "winks");

    /** Nouns a person's name may stand before as a modifier: "the Obama administration". */
    private static final java.util.Set<String> PERSONS_NOUNS =
            java.util.Set.of(
                    "administration",
                    "administrations",
                    "campaign",
                    "presidency",
                    "government",
                    "family",
                    "era",
                    "years",
                    "camp",
                    "foundation",
                    "household",
                    "children",
                    "legacy",
                    "doctrine");

    /** Whether a noun that belongs to a person follows the name: "the Obama administration". */
    private boolean beforePersonsNoun(Mention mention) {
        int next = passage.tokenAtOrAfter(mention.span().end());
        return next < passage.tokens().size()
                && PERSONS_NOUNS.contains(
                        passage.tokens().get(next).lower().replaceFirst("['’]s$", ""));
    }

    /** A company's legal form, which a shorter mention rightly leaves out. */
    private static final java.util.Set<String> LEGAL_FORMS =
            java.util.Set.of(
                    "Inc",
                    "Inc.",
                    "Ltd",
                    "Ltd.",
                    "LLC",
                    "plc",
                    "PLC",
                    "Corp",
                    "Corp.",
                    "Co",
                    "Co.",
                    "AG",
                    "SA",
                    "GmbH",
                    "NV",
                    "BV",
                    "Pty Ltd",
                    "Pty Ltd.");

    /**
     * Whether a name met nowhere else in the article is an ordinary word with a capital: one word
     * the article also writes in lower case or that is no name at all ("Another", "Amid", "Мой"),
     * or a word made an adjective by its hyphen ("London-based"), or one word opening a sentence
     * that is no given name ("Negotiations … continued"), whose capital the sentence gave it. No
     * speaker is better than a guess.
     */
    private boolean commonWord(String[] words, int offset) {
        if (known.contains(String.join(" ", words).toLowerCase(Locale.ROOT))) {
            return false;
        }
        String last = words[words.length - 1];
        int hyphen = last.lastIndexOf('-');
        if (hyphen > 0
                && hyphen + 1 < last.length()
                && Character.isLowerCase(last.codePointAt(hyphen + 1))) {
            return true;
        }
        String word = words[0].toLowerCase(Locale.ROOT);
        return words.length == 1
                && (lowerCase.contains(word)
                        || NameFinder.contracted(word)
                        || lexicon.names().notName(words[0])
                        || opensSentence(offset)
                                && !lexicon.names().givenNames().contains(words[0])
                                && !lexicon.names().places().contains(word)
                                && !people(word)
                                && (QUANTIFIERS.contains(word)
                                        || !cueFollows(offset)
                                                && !whoFollows(offset)
                                                && !describedBeforeCue(offset)));
    }

    /** How many words a description set between commas after a name may run. */
    private static final int APPOSITION_WORDS = 10;

    /**
     * Whether the word at {@code offset} is followed by a description between commas and then a cue
     * verb: "Forbrukerrådet, the Norwegian Consumer Council, said", "Okafor, Smith’s lawyer, said".
     * An opening adverb takes no description of its own ("Meanwhile, the council said").
     */
    private boolean describedBeforeCue(int offset) {
        int at = passage.tokenAtOrAfter(offset) + 1;
        List<Token> tokens = passage.tokens();
        if (at + 2 >= tokens.size()
                || !tokens.get(at).is(',')
                || !PhraseReader.DETERMINERS.contains(tokens.get(at + 1).lower())
                        && !PhraseReader.possessive(tokens.get(at + 1))) {
            return false;
        }
        for (int k = at + 2; k < Math.min(tokens.size() - 1, at + 2 + APPOSITION_WORDS); k++) {
            Token token = tokens.get(k);
            if (token.is(',')) {
                return lexicon.cue(tokens.get(k + 1)) != null;
            }
            if (token.type() != Token.Type.WORD) {
                return false;
            }
        }
        return false;
    }

    /** Whether the word at {@code offset} is followed by ", who": "Ortiz, who scored twice,". */
    private boolean whoFollows(int offset) {
        int at = passage.tokenAtOrAfter(offset) + 1;
        List<Token> tokens = passage.tokens();
        return at + 1 < tokens.size()
                && tokens.get(at).is(',')
                && tokens.get(at + 1).lower().equals("who");
    }

    /** Words that open a sentence as its subject without naming anyone: "Others said". */
    private static final java.util.Set<String> QUANTIFIERS =
            java.util.Set.of(
                    "others",
                    "many",
                    "some",
                    "both",
                    "most",
                    "few",
                    "all",
                    "several",
                    "each",
                    "everyone",
                    "nobody",
                    "someone",
                    "anyone",
                    "none",
                    "one",
                    "this",
                    "that",
                    "it",
                    "these",
                    "those",
                    "there",
                    "here");

    /**
     * Whether a cue verb follows the word at {@code offset}: "Microsoft said", "Tesla told
     * investors": a word opening a sentence as the subject of a verb of speech is a name.
     */
    private boolean cueFollows(int offset) {
        int at = passage.tokenAtOrAfter(offset) + 1;
        List<Token> tokens = passage.tokens();
        while (at < tokens.size() && SubjectReader.SKIPPED_WORDS.contains(tokens.get(at).lower())) {
            at++;
        }
        return at + 1 < tokens.size()
                && lexicon.cue(tokens.get(at)) != null
                && !PASSIVE_AFTER.contains(tokens.get(at + 1).lower());
    }

    /** Words after a verb that make it passive: "Veridian accused of …" names no speaker. */
    private static final java.util.Set<String> PASSIVE_AFTER = java.util.Set.of("of", "by");

    /** Whether {@code word} names people: "judges", "residents" ("Judges praised…"). */
    private boolean people(String word) {
        String singular = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
        return PhraseReader.GROUPS.contains(word)
                || lexicon.roles().contains(singular)
                || lexicon.anonymous().contains(word);
    }

    private boolean opensSentence(int offset) {
        int at = passage.tokenAtOrAfter(offset);
        return at == passage.firstToken(passage.sentenceAt(offset));
    }

    /**
     * {@code name} in full where it is an acronym the article spells out ("the PPCA") or the first
     * words of an organisation it names ("Brightwater" for Brightwater Energy).
     */
    private String inFull(String name) {
        if (name == null) {
            return null;
        }
        String expanded = name.contains(" ") ? null : expansion(name);
        if (expanded == null && Character.isUpperCase(name.charAt(0))) {
            expanded = organisationStartingWith(name);
        }
        return expanded != null ? expanded : name;
    }

    /**
     * The name an acronym stands for where the article spells it out before it in parentheses: "the
     * Chinese Center for Disease Control and Prevention (CDC)" makes "CDC" and "Chinese CDC" that
     * name, its fullest form. Null when {@code text} does not end in such an acronym.
     */
    private String expansion(String text) {
        String[] words = text.split(" ");
        String acronym = words[words.length - 1];
        if (words.length == 1 && wordAcronym(acronym)) {
            // "the South African Federation of Labour Unions (Safelu)": one said as a word
            return acronyms.computeIfAbsent(acronym, this::spelledOut).orElse(null);
        }
        if (acronym.length() < 2
                || acronym.length() > 6
                || !acronym.chars().allMatch(Character::isUpperCase)
                || NameLexicon.POST_NOMINALS.contains(acronym)
                || lexicon.roles().contains(acronym.toLowerCase(Locale.ROOT))) {
            // "Werner Botha-Naidoo MP": letters after a name, or a role, are no organisation
            return null;
        }
        return acronyms.computeIfAbsent(acronym, this::spelledOut).orElse(null);
    }

    private java.util.Optional<String> spelledOut(String acronym) {
        if (spelled == null) {
            spelled = new HashMap<>();
            java.util.regex.Matcher m =
                    java.util.regex.Pattern.compile("\\(([A-Z]{2,6}|[A-Z][a-z]{2,7})\\)")
                            .matcher(passage.text());
            while (m.find()) {
                spelled.putIfAbsent(m.group(1), m.start());
            }
        }
        int at = spelled.getOrDefault(acronym, -1);
        if (at < 0) {
            String named = namedInFull(acronym);
            return java.util.Optional.ofNullable(named != null ? named : spelledInText(acronym));
        }
        int from =
                Math.max(
                        passage.tokenAtOrAfter(Math.max(0, at - 120)),
                        passage.firstToken(passage.sentenceAt(at)));
        int to = passage.tokenAtOrAfter(at);
        List<Token> tokens = passage.tokens();
        int start = to;
        while (start - 1 >= from) {
            Token token = tokens.get(start - 1);
            boolean joiner = ACRONYM_JOINERS.contains(token.text()) && start < to;
            boolean plural =
                    (token.is('’') || token.is('\''))
                            && start - 2 >= from
                            && tokens.get(start - 2).capitalized()
                            && tokens.get(start - 2).text().endsWith("s");
            if (!token.capitalized() && !joiner && !plural) {
                break;
            }
            start--;
        }
        while (start < to
                && (!tokens.get(start).capitalized()
                        || wordAcronym(acronym) && tokens.get(start).lower().equals("the"))) {
            // "The South African Federation of Labour Unions (Safelu)": no "T" in Safelu
            start++;
        }
        StringBuilder initials = new StringBuilder();
        for (int k = start; k < to; k++) {
            if (tokens.get(k).capitalized()) {
                // "Inter-Services" gives "IS"
                for (String part : tokens.get(k).text().split("-")) {
                    if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
                        initials.append(part.charAt(0));
                    }
                }
            }
        }
        boolean spells =
                wordAcronym(acronym)
                        ? initials.length() >= WORD_ACRONYM_INITIALS
                                && initials.charAt(0) == acronym.charAt(0)
                                && subsequence(
                                        initials.toString(), acronym.toUpperCase(Locale.ROOT))
                        : subsequence(acronym, initials.toString());
        if (start >= to || !spells) {
            return java.util.Optional.empty();
        }
        String name =
                passage.text()
                        .subSequence(tokens.get(start).start(), tokens.get(to - 1).end())
                        .toString();
        return java.util.Optional.of(bareRun(name));
    }

    /**
     * The one organisation the article names whose initials give {@code acronym} ("the Chinese
     * Center for Disease Control and Prevention" for "CDC", "Energy Retail Authority" for "ERA"),
     * or null when none or several do.
     */
    private String namedInFull(String acronym) {
        String found = null;
        for (String organisation : organisationNames) {
            StringBuilder initials = new StringBuilder();
            for (String word : organisation.split(" ")) {
                if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                    initials.append(word.charAt(0));
                }
            }
            boolean starts =
                    initials.length() > 1
                            && (initials.charAt(0) == acronym.charAt(0)
                                    || initials.charAt(1) == acronym.charAt(0));
            if (starts
                    && initials.length() <= acronym.length() + 2
                    && subsequence(acronym, initials.toString())) {
                if (found != null && !found.equals(organisation)) {
                    return null;
                }
                found = organisation;
            }
        }
        return found;
    }

    /** How many words a spelled-out name may run: "Federal Bureau of Investigation". */
    private static final int SPELLED_WORDS = 8;

    /** Capitalised runs of the text by their initials, read once when first needed. */
    private Map<String, String> runsByInitials;

    /**
     * The first run of capitalised words in the text whose initials are exactly {@code acronym}
     * ("Immigration and Customs Enforcement" for "ICE", "Information Commissioner’s Office" for
     * "ICO"), small joining words allowed; or null.
     */
    private String spelledInText(String acronym) {
        if (runsByInitials == null) {
            runsByInitials = new HashMap<>();
            List<Token> tokens = passage.tokens();
            for (int k = 0; k < tokens.size(); k++) {
                if (!tokens.get(k).capitalized()) {
                    continue;
                }
                StringBuilder initials = new StringBuilder();
                for (int j = k; j < tokens.size() && j - k < SPELLED_WORDS; j++) {
                    Token token = tokens.get(j);
                    if (token.capitalized()) {
                        initials.append(token.text().charAt(0));
                        if (initials.length() > 1) {
                            String run =
                                    passage.text()
                                            .subSequence(tokens.get(k).start(), token.end())
                                            .toString();
                            runsByInitials.putIfAbsent(initials.toString(), bareRun(run));
                        }
                    } else if (!ACRONYM_JOINERS.contains(token.text()) || j == k) {
                        break;
                    }
                }
            }
        }
        return runsByInitials.get(acronym);
    }

    /** A run without a possessive ending or a leading "The". */
    private static String bareRun(String run) {
        String bare =
                run.endsWith("’s") || run.endsWith("'s") ? run.substring(0, run.length() - 2) : run;
        return bare.startsWith("The ") ? bare.substring(4) : bare;
    }

    /** Whether {@code word} may be an acronym said as a word: "Safelu", "Cosatu", "Unicef". */
    private boolean wordAcronym(String word) {
        return word.length() >= 3
                && word.length() <= 8
                && Character.isUpperCase(word.charAt(0))
                && word.substring(1).chars().allMatch(Character::isLowerCase)
                && passage.text().toString().contains("(" + word + ")");
    }

    /** How many capitalised words a name spelled by an acronym said as a word needs. */
    private static final int WORD_ACRONYM_INITIALS = 3;

    private static boolean subsequence(String letters, String in) {
        int k = 0;
        for (int i = 0; i < in.length() && k < letters.length(); i++) {
            if (in.charAt(i) == letters.charAt(k)) {
                k++;
            }
        }
        return k == letters.length();
    }

    /** Small words inside an organisation's name: "Centers for Disease Control and Prevention". */
    private static final java.util.Set<String> ACRONYM_JOINERS =
            java.util.Set.of("for", "of", "and", "on", "&", "the", "de", "ng");

    /** How many letters a state's abbreviation runs: "N.C.", "Fla.", "Calif.". */
    private static final int STATE_ABBREVIATION = 6;

    /**
     * Whether {@code text} is a place's abbreviation with its stops ("N.C", "Fla", "Calif"): the
     * initials or the short form of a place the lexicon lists ("Raleigh, N.C., where she").
     */
    private boolean stateAbbreviation(String text) {
        String letters = text.replace(".", "");
        return letters.length() <= STATE_ABBREVIATION
                && letters.chars().allMatch(Character::isLetter)
                && lexicon.names().places().stream()
                        .anyMatch(
                                place ->
                                        place.length() > letters.length()
                                                && spellsState(letters, place));
    }

    /** Whether the word at {@code offset} follows "City," as the country of a place. */
    private boolean afterPlace(int offset) {
        int at = passage.tokenAtOrAfter(offset);
        List<Token> tokens = passage.tokens();
        return at >= 2 && tokens.get(at - 1).is(',') && tokens.get(at - 2).capitalized();
    }

    /** The person a handle belongs to ("@keziaobi_runs" → Kezia Obi), or the handle itself. */
    private String personBehind(String handle) {
        return handles.computeIfAbsent(handle, this::findPersonBehind);
    }

    private String findPersonBehind(String handle) {
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

    /** "He" or "she": the nearest compatible person, whose gender the pronoun then shows. */
    private String pronoun(int offset, Gender gender) {
        String answer = answerer(offset, gender);
        if (answer != null) {
            return answer;
        }
        String sole = soleSubjectBefore(offset, gender);
        if (sole != null) {
            // "Walz approaches it a bit more diplomatically. She said …": the article's own
            // pronoun tells Marty Walz's gender, which her given name had only guessed
            learned.put(sole, gender);
            return sole;
        }
        String person = lastPersonBefore(beforeAskedAbout(offset), gender);
        if (person != null) {
            person = interviewee(person, offset, gender);
        } else {
            person = mostQuoted(offset, gender);
        }
        String subject = person == null ? null : subjectBeyondRelation(person, offset, gender);
        if (subject != null) {
            person = subject;
        }
        if (person != null && genderOf(person) == Gender.UNKNOWN) {
            learned.put(person, gender);
        }
        return person;
    }

    /**
     * The one person the sentence before names, as its first words, when "He" or "She" at {@code
     * offset} opens the next sentence of the same paragraph and that person's gender was only
     * guessed otherwise; null in any other case.
     */
    private String soleSubjectBefore(int offset, Gender gender) {
        int sentence = passage.sentenceAt(offset);
        if (sentence == 0
                || passage.tokenAtOrAfter(offset) != passage.firstToken(sentence)
                || passage.blockOf(sentence - 1) != passage.blockOf(sentence)) {
            return null;
        }
        Span before = passage.sentences().get(sentence - 1).span();
        NavigableMap<Integer, String> named =
                people.subMap(before.start(), true, before.end(), false);
        if (named.size() != 1
                || !organisations.subMap(before.start(), true, before.end(), false).isEmpty()
                || passage.tokenAtOrAfter(named.firstKey()) != passage.firstToken(sentence - 1)) {
            return null;
        }
        String person = named.firstEntry().getValue();
        Gender guessed = genderOf(person);
        return guessed != Gender.UNKNOWN && guessed != gender && !learned.containsKey(person)
                ? person
                : null;
    }

    /**
     * Where to look back from for the subject at {@code offset} that answers the question a
     * sentence opens with ("Asked whether Holloway had replied, the actor smiled"): before the
     * question, whose people are asked about, not asked. {@code offset} itself otherwise.
     */
    private int beforeAskedAbout(int offset) {
        List<Token> tokens = passage.tokens();
        int sentence = passage.sentenceAt(offset);
        int first = passage.firstToken(sentence);
        int at = passage.tokenAtOrAfter(offset);
        if (at - 1 <= first
                || at - first > ASKED_CLAUSE
                || !OTHERS_OPENERS.contains(tokens.get(first).lower())
                || !tokens.get(at - 1).is(',')) {
            return offset;
        }
        for (int k = first + 1; k < at - 1; k++) {
            if (tokens.get(k).is(',')) {
                return offset;
            }
        }
        return tokens.get(first).start();
    }

    /** How many tokens an opening question may run: "Asked whether Holloway had replied,". */
    private static final int ASKED_CLAUSE = 40;

    /**
     * Participles that open a clause about others before the sentence's subject: a question it
     * answers ("Asked whether …,"), or those who moved it ("Inspired by …,").
     */
    private static final java.util.Set<String> OTHERS_OPENERS =
            java.util.Set.of(
                    "asked",
                    "pressed",
                    "quizzed",
                    "questioned",
                    // "Inspired by figures such as Marcus Garvey and Malcolm X, he developed …":
                    // those who moved the subject are not it
                    "inspired",
                    "influenced",
                    "encouraged",
                    "mentored",
                    "coached",
                    "raised",
                    // "According to one of the officials, the Chinese crew radioed: “…”": the
                    // source who reports it is not the one who spoke
                    "according");

    /** People the article introduced through someone else: "her college coach, Karen Ashby". */
    private final java.util.Set<String> relations = new java.util.HashSet<>();

    /** Possessive determiners by which someone is introduced through another person. */
    private static final java.util.Set<String> RELATING = java.util.Set.of("her", "his", "their");

    /**
     * How many words a relation may run between its possessive and the name: "business partner".
     */
    private static final int RELATION_WORDS = 5;

    /**
     * Whether the person {@code mention} names is introduced through someone else, by a possessive
     * and a noun apposed before the name ("Their daughter, Clemency Tremlett-Rowe,", "her college
     * coach, Karen Ashby,") or after it ("Karen Ashby, her college coach,").
     */
    private boolean introducedByRelation(Mention mention) {
        List<Token> tokens = passage.tokens();
        int at = passage.tokenAtOrAfter(mention.span().start());
        int first = passage.firstToken(passage.sentenceAt(mention.span().start()));
        int k = at - 1;
        if (k >= first && tokens.get(k).is(',')) {
            for (int j = k - 1; j >= first && k - j <= RELATION_WORDS + 1; j--) {
                Token token = tokens.get(j);
                if (RELATING.contains(token.lower())) {
                    return j < k - 1;
                }
                if (token.type() != Token.Type.WORD || token.capitalized() && j != first) {
                    break;
                }
            }
        }
        int after = passage.tokenAtOrAfter(mention.span().end());
        return after + 2 < tokens.size()
                && tokens.get(after).is(',')
                && RELATING.contains(tokens.get(after + 1).lower())
                && lexicon.roles().contains(tokens.get(after + 2).lower());
    }

    /**
     * The person a profile is about, where the pronoun at {@code offset} found {@code person}, who
     * was introduced through someone else, and the story has since moved on: a new paragraph, and a
     * sentence between whose own "she" or "he" tells of someone ("Their daughter, Clemency, said …
     * ‘…’ / She continued to swim every morning until she was 86. … ‘…,’ she said"). The one of
     * that gender named most often before, at least three times and more than {@code person}; null
     * when the pronoun stays with {@code person}.
     */
    private String subjectBeyondRelation(String person, int offset, Gender gender) {
        if (!relations.contains(person) && !visitor(person, offset)) {
            return null;
        }
        int last = lastMentionBefore(person, offset);
        if (last < 0
                || passage.blockOf(passage.sentenceAt(last))
                        == passage.blockOf(passage.sentenceAt(offset))
                || !narrativePronounBetween(
                        passage.sentenceAt(last), passage.sentenceAt(offset), gender)) {
            return null;
        }
        Map<String, Integer> counts = new HashMap<>();
        java.util.Set<String> earlier = new java.util.HashSet<>();
        for (String named : people.headMap(offset, false).values()) {
            counts.merge(named, 1, Integer::sum);
            if (!counts.containsKey(person)) {
                earlier.add(named);
            }
        }
        // the one the profile is about was named before the person met on its way
        counts.keySet().retainAll(earlier);
        String best = null;
        int most = Math.max(MIN_SUBJECT_MENTIONS - 1, counts.getOrDefault(person, 0));
        for (Map.Entry<String, Integer> count : counts.entrySet()) {
            if (count.getValue() > most && agrees(count.getKey(), gender)) {
                best = count.getKey();
                most = count.getValue();
            }
        }
        return best;
    }

    /**
     * Whether {@code person} is named before {@code offset} in one paragraph only, as someone a
     * profile meets on its way ("Beatrice Ansah, 68, has lived in a two-bedroom flat … “…,” she
     * says"), not in the headline or the opening paragraph.
     */
    private boolean visitor(String person, int offset) {
        Recent recent = recentMentions(person, offset);
        if (!recent.whole()) {
            // a story this long before the pronoun is no profile's passing visit
            return false;
        }
        int block = -1;
        for (int named : recent.at()) {
            int at = passage.blockOf(passage.sentenceAt(named));
            if (block >= 0 && at != block || at <= 1) {
                return false;
            }
            block = at;
        }
        return block >= 0;
    }

    /** How often the person a profile is about must be named before. */
    private static final int MIN_SUBJECT_MENTIONS = 3;

    /**
     * Whether a sentence strictly between {@code from} and {@code to}, in a later paragraph than
     * {@code from}, has outside quotation marks a pronoun of {@code gender} ("The night she nearly
     * quit came in her second season.").
     */
    private boolean narrativePronounBetween(int from, int to, Gender gender) {
        String pronoun = gender == Gender.FEMALE ? "she" : gender == Gender.MALE ? "he" : null;
        if (pronoun == null) {
            return false;
        }
        for (int s = from + 1; s < to; s++) {
            if (passage.blockOf(s) == passage.blockOf(from)) {
                // "Diane had to have the last word. …, and she was unbothered.": still hers
                continue;
            }
            for (Token token : passage.tokensOf(s)) {
                if (token.lower().equals(pronoun)
                        && !inMarks.covers(new Span(token.start(), token.end()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code person} can be who the pronoun or role {@code ref} means: of its gender, and,
     * for a role, not introduced in another ("the witness" is not the prosecutor).
     */
    boolean fits(SpeakerRef ref, String person) {
        return switch (ref.kind()) {
            case PRONOUN ->
                    switch (ref.text()) {
                        case "he" -> agrees(person, Gender.MALE);
                        case "she" -> agrees(person, Gender.FEMALE);
                        default -> false;
                    };
            case PERSON_ROLE -> {
                String[] words = ref.text().split(" ");
                String noun = words[words.length - 1].toLowerCase(Locale.ROOT);
                yield agrees(person, lexicon.names().genderOfWord(noun)) && playsRole(person, noun);
            }
            default -> false;
        };
    }

    /**
     * Whether {@code ref} is "he" or "she" and {@code person} an unnamed speaker whose noun gives
     * the other gender, or the writers: "a woman" is not who "he said" means, "we" not who "she
     * said" means. Nor is a man or a woman whom "it" means.
     */
    boolean describedAsOther(SpeakerRef ref, String person) {
        if (ref.kind() == SpeakerRef.Kind.PRONOUN
                && ref.text().equals("it")
                && !organisationNames.contains(person)
                && genderOf(person) != Gender.UNKNOWN) {
            // "The charity …, which it described as “…”": a man or a woman is no "it"
            return true;
        }
        if (ref.kind() != SpeakerRef.Kind.PRONOUN || !describedOnly(person)) {
            return false;
        }
        if (person.equals("we")) {
            // "We said: “Fine.” She said: “Room nine.”": she is not one of the writers
            return ref.text().equals("he") || ref.text().equals("she");
        }
        Gender pronoun = genderOfPronoun(ref.text());
        String[] words = person.split(" ");
        Gender noun = lexicon.names().genderOfWord(words[words.length - 1]);
        return pronoun != Gender.UNKNOWN && noun != Gender.UNKNOWN && noun != pronoun;
    }

    /**
     * Whether {@code ref} is "he" or "she" and {@code person}'s given name or role says the other:
     * a guess from the people a passage is about may not give "he stated" to "his girlfriend Ann".
     */
    boolean otherGender(SpeakerRef ref, String person) {
        if (ref.kind() != SpeakerRef.Kind.PRONOUN) {
            return false;
        }
        Gender pronoun = genderOfPronoun(ref.text());
        Gender named = genderOf(person);
        return pronoun != Gender.UNKNOWN && named != Gender.UNKNOWN && named != pronoun;
    }

    /** Whether the cue verb right after {@code ref} goes on with the last speaker ("she added"). */
    boolean goesOn(SpeakerRef ref) {
        return goesOn(passage.tokenAtOrAfter(ref.offset()) + ref.text().split(" ").length);
    }

    /** Whether token {@code next} is a cue verb that goes on with the last speaker. */
    private boolean goesOn(int next) {
        List<Token> tokens = passage.tokens();
        return next < tokens.size() && GOING_ON.contains(tokens.get(next).lower());
    }

    /** Cue verbs after which a pronoun goes on with the last speaker, not the one asked. */
    private static final java.util.Set<String> GOING_ON =
            java.util.Set.of(
                    "added", "adds", "continued", "continues", "asked", "asks", "went", "goes");

    /** How many sentences after a question its answer's pronoun may come. */
    private static final int ANSWER_REACH = 2;

    /**
     * "“Why did you quit?” Ann Cole asked Ann Vey. “I was tired,” she said.": right after a
     * question put to someone named after "asked", "she said" is the answer of the one asked, when
     * the pronoun fits them. Null otherwise, and where the verb goes on with the asker ("she
     * added", "she asked").
     */
    private String answerer(int offset, Gender gender) {
        Map.Entry<Integer, String> question = speakers.lowerEntry(offset);
        List<Token> tokens = passage.tokens();
        int pronoun = passage.tokenAtOrAfter(offset);
        if (question == null
                || pronoun + 1 >= tokens.size()
                || goesOn(pronoun + 1)
                || passage.sentenceAt(offset) - passage.sentenceAt(question.getKey())
                        > ANSWER_REACH) {
            return null;
        }
        for (int k = passage.tokenAtOrAfter(question.getKey()); k + 1 < pronoun; k++) {
            if (!tokens.get(k).is('?')) {
                continue;
            }
            for (int a = k + 1; a + 1 < pronoun && a - k <= ASKED_REACH; a++) {
                String word = tokens.get(a).lower();
                if (!word.equals("asked") && !word.equals("asks")) {
                    continue;
                }
                String asked = people.get(tokens.get(a + 1).start());
                return asked != null && !asked.equals(question.getValue()) && agrees(asked, gender)
                        ? asked
                        : null;
            }
            return null;
        }
        return null;
    }

    /** Verbs of answering: "the Irish star replied". */
    private static final java.util.Set<String> REPLYING =
            java.util.Set.of(
                    "replied",
                    "replies",
                    "answered",
                    "answers",
                    "responded",
                    "responds",
                    "retorted",
                    "retorts");

    /**
     * Who answers as a role phrase right after someone else asked a question: "Solís pushed back.
     * “But have you said this to her?” she asked. ¶ “I have,” the Irish star replied." is the one
     * who spoke before the asker, the guest, not the asker named last. Null unless the phrase is
     * followed by a verb of answering, the last speaker put a question within reach, and someone
     * else the phrase fits spoke before them.
     */
    private String replyingParty(SpeakerRef ref) {
        String[] words = ref.text().split(" ");
        Gender gender =
                lexicon.names().genderOfWord(words[words.length - 1].toLowerCase(Locale.ROOT));
        int offset = ref.offset();
        int verb = passage.tokenAtOrAfter(offset + ref.text().length());
        List<Token> tokens = passage.tokens();
        if (verb >= tokens.size() || !REPLYING.contains(tokens.get(verb).lower())) {
            return null;
        }
        Map.Entry<Integer, String> asker = speakers.lowerEntry(offset);
        int sentence = passage.sentenceAt(offset);
        if (asker == null
                || !people.containsValue(asker.getValue())
                || sentence - passage.sentenceAt(asker.getKey()) > REACH) {
            // (the answer's own sentences stand between: "“I have. Twice. …,” the star replied";
            // "one reporter asked van der Berg, “…?” ¶ “…,” the actor replied" is left as it was)
            return null;
        }
        boolean asked = false;
        for (int k = passage.tokenAtOrAfter(asker.getKey()); k < verb; k++) {
            asked |= tokens.get(k).is('?');
        }
        if (!asked) {
            return null;
        }
        for (Map.Entry<Integer, String> spoke :
                speakers.headMap(asker.getKey(), false).descendingMap().entrySet()) {
            if (sentence - passage.sentenceAt(spoke.getKey()) > 2 * REACH) {
                break;
            }
            if (!spoke.getValue().equals(asker.getValue())) {
                return people.containsValue(spoke.getValue()) && agrees(spoke.getValue(), gender)
                        ? spoke.getValue()
                        : null;
            }
        }
        return null;
    }

    /** How many tokens after a question's "?" its "asked" may come: "?” Ann Cole asked". */
    private static final int ASKED_REACH = 6;

    /**
     * "The actor", "the insider": the person introduced by that noun, else for an anonymous source
     * the phrase itself, else the nearest person the noun's gender allows, else the phrase.
     */
    private String role(SpeakerRef ref) {
        String given = givenName(ref);
        if (given != null) {
            // "the company's Human Resources Manager, who identified himself only as Mr Kumar,"
            return given;
        }
        if (leftUnnamed(ref)) {
            // "The photographer, who has not been publicly identified, told the outlet": someone
            // the story says it does not name, not anyone it named before
            return ref.text();
        }
        String again = epithetAgain(ref);
        if (again != null) {
            return again;
        }
        String counterpart = counterpartOf(ref);
        if (counterpart != null) {
            // "Her predecessor struck a very different tone": not the woman "her" points at
            return counterpart;
        }
        String[] words = ref.text().split(" ");
        int noun = roleNoun(words);
        if (noun + 1 < words.length && HOUSEHOLDS.contains(words[noun].toLowerCase(Locale.ROOT))) {
            // "The family of a man who died …": the family speaks, not the man
            return String.join(" ", java.util.Arrays.copyOf(words, noun + 1));
        }
        if (noun + 2 < words.length
                && words[noun + 1].equals("of")
                && INDEFINITE.contains(words[noun + 2].toLowerCase(Locale.ROOT))) {
            // "The daughter of one victim": someone met here for the first time, not a person
            // named before
            return ref.text();
        }
        String counted = parentCounted(ref, words[noun]);
        if (counted != null) {
            // "The mother of two said", "the dad-of-three": the parent the story introduced as
            // one, else the one the story is about
            NavigableMap<Integer, String> holders = roleHolders.get(counted);
            Map.Entry<Integer, String> holder =
                    holders == null ? null : holders.lowerEntry(ref.offset());
            String parent =
                    holder != null
                            ? holder.getValue()
                            : lastPersonBefore(ref.offset(), lexicon.names().genderOfWord(counted));
            if (parent != null) {
                return parent;
            }
        }
        String aged = personAged(words, noun, ref.offset());
        if (aged != null) {
            return aged;
        }
        String fromPlace = nativeOf(words[noun], ref.offset());
        if (fromPlace != null) {
            return fromPlace;
        }
        String titled = titledBy(ref, words, noun);
        if (titled != null) {
            return titled;
        }
        String compatriot = onlyOfNationality(words, noun, ref.offset());
        if (compatriot != null) {
            return compatriot;
        }
        if (noun >= 2 && words[0].equalsIgnoreCase("the")) {
            String state = String.join(" ", java.util.Arrays.copyOfRange(words, 1, noun));
            String member = ofPartyAndState(words[noun].toLowerCase(Locale.ROOT), state);
            if (member != null) {
                // "the Texas Republican" among several Republicans, "the Ohio senator": the one
                // whose party tag names the state
                return member;
            }
            String party = words[noun].toLowerCase(Locale.ROOT);
            String person =
                    PARTIES.contains(party) && capitalised(words, 1, noun)
                            ? lastPersonBefore(ref.offset(), ANYONE)
                            : null;
            if (person != null) {
                // "a partial reversal for the Wisconsin Republican" with no party tag in the
                // story: the one it is on, as a pronoun would be, not whoever is a Republican
                return person;
            }
        }
        if (epithet(words, noun)) {
            Gender nounGender = lexicon.names().genderOfWord(words[noun].toLowerCase(Locale.ROOT));
            if (nounGender == Gender.UNKNOWN) {
                // "The Gladiators star shared the photos on his own page": the gender the
                // sentence gives its subject
                nounGender = complementGender(ref);
            }
            String placed = placedBefore(words[noun - 1], ref.offset(), nounGender);
            if (placed != null) {
                // "I was flying back to Cork every weekend," Brannigan said … "The Cork native":
                // the one the place was said of or by
                return placed;
            }
            // "Doyle, 28, had promised … “…,” the Salford man said": the person the story is
            // on, as a pronoun would be, not whoever was introduced as a man
            String person = lastPersonBefore(ref.offset(), nounGender);
            if (person != null) {
                return person;
            }
        }
        String unnamed = unnamedBeforeGeneric(ref, words[noun].toLowerCase(Locale.ROOT));
        if (unnamed != null) {
            return unnamed;
        }
        List<String> served = served(words, noun);
        if (!served.isEmpty()) {
            String holder = serving(ref, noun, words[noun].toLowerCase(Locale.ROOT), served);
            String relative = holder.equals(ref.text()) ? relativeByName(ref, words, noun) : null;
            return relative != null ? relative : holder;
        }
        String compound = compoundHolder(words, noun, ref.offset());
        if (compound != null) {
            // "the press secretary" for "press secretary Janelle Okonkwo-Price", however far
            // back, not "Treasury Secretary Howard M. Fenwick" named since
            return compound;
        }
        String person = role(ref, words[noun].toLowerCase(Locale.ROOT));
        if (person.equals(ref.text())) {
            // "the Lions director of rugby" with no director named: the Lions boss named before
            List<String> body = new ArrayList<>();
            for (int k = 1; k < noun; k++) {
                if (Character.isUpperCase(words[k].codePointAt(0))) {
                    body.add(words[k]);
                }
            }
            String boss = body.isEmpty() ? null : bossOf(body, ref.offset());
            if (boss != null) {
                return boss;
            }
        }
        return person;
    }

    /**
     * The person an epithet with a capitalised modifier pointed at when the text used it before:
     * "The Irish actor, 33, stars opposite American actress Brooke Sanders … The Irish actor added"
     * is the same man both times, whoever spoke in between. Null when the phrase is no such
     * epithet, was not used before, or named no one then.
     */
    private String epithetAgain(SpeakerRef ref) {
        String[] words = ref.text().split(" ");
        if (words.length < 3
                || !words[0].equalsIgnoreCase("the")
                || java.util.Arrays.stream(words, 1, words.length - 1)
                        .noneMatch(w -> Character.isUpperCase(w.codePointAt(0)))) {
            return null;
        }
        String phrase = ref.text().substring(words[0].length()).toLowerCase(Locale.ROOT);
        int earlier = lowerText().lastIndexOf("the" + phrase, ref.offset() - 1);
        if (earlier < 0 || earlier + ref.text().length() > ref.offset()) {
            return null;
        }
        String person = epithetsAt.get(earlier);
        if (person == null) {
            // read the earlier use as its own (which may look back to one earlier still)
            String found =
                    role(
                            new SpeakerRef(
                                    SpeakerRef.Kind.PERSON_ROLE,
                                    passage.text()
                                            .subSequence(earlier, earlier + ref.text().length())
                                            .toString(),
                                    earlier));
            person = found == null ? "" : found;
            epithetsAt.put(earlier, person);
        }
        return person.isEmpty()
                        || person.equalsIgnoreCase(ref.text())
                        || !people.containsValue(person)
                ? null
                : person;
    }

    /**
     * The person last introduced before {@code offset} by the role phrase's noun and the word in
     * lower case before it ("the press secretary", "the foreign minister"), that compound written
     * right before their name; null when the phrase has no such word or no one was.
     */
    private String compoundHolder(String[] words, int noun, int offset) {
        if (noun < 2
                || !words[0].equalsIgnoreCase("the")
                || !words[noun - 1].chars().allMatch(Character::isLowerCase)
                || PhraseReader.DETERMINERS.contains(words[noun - 1])) {
            return null;
        }
        String compound = (words[noun - 1] + " " + words[noun]).toLowerCase(Locale.ROOT);
        String lower = lowerText();
        int to = Math.min(offset, lower.length());
        int from = Math.max(0, to - COMPOUND_REACH);
        String before = lower.substring(from, to);
        int tries = 0;
        for (int found = before.lastIndexOf(compound);
                found >= 0 && tries++ < COMPOUND_TRIES;
                found = before.lastIndexOf(compound, found - 1)) {
            int at = from + found;
            Map.Entry<Integer, String> named = people.ceilingEntry(at + compound.length());
            if (named != null
                    && named.getKey() < offset
                    && named.getKey() - at - compound.length() <= COMPOUND_GAP
                    && onlyNameWords(
                            passage.text()
                                    .subSequence(at + compound.length(), named.getKey())
                                    .toString())) {
                return named.getValue();
            }
        }
        return null;
    }

    /**
     * How far back, in characters, a compound role is looked for: an article's length, so a text of
     * many roles costs no more than it is long.
     */
    private static final int COMPOUND_REACH = 20_000;

    /** How many of a compound role's earlier writings are tried for a name after them. */
    private static final int COMPOUND_TRIES = 8;

    /** How many characters may stand between a compound role and the name it introduces. */
    private static final int COMPOUND_GAP = 12;

    /** The passage's text in lower case, made when an epithet or a compound role is first read. */
    private String lowerText;

    private String lowerText() {
        if (lowerText == null) {
            lowerText = passage.text().toString().toLowerCase(Locale.ROOT);
        }
        return lowerText;
    }

    /** The person each epithet used earlier pointed at, by where it stands ("" for no one). */
    private final Map<Integer, String> epithetsAt = new HashMap<>();

    /**
     * "The couple said" after two people named together speaks for both; any other role phrase is
     * read by {@link #role(SpeakerRef)}. Only a speaker is read so: a sentence that opens "The
     * couple are …" names no one person for a pronoun after it.
     */
    private String pairOrRole(SpeakerRef ref) {
        String[] words = ref.text().toLowerCase(Locale.ROOT).split(" ");
        String pair =
                words.length == 2 && PAIRS.contains(words[1])
                        ? pairNamedBefore(ref.offset())
                        : null;
        String replying = pair == null ? replyingParty(ref) : null;
        if (replying != null) {
            return replying;
        }
        String relative = pair == null ? namedRelative(ref) : null;
        if (relative != null) {
            return relative;
        }
        return pair != null ? pair : role(ref);
    }

    /**
     * The relative a possessive and a kin noun point to when the story names someone else of the
     * owner's surname nearby: "Comedian Danny Harrowgate's older sister" and "Claire Harrowgate,
     * 49, said". Null otherwise.
     */
    private String namedRelative(SpeakerRef ref) {
        String[] words = ref.text().split(" ");
        String kin = words[words.length - 1].toLowerCase(Locale.ROOT);
        if (words.length < 3 || !lexicon.names().kinNouns().contains(kin)) {
            return null;
        }
        String owner = null;
        for (int k = words.length - 2; k >= 1; k--) {
            String word = words[k];
            if (word.endsWith("'s") || word.endsWith("’s")) {
                owner = word.substring(0, word.length() - 2);
                break;
            }
        }
        if (owner == null || owner.isEmpty() || !Character.isUpperCase(owner.charAt(0))) {
            return null;
        }
        int sentence = passage.sentenceAt(ref.offset());
        Gender gender = lexicon.names().genderOfWord(kin);
        String nearest = null;
        int distance = Integer.MAX_VALUE;
        for (Map.Entry<Integer, String> entry : people.entrySet()) {
            String person = entry.getValue();
            int gap = Math.abs(passage.sentenceAt(entry.getKey()) - sentence);
            if (gap <= RELATIVE_REACH
                    && gap < distance
                    && person.endsWith(" " + owner)
                    && !ref.text().contains(person)
                    && agrees(person, gender)) {
                nearest = person;
                distance = gap;
            }
        }
        return nearest;
    }

    /** How many sentences from a kin noun the relative it points to may be named. */
    private static final int RELATIVE_REACH = 3;

    /** Nouns for two people together: "the couple said". */
    private static final java.util.Set<String> PAIRS = java.util.Set.of("couple", "pair", "duo");

    /**
     * How many characters may stand between two names joined by "and": "Kelsey Arden and actor ".
     */
    private static final int PAIR_GAP = 40;

    /**
     * The two people last named together within reach before {@code offset}, joined by "and" in one
     * sentence ("Singer Kelsey Arden and actor Marco Villanueva married …"), as "Kelsey Arden and
     * Marco Villanueva"; null when no two were.
     */
    private String pairNamedBefore(int offset) {
        int sentence = passage.sentenceAt(offset);
        Map.Entry<Integer, String> second = people.lowerEntry(offset);
        while (second != null && sentence - passage.sentenceAt(second.getKey()) <= REACH) {
            Map.Entry<Integer, String> first = people.lowerEntry(second.getKey());
            if (first == null) {
                return null;
            }
            String between = passage.text().subSequence(first.getKey(), second.getKey()).toString();
            int and = between.indexOf(" and ");
            if (and > 0
                    && between.length() - and <= PAIR_GAP
                    && passage.sentenceAt(first.getKey()) == passage.sentenceAt(second.getKey())
                    && !first.getValue().equals(second.getValue())
                    && between.chars().noneMatch(c -> c == ',' || c == ';')) {
                return first.getValue() + " and " + second.getValue();
            }
            second = first;
        }
        return null;
    }

    /**
     * The person last named within reach right after the words of the role phrase {@code ref}
     * without its article, in the same sentence: "Minister of State at the Department of Health
     * Niamh Corrigan said …" is the one "the Minister of State" names. Null when none was.
     */
    private String titledSo(SpeakerRef ref) {
        String text = ref.text();
        int space = text.indexOf(' ');
        if (space < 0
                || !PhraseReader.DETERMINERS.contains(
                        text.substring(0, space).toLowerCase(Locale.ROOT))) {
            return null;
        }
        return namedAfter(
                ref.offset(), text.substring(space + 1), false, SpeakerResolver::onlyNameWords);
    }

    /**
     * The person last named within reach before {@code offset} whose sentence has {@code written}
     * before the name (in any case when {@code anyCase}), with only words {@code between} accepts
     * in between; null when none.
     */
    private String namedAfter(
            int offset,
            String written,
            boolean anyCase,
            java.util.function.Predicate<String> between) {
        int sentence = passage.sentenceAt(offset);
        for (Map.Entry<Integer, String> named :
                people.headMap(offset, false).descendingMap().entrySet()) {
            int at = passage.sentenceAt(named.getKey());
            if (sentence - at > REACH) {
                return null;
            }
            int from = passage.tokensOf(at).getFirst().start();
            String before = passage.text().subSequence(from, named.getKey()).toString();
            if (anyCase) {
                before = before.toLowerCase(Locale.ROOT);
            }
            int found = before.lastIndexOf(written);
            if (found >= 0 && between.test(before.substring(found + written.length()))) {
                return named.getValue();
            }
        }
        return null;
    }

    /**
     * The one person introduced before {@code offset} with the nationality a role phrase's
     * capitalised modifier gives, who was introduced in no role of another family than its noun:
     * "Europe's Irish captain Seamus Kearney and his American counterpart Brad Whitcomb … the
     * American captain said" is Whitcomb. Null when the phrase gives no nationality, or no one or
     * more than one person was introduced with it.
     */
    private String onlyOfNationality(String[] words, int noun, int offset) {
        String role = words[noun].toLowerCase(Locale.ROOT);
        String found = null;
        for (int k = 1; k < noun; k++) {
            String lower = words[k].toLowerCase(Locale.ROOT);
            if (!Character.isUpperCase(words[k].codePointAt(0))) {
                continue;
            }
            java.util.Set<String> called =
                    lexicon.demonyms()
                            .getOrDefault(
                                    lower,
                                    lexicon.names().roles().contains(lower)
                                            ? java.util.Set.of(lower)
                                            : java.util.Set.of());
            for (String nationality : called) {
                NavigableMap<Integer, String> holders = roleHolders.get(nationality);
                if (holders == null) {
                    continue;
                }
                for (String person : holders.headMap(offset).values()) {
                    if (found != null && !found.equals(person)) {
                        return null;
                    }
                    found = person;
                }
            }
        }
        if (found == null) {
            return null;
        }
        for (String held : rolesHeld.getOrDefault(found, java.util.Set.of())) {
            if (lexicon.inFamily(held) && !lexicon.sameRole(role, held)) {
                // "American Tyler Brandt", a golfer, is not "the American coach"
                return null;
            }
        }
        return found;
    }

    /**
     * The person a role phrase's capitalised modifier was written before, with only role words
     * between: "the former Love Island contestant" is the "LOVE Island star Chloe Barnes" named
     * before, whatever her role was called there. Null when the phrase has no such modifier or none
     * was written so.
     */
    private String titledBy(SpeakerRef ref, String[] words, int noun) {
        StringBuilder modifier = new StringBuilder();
        for (int k = 1; k < noun; k++) {
            if (Character.isUpperCase(words[k].codePointAt(0))) {
                modifier.append(modifier.isEmpty() ? "" : " ").append(words[k]);
            } else if (!modifier.isEmpty()) {
                return null;
            }
        }
        if (modifier.isEmpty()) {
            return null;
        }
        String written = modifier.toString().toLowerCase(Locale.ROOT);
        String named =
                namedAfter(
                        ref.offset(),
                        written,
                        true,
                        between -> onlyRoleWords(between, words[noun]));
        String other = PARTY_NAMES.get(written);
        if (named == null && other != null) {
            // "the Tory MP" for "Conservative committee member Gareth Lomax": the party by its
            // other name
            named =
                    namedAfter(
                            ref.offset(),
                            other,
                            true,
                            between -> onlyRoleWords(between, words[noun]) || roleWords(between));
        }
        return named;
    }

    /** A party's other name, lower case: "Tory" is "Conservative", "GOP" is "Republican". */
    private static final java.util.Map<String, String> PARTY_NAMES =
            java.util.Map.of(
                    "tory", "conservative",
                    "conservative", "tory",
                    "gop", "republican");

    /**
     * Whether {@code between} is a role of up to three lower-case words ending in a role word and
     * nothing else: " committee member ".
     */
    private boolean roleWords(String between) {
        String[] words = between.strip().split("\\s+");
        if (words.length > 3 || words[0].isEmpty()) {
            return false;
        }
        for (String word : words) {
            if (!word.equals(word.toLowerCase(Locale.ROOT))
                    || !Character.isLetter(word.charAt(0))) {
                return false;
            }
        }
        return lexicon.roles().contains(words[words.length - 1]);
    }

    /**
     * Whether {@code between} holds one or two role words and nothing else (" star "), each the
     * noun itself unless the noun belongs to no family of roles: the "former Ashbourne striker" is
     * not "the former Ashbourne defender", "Castleford captain Callum Fairweather" not "the
     * Castleford manager", while "LOVE Island star Chloe Barnes" is "the Love Island contestant".
     */
    private boolean onlyRoleWords(String between, String noun) {
        String[] words = between.strip().split("\\s+");
        String role = noun.toLowerCase(Locale.ROOT);
        if (words.length > 2 || words[0].isEmpty()) {
            return false;
        }
        for (String word : words) {
            if (!lexicon.roles().contains(word) || !word.equals(role) && lexicon.inFamily(role)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code between} holds only capitalised words and the small words of a name: " at the
     * Department of Health ".
     */
    private static boolean onlyNameWords(String between) {
        for (String word : between.strip().split("\\s+")) {
            if (!word.isEmpty()
                    && !Character.isUpperCase(word.codePointAt(0))
                    && !NAME_JOINERS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Small words inside the name of an office: "Minister of State at the Department of Health".
     */
    private static final java.util.Set<String> NAME_JOINERS =
            java.util.Set.of("of", "the", "at", "for", "and", "to", "in");

    /**
     * "Jane Doe, 34, was evicted … “…,” the 34-year-old said": the one person named before {@code
     * offset} with the age the role phrase gives, or null when it gives none or two share it.
     */
    private String personAged(String[] words, int noun, int offset) {
        String age = null;
        for (int k = 1; k <= noun; k++) {
            java.util.regex.Matcher aged = AGED.matcher(words[k]);
            if (aged.matches()) {
                age = aged.group(1);
            }
        }
        if (age == null) {
            return null;
        }
        String found = null;
        for (Map.Entry<Integer, String> named : people.headMap(offset).entrySet()) {
            if (agedAt(named.getKey(), age)) {
                if (found != null && !found.equals(named.getValue())) {
                    return null;
                }
                found = named.getValue();
            }
        }
        return found;
    }

    /**
     * "Yorkshire opener Tom Aldridge … “…,” the Yorkshireman said", "Lowe, who grew up in south
     * London, … the Londoner said": the last person named in a sentence that names the place the
     * noun is made from, or null when the noun is made from no place the article names.
     */
    private String nativeOf(String noun, int offset) {
        String lower = noun.toLowerCase(Locale.ROOT);
        String place = PhraseReader.placeOfNative(lower);
        if (place == null
                || !Character.isUpperCase(noun.charAt(0))
                || lexicon.names().roles().contains(lower)) {
            // "the Englishman" is a nationality, found as one
            return null;
        }
        String found = null;
        for (Map.Entry<Integer, String> named : people.headMap(offset).entrySet()) {
            int s = passage.sentenceAt(named.getKey());
            for (Token token : passage.tokensOf(s)) {
                if (token.capitalized() && token.lower().equals(place)) {
                    found = named.getValue();
                    break;
                }
            }
        }
        return found;
    }

    private static final java.util.regex.Pattern AGED =
            java.util.regex.Pattern.compile("(\\d{1,3})-year-old");

    /**
     * Whether the name at {@code start} is given with {@code age}: "34-year-old Jane Doe" or "Jane
     * Doe, 34,".
     */
    private boolean agedAt(int start, String age) {
        List<Token> tokens = passage.tokens();
        int k = passage.tokenAtOrAfter(start);
        if (k > 0 && tokens.get(k - 1).lower().equals(age + "-year-old")) {
            return true;
        }
        while (k < tokens.size()
                && (tokens.get(k).capitalized()
                        || tokens.get(k).is('.')
                        || PhraseReader.PARTICLES.contains(tokens.get(k).text()))) {
            k++;
        }
        return k + 1 < tokens.size()
                && tokens.get(k).is(',')
                && tokens.get(k + 1).text().equals(age);
    }

    /** Nouns that say no more of a person than a pronoun does. */
    private static final java.util.Set<String> GENERIC_PEOPLE =
            java.util.Set.of("man", "woman", "boy", "girl");

    /**
     * "One resident, who declined to give her name, stood by the tape. “…,” the woman said.": "the
     * woman" or "the man" right after a sentence whose subject is someone unnamed is that person,
     * when their gender does not say otherwise. Null otherwise.
     */
    private String unnamedBeforeGeneric(SpeakerRef ref, String noun) {
        String[] words = ref.text().split(" ");
        if (!GENERIC_PEOPLE.contains(noun) || words.length != 2) {
            return null;
        }
        int sentence = passage.sentenceAt(ref.offset());
        if (sentence == 0) {
            return null;
        }
        String unnamed = unnamedSubject(sentence - 1);
        if (unnamed == null) {
            return null;
        }
        Gender gender = genderOf(unnamed);
        return gender == Gender.UNKNOWN || gender == lexicon.names().genderOfWord(noun)
                ? unnamed
                : null;
    }

    /**
     * Of the people introduced in a role, the one named last, at where they were named: "the
     * minister answered" after "Albuquerque Neto … played down" is the minister the story is
     * following, though a vice minister was introduced since. Null when there is none.
     */
    private Map.Entry<Integer, String> lastMentioned(
            NavigableMap<Integer, String> holders, int offset) {
        NavigableMap<Integer, String> before = holders.headMap(offset, false);
        if (before.isEmpty()) {
            return null;
        }
        Map.Entry<Integer, String> latest = before.lastEntry();
        java.util.Set<String> named = new java.util.HashSet<>();
        int seen = 0;
        for (String holder : before.descendingMap().values()) {
            named.add(holder);
            if (++seen == SERVING_HOLDERS) {
                break;
            }
        }
        if (named.size() > 1) {
            int read = 0;
            for (Map.Entry<Integer, String> mention :
                    people.subMap(latest.getKey(), false, offset, false)
                            .descendingMap()
                            .entrySet()) {
                if (named.contains(mention.getValue())) {
                    return mention;
                }
                if (++read == MENTION_REACH) {
                    break;
                }
            }
        }
        return latest;
    }

    /**
     * Which word of a role phrase is its noun: the one before whom it serves ("the <i>head</i> of
     * the IMF", "China’s <i>ambassador</i> to Britain"), else the last.
     */
    private int roleNoun(String[] words) {
        for (int k = 1; k + 1 < words.length; k++) {
            if (PhraseReader.servingRole(
                    lexicon, words[k].toLowerCase(Locale.ROOT), words[k + 1])) {
                return k;
            }
        }
        return words.length - 1;
    }

    /**
     * The names a role phrase says its holder serves: its possessor ("<i>Russia</i>’s ambassador")
     * and the capitals after its noun ("the head of the <i>International Monetary Fund</i>").
     */
    private static List<String> served(String[] words, int noun) {
        List<String> names = new ArrayList<>();
        for (int k = 0; k < noun; k++) {
            // "Russia’s ambassador", "Mr. Johnson’s spokesman", "Mr Moyles’ lawyer"
            String word = words[k];
            if (word.endsWith("’s") || word.endsWith("'s")) {
                names.add(word.substring(0, word.length() - 2));
            } else if (word.length() > 2 && (word.endsWith("s’") || word.endsWith("s'"))) {
                names.add(word.substring(0, word.length() - 1));
            }
        }
        for (int k = noun + 2; k < words.length; k++) {
            if (!words[k].isEmpty() && Character.isUpperCase(words[k].charAt(0))) {
                names.add(words[k]);
            }
        }
        return names;
    }

    /**
     * The person a role that names whom it serves points back to ("the head of the IMF" after
     * "Kristalina Georgieva, the head of the International Monetary Fund,"): someone introduced in
     * that role in a sentence naming one of {@code served}, else the phrase as written. A different
     * holder of the same noun ("the ambassador to Britain" after the one to France) is not the one
     * meant. Word {@code at} of the phrase is its noun; a name after it ends the phrase.
     */
    private String serving(SpeakerRef ref, int at, String noun, List<String> served) {
        int first = passage.tokenAtOrAfter(ref.offset());
        int after =
                first + at + 1 < passage.tokens().size()
                        ? passage.tokens().get(first + at + 1).start()
                        : passage.text().length();
        Map.Entry<Integer, String> named = people.lowerEntry(ref.offset() + ref.text().length());
        if (named != null && named.getKey() >= after) {
            // "China’s ambassador to Britain Liu Xiaming": the name ends the phrase
            return named.getValue();
        }
        String titled = titledSo(ref);
        if (titled != null) {
            return titled;
        }
        NavigableMap<Integer, String> holders = roleHolders.get(noun);
        if (holders == null) {
            // "the 34-year-old nurse from Bristol said": where she is from, not whom she serves
            String[] words = ref.text().split(" ");
            return at + 1 < words.length && words[at + 1].equals("from")
                    ? role(ref, noun)
                    : ref.text();
        }
        // the nearest holder before, else one named later: "China’s ambassador to Britain
        // warned …" in the lede, "China’s ambassador to Britain Liu Xiaming has said" below
        List<Map.Entry<Integer, String>> candidates = new ArrayList<>();
        for (Map.Entry<Integer, String> holder :
                holders.headMap(ref.offset(), false).descendingMap().entrySet()) {
            if (candidates.size() == SERVING_HOLDERS) {
                break;
            }
            candidates.add(holder);
        }
        for (Map.Entry<Integer, String> holder : holders.tailMap(ref.offset(), false).entrySet()) {
            if (candidates.size() == 2 * SERVING_HOLDERS) {
                break;
            }
            candidates.add(holder);
        }
        for (Map.Entry<Integer, String> holder : candidates) {
            String sentence = sentenceText(holder.getKey());
            if (served.stream().anyMatch(sentence::contains)) {
                return holder.getValue();
            }
        }
        // "Swift's rep" is no holder named later in another's service ("A rep for Braun")
        if (holders.headMap(ref.offset(), false).isEmpty()
                && served.stream().noneMatch(this::inAPersonsName)) {
            // the lede's "The mayor of Tartu has rejected …" is the "Mayor Marta Ilves" the
            // next paragraph names, though it does not name the city again
            java.util.Set<String> later = namedInRoleAfter(holders, noun, ref.offset());
            if (later.size() == 1) {
                return later.iterator().next();
            }
        }
        return ref.text();
    }

    /** Nouns for family members, who often share a surname: "Donald Trump’s son". */
    private static final java.util.Set<String> FAMILY =
            java.util.Set.of(
                    "son",
                    "daughter",
                    "mother",
                    "father",
                    "brother",
                    "sister",
                    "wife",
                    "husband",
                    "grandson",
                    "granddaughter",
                    "nephew",
                    "niece",
                    "uncle",
                    "aunt",
                    "cousin",
                    "stepson",
                    "stepdaughter",
                    "sibling",
                    "twin");

    /**
     * "Donald Trump Jr. offered advice … Donald Trump’s son told the show": the person named before
     * with the possessor's surname, not the possessor, of the noun's gender, nearest first. Null
     * when the noun is no family noun, the possessor is no one named in full, or no such person was
     * named.
     */
    private String relativeByName(SpeakerRef ref, String[] words, int noun) {
        String kin = words[noun].toLowerCase(Locale.ROOT);
        String last = noun < 1 ? "" : words[noun - 1];
        if (!FAMILY.contains(kin) || !(last.endsWith("’s") || last.endsWith("'s"))) {
            return null;
        }
        String possessor = people.get(ref.offset());
        String surname = last.substring(0, last.length() - 2);
        List<String> full = possessor == null ? List.of() : List.of(possessor.split(" "));
        if (full.isEmpty() || !Names.surname(full).equals(surname)) {
            return null;
        }
        if (!Names.surname(full).equals(full.getLast())) {
            if (noun == 1) {
                // "Trump’s son" read as the son himself: which Trump is meant is unclear
                return null;
            }
            // "Donald Trump’s son" where the son alone is named in full, "Donald Trump Jr.": the
            // possessor as written, without the son's suffix, is the father
            possessor = String.join(" ", Arrays.copyOf(words, noun)).replaceAll("[’']s$", "");
        }
        Gender gender = lexicon.names().genderOfWord(kin);
        for (String person : people.headMap(ref.offset(), false).descendingMap().values()) {
            if (!person.equals(possessor)
                    && Names.surname(List.of(person.split(" "))).equals(surname)
                    && agrees(person, gender)) {
                return person;
            }
        }
        return null;
    }

    /** Nouns for whoever leads a body, whatever the title: "Ashbury Lions boss". */
    private static final java.util.Set<String> LEADERS = java.util.Set.of("boss", "chief", "head");

    /**
     * The one person introduced before {@code offset} as the boss of a body whose name holds one of
     * the words {@code body} ("Ashbury Lions boss Gareth Pryce-Morgan … said the Lions director of
     * rugby"): a boss by any title. Null when none or more than one was.
     */
    private String bossOf(List<String> body, int offset) {
        List<Token> tokens = passage.tokens();
        java.util.Set<String> found = new java.util.HashSet<>();
        for (Map.Entry<Integer, String> person : people.headMap(offset, false).entrySet()) {
            int at = passage.tokenAtOrAfter(person.getKey());
            if (at < 2 || !LEADERS.contains(tokens.get(at - 1).text())) {
                continue;
            }
            Map.Entry<Integer, String> led = organisations.lowerEntry(tokens.get(at - 1).start());
            if (led != null
                    && passage.tokenAtOrAfter(led.getKey()) + led.getValue().split(" ").length
                            == at - 1
                    && body.stream().anyMatch(led.getValue()::contains)) {
                found.add(person.getValue());
            }
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /** Whether {@code word} is one of the words of a person's name the passage gives. */
    private boolean inAPersonsName(String word) {
        return people.values().stream()
                .anyMatch(person -> Arrays.asList(person.split(" ")).contains(word));
    }

    /**
     * The person a role no one holds describes from what the story has said of them: "Fellow pundit
     * Alan Fairclough was more sympathetic. “…,” said the former Everton captain" (a past role: the
     * one the sentence before opens with), or "Nevada Democrat calls …" above "Rep. Angela Torres
     * on Thursday dismissed …" and "“…,” the Democrat said" (the headline's subject: the one the
     * story opens with). Null when neither reads so.
     */
    private String describedSubject(SpeakerRef ref, String noun, Gender gender) {
        int sentence = passage.sentenceAt(ref.offset());
        if (passage.inHeadline(sentence)) {
            return null;
        }
        boolean past =
                Arrays.stream(ref.text().toLowerCase(Locale.ROOT).split(" "))
                        .anyMatch(word -> word.equals("former") || word.startsWith("ex-"));
        if (past && sentence > 0 && passage.blockOf(sentence - 1) == passage.blockOf(sentence)) {
            String before = openingPerson(sentence - 1);
            if (before != null && agrees(before, gender)) {
                return before;
            }
        }
        if (!headlineSubjectIs(noun)) {
            return null;
        }
        int lede = 0;
        while (lede < sentence && passage.inHeadline(lede)) {
            lede++;
        }
        String opening = lede < sentence ? openingPerson(lede) : null;
        return opening != null && agrees(opening, gender) ? opening : null;
    }

    /** Whether the headline opens with {@code noun} among its first words, before any cue. */
    private boolean headlineSubjectIs(String noun) {
        if (!passage.inHeadline(0)) {
            return false;
        }
        List<Token> headline = passage.tokensOf(0);
        for (int k = 0; k < headline.size() && k < OPENING_DESCRIPTION_WORDS; k++) {
            if (lexicon.cue(headline.get(k)) != null) {
                return false;
            }
            if (headline.get(k).lower().equals(noun)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The person sentence {@code s} opens with, past a dateline and a few words describing them
     * ("Fellow pundit Alan Fairclough", "WASHINGTON (AP) — Rep. Angela Torres"), or null.
     */
    private String openingPerson(int s) {
        List<Token> tokens = passage.tokens();
        int from = passage.firstToken(s);
        int to = passage.firstToken(s + 1);
        int start = SubjectReader.afterDateline(tokens, from, to);
        for (int k = start; k < to && k - start <= OPENING_DESCRIPTION_WORDS; k++) {
            String person = people.get(tokens.get(k).start());
            if (person != null) {
                return person;
            }
            if (tokens.get(k).type() != Token.Type.WORD && !tokens.get(k).is('.')) {
                return null;
            }
        }
        return null;
    }

    /**
     * How many words may describe a person before the name a sentence opens with, or stand in a
     * headline's subject before its noun ("Nevada Democrat").
     */
    private static final int OPENING_DESCRIPTION_WORDS = 4;

    /** How many holders of a role, each way, a role naming whom it serves is checked against. */
    private static final int SERVING_HOLDERS = 8;

    /** The text of the sentence holding {@code offset}. */
    private String sentenceText(int offset) {
        int sentence = passage.sentenceAt(offset);
        List<Token> tokens = passage.tokensOf(sentence);
        if (tokens.isEmpty()) {
            return "";
        }
        return passage.text()
                .subSequence(tokens.get(0).start(), tokens.get(tokens.size() - 1).end())
                .toString();
    }

    private String role(SpeakerRef ref, String noun) {
        NavigableMap<Integer, String> holders = roleHolders.get(noun);
        Map.Entry<Integer, String> apposed =
                holders == null ? null : holders.ceilingEntry(ref.offset() + ref.text().length());
        if (apposed != null
                && passage.sentenceAt(apposed.getKey()) == passage.sentenceAt(ref.offset())
                && apposedGap(ref.offset() + ref.text().length(), apposed.getKey())) {
            // "The Assembly co-author, Rep. Carla Jimenez-Ruiz,": the name right after
            return apposed.getValue();
        }
        Map.Entry<Integer, String> holder =
                holders == null ? null : lastMentioned(holders, ref.offset());
        Gender nounGender = lexicon.names().genderOfWord(noun);
        if (nounGender == Gender.UNKNOWN && !ADVOCATES.contains(noun)) {
            // "The TV presenter insists he was …": the pronoun of what the phrase says
            nounGender = complementGender(ref);
        }
        if (holder != null
                && passage.sentenceAt(ref.offset()) - passage.sentenceAt(holder.getKey())
                        <= 2 * REACH) {
            Map.Entry<Integer, String> unnamed = unnamedEntryBefore(ref.offset(), noun);
            if (unnamed != null && unnamed.getKey() > holder.getKey()) {
                // "Their housing spokesperson, Alistair McKinnon, …" then "The prime
                // minister’s official spokesperson told reporters …": "the spokesperson" is
                // the one introduced since
                return unnamed.getValue();
            }
            // "fellow actor Joe Locke … Connor said “…” … the actor shared": someone who spoke
            // since the holder was introduced is the one the story is following.
            Map.Entry<Integer, String> spoke = speakers.lowerEntry(ref.offset());
            if (spoke != null
                    && spoke.getKey() > holder.getKey()
                    && !spoke.getValue().equals(holder.getValue())
                    && agrees(spoke.getValue(), nounGender)
                    && !unnamed(spoke.getValue())
                    && introducedStrictlyAs(spoke.getValue(), noun)
                    && !(holdsExactly(holder.getValue(), noun)
                            && !holdsExactly(spoke.getValue(), noun)
                            && (speakers.headMap(ref.offset()).containsValue(holder.getValue())
                                    || onlyAsAnyPolitician(spoke.getValue(), noun)))
                    && !lexicon.anonymous().contains(noun)) {
                return spoke.getValue();
            }
            return holder.getValue();
        }
        String introduced = unnamedBefore(ref.offset(), noun);
        if (introduced != null) {
            return introduced;
        }
        if (lexicon.anonymous().contains(noun)) {
            // "A spokesperson for Teague-Whitman struck a cooler note. “…,” the spokesperson
            // said": the one the sentence before was about, else someone the story does not name
            String subject = sameUnnamedSubject(ref, noun);
            return subject != null ? subject : ref.text();
        }
        if (holder == null) {
            String described = describedSubject(ref, noun, nounGender);
            if (described != null) {
                return described;
            }
        }
        String person = lastInRole(beforeAskedAbout(ref.offset()), nounGender, noun);
        if (holder == null && person != null && !introducedAs(person, noun)) {
            person = followed(ref.offset(), nounGender, noun, person);
        }
        if (holder != null
                && (person == null
                        || !introducedAs(person, noun)
                        || holdsExactly(holder.getValue(), noun)
                                && onlyAsAnyPolitician(person, noun))) {
            // "Police Chief Darnell Whitfield" long before "the chief said": the chief still,
            // unless someone since was introduced in that role (an opposition leader is no
            // premier)
            return holder.getValue();
        }
        if (person != null
                && holders != null
                && (!people.containsValue(person)
                        || passage.inHeadline(passage.sentenceAt(ref.offset()))
                                && !introducedAs(person, noun))) {
            // "The Taoiseach has accused Sinn Féin" after "Opposition says ‘…’" in the
            // standfirst, "… sack Mark Hollis as chairman admits ‘…’": the one named below in
            // that role, not a speaker no one named or a headline's other man
            person = null;
        }
        if (person == null && holders != null) {
            // "Mayor calls for ‘a cooling-off period’" above "Mayor Yvonne Okonkwo-Barrett
            // adjourned the meeting", "Coroner finds ‘missed opportunities’" above "the senior
            // coroner, Alison Mercer, said": the one named in that role just after
            Map.Entry<Integer, String> next = holders.higherEntry(ref.offset());
            if (next != null
                    && (passage.sentenceAt(next.getKey()) - passage.sentenceAt(ref.offset())
                                    <= NAMED_AFTER
                            || headlineTitle(ref))) {
                person = next.getValue();
            }
        }
        if (person == null && passage.inHeadline(passage.sentenceAt(ref.offset()))) {
            // "Singer Says New Album…": a headline's role is the person the story goes on to name.
            person = firstPersonFrom(ref.offset());
        }
        return person != null ? person : ref.text();
    }

    /** Organisations and outlets by the noun apposed to their name: "studio" for "Lantern". */
    private final Map<String, NavigableMap<Integer, String>> organisationsAs = new HashMap<>();

    /** How many words an apposed noun phrase may run before its noun: "the studio behind". */
    private static final int APPOSED_WORDS = 4;

    /**
     * Notes the noun of an organisation's appositive, "Lantern Television, the studio behind the
     * series," or "Halvard, a chipmaker,", so that "the studio said" finds the name again.
     */
    private void apposedOrganisationNoun(Mention mention) {
        nounBeforeOrganisation(mention);
        kindBeforeOrganisation(mention);
        List<Token> tokens = passage.tokens();
        int k = passage.tokenAtOrAfter(mention.span().end());
        if (k + 2 >= tokens.size()
                || !tokens.get(k).is(',')
                || !PhraseReader.DETERMINERS.contains(tokens.get(k + 1).lower())) {
            return;
        }
        for (int j = k + 2; j < tokens.size() && j - k <= APPOSED_WORDS; j++) {
            Token token = tokens.get(j);
            if (token.type() != Token.Type.WORD) {
                return;
            }
            if (lexicon.organisations().contains(token.lower())) {
                if (j + 1 < tokens.size() && lexicon.cue(tokens.get(j + 1)) != null) {
                    // "In a post on Facebook, the fire department wrote": the subject of what
                    // follows, not a description of the name before it
                    return;
                }
                organisationsAs
                        .computeIfAbsent(token.lower(), w -> new TreeMap<>())
                        .put(mention.span().start(), mention.canonical());
                return;
            }
        }
    }

    /** How many sentences back "they" looks for an organisation as a subject. */
    private static final int THEY_REACH = 2;

    /**
     * Whom "they" at {@code offset} points back to: an organisation that is the subject of the
     * nearest sentence naming anyone, where no one spoke ("The company that runs the AMAs, Dick
     * Clark Productions, denies it. “…,” they said."), else the last person.
     */
    private String they(int offset) {
        int sentence = passage.sentenceAt(offset);
        String reporters = reportingPeople(offset, sentence);
        if (reporters != null) {
            return reporters;
        }
        String own =
                passage.tokenAtOrAfter(offset) > passage.firstToken(sentence)
                        ? groupSubject(sentence)
                        : null;
        if (own != null) {
            // "Senate Democrats blocked the bill because they said …": the group the sentence
            // opens with, not a body named before
            return own;
        }
        for (int s = sentence - 1; s >= 0 && sentence - s <= THEY_REACH; s--) {
            Span span = passage.sentences().get(s).span();
            NavigableMap<Integer, String> named =
                    people.subMap(span.start(), true, span.end(), false);
            NavigableMap<Integer, String> bodies =
                    organisations.subMap(span.start(), true, span.end(), false);
            String group = groupSubject(s);
            if (group != null) {
                // "Prosecutors had sought 30 months. In a sentencing memo, they wrote …"
                return group;
            }
            String unnamed = unnamedSubject(s);
            if (unnamed != null) {
                // "A source at Harbour Records was less forgiving. ‘…,’ they said.": the one the
                // sentence is about, not the body named in it; in full where the person before
                // is that one written out further ("One worker at the Tesla plant")
                String fuller = lastPersonBefore(offset, ANYONE);
                return fuller != null && fuller.startsWith(unnamed) ? fuller : unnamed;
            }
            if (named.isEmpty() && bodies.isEmpty()) {
                continue;
            }
            Map.Entry<Integer, String> body = bodies.firstEntry();
            if (body != null
                    && (named.isEmpty() || body.getKey() < named.firstKey())
                    && !afterPreposition(body.getKey())
                    && speakers.subMap(span.start(), true, span.end(), false).isEmpty()) {
                return body.getValue();
            }
            break;
        }
        return lastPersonBefore(offset, ANYONE);
    }

    /**
     * The people named before the verb of speech that reports the clause "they" opens, in its own
     * sentence: "Sens. Ann Carr and Ben Cole said they found the letter “troubling”", as "Ann Carr
     * and Ben Cole". Null when "they" follows no such verb or fewer than two people are named.
     */
    private String reportingPeople(int offset, int sentence) {
        List<Token> tokens = passage.tokens();
        int first = passage.firstToken(sentence);
        int k = passage.tokenAtOrAfter(offset) - 1;
        if (k > first && tokens.get(k).lower().equals("that")) {
            k--;
        }
        Cue cue = k > first ? lexicon.cue(tokens.get(k)) : null;
        if (cue == null || !cue.can(Cue.Use.REPORTED)) {
            return null;
        }
        List<String> named =
                new ArrayList<>(
                        new java.util.LinkedHashSet<>(
                                people.subMap(
                                                tokens.get(first).start(),
                                                true,
                                                tokens.get(k).start(),
                                                false)
                                        .values()));
        if (named.size() < 2) {
            return null;
        }
        String last = named.removeLast();
        return String.join(", ", named) + " and " + last;
    }

    /**
     * The group sentence {@code s} opens with as its subject, in lower case ("prosecutors" for
     * "Prosecutors had sought 30 months."), or null.
     */
    private String groupSubject(int s) {
        List<Token> tokens = passage.tokensOf(s);
        if (tokens.size() < 3 || passage.inHeadline(s)) {
            return null;
        }
        int at = 0;
        for (int k = 1; k < tokens.size() - 2 && k <= OPENING_ADJUNCT; k++) {
            if (tokens.get(k).is(',')) {
                // "On Monday, hundreds of protesters converged on Helena."
                at = k + 1;
                break;
            }
        }
        if (at + 2 < tokens.size() && GROUP_JOINERS.contains(tokens.get(at).lower())) {
            // "But the protesters also paid tribute to …"
            at++;
        }
        if (at + 2 < tokens.size() && GROUP_DETERMINERS.contains(tokens.get(at).lower())) {
            at++;
        }
        if (at + 2 < tokens.size()
                && ROUGH_COUNTS.contains(tokens.get(at).lower())
                && tokens.get(at + 1).lower().equals("of")) {
            at += 2;
        }
        if (at + 1 >= tokens.size()) {
            return null;
        }
        Token first = tokens.get(at);
        Token next = tokens.get(at + 1);
        if (at + 2 < tokens.size()
                && first.capitalized()
                && next.capitalized()
                && io.storytrace.mention.NameFinder.partyMembers(next.lower())
                && tokens.get(at + 2).type() == Token.Type.WORD
                && !tokens.get(at + 2).capitalized()) {
            // "Senate Democrats blocked the bill": a party's members in a body
            return first.text() + " " + next.text();
        }
        return PhraseReader.GROUPS.contains(first.lower())
                        && next.type() == Token.Type.WORD
                        && !next.capitalized()
                        && !SubjectReader.PREPOSITIONS.contains(next.lower())
                ? first.lower()
                : null;
    }

    /** Conjunctions that may open a sentence before its group subject: "But the protesters". */
    private static final java.util.Set<String> GROUP_JOINERS =
            java.util.Set.of("but", "and", "yet", "so");

    /** Determiners before a group subject: "The protesters", "Those residents". */
    private static final java.util.Set<String> GROUP_DETERMINERS =
            java.util.Set.of("the", "these", "those", "many", "some");

    /** How many words an adjunct opening a sentence before its subject may run: "On Monday,". */
    private static final int OPENING_ADJUNCT = 4;

    /** Words counting a group roughly before "of": "hundreds of protesters". */
    private static final java.util.Set<String> ROUGH_COUNTS =
            java.util.Set.of("hundreds", "thousands", "dozens", "scores", "tens", "millions");

    /** How many words before an organisation's name the noun it is apposed to may stand. */
    private static final int NOUN_BEFORE = 8;

    /**
     * Notes the noun of a phrase an organisation's name is apposed to, "The group, WeWorkers
     * Coalition, formed" or "The company that runs the AMAs, Dick Clark Productions, denies", so
     * that "the group added" finds the name again.
     */
    private void nounBeforeOrganisation(Mention mention) {
        List<Token> tokens = passage.tokens();
        int comma = passage.tokenAtOrAfter(mention.span().start()) - 1;
        int first = passage.firstToken(passage.sentenceAt(mention.span().start()));
        if (comma <= first || !tokens.get(comma).is(',')) {
            return;
        }
        for (int j = comma - 1; j > first && comma - j <= NOUN_BEFORE; j--) {
            Token token = tokens.get(j);
            if (token.type() != Token.Type.WORD || lexicon.cue(token) != null) {
                return;
            }
            if (lexicon.organisations().contains(token.lower())
                    && PhraseReader.DETERMINERS.contains(tokens.get(j - 1).lower())) {
                organisationsAs
                        .computeIfAbsent(token.lower(), w -> new TreeMap<>())
                        .put(mention.span().start(), mention.canonical());
                return;
            }
        }
    }

    /** How many lower-case words right before an organisation's name may say what it is. */
    private static final int KIND_WORDS = 3;

    /** Nouns that head a description of a firm before its name: "banking giant Goldman Sachs". */
    private static final java.util.Set<String> KIND_HEADS = java.util.Set.of("giant");

    /**
     * Notes the nouns written right before an organisation's name that say what kind it is,
     * "Japanese carmaker Toyota", "US investment banking giant Goldman Sachs" (banking for bank),
     * so that "the carmaker said" or "the bank said" finds the name again. Only such nouns, next to
     * each other and to the name, count: "a statement to Rolling Stone" is no statement.
     */
    private void kindBeforeOrganisation(Mention mention) {
        List<Token> tokens = passage.tokens();
        int start = passage.tokenAtOrAfter(mention.span().start());
        int first = passage.firstToken(passage.sentenceAt(mention.span().start()));
        for (int j = start - 1; j >= first && start - j <= KIND_WORDS; j--) {
            Token token = tokens.get(j);
            String word = token.lower();
            String noun =
                    word.endsWith("ing") && word.length() > 5
                            ? word.substring(0, word.length() - 3)
                            : word;
            if (token.type() != Token.Type.WORD
                    || token.capitalized()
                    || QuoteAssembler.DOCUMENTS.contains(noun)) {
                return;
            }
            if (KIND_HEADS.contains(word) && j == start - 1) {
                continue;
            }
            if (!lexicon.organisations().contains(noun)) {
                return;
            }
            organisationsAs
                    .computeIfAbsent(noun, w -> new TreeMap<>())
                    .put(mention.span().start(), mention.canonical());
        }
    }

    /**
     * The unnamed speaker {@code ref} names; for "Another" or "A third", which leave their noun to
     * the one before, that noun and what follows it added ("One fan wrote … Another added" gives
     * "Another fan"), or null when no unnamed speaker before has a noun to lend.
     */
    private String likeTheLast(SpeakerRef ref) {
        String kin = ownersRole(ref);
        if (kin != null) {
            return kin;
        }
        String counterpart = counterpartOf(ref);
        if (counterpart != null) {
            return counterpart;
        }
        String served = servingNamed(ref);
        if (served != null) {
            return served;
        }
        String given = givenName(ref);
        if (given != null) {
            return given;
        }
        String handle = handleAfter(ref);
        if (handle != null) {
            return handle;
        }
        String[] words = ref.text().split(" ");
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        String holder = organisationsHolder(words[0].toLowerCase(Locale.ROOT), last);
        if (holder != null) {
            return holder;
        }
        String introduced = introducedLater(words[0].toLowerCase(Locale.ROOT), last, ref.offset());
        if (introduced != null) {
            return introduced;
        }
        if (!PhraseReader.ELLIPTICAL.contains(last)) {
            return ref.text();
        }
        Map.Entry<Integer, String> member = memberOfGroupBefore(ref.offset());
        int tries = 0;
        for (Map.Entry<Integer, String> speaker :
                speakers.headMap(ref.offset(), false).descendingMap().entrySet()) {
            if (++tries > UNNAMED_TRIES || member != null && speaker.getKey() < member.getKey()) {
                // "his representative said … Fans rushed to support her. One wrote": the fans
                // named since, not another representative
                break;
            }
            if (personNounOf(speaker.getValue()) != null) {
                // "one user on Weibo" … "Another" gives "Another user on Weibo"
                return ref.text() + speaker.getValue().substring(speaker.getValue().indexOf(' '));
            }
        }
        if (member == null) {
            // "“…,” one said.", "said another.": someone of a group the story never names; but
            // "One, from March 1911, describes …" opening a sentence may be one of anything
            return Character.isLowerCase(ref.text().charAt(0)) || cueRightAfter(ref)
                    ? ref.text()
                    : null;
        }
        return ref.text() + " " + member.getValue();
    }

    /** Whether a verb of speech stands right after {@code ref}: "Another tweeted, “…”". */
    private boolean cueRightAfter(SpeakerRef ref) {
        List<Token> tokens = passage.tokens();
        int next = passage.tokenAtOrAfter(ref.offset() + ref.text().length());
        return next < tokens.size()
                && !tokens.get(next).capitalized()
                && lexicon.isSpeechCue(tokens.get(next).lower());
    }

    /** Plural nouns for the people who comment on a post, beyond the group words. */
    private static final java.util.Set<String> COMMENTERS =
            java.util.Set.of("users", "commenters", "followers", "viewers", "readers", "shoppers");

    /** How many sentences back the group "One" or "Another" stands for may be named. */
    private static final int GROUP_BACK = 2;

    /**
     * One of the group named in the sentence or two before {@code offset}, in the singular, with
     * where the group is named: "Fans flooded the comments. “…,” one wrote." gives "fan". Null when
     * no group is named there.
     */
    private Map.Entry<Integer, String> memberOfGroupBefore(int offset) {
        List<Token> tokens = passage.tokens();
        int sentence = passage.sentenceAt(offset);
        int first = passage.firstToken(Math.max(0, sentence - GROUP_BACK));
        for (int k = passage.tokenAtOrAfter(offset) - 1; k >= first; k--) {
            String word = tokens.get(k).lower();
            if ((PhraseReader.GROUPS.contains(word) || COMMENTERS.contains(word))
                    && word.endsWith("s")
                    && word.length() > 3) {
                return Map.entry(tokens.get(k).start(), word.substring(0, word.length() - 1));
            }
        }
        return null;
    }

    /** Roles whose "he" or "she" in what they say is as often the one they speak for. */
    private static final java.util.Set<String> ADVOCATES =
            java.util.Set.of(
                    "lawyer", "attorney", "solicitor", "barrister", "counsel", "agent", "advocate");

    /** How many words may stand between a role phrase and its speech verb: "has told The Sun". */
    private static final int COMPLEMENT_REACH = 6;

    /** How many tokens after a role its subject's "his own" or "her own" may stand. */
    private static final int OWN_REACH = 16;

    /**
     * The gender of the pronoun a role phrase's own speech verb opens its words with: "The TV
     * presenter insists he was", "the star has told The Sun she was"; unknown without one.
     */
    private Gender complementGender(SpeakerRef ref) {
        List<Token> tokens = passage.tokens();
        int sentence = passage.sentenceAt(ref.offset());
        int k = passage.tokenAtOrAfter(ref.offset() + ref.text().length());
        for (int j = k; j + 1 < tokens.size() && j - k < OWN_REACH; j++) {
            Token token = tokens.get(j);
            if (passage.sentenceAt(token.start()) != sentence || Mark.is(token)) {
                break;
            }
            if (tokens.get(j + 1).lower().equals("own")) {
                // "The Gladiators star, 29, shared the photos on his own page": the subject's
                // own page
                if (token.lower().equals("his")) {
                    return Gender.MALE;
                }
                if (token.lower().equals("her")) {
                    return Gender.FEMALE;
                }
            }
        }
        int cue = -1;
        for (int j = k; j < tokens.size() && j - k < COMPLEMENT_REACH; j++) {
            Token token = tokens.get(j);
            if (token.type() != Token.Type.WORD || passage.sentenceAt(token.start()) != sentence) {
                break;
            }
            if (lexicon.cue(token) != null) {
                cue = j;
                break;
            }
        }
        if (cue < 0) {
            return Gender.UNKNOWN;
        }
        for (int j = cue + 1; j < tokens.size() && j - cue <= COMPLEMENT_REACH; j++) {
            Token token = tokens.get(j);
            if (token.type() != Token.Type.WORD) {
                return Gender.UNKNOWN;
            }
            switch (token.lower()) {
                case "he":
                    return Gender.MALE;
                case "she":
                    return Gender.FEMALE;
                case "that", "the":
                    continue;
                default:
                    if (!Character.isUpperCase(token.text().codePointAt(0))) {
                        return Gender.UNKNOWN;
                    }
            }
        }
        return Gender.UNKNOWN;
    }

    /** "of two", "-of-three": how many children a parent's epithet counts. */
    private static final java.util.regex.Pattern OF_NUMBER =
            java.util.regex.Pattern.compile(
                    "(?:-| of )(?:two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\b");

    /** Nouns for a parent that tabloid epithets count children by: "the mum-of-two". */
    private static final java.util.Set<String> PARENTS =
            java.util.Set.of(
                    "mother",
                    "father",
                    "mum",
                    "mom",
                    "dad",
                    "mam",
                    "grandmother",
                    "grandfather",
                    "gran",
                    "grandad",
                    "grandma",
                    "grandpa");

    /**
     * The parent's noun ("mother", "dad") when {@code ref} counts a parent's children, "The mother
     * of two", "the dad-of-three"; else null.
     */
    private String parentCounted(SpeakerRef ref, String noun) {
        String lower = noun.toLowerCase(Locale.ROOT);
        int dash = lower.indexOf("-of-");
        String parent = dash > 0 ? lower.substring(0, dash) : lower;
        if (!PARENTS.contains(parent) || !ref.text().toLowerCase(Locale.ROOT).startsWith("the ")) {
            return null;
        }
        int end = ref.offset() + ref.text().length();
        CharSequence text = passage.text();
        String rest =
                ref.text().substring(ref.text().length() - noun.length())
                        + text.subSequence(end, Math.min(text.length(), end + 12));
        java.util.regex.Matcher matcher = OF_NUMBER.matcher(rest.toLowerCase(Locale.ROOT));
        return matcher.find() && matcher.start() <= noun.length() ? parent : null;
    }

    /** Role nouns for several people together: "the family", "the couple". */
    private static final java.util.Set<String> HOUSEHOLDS =
            java.util.Set.of("family", "relatives", "couple", "parents", "children", "pair");

    /**
     * An unnamed speaker who speaks for someone the article names by a role, with that name in
     * place of the role: "a representative for the producer" for Grant Holloway is "a
     * representative for Grant Holloway", "a spokesperson for the network" "a spokesperson for
     * Lux". Null when the phrase does not end so or the role resolves to no one.
     */
    private String servingNamed(SpeakerRef ref) {
        String[] words = ref.text().split(" ");
        int n = words.length;
        if (n < 4
                || !words[n - 3].equalsIgnoreCase("for")
                || !words[n - 2].equalsIgnoreCase("the")) {
            return null;
        }
        String noun = words[n - 1].toLowerCase(Locale.ROOT);
        if (HOUSEHOLDS.contains(noun)) {
            // "a lawyer for the family" speaks for more than the one person last named
            return null;
        }
        int at = ref.offset() + ref.text().lastIndexOf(" the ") + 1;
        String role = words[n - 2] + " " + words[n - 1];
        String named;
        if (lexicon.roles().contains(noun) && !lexicon.organisations().contains(noun)) {
            named = role(new SpeakerRef(SpeakerRef.Kind.PERSON_ROLE, role, at));
        } else if (lexicon.organisations().contains(noun)) {
            // "A spokesperson for the broadcaster": the body, though a presenter is one too
            named =
                    organisation(
                            inFull(
                                    organisationNamed(
                                            new SpeakerRef(
                                                    SpeakerRef.Kind.ORGANISATION_ROLE, role, at))));
        } else {
            return null;
        }
        if (named == null
                || named.equalsIgnoreCase(role)
                || !Character.isUpperCase(named.charAt(0))) {
            return null;
        }
        return String.join(" ", java.util.Arrays.asList(words).subList(0, n - 2)) + " " + named;
    }

    /**
     * The name an unnamed speaker gives in the clause right after the phrase: "Another resident,
     * who asked to be identified only by his first name, Luis,", "a nurse who gave her name only as
     * Rosa". Null when none is given.
     */
    private String givenName(SpeakerRef ref) {
        List<Token> tokens = passage.tokens();
        int from = passage.tokenAtOrAfter(ref.offset() + ref.text().length());
        if (from >= tokens.size()
                || !tokens.get(from).is(',') && !tokens.get(from).lower().equals("who")) {
            return null;
        }
        int end = passage.firstToken(passage.sentenceAt(ref.offset()) + 1);
        for (int k = from; k + 2 < end && k - from <= GIVEN_NAME_REACH; k++) {
            Token token = tokens.get(k);
            if (Mark.is(token)) {
                return null;
            }
            if (token.lower().equals("is")
                    && k > from
                    && lexicon.cue(tokens.get(k - 1)) != null
                    && tokens.get(k + 1).capitalized()
                    && PhraseReader.possessive(tokens.get(k + 1))) {
                // "A voice, which the family says is Thornberry’s,": not "one user on Weibo,
                // which is China’s version of Twitter"
                String owner = tokens.get(k + 1).text();
                String person = names.fullest(owner.substring(0, owner.length() - 2), ref.offset());
                if (names.isPerson(person)) {
                    return person;
                }
            }
            if (!token.lower().equals("name") && !token.lower().equals("identified")) {
                continue;
            }
            int n = k + 1;
            while (n < end && GIVEN_NAME_FILLERS.contains(tokens.get(n).lower())) {
                // "identified himself only as", "gave her name simply as"
                n++;
            }
            if (n < end && (tokens.get(n).is(',') || tokens.get(n).lower().equals("as"))) {
                n++;
            }
            if (n + 1 < end && lexicon.names().honorifics().contains(tokens.get(n).lower())) {
                // "who identified himself only as Mr Kumar"
                n++;
            }
            if (n < end && tokens.get(n).capitalized() && lexicon.cue(tokens.get(n)) == null) {
                return names.fullest(tokens.get(n).text(), ref.offset());
            }
        }
        return null;
    }

    /** Words between "name" or "identified" and the name given: "himself only as". */
    private static final java.util.Set<String> GIVEN_NAME_FILLERS =
            java.util.Set.of("only", "simply", "just", "himself", "herself", "themselves");

    /** How many tokens after an unnamed speaker the name they give may come. */
    private static final int GIVEN_NAME_REACH = 16;

    /**
     * The user name an unnamed poster is given right after the phrase: "a user called mossbelly",
     * "a user named oddball_support", "Another, posting as @saltmarshsiren,", "Another user,
     * posting on X as @cyclesandsyntax,". Null when none is.
     */
    private String handleAfter(SpeakerRef ref) {
        List<Token> tokens = passage.tokens();
        int k = passage.tokenAtOrAfter(ref.offset() + ref.text().length());
        if (k < tokens.size() && tokens.get(k).is(',')) {
            k++;
        }
        String noun =
                ref.text().substring(ref.text().lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        if (k + 1 < tokens.size()
                && HANDLE_NAMING.contains(tokens.get(k).lower())
                && SubjectReader.POSTERS.contains(noun)) {
            k++;
        } else if (k + 2 < tokens.size() && POSTING.contains(tokens.get(k).lower())) {
            k++;
            if (k + 2 < tokens.size()
                    && tokens.get(k).lower().equals("on")
                    && tokens.get(k + 1).capitalized()) {
                // "posting on X as @cyclesandsyntax"
                k += 2;
            }
            if (!tokens.get(k).lower().equals("as")) {
                return null;
            }
            k++;
        } else {
            return null;
        }
        Token name = tokens.get(k);
        boolean handle =
                name.type() == Token.Type.WORD
                        && (name.text().startsWith("@")
                                || !name.capitalized()
                                || name.text()
                                        .chars()
                                        .anyMatch(c -> c == '_' || Character.isDigit(c)));
        return handle ? name.text() : null;
    }

    /** Words that give a poster's user name: "a user called mossbelly". */
    private static final java.util.Set<String> HANDLE_NAMING = java.util.Set.of("called", "named");

    /** Verbs before "as" and a user name: "posting as @saltmarshsiren". */
    private static final java.util.Set<String> POSTING =
            java.util.Set.of("posting", "posts", "posted", "writing", "commenting", "going");

    /**
     * The person a lede's "A coroner has said …" goes on to name in that role ("Area coroner Helen
     * Brackley said"): before anyone is named, an indefinite role noun, not an anonymous source's,
     * with one holder named within a few sentences after. Null otherwise.
     */
    private String introducedLater(String article, String noun, int offset) {
        if (!article.equals("a") && !article.equals("an")
                || lexicon.anonymous().contains(noun)
                || !people.headMap(offset, false).isEmpty()) {
            return null;
        }
        NavigableMap<Integer, String> holders = roleHolders.get(noun);
        if (holders == null) {
            return null;
        }
        java.util.Set<String> named = namedInRoleAfter(holders, noun, offset);
        if (named.isEmpty()) {
            // "…has avoided jail, with a magistrate warning him he had come “very close”" and,
            // paragraphs on, "Magistrate Helen Carruthers": before anyone is named, the one
            // holder of the role the whole story names
            named = new java.util.HashSet<>(holders.tailMap(offset, false).values());
        }
        return named.size() == 1 ? named.iterator().next() : null;
    }

    /** Those named as holders of role {@code noun} within a few sentences after {@code offset}. */
    private java.util.Set<String> namedInRoleAfter(
            NavigableMap<Integer, String> holders, String noun, int offset) {
        java.util.Set<String> named = new java.util.HashSet<>();
        for (Map.Entry<Integer, String> holder : holders.tailMap(offset, false).entrySet()) {
            if (passage.sentenceAt(holder.getKey()) - passage.sentenceAt(offset) > NAMED_AFTER) {
                break;
            }
            if (!holder.getValue().toLowerCase(Locale.ROOT).endsWith(" " + noun)) {
                // "Preston Coroner’s Court" names no coroner
                named.add(holder.getValue());
            }
        }
        return named;
    }

    /**
     * The one person the article introduces in the role an organisation's "its" or "their" names:
     * "what its finance chief called “a perfect storm”" where "finance chief Rebecca
     * Ashworth-Singh" is named; null when no one or several hold it.
     */
    private String organisationsHolder(String owner, String noun) {
        if (!owner.equals("its") && !owner.equals("their")) {
            return null;
        }
        NavigableMap<Integer, String> holders = roleHolders.get(noun);
        if (holders == null || new java.util.HashSet<>(holders.values()).size() != 1) {
            return null;
        }
        return holders.firstEntry().getValue();
    }

    /** The person noun of an unnamed speaker ("fan" in "One fan"), or null. */
    private String personNounOf(String speaker) {
        String[] words = speaker.toLowerCase(Locale.ROOT).split(" ");
        if (words.length < 2 || !PhraseReader.UNNAMING.contains(words[0]) && !ownedByName(words)) {
            return null;
        }
        // the last noun before a complement: "the prime minister’s official spokesperson"
        String noun = null;
        for (int k = 1; k < words.length; k++) {
            if (lexicon.roles().contains(words[k]) || lexicon.anonymous().contains(words[k])) {
                noun = words[k];
            } else if (PhraseReader.COMPLEMENTS.contains(words[k])) {
                break;
            }
        }
        return noun;
    }

    /**
     * Whether an unnamed speaker's lower-cased words say whose they are: "the prime minister’s
     * official spokesperson" introduces someone as surely as "a spokesperson" does.
     */
    private static boolean ownedByName(String[] words) {
        if (!words[0].equals("the")) {
            return false;
        }
        for (int k = 1; k + 1 < words.length; k++) {
            if (words[k].endsWith("’s") || words[k].endsWith("'s")) {
                return true;
            }
        }
        return false;
    }

    /** How many characters may stand between a role and the name apposed to it: ", Rep. ". */
    private static final int APPOSED_GAP = 8;

    /** Words that join a role to what it is in charge of: "inspector of prisons". */
    private static final java.util.Set<String> ROLE_COMPLEMENTS = java.util.Set.of("of", "for");

    /** How many words may follow a role's "of" before its apposed name: "of the national park". */
    private static final int COMPLEMENT_WORDS = 4;

    /**
     * Whether the text from {@code from} to {@code to} is all that stands between a role and the
     * name apposed to it: a comma and perhaps a title, after what the role is in charge of, if
     * anything, in lower case ("The chief inspector of prisons, Dame Alison Greer").
     */
    private boolean apposedGap(int from, int to) {
        List<Token> tokens = passage.tokens();
        int k = passage.tokenAtOrAfter(from);
        if (k >= 0 && k < tokens.size() && ROLE_COMPLEMENTS.contains(tokens.get(k).lower())) {
            int words = 0;
            int j = k + 1;
            while (j < tokens.size()
                    && words < COMPLEMENT_WORDS
                    && tokens.get(j).type() == Token.Type.WORD
                    && !tokens.get(j).capitalized()) {
                j++;
                words++;
            }
            if (words > 0 && j < tokens.size() && tokens.get(j).is(',')) {
                from = tokens.get(j).start();
            }
        }
        return to - from <= APPOSED_GAP;
    }

    /**
     * The unnamed subject of the sentence before {@code ref}'s when {@code noun} names it again: "A
     * spokesperson for Teague-Whitman" for "the spokesperson". Null otherwise.
     */
    private String sameUnnamedSubject(SpeakerRef ref, String noun) {
        int sentence = passage.sentenceAt(ref.offset());
        String subject = sentence == 0 ? null : unnamedSubject(sentence - 1);
        String held = subject == null ? null : personNounOf(subject);
        return held != null && (lexicon.strictlySameRole(noun, held) || compoundOf(held, noun))
                ? subject
                : null;
    }

    /** Nouns that point back to whichever unnamed source spoke last: "the person said". */
    private static final java.util.Set<String> ANYONE_UNNAMED =
            java.util.Set.of("person", "people");

    /** How many earlier speakers an unnamed source is looked for among. */
    private static final int UNNAMED_TRIES = 8;

    /**
     * "A source close to the couple said … the insider added": the unnamed speaker before {@code
     * offset}, within reach, introduced by {@code noun} or a noun of its family, or null.
     */
    private String unnamedBefore(int offset, String noun) {
        Map.Entry<Integer, String> introduced = unnamedEntryBefore(offset, noun);
        return introduced != null ? introduced.getValue() : null;
    }

    /** Where and as what {@link #unnamedBefore} finds its speaker, or null. */
    private Map.Entry<Integer, String> unnamedEntryBefore(int offset, String noun) {
        int sentence = passage.sentenceAt(offset);
        int tries = 0;
        for (Map.Entry<Integer, String> entry :
                speakers.headMap(offset, false).descendingMap().entrySet()) {
            if (++tries > UNNAMED_TRIES
                    || sentence - passage.sentenceAt(entry.getKey()) > 2 * REACH) {
                return null;
            }
            String held = personNounOf(entry.getValue());
            if (held != null
                    && (lexicon.strictlySameRole(noun, held)
                            || ANYONE_UNNAMED.contains(noun)
                            || compoundOf(held, noun))) {
                // "One senior executive at a large UK lender … said … “…,” the person said";
                // "An eyewitness told TMZ … “…,” the witness said"
                return entry;
            }
        }
        return null;
    }

    /** Whether {@code held} is {@code noun} with a word before it: "eyewitness" for "witness". */
    private static boolean compoundOf(String held, String noun) {
        return noun.length() >= COMPOUND_HEAD
                && held.length() > noun.length()
                && held.endsWith(noun);
    }

    /** How long the noun a compound ends in must be: "witness", not "man" in "chairman". */
    private static final int COMPOUND_HEAD = 5;

    /** Whether {@code token} is written as a verb ("mocks", "slammed") and is no role word. */
    private boolean finiteVerb(Token token) {
        return PhraseReader.writtenAsVerb(token) && !lexicon.roles().contains(token.bare());
    }

    /** Prepositions that make the name after them another's: "a pal of Gareth". */
    private static final java.util.Set<String> NAME_OBJECT_PREPOSITIONS =
            java.util.Set.of("of", "for", "to", "with", "from", "by", "at");

    /**
     * Notes the role nouns written around a person's name ("actor Kit Connor", "Ana Ruiz, a
     * spokeswoman for the council,"), so that "the actor" and "the spokeswoman" find them again.
     */
    private void indexRoles(Mention mention) {
        int sentence = passage.sentenceAt(mention.span().start());
        int first = passage.firstToken(sentence);
        int end = passage.firstToken(sentence + 1);
        int at = passage.tokenAtOrAfter(mention.span().start());
        int after = passage.tokenAtOrAfter(mention.span().end());
        List<Token> tokens = passage.tokens();
        spelledOffice(tokens, at, first, mention);
        String party = partyAfter(mention.span().end());
        if (party != null) {
            // "Sen. Alicia Montoya-Greer (D-N.M.)" is the one "the New Mexico Democrat" names
            holds(party, mention);
            java.util.regex.Matcher state =
                    PARTY_STATE
                            .matcher(passage.text())
                            .region(mention.span().end(), passage.text().length());
            if (state.lookingAt()) {
                partyStates.put(mention.canonical(), state.group(1).strip());
            }
        }
        for (int k = at; k < after; k++) {
            // "U.S. District Judge Nina Ode" read as one name: its title is a role too
            holds(tokens.get(k), mention);
        }
        boolean apposed = false;
        int comma = at - 1;
        while (comma > first
                && (tokens.get(comma).is('.')
                        || lexicon.names().courtesyTitle(tokens.get(comma))
                        || STYLE_OWNERS.contains(tokens.get(comma).text())
                                && lexicon.names()
                                        .honorifics()
                                        .contains(tokens.get(comma + 1).lower()))) {
            // "The Assembly co-author, Rep. Carla Jimenez-Ruiz", "…, Dame Alison Greer", "The
            // presiding judge, Her Honour Mrs Patience Quaye": a title between
            comma--;
        }
        int noun = comma - 1;
        for (int k = comma - 1; k - 1 > first && comma - k <= COMPLEMENT_WORDS + 1; k--) {
            if (tokens.get(k).type() != Token.Type.WORD || tokens.get(k).capitalized()) {
                break;
            }
            if (ROLE_COMPLEMENTS.contains(tokens.get(k).lower())) {
                // "The chief inspector of prisons, Dame Alison Greer,"
                noun = k - 1;
                break;
            }
        }
        if (noun >= first
                && (tokens.get(comma).is(',')
                        || tokens.get(comma).is('–')
                        || tokens.get(comma).is('—'))
                && apposedAfter(tokens, noun, first)) {
            // "The building safety minister, Daniel Okafor-Brett, was…", "Its chair, Graham
            // Whitcombe, gave … to the minister’s party", "My dad – Gary Abernathy – called":
            // the role apposed before the name
            holds(tokens.get(noun), mention);
            if (noun - 2 >= first
                    && tokens.get(noun - 1).lower().equals("and")
                    && lexicon.roles().contains(tokens.get(noun - 2).bare())) {
                // "the band’s drummer and co-founder, Kenji Alvarado-Sato": both roles
                holds(tokens.get(noun - 2), mention);
            }
            apposed = true;
        }
        int bracketed = 0;
        for (int k = at - 1; k >= first && at - k - bracketed <= ROLE_BEFORE; k--) {
            Token token = tokens.get(k);
            int opening = parenthesisedHonorific(tokens, k, first);
            if (opening >= 0) {
                // "Senator (Dr.) Chukwuemeka Nwosu": past the honorific in brackets to the role
                bracketed += k - opening + 1;
                k = opening;
                continue;
            }
            if (token.type() == Token.Type.PUNCT && !token.is('.') || lexicon.cue(token) != null) {
                // "“…?” a reporter asked Venkataraman": the noun before the verb is someone else
                break;
            }
            if (finiteVerb(token)) {
                // "Saudi prince mocks Trump on Twitter": a verb between, so the role is the
                // subject's, not the name's
                break;
            }
            if (k == at - 1 && NAME_OBJECT_PREPOSITIONS.contains(token.lower())) {
                // "A pal of Gareth told The Sun", "A rep for Nadia said": the noun is someone
                // close to the person, not the person
                break;
            }
            if (k == at - 1
                    && titleInitials(token)
                    && !(k > 0 && ROLE_COMPLEMENT_JOINERS.contains(tokens.get(k - 1).lower()))) {
                // "Bathinda SSP Harjeet Singh Brar", "CP Aminu Tsafe": an office in initials
                // right before the name is the one "the SSP" names later
                holdsOffice(token.lower(), mention);
            }
            if (token.capitalized()
                    && !lexicon.roles().contains(token.bare())
                    && !NameLexicon.SHORT_TITLES.containsKey(token.bare())) {
                java.util.Set<String> demonymNouns = lexicon.demonyms().get(token.lower());
                if (demonymNouns != null) {
                    // "Europe's Irish captain Seamus Kearney … the Irishman said"
                    demonymNouns.forEach(called -> holdsOffice(called, mention));
                    continue;
                }
                if (lexicon.names().honorifics().contains(token.lower())) {
                    if (token.lower().equals("justice")) {
                        // "Justice Farrukh Nadeem Jafri … “…,” the judge remarked"
                        holds("judge", mention);
                    }
                    // "Governor Datuk Seri Hafiz Zulkarnain": past the honorifics to the role
                    continue;
                }
                if (k > first
                        && !tokens.get(k + 1).capitalized()
                        && !tokens.get(k - 1).capitalized()
                        && lexicon.roles().contains(tokens.get(k - 1).lower())) {
                    // "veteran French goalkeeper Hugo Lloris": one capitalised word between two
                    // role words is the second's modifier, and the first a role too
                    continue;
                }
                int role = roleServing(tokens, k, first);
                if (role < 0) {
                    // "Judge Nina Ode sentenced Carl Voss": another name ends the reach
                    break;
                }
                // "China’s ambassador to Britain Liu Xiaming": the role before whom it serves
                k = role;
                token = tokens.get(k);
            }
            holds(token, mention);
            holdsLetters(tokens, k, mention);
        }
        if (apposed || after >= end || !introduces(tokens.get(after))) {
            // "Ivo Brandt treated the patient": a noun after the verb is someone else; after a
            // role apposed before the name, the comma after it closes the apposition.
            return;
        }
        for (int k = after; k < end && k - after <= ROLE_AFTER; k++) {
            Token token = tokens.get(k);
            if (Mark.familyOf(token.text().charAt(0)) != null
                    || lexicon.cue(token) != null
                    || token.is(';')
                    || PhraseReader.RELATIVE_PRONOUNS.contains(token.lower())) {
                // "Dempsey, who treated the patient,": the nouns of a clause about the
                // person are others.
                break;
            }
            if (subjectOfCue(tokens, k + 1, end)) {
                // "…portrays Nick Nelson, the actor shared", "At a press conference in Chelsea,
                // the mayor also said": the noun starts a clause of its own.
                break;
            }
            if (personStarts.contains(token.start())) {
                // "front-runners Clinton, Trump and Cruz, the Texas senator": the roles after
                // another name are that person's
                break;
            }
            holds(token, mention);
            holdsLetters(tokens, k, mention);
        }
    }

    /** Whether a cue verb comes at token {@code k}, past adverbs and auxiliaries: "also said". */
    private boolean subjectOfCue(List<Token> tokens, int k, int end) {
        while (k < end && SubjectReader.SKIPPED_WORDS.contains(tokens.get(k).lower())) {
            k++;
        }
        return k < end && lexicon.cue(tokens.get(k)) != null;
    }

    /** The possessives of a style of address: "Her Honour", "His Excellency". */
    private static final java.util.Set<String> STYLE_OWNERS = java.util.Set.of("Her", "His");

    /**
     * Whether token {@code noun} is a lower-case role noun that ends a noun phrase opening its
     * sentence with a determiner or possessive: "<i>The building safety minister</i>, Daniel
     * Okafor-Brett," or "<i>Its chair</i>, Graham Whitcombe,".
     */
    private boolean apposedAfter(List<Token> tokens, int noun, int first) {
        Token token = tokens.get(noun);
        if (token.capitalized() || !lexicon.roles().contains(token.bare())) {
            return false;
        }
        for (int k = noun - 1; k >= first && noun - k <= ROLE_BEFORE; k--) {
            Token word = tokens.get(k);
            if (PhraseReader.DETERMINERS.contains(word.lower()) || PhraseReader.possessive(word)) {
                // "The building safety minister, Daniel Okafor-Brett," and, as an object,
                // "Ode questioned the defendant, Tom Reed."
                return true;
            }
            if (k == first || word.type() == Token.Type.PUNCT) {
                return false;
            }
        }
        return false;
    }

    /**
     * Where the role noun stands when the capitals ending at token {@code k} are whom it serves
     * ("ambassador to <i>Britain</i>", "head of the <i>World Bank</i>"), or -1.
     */
    private int roleServing(List<Token> tokens, int k, int first) {
        int j = k;
        while (j > first && k - j < ROLE_AFTER && tokens.get(j).capitalized()) {
            j--;
        }
        if (j > first && tokens.get(j).lower().equals("the")) {
            j--;
        }
        return j > first
                        && PhraseReader.servingRole(
                                lexicon, tokens.get(j - 1).lower(), tokens.get(j).text())
                ? j - 1
                : -1;
    }

    /** Copulas that say what a person is: "Ana Ruiz is a nurse". */
    private static final java.util.Set<String> COPULAS =
            java.util.Set.of("is", "was", "became", "remains", "’s", "'s");

    /**
     * Whether the token after a name starts what the person is: an appositive ("Ana Ruiz, a
     * spokeswoman", "Ana Ruiz (the mother of…)") or a copula.
     */
    private static boolean introduces(Token token) {
        return token.is(',') || token.is('(') || COPULAS.contains(token.lower());
    }

    /** How many sentences after a role noun its holder may be named. */
    private static final int NAMED_AFTER = 5;

    /** The letters that stand for a chief officer's title: "chief financial officer" is "cfo". */
    private static final Map<String, String> CHIEF_OFFICERS =
            Map.of(
                    "executive", "ceo",
                    "financial", "cfo",
                    "operating", "coo",
                    "technology", "cto",
                    "information", "cio",
                    "marketing", "cmo");

    /**
     * Notes a chief officer's letters where token {@code k} ends the title written out: "Chief
     * Financial Officer Malin Ekdahl" is the one "the CFO" later names.
     */
    private void holdsLetters(List<Token> tokens, int k, Mention mention) {
        String word = tokens.get(k).lower();
        String kind = k > 0 ? tokens.get(k - 1).lower() : "";
        if (word.equals("executive") && kind.equals("chief")) {
            holds("ceo", mention);
        } else if (word.equals("officer")
                && k > 1
                && tokens.get(k - 2).lower().equals("chief")
                && CHIEF_OFFICERS.containsKey(kind)) {
            holds(CHIEF_OFFICERS.get(kind), mention);
        }
    }

    private void holds(Token token, Mention mention) {
        String word = token.bare();
        int before = passage.tokenAtOrAfter(token.start()) - 1;
        if (before >= 0
                && SECOND_IN_RANK.contains(passage.tokens().get(before).lower())
                && !SECOND_IN_RANK.contains(word)) {
            // "Vice President Joe Biden" is no "former president": the office second to the one
            // named
            return;
        }
        holds(
                token.capitalized() ? NameLexicon.SHORT_TITLES.getOrDefault(word, word) : word,
                mention);
        if (word.equals("attorney")) {
            int k = passage.tokenAtOrAfter(token.start()) - 1;
            if (k > 0 && passage.tokens().get(k).is('.')) {
                k--;
            }
            if (k >= 0 && PROSECUTING.contains(passage.tokens().get(k).bare())) {
                // "Assistant District Attorney Karen Mbeki" is "the prosecutor"
                holds("prosecutor", mention);
            }
        }
    }

    /**
     * Words that make an office the one below it: "Vice President", "Vice Chancellor". Not
     * "deputy": a "Deputy Commissioner" is often "the commissioner" or "the officer" after.
     */
    private static final java.util.Set<String> SECOND_IN_RANK = java.util.Set.of("vice");

    /** What makes an attorney the state's: "District Attorney", "U.S. Attorney". */
    private static final java.util.Set<String> PROSECUTING =
            java.util.Set.of("district", "u.s", "us", "state", "county", "crown");

    /** Words that end a role's complement before initials: "Minister for Electronics and IT". */
    private static final java.util.Set<String> ROLE_COMPLEMENT_JOINERS =
            java.util.Set.of("and", "of", "for", "&");

    /** How many letters an office written in initials before a name runs: "CP", "SSP", "ADG". */
    private static final int OFFICE_INITIALS = 4;

    /**
     * Notes the initials of an office written out in capitals before a name, with or without a
     * comma, a short title and a complement between ("The Police Public Relations Officer in the
     * state, SP Halima Onoja-Yusuf", "Deputy Inspector General of Police Syed Faisal Kamran", "The
     * Member of Parliament for Amansie South, Hon. Kwabena Asante-Boateng"): the one "the PPRO",
     * "the DIG" or "the MP" later names. Initials are taken up to each "of", "for" or "in" and to
     * the end of the office.
     */
    private void spelledOffice(List<Token> tokens, int at, int first, Mention mention) {
        int k = at - 1;
        while (k >= first
                && (tokens.get(k).is('.')
                        || titleInitials(tokens.get(k))
                        || NameLexicon.SHORT_TITLES.containsKey(tokens.get(k).bare())
                        || tokens.get(k).capitalized()
                                && lexicon.names().honorifics().contains(tokens.get(k).lower())
                                && !lexicon.roles().contains(tokens.get(k).lower()))) {
            // "SP", "Hon.", "Mrs": titles, not the office (but "Service spokesperson" is no
            // office written out, and "Principal Secretary" is one)
            k--;
        }
        if (k > first && tokens.get(k).capitalized() && tokens.get(k - 1).is(')')) {
            // "(Operations) Syed Faisal Kamran": a first word the name was read without
            k--;
        }
        if (k >= first && tokens.get(k).is(')')) {
            // "Deputy Inspector General of Police (Operations) Syed Faisal Kamran": the office's
            // branch in brackets
            int open = k - 1;
            while (open >= first && k - open <= OFFICE_WORDS && !tokens.get(open).is('(')) {
                open--;
            }
            if (open >= first && tokens.get(open).is('(')) {
                k = open - 1;
            }
        }
        if (k >= first && tokens.get(k).is(',')) {
            k--;
            int complement = k;
            while (complement >= first
                    && k - complement < OFFICE_COMPLEMENT
                    && !tokens.get(complement).capitalized()
                    && !OFFICE_JOINERS.contains(tokens.get(complement).lower())) {
                complement--;
            }
            if (complement >= first && OFFICE_JOINERS.contains(tokens.get(complement).lower())) {
                // "… Officer in the state,": the complement after the office
                k = complement - 1;
            }
        }
        int end = k;
        while (k >= first
                && end - k < OFFICE_WORDS
                && (tokens.get(k).capitalized() && tokens.get(k).type() == Token.Type.WORD
                        || OFFICE_JOINERS.contains(tokens.get(k).lower()))) {
            k--;
        }
        while (k + 1 < end && lexicon.names().portfolios().contains(tokens.get(k + 1).lower())) {
            // "Agriculture Principal Secretary Dr Paul Rono" is "the PS": the portfolio before
            // the office is no letter of it
            k++;
        }
        StringBuilder letters = new StringBuilder();
        for (int j = k + 1; j <= end; j++) {
            Token token = tokens.get(j);
            boolean joiner = OFFICE_JOINERS.contains(token.lower());
            if (!joiner && token.capitalized() && !token.lower().equals("the")) {
                letters.append(Character.toLowerCase(token.text().charAt(0)));
            }
            boolean ends = j == end || OFFICE_JOINERS.contains(tokens.get(j + 1).lower());
            if (!joiner && ends && letters.length() >= 2) {
                // only to be found by its letters: no role the person is otherwise introduced in
                roleHolders
                        .computeIfAbsent(letters.toString(), w -> new TreeMap<>())
                        .putIfAbsent(mention.span().start(), mention.canonical());
            }
        }
    }

    /** Words that join the parts of an office written out: "Member of Parliament for …". */
    private static final java.util.Set<String> OFFICE_JOINERS =
            java.util.Set.of("of", "for", "in", "and");

    /** How many capitalised words and joiners an office written out may run. */
    private static final int OFFICE_WORDS = 8;

    /** How many words a complement after an office may run before its comma: "in the state". */
    private static final int OFFICE_COMPLEMENT = 4;

    /** Whether a token is an office in initials: two to four capitals, no post-nominal. */
    private static boolean titleInitials(Token token) {
        return NameLexicon.initials(token.text(), OFFICE_INITIALS)
                && !NameLexicon.POST_NOMINALS.contains(token.text());
    }

    private void holds(String word, Mention mention) {
        if (lexicon.roles().contains(word)
                || lexicon.anonymous().contains(word)
                || word.equals("head")) {
            // "head" only in "the head of the IMF", which names whom the role serves
            holdsOffice(word, mention);
        }
        if (word.startsWith("co-") && INTERVIEWERS.contains(word.substring(3))) {
            // "told co-anchor David Okoro … the anchor said": a co-host is a host (but a co-star
            // is not "the star", nor a co-founder "the founder", whom the story is about)
            holdsOffice(word.substring(3), mention);
        }
    }

    /**
     * The index of the opening bracket of an honorific in brackets that closes at token {@code k},
     * "(Dr.)" or "(Mrs)", or -1 when {@code k} closes no such thing.
     */
    private int parenthesisedHonorific(List<Token> tokens, int k, int first) {
        if (!tokens.get(k).is(')')) {
            return -1;
        }
        for (int j = k - 1; j >= first && k - j <= BRACKETED_HONORIFIC_TOKENS; j--) {
            Token token = tokens.get(j);
            if (token.is('(')) {
                return j < k - 1 ? j : -1;
            }
            if (!token.is('.') && !lexicon.names().honorifics().contains(token.lower())) {
                return -1;
            }
        }
        return -1;
    }

    /** How many tokens an honorific in brackets spans with its brackets: "(", "Dr", ".", ")". */
    private static final int BRACKETED_HONORIFIC_TOKENS = 3;

    /** Notes that {@code mention} was introduced holding {@code word}. */
    private void holdsOffice(String word, Mention mention) {
        roleHolders
                .computeIfAbsent(word, k -> new TreeMap<>())
                .put(mention.span().start(), mention.canonical());
        rolesHeld.computeIfAbsent(mention.canonical(), k -> new java.util.HashSet<>()).add(word);
    }

    /**
     * Whether {@code person} was introduced by {@code noun} itself, not only by a noun of its
     * family: "Chief executive Matthias Brandt" is "the chief executive", "Finance chief Stefan
     * Keller" only of the same family. (A holder so introduced who has spoken keeps the role; one
     * only mentioned, as "fellow actor Joe Locke" in the seed, yields it to the one quoted since.)
     */
    private boolean holdsExactly(String person, String noun) {
        java.util.Set<String> held = rolesHeld.get(person);
        return held != null && held.contains(noun);
    }

    /**
     * Whether {@code person} answers to {@code noun} only by a word any politician answers to:
     * "Opposition Leader Karen Whitfield" is no "premier", however recently she spoke, when the
     * story introduced its premier as one.
     */
    private boolean onlyAsAnyPolitician(String person, String noun) {
        java.util.Set<String> held = rolesHeld.get(person);
        return held != null
                && held.stream()
                        .filter(role -> lexicon.strictlySameRole(noun, role))
                        .allMatch(ANY_POLITICIAN::contains);
    }

    /** How many people a role noun passes over who were introduced in other roles. */
    private static final int ROLE_TRIES = 3;

    /**
     * The person before {@code offset} whom {@code noun} can name: the nearest compatible one,
     * passing over people introduced only in other roles ("the actress" is not the host who
     * interviewed her).
     */
    private String lastInRole(int offset, Gender gender, String noun) {
        int before = offset;
        for (int tries = 0; tries < ROLE_TRIES; tries++) {
            String person = lastPersonBefore(before, gender);
            if (person == null || playsRole(person, noun)) {
                return person;
            }
            before = lastMentionBefore(person, before);
            if (before < 0) {
                return null;
            }
        }
        return null;
    }

    /**
     * Who a role no one was introduced in points at, given {@code person}, the last one named who
     * may play it: when that person has not spoken and was last named only after a preposition, and
     * someone who may play it spoke within reach, the one who spoke, whom the story follows
     * ("Mourinho: ‘…’ … Goals from Willian and Mason Mount … “…,” the Spurs boss told Sky Sports"
     * is Mourinho's).
     */
    private String followed(int offset, Gender gender, String noun, String person) {
        NavigableMap<Integer, String> before = speakers.headMap(offset, false);
        int named = lastMentionBefore(person, offset);
        if (before.containsValue(person) || named < 0 || !objectOfPreposition(named)) {
            // "Lampard was delighted. “…,” said the Chelsea manager": named as a subject since
            return person;
        }
        int sentence = passage.sentenceAt(offset);
        for (Map.Entry<Integer, String> spoke : before.descendingMap().entrySet()) {
            if (sentence - passage.sentenceAt(spoke.getKey()) > 2 * REACH) {
                break;
            }
            String speaker = spoke.getValue();
            if (people.containsValue(speaker)
                    && !organisationNames.contains(speaker)
                    && agrees(speaker, gender)
                    && playsRole(speaker, noun)) {
                return speaker;
            }
        }
        return person;
    }

    /** Nouns that, after "the" and a place or nationality, make an epithet: "the Cork native". */
    private static final java.util.Set<String> EPITHET_NOUNS =
            java.util.Set.of(
                    "man",
                    "woman",
                    "boy",
                    "girl",
                    "teen",
                    "mother",
                    "father",
                    "native",
                    "resident",
                    "star",
                    "actor",
                    "actress",
                    "singer",
                    "player",
                    "boxer",
                    "fighter",
                    "striker",
                    "midfielder",
                    "forward",
                    "defender",
                    "goalkeeper",
                    "winger",
                    "rider",
                    "driver",
                    "golfer",
                    "youngster",
                    "teenager");

    /** Prepositions before a place named as where someone is from or goes: "back to Cork". */
    private static final java.util.Set<String> LOCATING =
            java.util.Set.of("in", "from", "to", "near", "outside", "of");

    /**
     * The person last tied to {@code place} before {@code offset} who fits {@code gender}: named in
     * a sentence that names the place after a preposition, else the speaker of the quotation that
     * does ("I was flying back to Cork every weekend"). Null when no sentence names it so.
     */
    private String placedBefore(String place, int offset, Gender gender) {
        if (place.isEmpty()
                || !Character.isUpperCase(place.codePointAt(0))
                || organisationStartingWith(place) != null) {
            // "the former Ashbourne defender" after Ashbourne City: a club, not where one is from
            return null;
        }
        for (int s = passage.sentenceAt(offset) - 1; s >= 0; s--) {
            List<Token> tokens = passage.tokensOf(s);
            boolean names = false;
            for (int k = 1; k < tokens.size(); k++) {
                // "back to Cork", "grew up in Cork": the place as a place, not "former Ashbourne
                // striker", a club's name
                names |=
                        tokens.get(k).text().equals(place)
                                && LOCATING.contains(tokens.get(k - 1).lower());
            }
            if (!names) {
                continue;
            }
            Span span = passage.sentences().get(s).span();
            Map.Entry<Integer, String> named =
                    people.subMap(span.start(), true, span.end(), false).lastEntry();
            if (named != null) {
                return agrees(named.getValue(), gender) ? named.getValue() : null;
            }
            Map.Entry<Integer, String> saying = speakers.floorEntry(span.start());
            if (inMarks.covers(span)
                    && saying != null
                    && people.containsValue(saying.getValue())
                    && agrees(saying.getValue(), gender)) {
                return saying.getValue();
            }
            return null;
        }
        return null;
    }

    /**
     * Whether a role phrase is an epithet for someone already in the story: "the" and a capitalised
     * place or nationality before a noun any such person answers to ("the Salford man", "the Irish
     * star"), not an organisation's role ("the Labour leader", "the BBC presenter").
     */
    private boolean epithet(String[] words, int noun) {
        if (noun < 2
                || !words[0].equalsIgnoreCase("the")
                || !EPITHET_NOUNS.contains(words[noun].toLowerCase(Locale.ROOT))) {
            return false;
        }
        StringBuilder modifier = new StringBuilder();
        for (int k = 1; k < noun; k++) {
            if (Character.isUpperCase(words[k].codePointAt(0))) {
                modifier.append(modifier.isEmpty() ? "" : " ").append(words[k]);
            }
        }
        String name = modifier.toString();
        return !name.isEmpty()
                && !organisationNames.contains(name)
                && lexicon.names().knownOutlet(name) == null
                && !known.contains(name.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether {@code person} is a person introduced in no role, or in one {@code noun} can name.
     */
    private boolean playsRole(String person, String noun) {
        String described = personNounOf(person);
        if (described != null) {
            // "A rep for Nadia" is no presenter
            return lexicon.strictlySameRole(noun, described);
        }
        if (describedOnly(person)) {
            // "one reporter" is "the reporter", never "the 54-year-old former wicketkeeper"
            String[] words = person.split(" ");
            return lexicon.strictlySameRole(noun, words[words.length - 1].toLowerCase(Locale.ROOT));
        }
        if (INTRODUCED_ONLY.contains(noun)) {
            // "Donald Trump was asked a question. “…,” the moderator said": one who puts the
            // questions is only someone introduced so, never the one the story follows; nor is
            // "the RNC member" whoever was named last or a Republican
            return introducedStrictlyAs(person, noun);
        }
        return !organisationNames.contains(person)
                && (!rolesHeld.containsKey(person) || introducedAs(person, noun));
    }

    /**
     * Roles that point only at someone introduced in them: those who put the questions to the
     * people a story is about, and a body's member.
     */
    private static final java.util.Set<String> INTRODUCED_ONLY =
            java.util.Set.of("moderator", "moderators", "interviewer", "questioner", "member");

    /** Whether {@code person} was introduced in a role {@code noun} can name. */
    private boolean introducedAs(String person, String noun) {
        java.util.Set<String> held = rolesHeld.get(person);
        if (held == null) {
            return false;
        }
        for (String role : held) {
            if (lexicon.sameRole(noun, role)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code person} was introduced by {@code noun} or one of its family: "Senator Mark
     * Jensen" was not introduced as the governor, though neither noun has a family. A party names
     * only its own members: "House Speaker Gordon Tillman (R-Ind.)" is no Democrat.
     */
    private boolean introducedStrictlyAs(String person, String noun) {
        java.util.Set<String> held = rolesHeld.get(person);
        return held != null
                && held.stream()
                        .anyMatch(
                                role ->
                                        lexicon.strictlySameRole(noun, role)
                                                && (!PARTIES.contains(role)
                                                                && !PARTIES.contains(noun)
                                                        || noun.equals(role)));
    }

    /**
     * Parties, which name a member of any office: "Republican Gov. Wade Pruitt" was not introduced
     * as the senator "the senator said" means, though a Republican may be one.
     */
    private static final java.util.Set<String> PARTIES =
            java.util.Set.of("democrat", "republican", "tory");

    /** Words for any politician, in the family of every office: "leader", a party. */
    private static final java.util.Set<String> ANY_POLITICIAN =
            java.util.stream.Stream.concat(
                            PARTIES.stream(),
                            java.util.stream.Stream.of(
                                    "leader", "lawmaker", "politician", "candidate", "legislator"))
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** How far back a person's last mention is looked for among names and speakers. */
    private static final int MENTION_REACH = 64;

    /** Where {@code person} was last named or spoke before {@code offset}, or -1. */
    private int lastMentionBefore(String person, int offset) {
        return recentMentions(person, offset).at().stream().max(Integer::compare).orElse(-1);
    }

    /**
     * Where {@code person} was named or spoke among the last {@value #MENTION_REACH} names and the
     * last as many speakers before {@code offset}; {@code whole} when those were all there were.
     */
    private record Recent(List<Integer> at, boolean whole) {}

    private Recent recentMentions(String person, int offset) {
        List<Integer> at = new ArrayList<>();
        boolean whole = true;
        for (NavigableMap<Integer, String> entries : List.of(people, speakers)) {
            int seen = 0;
            for (Map.Entry<Integer, String> entry :
                    entries.headMap(offset, false).descendingMap().entrySet()) {
                if (++seen > MENTION_REACH) {
                    whole = false;
                    break;
                }
                if (entry.getValue().equals(person)) {
                    at.add(entry.getKey());
                }
            }
        }
        return new Recent(at, whole);
    }

    private String lastPersonBefore(int offset, Gender gender) {
        String found = lastPersonBefore(offset, REACH, gender);
        return found != null ? found : onlyPersonBefore(offset, gender);
    }

    /** The one compatible person named before {@code offset}, however far back, when only one. */
    private String onlyPersonBefore(int offset, Gender gender) {
        if (people.size() + speakers.size() > FEW) {
            return null;
        }
        java.util.Set<String> named = new java.util.HashSet<>();
        for (String person : people.headMap(offset).values()) {
            if (agrees(person, gender)) {
                named.add(person);
            }
        }
        for (String person : speakers.headMap(offset).values()) {
            if (agrees(person, gender)) {
                named.add(person);
            }
        }
        return named.size() == 1 ? named.iterator().next() : null;
    }

    /**
     * The person a pronoun or role at {@code offset} most likely points back to: a compatible
     * speaker earlier in the same sentence, else, in the nearest earlier sentence that has one, its
     * last compatible speaker, its subject, or another person it names.
     */
    private String lastPersonBefore(int offset, int reach, Gender gender) {
        int sentence = passage.sentenceAt(offset);
        Span current = passage.sentences().get(sentence).span();
        String here = lastCompatible(speakers.subMap(current.start(), true, offset, false), gender);
        if (here != null) {
            return here;
        }
        // "Young, in his testimony, criticised what he called “experiments”": the subject
        // named earlier in the same sentence.
        List<Token> words = passage.tokensOf(sentence);
        int at = passage.tokenAtOrAfter(offset);
        if ((gender == Gender.MALE || gender == Gender.FEMALE)
                && samePronounBothClauses(words)
                && offset > words.get(1).start()
                && at < passage.tokens().size()
                && passage.tokens().get(at).lower().equals(words.get(1).lower())) {
            // "When he took the stage after Vander Plaats's introduction, he said": the main
            // clause's pronoun is the opening clause's, not a name inside that clause
            return pronoun(words.get(1).start(), gender);
        }
        int colon = afterQuotation(offset) ? colonBeforeQuotation(current, offset) : -1;
        if (colon >= 0) {
            // "C. Boyden Gray, who served as counsel, ticked through the code: “…,” he said": the
            // subject of the clause the colon ends, not a name in the words reported
            here = personIn(sentence, new Span(current.start(), colon), gender, false);
            if (here != null) {
                return here;
            }
        }
        here =
                afterQuotation(offset)
                        ? null
                        : personIn(
                                sentence,
                                new Span(current.start(), offset),
                                gender,
                                !afterOpening(offset));
        if (here != null) {
            return here;
        }
        for (int s = sentence - 1; s >= 0 && sentence - s <= reach; s--) {
            Span span = passage.sentences().get(s).span();
            // "Asked by the barrister, Rachel Oduya, about the chart, Ms Bickerstaff paused": who
            // spoke in the opening clause is not whom the sentence is about
            int opening = Math.max(span.start(), openingClauseEnd(passage.tokensOf(s)));
            String speaker =
                    lastCompatible(speakers.subMap(opening, true, span.end(), false), gender);
            if (speaker != null
                    && !(reportedQuestion(s)
                            && !questionMarkBetween(current.start(), current.end()))
                    && !unnamedAsker(speaker, s, offset)
                    && !(describedOnly(speaker) && otherOfGenderIn(s, speaker, gender))) {
                return speaker;
            }
            String subject = roleSubjectPerson(s);
            if (subject != null && agrees(subject, gender)) {
                // "The actress burst out laughing. “…,” she said.": the person the role names
                return subject;
            }
            subject = pronounSubjectPerson(s);
            if (subject != null && agrees(subject, gender)) {
                // "She then turned to Assistant Secretary Rodolfo Mañalac. “How many …?”": the
                // one the pronoun is, not whom she turned to
                return subject;
            }
            String unnamed = unnamedSubject(s);
            if (unnamed == null) {
                unnamed = unnamedInterviewee(s);
            }
            if (unnamed == null) {
                // "The coroner recorded a conclusion of accidental death. She said …": the role
                // itself, when the story names no one in it
                unnamed = unheldRoleSubject(s, gender);
            }
            if (unnamed != null
                    && agrees(unnamed, gender)
                    && !otherOfGenderIn(s, unnamed, gender)) {
                // "Another friend of Jade’s was less forgiving. ‘…,’ they said."
                return unnamed;
            }
            unnamed = unnamedClosingSubject(s);
            if (unnamed != null
                    && (gender == ANYONE || nounGender(unnamed).agrees(gender))
                    && !otherOfGenderIn(s, unnamed, gender)) {
                // "…, a spokeswoman for the union said last week. “…,” she said."
                return unnamed;
            }
            String person = personIn(s, span, gender, true);
            if (person != null) {
                return person;
            }
        }
        return null;
    }

    /**
     * Whether sentence {@code s}, whose subject is the unnamed {@code subject} of no gender of its
     * own, has a verb of speech put to "her" (or "him") outside quotation marks for {@code gender}:
     * "A producer who had eaten at Maré asked her to do a single segment" tells of a woman spoken
     * to, whom a later "she" means, not the producer.
     */
    private boolean otherOfGenderIn(int s, String subject, Gender gender) {
        String[] words = subject.split(" ");
        if (lexicon.names().genderOfWord(words[words.length - 1].toLowerCase(Locale.ROOT))
                != Gender.UNKNOWN) {
            return false;
        }
        String other = gender == Gender.FEMALE ? "her" : gender == Gender.MALE ? "him" : null;
        List<Token> tokens = passage.tokensOf(s);
        for (int k = 1; k < tokens.size(); k++) {
            Token token = tokens.get(k);
            if (token.lower().equals(other)
                    && lexicon.cue(tokens.get(k - 1)) != null
                    && !inMarks.covers(new Span(token.start(), token.end()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the colon stands that opens a quotation in {@code sentence} before {@code offset} ("…:
     * “…,” he said"), or -1.
     */
    private int colonBeforeQuotation(Span sentence, int offset) {
        List<Token> tokens = passage.tokens();
        int at = passage.tokenAtOrAfter(offset);
        for (int k = passage.tokenAtOrAfter(sentence.start()); k + 1 < at; k++) {
            if (tokens.get(k).is(':') && Mark.is(tokens.get(k + 1))) {
                return tokens.get(k).start();
            }
        }
        return -1;
    }

    /**
     * Whether the pronoun at {@code offset} comes right after a quotation's closing mark, its comma
     * before or after it: "What Page was doing was “completely ridiculous,” he said". The names
     * before it in its sentence are in the words reported, not the one who said them.
     */
    private boolean afterQuotation(int offset) {
        List<Token> tokens = passage.tokens();
        int at = passage.tokenAtOrAfter(offset);
        if (at < 2) {
            return false;
        }
        Token last = tokens.get(at - 1);
        Token before = tokens.get(at - 2);
        return Mark.is(last) && (before.is(',') || before.is('?') || before.is('!'))
                || last.is(',') && Mark.is(before);
    }

    /**
     * Whether the pronoun at {@code offset} is the subject right after a sentence's opening
     * participle or prepositional phrase and its comma: "Speaking to Newzroom Afrika later, he
     * added", "Asked whether Lanús's job was safe, he said". The names in that phrase are whom it
     * speaks to or about, not the pronoun.
     */
    private boolean afterOpening(int offset) {
        int at = passage.tokenAtOrAfter(offset);
        int sentence = passage.sentenceAt(offset);
        int first = passage.firstToken(sentence);
        if (at <= first + 1 || !passage.tokens().get(at - 1).is(',')) {
            return false;
        }
        String opening = passage.tokens().get(first).lower();
        for (int k = first; k < at - 1; k++) {
            if (passage.tokens().get(k).is(',')) {
                return false;
            }
        }
        return opening.endsWith("ing")
                || SubjectReader.PREPOSITIONS.contains(opening)
                || QUESTIONING.contains(opening);
    }

    /**
     * Whether {@code person} was named more than {@code sentences} sentences before sentence {@code
     * sentence}: someone the story met earlier, not just now.
     */
    private boolean namedBefore(String person, int sentence, int sentences) {
        for (Map.Entry<Integer, String> named : people.entrySet()) {
            if (passage.sentenceAt(named.getKey()) >= sentence - sentences) {
                return false;
            }
            if (named.getValue().equals(person)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The compatible speaker quoted most often before {@code offset}, at least twice, or null: the
     * one a "she says" points at when no one she could be is named nearby ("In the village she is
     * known as ‘the goose lady’ … ‘Better than the LRB,’ she says." in a profile).
     */
    private String mostQuoted(int offset, Gender gender) {
        String most = null;
        int best = 1;
        for (Map.Entry<String, Integer> count : quotationsBefore(offset).entrySet()) {
            if (!agrees(count.getKey(), gender)) {
                continue;
            }
            if (count.getValue() > best) {
                best = count.getValue();
                most = count.getKey();
            } else if (count.getValue() == best) {
                most = null;
            }
        }
        return most;
    }

    /** How many quotations each speaker gave before {@code offset}. */
    private Map<String, Integer> quotationsBefore(int offset) {
        Map<String, Integer> counts = new HashMap<>();
        for (String speaker : speakers.headMap(offset, false).values()) {
            counts.merge(speaker, 1, Integer::sum);
        }
        return counts;
    }

    /** How many quotations a speaker must have given to be the one the story interviews. */
    private static final int INTERVIEWEE_QUOTES = 3;

    /**
     * {@code person}, unless they never spoke and the story so far is one person's interview: then
     * that person, who gave at least {@value #INTERVIEWEE_QUOTES} and two thirds of the quotations
     * before {@code offset} ("Fey was the first female head writer … It was tough, she says" in a
     * profile of Wiig).
     */
    private String interviewee(String person, int offset, Gender gender) {
        NavigableMap<Integer, String> before = speakers.headMap(offset, false);
        int next = passage.tokenAtOrAfter(offset) + 1;
        while (next + 1 < passage.tokens().size() && adverbBeforeCue(passage.tokens().get(next))) {
            // "“…,” he later said", "she then told": the cue after the adverb
            next++;
        }
        if (next < passage.tokens().size()
                && passage.tokens().get(next).lower().startsWith("ask")) {
            // "“So why didn’t you post it?” she asked": the one asking is not the interviewee
            return person;
        }

        if (before.containsValue(person)
                || before.size() < INTERVIEWEE_QUOTES
                || !namedBefore(person, passage.sentenceAt(offset), 2)
                || opener(person, passage.sentenceAt(offset)) != null
                || pastCue(next)
                        && (opensSentenceBefore(person, passage.sentenceAt(offset))
                                || opensSentence(person, passage.sentenceAt(offset)))) {
            // someone just introduced ("Head coach Stellan Bergqvist did not try to hide"), or
            // set off opening the sentence before, is the next "he" whoever spoke before; so is
            // the subject opening the pronoun's own sentence ("Bush went after Trump at the
            // debate, when he called the businessman “unhinged.”")
            return person;
        }
        for (Map.Entry<String, Integer> count : quotationsBefore(offset).entrySet()) {
            if (count.getValue() >= INTERVIEWEE_QUOTES
                    && 3 * count.getValue() >= 2 * before.size()
                    && agrees(count.getKey(), gender)) {
                return count.getKey();
            }
        }
        return person;
    }

    /** Whether {@code token} is an adverb that may stand between a pronoun and its cue. */
    private static boolean adverbBeforeCue(Token token) {
        String word = token.lower();
        return ADVERBS_BEFORE_CUE.contains(word) || word.length() > 4 && word.endsWith("ly");
    }

    private static final java.util.Set<String> ADVERBS_BEFORE_CUE =
            java.util.Set.of("later", "then", "also", "once", "since", "again", "still", "soon");

    /**
     * Whether token {@code k} is a cue verb in the past tense ("said", "added"), as news tells
     * speech; a profile's present tense ("she says") follows the one it profiles.
     */
    private boolean pastCue(int k) {
        if (k >= passage.tokens().size()) {
            return false;
        }
        Token token = passage.tokens().get(k);
        return lexicon.cue(token) != null
                && (token.lower().endsWith("ed") || PAST_CUES.contains(token.lower()));
    }

    private static final java.util.Set<String> PAST_CUES =
            java.util.Set.of("said", "told", "wrote", "spoke", "sang", "put");

    /**
     * Whether {@code person}, by name, opens the sentence right before sentence {@code s}, in its
     * paragraph: "Pennock saw it differently. “…,” he said." is Pennock's, whoever the story has
     * quoted most.
     */
    private boolean opensSentenceBefore(String person, int s) {
        if (s == 0
                || passage.sentences().get(s - 1).block() != passage.sentences().get(s).block()) {
            return false;
        }
        return opensSentence(person, s - 1);
    }

    /** Whether {@code person}, by name, opens sentence {@code s}, after "Then", "But" and such. */
    private boolean opensSentence(String person, int s) {
        List<Token> tokens = passage.tokensOf(s);
        int k = 0;
        while (k < tokens.size() && SENTENCE_OPENERS.contains(tokens.get(k).lower())) {
            k++;
        }
        // "Mrs. Clinton did not hesitate.": past a courtesy title to the name
        k = k < tokens.size() ? pastTitles(tokens, k) : k;
        return k < tokens.size() && person.equals(people.get(tokens.get(k).start()));
    }

    /**
     * {@code person} where they open the nearest sentence up to {@code s} that opens with a name,
     * set off by a comma, so that the pronoun after stays theirs against an interviewee: "Tamara,
     * to her credit, didn't flinch. “…,” she replied.", "Lori Beth, meanwhile, tried…" (not "Fey
     * was the first female head writer. It was tough, she says"). Null otherwise.
     */
    private String opener(String person, int s) {
        List<Token> tokens = passage.tokens();
        for (int k = s; k >= 0 && s - k <= OPENING_REACH; k--) {
            int first = passage.firstToken(k);
            int clause = openingClauseEnd(passage.tokensOf(k));
            boolean setOff = clause >= 0;
            if (setOff) {
                // "In a confessional, Jenna didn't exactly help matters.": the subject after it
                first = passage.tokenAtOrAfter(clause + 1);
            }
            String opens = people.get(tokens.get(first).start());
            if (opens == null) {
                continue;
            }
            if (!opens.equals(person)) {
                return null;
            }
            int after = first;
            while (after < tokens.size() && tokens.get(after).capitalized()) {
                after++;
            }
            return setOff || after < tokens.size() && tokens.get(after).is(',') ? person : null;
        }
        return null;
    }

    /** How many sentences back, the quotation's own among them, the opening subject is sought. */
    private static final int OPENING_REACH = 3;

    /** Whether the name starting at {@code offset} stands inside quotation marks. */
    private boolean quoted(int offset) {
        return inMarks.covers(new Span(offset, offset + 1));
    }

    /**
     * The compatible person sentence {@code s} (read within {@code span}) is about: its subject,
     * unless a pronoun of the same gender comes before any name (then the pronoun is its subject
     * and the names after it are objects: "despite her fame, she was more nervous than Rose-Lynn
     * ever was"), else the first compatible person it names.
     */
    private String personIn(int s, Span span, Gender gender, boolean objects) {
        NavigableMap<Integer, String> named = people.subMap(span.start(), true, span.end(), false);
        if (named.isEmpty()) {
            return null;
        }
        String topic = topic(s, span.end(), gender);
        if (topic != null) {
            return topic;
        }
        int pronoun = pronounAt(s, span, gender);
        int opening = openingClauseEnd(passage.tokensOf(s));
        for (Map.Entry<Integer, String> entry : named.entrySet()) {
            if (entry.getKey() < opening || quoted(entry.getKey())) {
                // "Asked by the family's barrister, Rachel Oduya, whether …, Ms Bickerstaff
                // paused": a name in the opening clause is not the sentence's subject; one
                // inside quotation marks was spoken of, not speaking
                continue;
            }
            if (possessors.contains(entry.getKey()) && !entry.equals(named.lastEntry())) {
                // "Fernández-Oyelaran’s mother, Graciela Fernández, wept": the possessor is
                // not the subject
                continue;
            }
            if (employerBeforeRole(entry.getKey()) || beforeGroupWord(entry.getKey())) {
                // "Aston Villa manager Paul Harwood did not hide from it": the club, not the man;
                // "Trump backers looked to Kukura": the backers, not Trump
                continue;
            }
            boolean subject = !afterPreposition(entry.getKey());
            if (subject && entry.getKey() < pronoun) {
                if (agrees(entry.getValue(), gender)) {
                    return entry.getValue();
                }
                break;
            }
        }
        if (!objects || pronoun < span.end() && pronoun < named.firstKey()) {
            // "Speaking to Newzroom Afrika later, he added": in the pronoun's own sentence, a
            // name after a preposition is not its subject
            return null;
        }
        for (Map.Entry<Integer, String> entry : named.entrySet()) {
            if (agrees(entry.getValue(), gender)
                    && !example(entry.getKey())
                    && !quoted(entry.getKey())
                    && !beforeGroupWord(entry.getKey())) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** Words after "as" that open a clause naming the sentence's topic: "As for Trump, he …". */
    private static final java.util.Set<String> TOPIC_MARKERS = java.util.Set.of("for", "to");

    /**
     * The one person a sentence opening "As for" or "As to" names alone before a comma, when {@code
     * offset} lies past that comma: "As for Trump, he said he's not worried" is about Trump, though
     * a name after a preposition in an opening clause is otherwise no subject.
     */
    private String topic(int s, int offset, Gender gender) {
        List<Token> words = passage.tokensOf(s);
        if (words.size() < 4
                || !words.get(0).lower().equals("as")
                || !TOPIC_MARKERS.contains(words.get(1).lower())) {
            return null;
        }
        int comma = 2;
        while (comma < words.size()
                && (words.get(comma).capitalized() || PhraseReader.isInitialDot(words, comma))) {
            // only a name, with its title: not "As for Carson's mangling of “Hamas,”"
            comma++;
        }
        if (comma == words.size()
                || !words.get(comma).is(',')
                || words.get(comma).start() >= offset) {
            return null;
        }
        NavigableMap<Integer, String> named =
                people.subMap(words.get(2).start(), true, words.get(comma).start(), false);
        return named.size() == 1 && agrees(named.firstEntry().getValue(), gender)
                ? named.firstEntry().getValue()
                : null;
    }

    /**
     * Whether the name at {@code offset} describes the group a plural noun in lower case after it
     * names: "Trump backers", "Sanders supporters".
     */
    private boolean beforeGroupWord(int offset) {
        List<Token> tokens = passage.tokens();
        int k = passage.tokenAtOrAfter(offset);
        while (k < tokens.size() && tokens.get(k).capitalized()) {
            k++;
        }
        return k < tokens.size()
                && !tokens.get(k).capitalized()
                && lexicon.names().groupWords().contains(tokens.get(k).lower());
    }

    /**
     * Whether the name at {@code offset} is followed by a role noun in lower case and then by
     * another person's name, as an employer is: "Aston Villa manager Paul Harwood", "Harbour Road
     * star Kayleigh Dunmore".
     */
    private boolean employerBeforeRole(int offset) {
        List<Token> tokens = passage.tokens();
        int k = passage.tokenAtOrAfter(offset);
        while (k < tokens.size() && tokens.get(k).capitalized()) {
            k++;
        }
        int role = k;
        while (k < tokens.size()
                && k - role < 3
                && !tokens.get(k).capitalized()
                && lexicon.roles().contains(tokens.get(k).lower())) {
            k++;
        }
        return k > role && k < tokens.size() && people.containsKey(tokens.get(k).start());
    }

    /**
     * Whether the name at {@code offset} is given as an example ("providers such as Time Warner",
     * "artists including Adele"): one of a kind, not the one the next "he" points at.
     */
    private boolean example(int offset) {
        int at = passage.tokenAtOrAfter(offset);
        if (at == passage.firstToken(passage.sentenceAt(offset))) {
            return false;
        }
        List<Token> tokens = passage.tokens();
        String before = tokens.get(at - 1).lower();
        return before.equals("including")
                || before.equals("as") && at >= 2 && tokens.get(at - 2).lower().equals("such");
    }

    private String lastCompatible(NavigableMap<Integer, String> entries, Gender gender) {
        for (String person : entries.descendingMap().values()) {
            if (agrees(person, gender)) {
                return person;
            }
        }
        return null;
    }

    /**
     * Whether {@code person} can be the one a reference of {@code gender} points at. A reference to
     * one person ("he", "the president") never points at a group ("White House advisers",
     * "officers"); "they" and a sentence's subject ({@link #ANYONE}) may.
     */
    private boolean agrees(String person, Gender gender) {
        if (gender == ANYONE) {
            return true;
        }
        boolean personal = gender == Gender.MALE || gender == Gender.FEMALE;
        if (personal
                && (organisationNames.contains(person)
                        || thingLike.contains(person)
                        || lexicon.names().knownOutlet(person) != null
                        || lexicon.names().places().contains(person.toLowerCase(Locale.ROOT))
                        || unnamed(person)
                                && genderOf(person) == Gender.UNKNOWN
                                && !definiteRole(person))) {
            // "he" and "she" point at a named person, or at "one mother", or at "the judge" whom
            // the story names no further, not at "one reporter"
            return false;
        }
        return single(person) && genderOf(person).agrees(gender);
    }

    /**
     * Whether {@code person} is "the" and a role that is no anonymous source's: "the judge", "the
     * city's civil defense director", not "the spokesperson".
     */
    private boolean definiteRole(String person) {
        String[] words = person.split(" ");
        String noun = words[words.length - 1];
        return words.length >= 2
                && words[0].equals("the")
                && lexicon.roles().contains(noun)
                && !lexicon.anonymous().contains(noun);
    }

    /** Whether {@code person} is a phrase for someone not named ("one reporter"). */
    private static boolean unnamed(String person) {
        return !person.isEmpty() && Character.isLowerCase(person.codePointAt(0));
    }

    /**
     * Whether {@code person} is unnamed, written in lower case or capitalised only because it
     * opened a sentence: "A local teacher", "The prime minister's official spokesperson".
     */
    private static boolean describedOnly(String person) {
        if (unnamed(person)) {
            return true;
        }
        int space = person.indexOf(' ');
        int last = person.lastIndexOf(' ');
        return space > 0
                && OPENING_DETERMINERS.contains(person.substring(0, space))
                && Character.isLowerCase(person.codePointAt(last + 1));
    }

    /** Determiners that open an unnamed speaker's noun phrase at the start of a sentence. */
    private static final java.util.Set<String> OPENING_DETERMINERS =
            java.util.Set.of("A", "An", "The", "One", "Another");

    /**
     * Whether {@code person} is one person, not a group written in the plural ("officers", or
     * "Reporters" opening a sentence; not "Jones") or named as several ("Ann Carr and Ben Cole").
     */
    private boolean single(String person) {
        String[] words = person.split(" ");
        String last = words[words.length - 1];
        boolean plural =
                last.length() > 3
                        && last.chars().allMatch(Character::isLowerCase)
                        && last.endsWith("s")
                        && !last.endsWith("ss");
        // "Sources close to the pair": a group, whatever the words after its noun
        boolean group =
                words.length > 1
                        && groupNoun(words[0])
                        && Character.isLowerCase(words[1].codePointAt(0));
        // "Northwind and Brightpath", as "the companies" were resolved: a group, never "she"
        return !person.isEmpty()
                && !plural
                && !group
                && !(words.length == 1 && groupNoun(last))
                && !person.contains(" and ");
    }

    /** Whether a capitalised word is a plural noun for people: "Reporters", "Officials". */
    private boolean groupNoun(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (!lower.endsWith("s")
                || lower.endsWith("ss")
                || !word.substring(1).equals(lower.substring(1))) {
            return false;
        }
        String singular = lower.substring(0, lower.length() - 1);
        return lexicon.anonymous().contains(lower)
                || lexicon.roles().contains(singular)
                || lexicon.anonymous().contains(singular);
    }

    /** Whether the text gives {@code person} the gender {@code gender}. */
    boolean hasGender(String person, Gender gender) {
        return genderOf(person) == gender;
    }

    /** What the text has shown of {@code person}'s gender: a title, a name, a pronoun, a noun. */
    private Gender genderOf(String person) {
        if (organisationNames.contains(person) && !people.containsValue(person)) {
            // "Donald Trump’s campaign" has no gender of its given name
            return Gender.UNKNOWN;
        }
        Gender known = learned.getOrDefault(person, names.gender(person));
        if (known != Gender.UNKNOWN) {
            return known;
        }
        String[] words = person.split(" ");
        Gender byNoun = lexicon.names().genderOfWord(words[words.length - 1]);
        if (byNoun != Gender.UNKNOWN || !Character.isUpperCase(person.codePointAt(0))) {
            return byNoun;
        }
        return words.length > 1 ? lexicon.names().givenNames().genderOf(words[0]) : Gender.UNKNOWN;
    }

    /**
     * Whether the name at {@code offset} stands in a preposition's phrase, alone or among names
     * joined by "and" or commas, after a word in lower case: "Goals came from Willian and Mason
     * Mount", not "Minister of State for Electronics and IT Prakash Kulkarni".
     */
    private boolean objectOfPreposition(int offset) {
        List<Token> tokens = passage.tokens();
        int first = passage.firstToken(passage.sentenceAt(offset));
        int k = passage.tokenAtOrAfter(offset) - 1;
        while (k >= first
                && (tokens.get(k).capitalized()
                        || tokens.get(k).is(',')
                        || tokens.get(k).lower().equals("and"))) {
            k--;
        }
        return k > first
                && SubjectReader.PREPOSITIONS.contains(tokens.get(k).lower())
                && !tokens.get(k - 1).capitalized();
    }

    /** Whether the name at {@code offset} follows a preposition: an object, not a subject. */
    private boolean afterPreposition(int offset) {
        int at = passage.tokenAtOrAfter(offset);
        int sentence = passage.sentenceAt(offset);
        return at > passage.firstToken(sentence)
                && SubjectReader.PREPOSITIONS.contains(passage.tokens().get(at - 1).lower());
    }

    /**
     * Where the first pronoun of {@code gender} ("he", "she"; "they" for anyone) stands in {@code
     * span} of sentence {@code sentence}, or {@link Integer#MAX_VALUE}.
     */
    private int pronounAt(int sentence, Span span, Gender gender) {
        List<Token> tokens = passage.tokensOf(sentence);
        Gender role = roleSubject(tokens);
        if (role != null
                && tokens.getFirst().start() >= span.start()
                && (gender == ANYONE || role.agrees(gender))) {
            return tokens.getFirst().start();
        }
        int opening = openingClauseEnd(tokens);
        for (Token token : tokens) {
            if (token.start() >= span.end()) {
                break;
            }
            if (token.start() < opening) {
                // "Asked once what he hoped to be remembered for, Mr. Whitfield kept it short":
                // a pronoun in the clause before the subject points ahead to it
                continue;
            }
            Gender of =
                    switch (token.lower()) {
                        case "he" -> Gender.MALE;
                        case "she" -> Gender.FEMALE;
                        case "they" -> ANYONE;
                        default -> Gender.UNKNOWN;
                    };
            if (token.start() >= span.start()
                    && of != Gender.UNKNOWN
                    && (gender == ANYONE || of == ANYONE || of == gender)) {
                return token.start();
            }
        }
        return Integer.MAX_VALUE;
    }

    /**
     * Where the clause or phrase opening {@code tokens} ends, at its comma, when the sentence opens
     * with one of its own ("When she was twelve, …", "Asked what he hoped for, …", "In a
     * confessional, …"), perhaps after a time phrase ("The next year, when …, …"), else -1.
     */
    private int openingClauseEnd(List<Token> tokens) {
        if (tokens.isEmpty()) {
            return -1;
        }
        int from = SubjectReader.afterTimeBeforeClause(tokens, 0, tokens.size());
        String first = tokens.get(from).lower();
        boolean phrase = SubjectReader.PREPOSITIONS.contains(first);
        boolean participle =
                first.length() > 4
                        && (first.endsWith("ed") || first.endsWith("ing"))
                        && !people.containsKey(tokens.get(from).start());
        if (!participle && !phrase && !SubjectReader.SUBORDINATORS.contains(first)) {
            return -1;
        }
        for (int k = from + 1; k < tokens.size() && k <= OPENING_TOKENS; k++) {
            if (tokens.get(k).is(',') && subjectAfter(tokens, k + 1)) {
                // "Asked by the family's barrister, Rachel Oduya, whether she had ever seen it,
                // Ms Bickerstaff paused": the clause runs on past a name set off in it
                return tokens.get(k).start();
            }
        }
        return -1;
    }

    /** How many tokens an opening clause with names set off inside it may run to its comma. */
    private static final int OPENING_TOKENS = 40;

    /**
     * Whether a person or a personal pronoun, perhaps after a title, stands at token {@code k} with
     * no comma after it, as a clause's subject does: "…, Ms Bickerstaff paused".
     */
    private boolean subjectAfter(List<Token> tokens, int k) {
        while (k < tokens.size()
                && (tokens.get(k).is('.')
                        || lexicon.names().honorifics().contains(tokens.get(k).lower()))) {
            k++;
        }
        if (k >= tokens.size()) {
            return false;
        }
        int after = k + 1;
        if (people.containsKey(tokens.get(k).start())) {
            while (after < tokens.size() && tokens.get(after).capitalized()) {
                after++;
            }
        } else if (!PERSONAL.contains(tokens.get(k).lower())) {
            return false;
        }
        return after < tokens.size() && tokens.get(after).type() == Token.Type.WORD;
    }

    private static final java.util.Set<String> PERSONAL = java.util.Set.of("he", "she", "they");

    /**
     * The interviewer the role noun opening sentence {@code s} names ("The host put it to her that
     * …" after "host Michael Tran"), or null.
     */
    String interviewerOpening(int s) {
        String person = roleSubjectPerson(s);
        return person != null && interviewer(person) ? person : null;
    }

    /**
     * The person the role noun opening sentence {@code s} names ("The 41-year-old actress…"), or
     * null; read once per sentence.
     */
    private String roleSubjectPerson(int s) {
        return subjectOnce(roleSubjects, s, this::readRoleSubject);
    }

    /**
     * The role sentence {@code s} opens with, as written ("The coroner", "the judge"), when the
     * story names no one in it and no one of {@code gender} before it; null otherwise. Each
     * sentence's opening is read once.
     */
    private String unheldRoleSubject(int s, Gender gender) {
        String role = subjectOnce(unheldRoles, s, this::readUnheldRole);
        if (role == null) {
            return null;
        }
        for (String person : people.headMap(passage.sentences().get(s).span().end()).values()) {
            if (agrees(person, gender)) {
                return null;
            }
        }
        return role;
    }

    /**
     * The unnamed person whose cue closes sentence {@code s}, after a comma: "The striking workers
     * aren't aiming to disrupt travel, a spokeswoman for the Service Employees International Union
     * said at a press conference." Null otherwise, and for a sentence with quotation marks, whose
     * speaker the quotation's own attribution gives. Each sentence is read once.
     */
    private String unnamedClosingSubject(int s) {
        return subjectOnce(closingSubjects, s, this::readClosingSubject);
    }

    /** The unnamed speaker closing each sentence read so far ("" for none). */
    private final Map<Integer, String> closingSubjects = new HashMap<>();

    private String readClosingSubject(int s) {
        List<Token> tokens = passage.tokensOf(s);
        if (passage.inHeadline(s) || tokens.stream().anyMatch(Mark::is)) {
            return null;
        }
        for (int k = tokens.size() - 2; k > 0; k--) {
            if (!tokens.get(k).is(',')) {
                continue;
            }
            int det = k + 1;
            int noun =
                    INDEFINITE.contains(tokens.get(det).lower())
                            ? unnamedNoun(tokens, det, tokens.size())
                            : -1;
            if (noun < 0) {
                return null;
            }
            int end = noun + 1;
            if (end + 1 < tokens.size()
                    && PhraseReader.COMPLEMENTS.contains(tokens.get(end).lower())) {
                // "a spokeswoman for the Service Employees International Union"
                end += tokens.get(end + 1).lower().equals("the") ? 2 : 1;
                while (end < tokens.size()
                        && tokens.get(end).capitalized()
                        && tokens.get(end).type() == Token.Type.WORD) {
                    end++;
                }
            }
            String handle = null;
            if (end + 3 < tokens.size()
                    && HANDLE_FRAMES.contains(tokens.get(end).lower())
                    && tokens.get(end + 1).lower().equals("as")
                    && tokens.get(end + 2).text().startsWith("@")) {
                // "a user posting as @marigoldgirl97 said": the handle names the user
                handle = tokens.get(end + 2).text();
                end += 3;
            }
            Cue cue = end < tokens.size() ? lexicon.cue(tokens.get(end)) : null;
            if (handle != null) {
                return cue != null && cue.can(Cue.Use.SPEECH) ? handle : null;
            }
            // "…, a reporter asked Vandermeer whether …": the one asked answers next
            return cue != null
                            && cue.can(Cue.Use.SPEECH)
                            && !cue.can(Cue.Use.LISTENER)
                            && !QUESTIONING.contains(tokens.get(end).lower())
                    ? passage.text()
                            .subSequence(tokens.get(det).start(), tokens.get(end - 1).end())
                            .toString()
                    : null;
        }
        return null;
    }

    /** Words before "as" and the handle someone posts under: "a user posting as @…". */
    private static final java.util.Set<String> HANDLE_FRAMES =
            java.util.Set.of("posting", "going", "known", "writing");

    /**
     * The gender the nouns of an unnamed person's phrase give, up to its complement: female for "a
     * spokeswoman for the union", unknown for "a spokesperson".
     */
    private Gender nounGender(String phrase) {
        for (String word : phrase.split(" ")) {
            if (PhraseReader.COMPLEMENTS.contains(word)) {
                break;
            }
            Gender gender = lexicon.names().genderOfWord(word.toLowerCase(Locale.ROOT));
            if (gender != Gender.UNKNOWN) {
                return gender;
            }
        }
        return Gender.UNKNOWN;
    }

    /** The role each sentence opens with when no one holds it ("" for none), read once. */
    private final Map<Integer, String> unheldRoles = new HashMap<>();

    private String readUnheldRole(int s) {
        List<Token> tokens = pastOpeningParticiple(s);
        tokens = tokens.subList(afterOpeningAdjunct(tokens), tokens.size());
        int noun = roleSubjectNoun(tokens);
        if (noun < 0) {
            noun = possessedRoleNoun(tokens);
        }
        if (noun <= 0 || passage.inHeadline(s) || newcomerEnd(tokens, noun) > 0) {
            return null;
        }
        String phrase =
                passage.text()
                        .subSequence(tokens.getFirst().start(), tokens.get(noun).end())
                        .toString();
        String person =
                role(
                        new SpeakerRef(
                                SpeakerRef.Kind.PERSON_ROLE, phrase, tokens.getFirst().start()));
        return phrase.equals(person) ? phrase : null;
    }

    /**
     * Where the subject starts after a short opening adjunct with no one in it ("By 1966, the
     * city's civil defense director found"), or 0.
     */
    private int afterOpeningAdjunct(List<Token> tokens) {
        if (tokens.isEmpty()
                || !SubjectReader.PREPOSITIONS.contains(tokens.getFirst().lower())
                        && !OPENING_ADVERBS.contains(tokens.getFirst().lower())) {
            return 0;
        }
        for (int k = 1; k + 1 < tokens.size() && k <= OPENING_PHRASE; k++) {
            Token token = tokens.get(k);
            if (Mark.is(token) || lexicon.cue(token) != null || people.containsKey(token.start())) {
                return 0;
            }
            if (token.is(',')) {
                return k + 1;
            }
        }
        return 0;
    }

    /**
     * Where the role noun stands in a subject that is a role of something: "the city's civil
     * defense director", or -1.
     */
    private int possessedRoleNoun(List<Token> tokens) {
        if (tokens.size() < 3
                || !tokens.getFirst().lower().equals("the")
                || !tokens.get(1).lower().endsWith("'s") && !tokens.get(1).lower().endsWith("’s")) {
            return -1;
        }
        for (int k = 2; k < tokens.size() && k <= POSSESSED_ROLE_REACH; k++) {
            Token token = tokens.get(k);
            if (token.type() != Token.Type.WORD || token.capitalized()) {
                return -1;
            }
            if (lexicon.roles().contains(token.lower())
                    && !lexicon.anonymous().contains(token.lower())
                    && !(k + 1 < tokens.size()
                            && lexicon.roles().contains(tokens.get(k + 1).lower()))) {
                return k;
            }
        }
        return -1;
    }

    /** How many words a possessed role may run to its noun: "the city's civil defense director". */
    private static final int POSSESSED_ROLE_REACH = 5;

    /**
     * The tokens of sentence {@code s} after an opening participle's clause: "Asked about Pruitt's
     * comments, the Texas Republican shrugged." from "the Texas Republican".
     */
    private List<Token> pastOpeningParticiple(int s) {
        List<Token> tokens = passage.tokensOf(s);
        return tokens.subList(
                SubjectReader.afterOpeningParticiple(tokens, 0, tokens.size()), tokens.size());
    }

    private String readRoleSubject(int s) {
        // the role after an opening question
        List<Token> tokens = pastOpeningParticiple(s);
        int noun = roleSubjectNoun(tokens);
        if (noun <= 0 || passage.inHeadline(s)) {
            return null;
        }
        Token first = tokens.getFirst();
        int newcomer = newcomerEnd(tokens, noun);
        if (newcomer > 0) {
            // "The daughter of one victim said …. “…,” she said.": the one the sentence brings in
            return passage.text()
                    .subSequence(first.start(), tokens.get(newcomer - 1).end())
                    .toString();
        }
        String apposed = nameApposedToRole(tokens, noun);
        if (apposed != null) {
            // "The other man, his cousin James York, 40, cited …": the name set off after it
            return apposed;
        }
        String phrase =
                passage.text().subSequence(first.start(), tokens.get(noun).end()).toString();
        String person = role(new SpeakerRef(SpeakerRef.Kind.PERSON_ROLE, phrase, first.start()));
        return person != null && !person.equals(phrase) ? person : null;
    }

    /**
     * The person named between commas right after the role noun at {@code noun}, after at most a
     * few words in lower case that relate them ("his cousin"); null when no name is so set off.
     */
    private String nameApposedToRole(List<Token> tokens, int noun) {
        if (noun + 2 >= tokens.size() || !tokens.get(noun + 1).is(',')) {
            return null;
        }
        int k = noun + 2;
        while (k < tokens.size()
                && k - noun - 2 < APPOSED_RELATION_WORDS
                && tokens.get(k).type() == Token.Type.WORD
                && !tokens.get(k).capitalized()) {
            k++;
        }
        String person = k < tokens.size() ? people.get(tokens.get(k).start()) : null;
        if (person == null) {
            return null;
        }
        while (k < tokens.size() && tokens.get(k).capitalized()) {
            k++;
        }
        return k < tokens.size() && tokens.get(k).is(',') ? person : null;
    }

    /** How many words in lower case may relate a name apposed to a role: "his cousin". */
    private static final int APPOSED_RELATION_WORDS = 3;

    /**
     * Where a role noun's complement of someone indefinite ends ("The daughter of one victim", "The
     * father of one of the boys"): the phrase brings in someone new. -1 when the noun at {@code
     * noun} has no such complement.
     */
    private int newcomerEnd(List<Token> tokens, int noun) {
        if (noun + 3 >= tokens.size()
                || !tokens.get(noun + 1).lower().equals("of")
                || !INDEFINITE.contains(tokens.get(noun + 2).lower())) {
            return -1;
        }
        int end = noun + 3;
        while (end < tokens.size()
                && end - noun <= NEWCOMER_WORDS
                && tokens.get(end).type() == Token.Type.WORD
                && !tokens.get(end).capitalized()
                && lexicon.cue(tokens.get(end)) == null
                && !NEWCOMER_ENDS.contains(tokens.get(end).lower())
                && !tokens.get(end).lower().endsWith("ed")) {
            end++;
        }
        return end > noun + 3 ? end : -1;
    }

    /** How many tokens a role noun and its complement of someone indefinite may run. */
    private static final int NEWCOMER_WORDS = 6;

    /** Words that end the complement of a role noun: "The mother of a boy who …". */
    private static final java.util.Set<String> NEWCOMER_ENDS =
            java.util.Set.of("who", "whose", "that", "which", "has", "had", "was", "is", "says");

    /**
     * The person a sentence's opening "he" or "she" points back to, or null when it opens
     * otherwise; read once per sentence.
     */
    private String pronounSubjectPerson(int s) {
        return subjectOnce(pronounSubjects, s, this::readPronounSubject);
    }

    private String readPronounSubject(int s) {
        List<Token> tokens = passage.tokensOf(s);
        int k = 0;
        while (k < tokens.size() && SENTENCE_OPENERS.contains(tokens.get(k).lower())) {
            k++;
        }
        if (k >= tokens.size() || passage.inHeadline(s)) {
            return null;
        }
        int opening =
                OTHERS_OPENERS.contains(tokens.get(k).lower()) ? openingClauseEnd(tokens) : -1;
        if (k == 0 && opening >= 0) {
            // "Inspired by figures such as Marcus Garvey and Malcolm X, he developed …": the
            // pronoun after the opening clause, not a name inside it
            while (k < tokens.size() && tokens.get(k).start() <= opening) {
                k++;
            }
            if (k >= tokens.size()) {
                return null;
            }
        }
        if (k == 0 && samePronounBothClauses(tokens)) {
            // "Though he did not mention Rubio or Kasich by name, he made it clear …": the one
            // both pronouns are, not a name inside the opening clause
            k = 1;
        }
        Token first = tokens.get(k);
        return switch (first.lower()) {
            case "he" -> pronoun(first.start(), Gender.MALE);
            case "she" -> pronoun(first.start(), Gender.FEMALE);
            default -> null;
        };
    }

    /**
     * Whether the sentence opens with a subordinate clause whose subject is "he" or "she" and a
     * comma after it is followed by the same pronoun as the main clause's subject: "Though he did
     * not mention Rubio by name, he made it clear …".
     */
    private static boolean samePronounBothClauses(List<Token> tokens) {
        if (tokens.size() < 4
                || !SubjectReader.SUBORDINATORS.contains(tokens.get(0).lower())
                || !PERSONAL_SUBJECTS.contains(tokens.get(1).lower())) {
            return false;
        }
        for (int k = 2; k + 1 < tokens.size(); k++) {
            if (tokens.get(k).is(',') && tokens.get(k + 1).lower().equals(tokens.get(1).lower())) {
                // "When he took the stage after Vander Plaats's introduction, at a theater, he
                // said": past the commas inside the opening clause
                return true;
            }
        }
        return false;
    }

    /** The pronouns a sentence's subject about one person may be. */
    private static final java.util.Set<String> PERSONAL_SUBJECTS = java.util.Set.of("he", "she");

    /**
     * Whom the subject of sentence {@code s} is, as {@code read} finds it, kept in {@code known}
     * ("" for no one). Each reading may point further back and read another sentence's subject;
     * only so many are read inside one another, and a sentence being read counts as no one.
     */
    private String subjectOnce(
            Map<Integer, String> known, int s, java.util.function.IntFunction<String> read) {
        String person = known.get(s);
        if (person == null && roleDepth < ROLE_DEPTH) {
            roleDepth++;
            known.put(s, "");
            person = read.apply(s);
            known.put(s, person == null ? "" : person);
            roleDepth--;
        }
        return person == null || person.isEmpty() ? null : person;
    }

    /** Words that may come before a sentence's subject: "Then she turned", "But he said". */
    private static final java.util.Set<String> SENTENCE_OPENERS =
            java.util.Set.of("then", "but", "and", "so", "later", "now", "still", "yet");

    /** Whom each sentence's opening pronoun was found to be, "" for no one. */
    private final Map<Integer, String> pronounSubjects = new HashMap<>();

    /** How many role subjects may be read inside one another, each pointing further back. */
    private static final int ROLE_DEPTH = 4;

    private int roleDepth;

    /** How many words may stand between "The" and the role noun of a sentence's subject. */
    private static final int ROLE_SUBJECT_REACH = 3;

    /**
     * The gender of the role noun a sentence opens with ("The Portuguese boss had been…", "The
     * 56-year-old said…"), which points back like a pronoun, or null when it opens otherwise.
     */
    private Gender roleSubject(List<Token> tokens) {
        int noun = roleSubjectNoun(tokens);
        return noun < 0 ? null : lexicon.names().genderOfWord(tokens.get(noun).lower());
    }

    /**
     * Words of a sentence in which its subject says nothing: "A spokeswoman declined to comment",
     * "did not respond", "could not be reached".
     */
    private static final java.util.Set<String> SILENT =
            java.util.Set.of("declined", "refused", "not", "n't", "no", "never");

    /**
     * Whether the sentence says its subject kept silent outside a relative clause set off by
     * commas: "A spokeswoman declined to comment", but not "One resident, who declined to give her
     * name, stood by the tape".
     */
    private static boolean silentOutsideRelative(List<Token> tokens) {
        boolean relative = false;
        for (int k = 0; k < tokens.size(); k++) {
            Token token = tokens.get(k);
            if (token.is(',')) {
                relative =
                        !relative
                                && k + 1 < tokens.size()
                                && PhraseReader.RELATIVE_PRONOUNS.contains(
                                        tokens.get(k + 1).lower());
            } else if (!relative && SILENT.contains(token.lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a relative clause right after the role phrase {@code ref} says the person is not
     * named: ", who has not been publicly identified,", ", who asked not to be named,".
     */
    private boolean leftUnnamed(SpeakerRef ref) {
        List<Token> tokens = passage.tokens();
        int k = passage.tokenAtOrAfter(ref.offset() + ref.text().length());
        if (k + 1 >= tokens.size()
                || !tokens.get(k).is(',')
                || !tokens.get(k + 1).lower().equals("who")) {
            return false;
        }
        boolean denied = false;
        for (int j = k + 2; j < tokens.size() && j - k <= UNNAMED_CLAUSE; j++) {
            String word = tokens.get(j).lower();
            if (tokens.get(j).is(',')) {
                return false;
            }
            denied |= word.equals("not") || word.equals("n't") || word.equals("declined");
            if (denied && (word.equals("identified") || word.equals("named"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "were greeted by an organizer at a field office. “…,” the organizer told them.": the one met
     * just before with "a" or "an" and the role noun, whom no name was given, over {@code found}, a
     * person named. {@code found} otherwise.
     */
    private String unnamedOverNamed(SpeakerRef ref, String found) {
        return found != null && introducedUnnamed(ref) && people.containsValue(found)
                ? ref.text()
                : found;
    }

    /**
     * Whether "the" and a role noun ({@code ref}) point back to someone introduced with "a" or "an"
     * and the same noun in the sentences just before, whom no one named holds the role since: "an
     * organizer" then "the organizer", "an internal company fraud investigator" then "the
     * investigator".
     */
    private boolean introducedUnnamed(SpeakerRef ref) {
        String[] words = ref.text().split(" ");
        if (words.length != 2 || !words[0].equalsIgnoreCase("the")) {
            return false;
        }
        String noun = words[1].toLowerCase(Locale.ROOT);
        List<Token> tokens = passage.tokens();
        int sentence = passage.sentenceAt(ref.offset());
        int from = passage.firstToken(Math.max(0, sentence - INTRODUCED_REACH));
        int to = passage.tokenAtOrAfter(ref.offset());
        for (int k = to - 1; k > from; k--) {
            if (!tokens.get(k).lower().equals(noun)) {
                continue;
            }
            int at = k - 1;
            while (at > from
                    && k - at <= INTRODUCED_MODIFIERS
                    && tokens.get(at).type() == Token.Type.WORD
                    && !PhraseReader.ARTICLES.contains(tokens.get(at).lower())) {
                // "an internal company fraud investigator": the words that say which one
                at--;
            }
            if (!PhraseReader.INDEFINITE.contains(tokens.get(at).lower())) {
                return false;
            }
            if (at - 1 >= 0
                    && (tokens.get(at - 1).type() == Token.Type.PUNCT
                            || DESCRIBING.contains(tokens.get(at - 1).lower()))) {
                // "Dr. Lauren Feld, an epidemiologist", "she is an organizer": a description
                // of someone named
                return false;
            }
            int after = passage.tokenAtOrAfter(ref.offset() + ref.text().length());
            if (after + 1 < tokens.size()
                    && tokens.get(after).is(',')
                    && tokens.get(after + 1).capitalized()) {
                // "said the attorney, Stephen Gaffney": named right after
                return false;
            }
            NavigableMap<Integer, String> holders = roleHolders.get(noun);
            return holders == null
                    || holders.subMap(tokens.get(k).start(), true, ref.offset(), false).isEmpty();
        }
        return false;
    }

    /** How many words may stand between "an" and the role noun it introduces. */
    private static final int INTRODUCED_MODIFIERS = 4;

    /** Words before "a" or "an" that make the noun describe someone: "she is an organizer". */
    private static final java.util.Set<String> DESCRIBING =
            java.util.Set.of("is", "was", "are", "were", "be", "been", "as", "became", "becomes");

    /** How many sentences back "the organizer" looks for "an organizer". */
    private static final int INTRODUCED_REACH = 2;

    /** How many tokens a clause saying someone is not named may run after the comma. */
    private static final int UNNAMED_CLAUSE = 10;

    /** Determiners of someone met for the first time ("her friend" is met through another). */
    private static final java.util.Set<String> INDEFINITE =
            java.util.Set.of("a", "an", "one", "another");

    /**
     * Determiners of someone the writer introduces as their own: "My mother called." is met through
     * no one else in the story.
     */
    private static final java.util.Set<String> WRITERS_OWN = java.util.Set.of("my", "our");

    /** What may stand before a clause's subject: its sentence's start, a comma, a conjunction. */
    private static final java.util.Set<String> CLAUSE_OPENING =
            java.util.Set.of(
                    "",
                    ",",
                    ";",
                    "—",
                    "–",
                    "and",
                    "but",
                    "as",
                    "while",
                    "when",
                    "after",
                    "before",
                    "because",
                    "though",
                    "although",
                    "since",
                    "where",
                    "so");

    /** How many words an unnamed subject may run before its person noun: "one longtime pal". */
    private static final int UNNAMED_SUBJECT_REACH = 3;

    /**
     * The unnamed person sentence {@code s} opens with, as written up to the end of the phrase
     * ("Another friend of Jade’s", "One mother"), or null.
     */
    private String unnamedSubject(int s) {
        List<Token> tokens = passage.tokensOf(s);
        int start = tokens.size() < 3 ? -1 : afterOpeningPhrase(tokens);
        if (start < 0 || passage.inHeadline(s) || silentOutsideRelative(tokens)) {
            return null;
        }
        if (inMarks.covers(new Span(tokens.get(start).start(), tokens.get(start).end()))) {
            // "“A family distillery with one importer can't,” he said.": a subject inside the
            // quoted words is no one the story turned to
            return null;
        }
        int noun = unnamedNoun(tokens, start, tokens.size());
        if (noun < 0) {
            return null;
        }
        int end = noun + 1;
        if (end + 1 < tokens.size()
                && PhraseReader.COMPLEMENTS.contains(tokens.get(end).lower())
                && tokens.get(end + 1).capitalized()) {
            // "Another friend of Jade’s", "A spokesman for Lane", "One fan of Tyler Okoye": who
            // they are with
            end += 2;
            while (end < tokens.size()
                    && tokens.get(end).capitalized()
                    && tokens.get(end).type() == Token.Type.WORD) {
                end++;
            }
        } else if (end + 3 < tokens.size()
                && PhraseReader.COMPLEMENTS.contains(tokens.get(end).lower())
                && tokens.get(end + 1).lower().equals("the")
                && !tokens.get(end + 2).capitalized()
                && tokens.get(end + 3).is(',')) {
            // "A friend of the couple, who asked not to be named,"
            end += 3;
        }
        if (end < tokens.size() && QUESTIONING.contains(tokens.get(end).lower())) {
            // "A reporter asked Joan Mills about the vote. “…,” she said.": the one asked answers
            return null;
        }
        if (end + 1 < tokens.size()
                && NAMING.contains(tokens.get(end).lower())
                && people.containsKey(tokens.get(end + 1).start())) {
            // "A freshman named Hailey Puckett posted a picture": the name the noun is given
            return people.get(tokens.get(end + 1).start());
        }
        if (end + 2 < tokens.size()
                && tokens.get(end).type() == Token.Type.WORD
                && !tokens.get(end).capitalized()
                && tokens.get(end + 1).is(',')
                && people.containsKey(tokens.get(pastTitles(tokens, end + 2)).start())) {
            // "A potential vice president pick, Haley is the daughter of …": the role names the
            // noun after it, and the name set off after both is the subject
            return people.get(tokens.get(pastTitles(tokens, end + 2)).start());
        }
        if (end + 1 < tokens.size() && tokens.get(end).is(',')) {
            // "…, Hon. Kwabena Asante-Boateng,": past the titles to the name
            String apposed = people.get(tokens.get(pastTitles(tokens, end + 1)).start());
            if (apposed != null) {
                // "A Caldwell spokesperson, Anne Lowry, dismissed the criticism": the one named
                return apposed;
            }
        }
        return passage.text()
                .subSequence(tokens.get(start).start(), tokens.get(end - 1).end())
                .toString();
    }

    /** Participles that give an unnamed person's name after the noun: "a waiter named Callum". */
    private static final java.util.Set<String> NAMING = java.util.Set.of("named", "called");

    /** Conjunctions that may open a sentence before its subject: "But one friend …". */
    private static final java.util.Set<String> OPENING_CONJUNCTIONS =
            java.util.Set.of("but", "and", "yet", "still");

    /** Words that open a phrase of time or place before a sentence's subject: "Midway through". */
    private static final java.util.Set<String> OPENING_ADVERBS =
            java.util.Set.of(
                    "midway",
                    "later",
                    "earlier",
                    "then",
                    "now",
                    "outside",
                    "inside",
                    "nearby",
                    "meanwhile",
                    "elsewhere",
                    "afterwards",
                    "afterward",
                    "moments",
                    "minutes");

    /** How many tokens a short phrase may run before the unnamed subject after its comma. */
    private static final int OPENING_PHRASE = 8;

    /**
     * Where an unnamed subject may start in a sentence: at its first word ("A publicist leans in"),
     * or after a short opening phrase with no one in it ("Midway through the conversation, a
     * publicist leans in"); -1 where neither.
     */
    private int afterOpeningPhrase(List<Token> tokens) {
        String first = tokens.getFirst().lower();
        if (INDEFINITE.contains(first)) {
            return 0;
        }
        // "My mother called." is the writer's, but not inside a quotation, where "my" is the
        // speaker's
        boolean writers = !inMarks.covers(new Span(tokens.get(0).start(), tokens.get(0).end()));
        if (writers && WRITERS_OWN.contains(first)) {
            return 0;
        }
        String second = tokens.get(1).lower();
        if ((OPENING_ADVERBS.contains(first) || OPENING_CONJUNCTIONS.contains(first))
                && (INDEFINITE.contains(second) || writers && WRITERS_OWN.contains(second))) {
            // "Later my mother called.", "But another friend of Jade’s was less forgiving."
            return 1;
        }
        if (!SubjectReader.PREPOSITIONS.contains(first)
                && !SubjectReader.SUBORDINATORS.contains(first)
                && !OPENING_ADVERBS.contains(first)) {
            // "Marcy Dunleavy, a trustee in Harlan Township, drove": an appositive, no subject
            return -1;
        }
        boolean clause = SubjectReader.SUBORDINATORS.contains(first);
        for (int k = 1; k + 1 < tokens.size() && k <= OPENING_SUBJECT_REACH; k++) {
            Token token = tokens.get(k);
            if (Mark.is(token)
                    || lexicon.cue(token) != null
                    || !clause && people.containsKey(token.start())) {
                // "As Ivanka Trump delivered her speech, a fashion designer … watched": a name
                // in an opening clause is that clause's subject, not the sentence's
                return -1;
            }
            if (token.is(',')) {
                return INDEFINITE.contains(tokens.get(k + 1).lower()) ? k + 1 : -1;
            }
        }
        return -1;
    }

    /**
     * Whether sentence {@code s} reports a question put without quoting it: "A reporter asked Joan
     * Mills about the vote." Whoever asked is not who answers in the quotation after it (unless
     * that quotation's sentence holds a question mark: the question itself, quoted).
     */
    private boolean reportedQuestion(int s) {
        List<Token> tokens = passage.tokensOf(s);
        boolean asked = false;
        for (int k = 0; k < tokens.size(); k++) {
            Token token = tokens.get(k);
            if (Mark.is(token)) {
                return false;
            }
            if (QUESTIONING.contains(token.lower())) {
                // not "Asked by a reporter why …, the chief said", "who asked that her surname
                // not be used"
                if (k == 0 || PhraseReader.RELATIVE_PRONOUNS.contains(tokens.get(k - 1).lower())) {
                    return false;
                }
                asked = true;
            } else if (lexicon.isSpeechCue(token.lower())) {
                // "the son said the family learnt of it when his father asked him for a loan"
                return false;
            }
        }
        return asked;
    }

    /**
     * Whether {@code speaker}, someone unnamed ("a reporter"), put the question sentence {@code s}
     * ends with, so is not who answers it with the pronoun at {@code offset} ("“Did you think about
     * fouling?” ¶ “We talked about it,” she said."), unless its verb goes on with them ("she
     * added").
     */
    private boolean unnamedAsker(String speaker, int s, int offset) {
        String first = speaker.split(" ")[0].toLowerCase(Locale.ROOT);
        if (!unnamed(speaker) && !PhraseReader.UNNAMING.contains(first)) {
            return false;
        }
        Span span = passage.sentences().get(s).span();
        int k = span.end() - 1;
        CharSequence text = passage.text();
        while (k > span.start()
                && (Character.isWhitespace(text.charAt(k))
                        || Mark.familyOf(text.charAt(k)) != null)) {
            k--;
        }
        return text.charAt(k) == '?' && !goesOn(passage.tokenAtOrAfter(offset) + 1);
    }

    /** Whether a question mark stands in the text between {@code from} and {@code to}. */
    private boolean questionMarkBetween(int from, int to) {
        CharSequence text = passage.text();
        for (int k = from; k < to && k < text.length(); k++) {
            if (text.charAt(k) == '?') {
                return true;
            }
        }
        return false;
    }

    /** Verbs whose unnamed subject puts the question, so is not the one who answers it. */
    private static final java.util.Set<String> QUESTIONING =
            java.util.Set.of("asked", "asks", "questioned", "pressed", "quizzed");

    /** Verbs after which the unnamed person named is the one who goes on to speak. */
    private static final java.util.Set<String> INTERVIEWING =
            java.util.Set.of("spoke", "talked", "interviewed", "met", "visited");

    /**
     * The unnamed person sentence {@code s} says the writer spoke to ("WIRED spoke to one mother,
     * who…", "The Guardian interviewed a nurse"), as written, or null.
     */
    private String unnamedInterviewee(int s) {
        List<Token> tokens = passage.tokensOf(s);
        if (passage.inHeadline(s)) {
            return null;
        }
        for (int k = 0; k + 1 < tokens.size(); k++) {
            if (!INTERVIEWING.contains(tokens.get(k).lower())) {
                continue;
            }
            int det = k + 1;
            String next = tokens.get(det).lower();
            if ((next.equals("to") || next.equals("with")) && det + 1 < tokens.size()) {
                det++;
            }
            if (!INDEFINITE.contains(tokens.get(det).lower())) {
                return null;
            }
            int noun = unnamedNoun(tokens, det, tokens.size());
            return noun < 0
                    ? null
                    : passage.text()
                            .subSequence(tokens.get(det).start(), tokens.get(noun).end())
                            .toString();
        }
        return null;
    }

    /**
     * Where the person noun stands that makes the determiner at token {@code det} an unnamed person
     * ("one London <i>reviewer</i>", "a <i>surfer</i>"), within a few words and before {@code to};
     * or -1.
     */
    private int unnamedNoun(List<Token> tokens, int det, int to) {
        for (int k = det + 1; k < to && k - det <= UNNAMED_SUBJECT_REACH; k++) {
            Token token = tokens.get(k);
            if (token.type() != Token.Type.WORD) {
                return -1;
            }
            String word = token.lower();
            if (!token.capitalized()
                    && (lexicon.anonymous().contains(word) || lexicon.roles().contains(word))) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Where the role noun a sentence opens with stands ("The 41-year-old actress", "The 56-year-old
     * said"), or -1.
     */
    private int roleSubjectNoun(List<Token> tokens) {
        if (tokens.size() > 2
                && OWNERS.contains(tokens.getFirst().lower())
                && COUNTERPARTS.contains(tokens.get(1).lower())) {
            // "Her predecessor struck a very different tone"
            return 1;
        }
        if (tokens.size() < 2 || !tokens.getFirst().lower().equals("the")) {
            return -1;
        }
        int age = -1;
        for (int k = 1; k < tokens.size() && k <= ROLE_SUBJECT_REACH; k++) {
            Token token = tokens.get(k);
            if (token.type() == Token.Type.PUNCT) {
                break;
            }
            String word = token.lower();
            if ((!token.capitalized() || PARTIES.contains(word))
                    && lexicon.roles().contains(word)) {
                // "The chief executive, Alison Greer,": the last of the role's nouns; "The
                // Democrat shook his head"
                while (k + 1 < tokens.size()
                        && !tokens.get(k + 1).capitalized()
                        && lexicon.roles().contains(tokens.get(k + 1).lower())) {
                    k++;
                }
                return k;
            }
            if (word.endsWith("-old")) {
                age = k;
            }
        }
        return age;
    }

    /**
     * "The doctors stated" after Doctors for Camp Closure: a group of people whose plural noun is
     * in the name of an organisation named before, however far back, is that organisation. Null
     * otherwise.
     */
    private String organisationOfMembers(String group, int offset) {
        String[] words = group.split(" ");
        String noun = words[words.length - 1];
        if (words.length > 2 || !noun.endsWith("s") || noun.length() < 4) {
            return null;
        }
        for (String organisation : organisations.headMap(offset, false).descendingMap().values()) {
            if (describes(new String[] {noun}, organisation)) {
                return organisation;
            }
        }
        return null;
    }

    /**
     * The organisations named together last before {@code offset} ("Northwind Systems Inc. and
     * Brightpath Software Ltd.", "the Treasury, the central bank and the statistics office") that
     * {@code group} stands for: "companies", "the two firms", "both agencies". Null when the group
     * is no plural of an organisation's noun, or when no such list, of the count the group gives,
     * was named within reach.
     */
    private String namedTogether(String group, int offset) {
        String[] words = group.split(" ");
        if (words.length > 2 || !pluralOfBody(words[words.length - 1])) {
            return null;
        }
        Integer wanted = words.length == 2 ? COUNTS.get(words[0]) : null;
        if (words.length == 2 && wanted == null) {
            return null;
        }
        List<Map.Entry<Integer, String>> run = new ArrayList<>();
        for (Map.Entry<Integer, String> named :
                organisations.headMap(offset, false).descendingMap().entrySet()) {
            if (passage.sentenceAt(offset) - passage.sentenceAt(named.getKey()) > REACH) {
                break;
            }
            if (!run.isEmpty() && !joined(named.getKey(), run.getLast().getKey())) {
                // the last organisation named is one of the group, or no list is meant
                break;
            }
            run.add(named);
        }
        List<String> names = new ArrayList<>();
        if (run.size() >= 2 && (wanted == null || wanted == run.size())) {
            for (Map.Entry<Integer, String> named : run.reversed()) {
                names.add(named.getValue());
            }
        } else {
            names = theOnlyOnes(offset, words[words.length - 1], wanted == null ? 2 : wanted);
        }
        return names.size() < 2
                ? null
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }

    /**
     * The organisations of the group's kind named within reach before {@code offset}, in the order
     * first named, when there are exactly {@code count} of them: "Corvane Systems Inc. agreed to
     * acquire Tessellate Analytics Inc. … the companies said". Empty otherwise.
     */
    private List<String> theOnlyOnes(int offset, String noun, int count) {
        boolean business = !pluralOfPublicBody(noun);
        int first = Math.max(0, passage.sentenceAt(offset) - REACH);
        int from = passage.sentences().get(first).span().start();
        java.util.LinkedHashSet<String> named = new java.util.LinkedHashSet<>();
        for (String organisation : organisations.subMap(from, true, offset, false).values()) {
            if (publicBody(organisation.toLowerCase(Locale.ROOT).split(" ")) != business) {
                named.add(organisation);
            }
        }
        return named.size() == count ? List.copyOf(named) : List.of();
    }

    /** Whether {@code noun} is the plural of a business's or public body's: "firms", "agencies". */
    private boolean pluralOfBody(String noun) {
        String one = singular(noun);
        return one != null && (lexicon.businessNouns().contains(one) || pluralOfPublicBody(noun));
    }

    /** Whether {@code noun} is the plural of a public body's: "agencies", "councils". */
    private boolean pluralOfPublicBody(String noun) {
        String one = singular(noun);
        return one != null && lexicon.publicBodyNouns().contains(one);
    }

    /** The singular of a plural noun ending in "s" ("firms", "agencies"), or null. */
    private static String singular(String noun) {
        if (noun.endsWith("ies")) {
            return noun.substring(0, noun.length() - 3) + "y";
        }
        return noun.endsWith("s") ? noun.substring(0, noun.length() - 1) : null;
    }

    /** Count words before a group: "the two firms", "both agencies". */
    private static final Map<String, Integer> COUNTS =
            Map.of("both", 2, "two", 2, "three", 3, "four", 4, "five", 5);

    /**
     * Whether the organisation named at {@code first} runs straight into the one at {@code next}
     * with only a comma or "and" between: "Northwind Inc. and Brightpath", "the Treasury, the
     * Bank".
     */
    private boolean joined(int first, int next) {
        Integer end = organisationEnds.get(first);
        if (end == null || end > next) {
            return false;
        }
        CharSequence between = passage.text().subSequence(end, next);
        return BETWEEN_NAMES.matcher(between).matches();
    }

    /** What may stand between two organisations named together. */
    private static final java.util.regex.Pattern BETWEEN_NAMES =
            java.util.regex.Pattern.compile(
                    "\\.?(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)(?:the\\s+)?");

    /**
     * The police force or department named last before {@code offset} ("the Morristown Police
     * Department said … “…,” police wrote"), or null when none is.
     */
    private String policeForce(int offset) {
        for (String organisation : organisations.headMap(offset, false).descendingMap().values()) {
            List<String> words = List.of(organisation.split(" "));
            if (words.contains("Police") && !POLICE_PLACES.contains(words.getLast())) {
                return organisation;
            }
        }
        return null;
    }

    /** Last words of a police name that is a place, not a force: "Dubbo Police Station". */
    private static final java.util.Set<String> POLICE_PLACES =
            java.util.Set.of("Station", "Headquarters", "Academy", "College");

    /** Nouns for a body that governs a sport, whose clubs employ the players it rules on. */
    private static final java.util.Set<String> GOVERNING =
            java.util.Set.of("league", "federation", "association");

    /**
     * The last of the few organisations named before {@code offset} that is written before no one's
     * role ("Baltimore Ravens linebacker Deshawn Pruitt" makes the Ravens an employer), or null.
     */
    private String notAnEmployer(int offset) {
        java.util.Set<String> employers = new java.util.HashSet<>();
        for (Map.Entry<Integer, String> entry : organisations.headMap(offset, false).entrySet()) {
            if (employerBeforeRole(entry.getKey())) {
                employers.add(entry.getValue());
            }
        }
        int back = 0;
        for (Map.Entry<Integer, String> entry :
                organisations.headMap(offset, false).descendingMap().entrySet()) {
            if (!employers.contains(entry.getValue())) {
                return entry.getValue();
            }
            if (++back == ORGANISATIONS_BACK) {
                break;
            }
        }
        return null;
    }

    /**
     * Whether {@code words} are an outlet's editorial board ("the editorial board writes"): the
     * outlet speaks, not the last body named.
     */
    private static boolean editorialBoard(String[] words) {
        return words.length >= 2
                && words[words.length - 1].equals("board")
                && words[words.length - 2].equals("editorial");
    }

    /** Nouns for an outlet, which point back at the last outlet named: "the newspaper said". */
    private static final java.util.Set<String> MEDIA_NOUNS =
            java.util.Set.of(
                    "newspaper",
                    "paper",
                    "magazine",
                    "tabloid",
                    "outlet",
                    "broadcaster",
                    "station",
                    "daily",
                    "weekly",
                    "broadsheet");

    /** Whether "told" stands right before {@code offset}: "told People that …". */
    private boolean toldBefore(int offset) {
        int at = passage.tokenAtOrAfter(offset);
        return at > 0 && passage.tokens().get(at - 1).lower().equals("told");
    }

    /** Nouns for a broadcaster, which stand for an outlet only when one was just named. */
    private static final java.util.Set<String> BROADCAST_NOUNS =
            java.util.Set.of("network", "channel");

    /** How many sentences back "the network" looks for the outlet it means. */
    private static final int BROADCASTER_REACH = 2;

    /** How many organisations back "the union" looks for one whose name has that noun. */
    private static final int ORGANISATIONS_BACK = 4;

    /**
     * "Her campaign", "his campaign": the campaign of the person the pronoun points to, written as
     * "Lena Marsh’s campaign", not the last organisation named; null for any other phrase or when
     * the pronoun points to no one.
     */
    private String ownCampaign(SpeakerRef ref, String[] words) {
        if (words.length == 3
                && words[0].equals("the")
                && CAMPAIGNS.contains(words[2])
                && Character.isUpperCase(ref.text().split(" ")[1].charAt(0))) {
            // "The Brell campaign": the campaign of the person the story names so, not a firm
            // that shares the name
            String candidate = names.fullest(ref.text().split(" ")[1], ref.offset());
            return names.isPerson(candidate) ? candidate + "’s " + words[2] : null;
        }
        if (words.length != 2 || !CAMPAIGNS.contains(words[1])) {
            return null;
        }
        Gender gender =
                switch (words[0]) {
                    case "his" -> Gender.MALE;
                    case "her" -> Gender.FEMALE;
                    default -> null;
                };
        String person = gender == null ? null : pronoun(ref.offset(), gender);
        // only someone the story shows to be of that gender: a name of unknown gender may be a
        // body read as a person
        return person == null || names.gender(person) != gender
                ? null
                : person + "’s " + ref.text().split(" ")[1];
    }

    /**
     * "Lena Marsh’s campaign" when the person {@code mention} names is followed by a possessive and
     * a campaign noun, else null.
     */
    private String campaignAfter(Mention mention) {
        int end = mention.span().end();
        if (!people.containsKey(mention.span().start()) || !possessive(end)) {
            return null;
        }
        int next = passage.tokenAtOrAfter(end + 2);
        if (next >= passage.tokens().size()
                || !CAMPAIGNS.contains(passage.tokens().get(next).lower())) {
            return null;
        }
        return people.get(mention.span().start()) + "’s " + passage.tokens().get(next).lower();
    }

    /** Nouns for the body that runs someone's bid for office. */
    private static final java.util.Set<String> CAMPAIGNS = java.util.Set.of("campaign", "camp");

    /** Adjectives that name the body behind a document: "the congressional report". */
    private static final java.util.Set<String> ISSUING =
            java.util.Set.of(
                    "congressional",
                    "parliamentary",
                    "presidential",
                    "governmental",
                    "ministerial",
                    "judicial",
                    "federal");

    /** Determiners of one document among many: "One tweet said", "Another post read". */
    private static final java.util.Set<String> ONE_OF_MANY = java.util.Set.of("one", "another");

    /** Documents that answer for someone who just spoke: "the statement said". */
    private static final java.util.Set<String> STATEMENTS = java.util.Set.of("statement");

    /**
     * "The union said": among the last few organisations named, the latest whose name holds the
     * noun ("… Bakery Workers Union", not the bakery named since), else as for "it".
     */
    private String organisationNamed(SpeakerRef ref) {
        String[] words = ref.text().toLowerCase(Locale.ROOT).split(" ");
        String owned = ownCampaign(ref, words);
        if (owned != null) {
            return owned;
        }
        NavigableMap<Integer, String> inside =
                organisations.subMap(
                        ref.offset(), false, ref.offset() + ref.text().length(), false);
        if (!inside.isEmpty() && words[words.length - 1].equals("office")) {
            // "The Carteret-Pamlico Emergency Management office said": the organisation the
            // phrase names ("the RBA board" is a part of one, as written)
            return inside.lastEntry().getValue();
        }
        String noun = words[words.length - 1];
        if (QuoteAssembler.DOCUMENTS.contains(noun)
                && (java.util.Arrays.stream(words).anyMatch(ISSUING::contains)
                        || ONE_OF_MANY.contains(words[0]))) {
            // "the congressional report said", "One tweet said": the body its adjective names
            // issued it, or one of many, as written, not whoever was named before
            return ref.text();
        }
        String issuer =
                QuoteAssembler.DOCUMENTS.contains(noun) ? issuerOf(noun, ref.offset()) : null;
        if (issuer != null) {
            return issuer;
        }
        NavigableMap<Integer, String> holders = roleHolders.get(noun);
        Map.Entry<Integer, String> holder =
                holders == null || !lexicon.roles().contains(noun)
                        ? null
                        : holders.lowerEntry(ref.offset());
        if (holder != null) {
            // "Forecaster Jane Hill … the forecaster said": a person introduced in the role, before
            // the body the same noun names ("The Met Office … the forecaster said")
            return holder.getValue();
        }
        int at = passage.tokenAtOrAfter(ref.offset());
        if (MEDIA_NOUNS.contains(noun)
                && at > 0
                && PhraseReader.COMPLEMENTS.contains(passage.tokens().get(at - 1).lower())) {
            // "A spokesperson for the broadcaster": as written
            return ref.text();
        }
        String board = editorialBoard(words) ? lastBefore(press, ref.offset()) : null;
        if (board != null) {
            // "the editorial board writes": the outlet named last, not the last body
            return board;
        }
        Map.Entry<Integer, String> broadcaster =
                BROADCAST_NOUNS.contains(noun) && words.length <= 2
                        ? press.lowerEntry(ref.offset())
                        : null;
        if (broadcaster != null
                && passage.sentenceAt(ref.offset()) - passage.sentenceAt(broadcaster.getKey())
                        <= BROADCASTER_REACH
                && !afterPreposition(broadcaster.getKey())
                && !toldBefore(broadcaster.getKey())) {
            // "CNN was quick to push back … In a statement, the network said": the outlet just
            // named, not the last body
            return broadcaster.getValue();
        }
        if (MEDIA_NOUNS.contains(noun) && words.length <= 2) {
            String outlet = lastBefore(press, ref.offset());
            if (outlet != null) {
                // "denying the Daily Mail report. “…,” the newspaper said": the outlet named
                return outlet;
            }
        }
        NavigableMap<Integer, String> described = organisationsAs.get(noun);
        Map.Entry<Integer, String> apposed =
                described == null ? null : described.lowerEntry(ref.offset());
        if (apposed != null
                && passage.sentenceAt(ref.offset()) - passage.sentenceAt(apposed.getKey())
                        <= 2 * REACH) {
            // "Lantern Television, the studio behind the series, … the studio said"
            return apposed.getValue();
        }
        String spoke = organisationThatSpoke(ref.text(), words, ref.offset());
        if (spoke != null) {
            return spoke;
        }
        int back = 0;
        for (Map.Entry<Integer, String> entry :
                organisations.headMap(ref.offset(), false).descendingMap().entrySet()) {
            if (describesAs(ref.text(), words, entry.getValue())) {
                // "the fire department" for the Harlow Springs Fire Department, however far back
                return entry.getValue();
            }
            if (++back == ORGANISATIONS_BACK) {
                break;
            }
        }
        String team = TEAMS.contains(noun) ? teamOfStory(ref.offset()) : null;
        if (team != null) {
            return team;
        }
        if (lexicon.names().ownOrganisationRoles().contains(noun)) {
            // "The society said" after the Chartered Society of Physiotherapy, however far back,
            // "the district said" after Tacoma Public Schools; "the county said" with no county's
            // body named is the county, not the last firm
            return organisations.headMap(ref.offset(), false).descendingMap().values().stream()
                    .filter(
                            organisation ->
                                    describes(words, organisation)
                                            || noun.equals("district")
                                                    && organisation
                                                            .toLowerCase(Locale.ROOT)
                                                            .endsWith(" schools"))
                    .findFirst()
                    .orElse(ref.text());
        }
        if (GOVERNING.contains(noun)) {
            String governing = notAnEmployer(ref.offset());
            if (governing != null) {
                // "The NFL has suspended Baltimore Ravens linebacker Deshawn Pruitt … the league
                // said": not a club whose players the story names
                return governing;
            }
        }
        String last = organisationNotPerson(ref.offset());
        if (last == null) {
            // "The Chicago Transit Authority will suspend service between Jefferson Park and
            // O’Hare … the agency said": past a name read as a person's, a body of the noun's kind
            last = plainlyOfItsKind(noun, ref.offset());
        }
        if (last == null && words.length == 2 && lexicon.businessNouns().contains(noun)) {
            String firm = bareFirm(ref.offset());
            if (firm != null) {
                // "Shares in Tesla fell … Tesla’s sales … The company said": a firm the name
                // finder left unread, one word long
                return firm;
            }
        }
        if (last != null && !kindAgrees(noun, last)) {
            last = ofItsKind(noun, ref.offset());
            if (last == null) {
                return ref.text();
            }
        }
        if (last != null && !sharesModifier(ref.text(), last)) {
            // "the Congolese government said" after M23: an organisation the article has not
            // named, as written
            return ref.text();
        }
        if (last == null && words.length > 1 && QuoteAssembler.organisationNoun(ref)) {
            // "the ministry said" where the article names no organisation: as written ("the
            // statement said" is left to find who issued it)
            return ref.text();
        }
        if (describedInFewWords(words)
                && (last == null
                        || OutletRecognizer.platform(last)
                        || !ANY_ORGANISATION.contains(noun)
                                && !lexicon.businessNouns().contains(noun))) {
            // "the fire department wrote" with no department named, "the research team
            // describes": the phrase as written ("the power utility" is the firm named before)
            return ref.text();
        }
        return last;
    }

    /**
     * The organisation of the kind {@code words} name that spoke last in the sentence before {@code
     * offset} or earlier in its own, though others were named after it: "Lanternfall Workers
     * United, which is affiliated with the Communications Workers of America, said … “…,” the union
     * said". Null when no such organisation spoke there.
     */
    private String organisationThatSpoke(String phrase, String[] words, int offset) {
        int sentence = passage.sentenceAt(offset);
        int from = passage.sentences().get(Math.max(0, sentence - 1)).span().start();
        java.util.Collection<String> named = organisations.values();
        for (String speaker : speakers.subMap(from, true, offset, false).descendingMap().values()) {
            if (named.contains(speaker) && describesAs(phrase, words, speaker)) {
                return speaker;
            }
        }
        return null;
    }

    /** How many times a single capitalised word must stand before "the company" to be its name. */
    private static final int BARE_FIRM_COUNT = 2;

    /**
     * The firm "the company" points at when no organisation was read: the last single capitalised
     * word before {@code offset} that stands before it at least twice, never in lower case, and is
     * no word of a person's name, place, given name, day or month ("Shares in Tesla fell … Tesla’s
     * sales … The company said"). Null when there is none.
     */
    private String bareFirm(int offset) {
        List<Token> tokens = passage.tokens();
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> written = new HashMap<>();
        List<String> seen = new java.util.ArrayList<>();
        for (int k = 0; k < passage.tokenAtOrAfter(offset); k++) {
            Token token = tokens.get(k);
            String word = token.bare();
            if (token.type() != Token.Type.WORD
                    || !token.capitalized()
                    || word.length() < 3
                    || k > 0 && tokens.get(k - 1).capitalized()
                    || k + 1 < tokens.size() && tokens.get(k + 1).capitalized()
                    || inMarks.covers(new Span(token.start(), token.end()))
                    || lowerCase.contains(word)
                    || known.contains(word)
                    || names.isPerson(token.text())
                    || lexicon.names().places().contains(word)
                    || lexicon.names().givenNames().contains(word)
                    || lexicon.names().notName(token.text())
                    || io.storytrace.text.CalendarWords.WEEKDAYS.contains(word)
                    || io.storytrace.text.CalendarWords.MONTHS.contains(word)) {
                continue;
            }
            counts.merge(word, 1, Integer::sum);
            written.putIfAbsent(word, token.text().substring(0, word.length()));
            seen.add(word);
        }
        java.util.Set<String> nameWords = new java.util.HashSet<>();
        for (String person : people.values()) {
            nameWords.addAll(List.of(person.toLowerCase(Locale.ROOT).split(" ")));
        }
        for (String word : seen.reversed()) {
            if (counts.get(word) >= BARE_FIRM_COUNT && !nameWords.contains(word)) {
                // "Kessler-Vance earned" after "Kessler-Vance Industries reported": the name in
                // full
                String full = organisationStartingWith(written.get(word));
                return full != null ? full : written.get(word);
            }
        }
        return null;
    }

    /** Nouns for a sports team: "the club said". */
    private static final java.util.Set<String> TEAMS =
            java.util.Set.of("club", "team", "franchise", "side");

    /**
     * The team a sports story opens on, when "the club" or "the team" speaks and no organisation of
     * that kind is named: a name opening one of the first sentences with a plural verb, the British
     * way with a club ("Middlesbrough have sacked manager Andy Ferris"), or before the role of a
     * person it names ("Charlotte Hornets guard Andre Mills has requested a trade"). Null when none
     * opens so.
     */
    private String teamOfStory(int offset) {
        int until = Math.min(passage.sentenceAt(offset), STORY_OPENING);
        for (int s = 0; s < until; s++) {
            List<Token> tokens = passage.tokensOf(s);
            int from = !tokens.isEmpty() && tokens.getFirst().text().equals("The") ? 1 : 0;
            int end = from;
            while (end < tokens.size()
                    && end - from < TEAM_WORDS
                    && tokens.get(end).type() == Token.Type.WORD
                    && tokens.get(end).capitalized()
                    && !PhraseReader.possessive(tokens.get(end))) {
                end++;
            }
            if (end == from || end + 1 >= tokens.size()) {
                continue;
            }
            Token next = tokens.get(end);
            // a team named for its city may read as a person ("Charlotte Hornets"), but no
            // person is followed by a plural verb
            boolean plural =
                    PLURAL_VERBS.contains(next.lower())
                            && !people.containsKey(tokens.get(from).start());
            boolean employs =
                    (lexicon.roles().contains(next.lower()) || POSITIONS.contains(next.lower()))
                            && people.containsKey(tokens.get(end + 1).start());
            if (plural || employs) {
                return passage.text()
                        .subSequence(tokens.get(from).start(), tokens.get(end - 1).end())
                        .toString();
            }
        }
        return null;
    }

    /**
     * Positions on a team too ambiguous to be role words everywhere ("the Coast Guard", "moving
     * forward"), but not between a team and its player: "Hornets guard Andre Mills".
     */
    private static final java.util.Set<String> POSITIONS =
            java.util.Set.of("guard", "forward", "center", "centre", "shortstop", "catcher");

    /** How many sentences, the headline's among them, a story's opening runs. */
    private static final int STORY_OPENING = 4;

    /** How many words a team's name runs at most: "Charlotte Hornets", "Crystal Palace". */
    private static final int TEAM_WORDS = 4;

    /** Verbs in the plural a club takes in British English: "Chelsea have completed". */
    private static final java.util.Set<String> PLURAL_VERBS =
            java.util.Set.of("have", "are", "were");

    /**
     * The last organisation of the kind {@code noun} names, within a few, else the last speaker of
     * that kind no pronoun or title showed to be a person: "the regulator said" after Severnmoor
     * Water ("Ofwat said" earlier), "the company said" after Hexley District Council. Null when
     * there is none.
     */
    private String ofItsKind(String noun, int offset) {
        int back = 0;
        for (String earlier : organisations.headMap(offset, false).descendingMap().values()) {
            if (kindAgrees(noun, earlier)) {
                return earlier;
            }
            if (++back == ORGANISATIONS_BACK) {
                break;
            }
        }
        String speaker = lastBefore(speakers, offset);
        return speaker != null
                        && genderOf(speaker) == Gender.UNKNOWN
                        && !describedOnly(speaker)
                        && kindAgrees(noun, speaker)
                ? speaker
                : null;
    }

    /**
     * The last of the few organisations named before {@code offset} that is plainly of the kind
     * {@code noun} names: a public body by a word of its name ("Chicago Transit Authority" for "the
     * agency"), a firm by its last word ("Harlow Baking Co." for "the company"). Null for a noun of
     * neither kind, or when none is.
     */
    private String plainlyOfItsKind(String noun, int offset) {
        boolean business = lexicon.businessNouns().contains(noun);
        boolean public_ = lexicon.publicBodyNouns().contains(noun);
        if (business == public_) {
            return null;
        }
        int back = 0;
        for (String earlier : organisations.headMap(offset, false).descendingMap().values()) {
            String[] words = earlier.toLowerCase(Locale.ROOT).split(" ");
            boolean publicBody = publicBody(words);
            String head = words[words.length - 1].replace(".", "");
            boolean firm =
                    !publicBody
                            && (lexicon.names().firmWords().contains(head)
                                    || lexicon.legalForms().contains(head));
            if (public_ ? publicBody : firm) {
                return earlier;
            }
            if (++back == ORGANISATIONS_BACK) {
                break;
            }
        }
        return null;
    }

    /**
     * Whether an organisation may be what {@code noun} names: a business noun is no public body and
     * a public body's noun is no business ("Severnmoor Water", "Greystone Homes Ltd").
     */
    private boolean kindAgrees(String noun, String organisation) {
        boolean business = lexicon.businessNouns().contains(noun);
        boolean public_ = lexicon.publicBodyNouns().contains(noun);
        if (!business && !public_) {
            return true;
        }
        String[] words = organisation.toLowerCase(Locale.ROOT).split(" ");
        String head = words[words.length - 1].replace(".", "");
        boolean publicBody = publicBody(words);
        boolean firm =
                !publicBody
                        && words.length > 1
                        && (lexicon.names().organisationWords().contains(head)
                                || lexicon.names().firmWords().contains(head));
        return business ? !publicBody : !firm;
    }

    /** Whether the lower-case words of an organisation's name have a public body's word. */
    private boolean publicBody(String[] words) {
        return java.util.Arrays.stream(words).anyMatch(lexicon.publicBodyWords()::contains);
    }

    /** Nouns for an organisation of any kind, which the last one named may well be. */
    private static final java.util.Set<String> ANY_ORGANISATION =
            java.util.Set.of(
                    "company",
                    "firm",
                    "business",
                    "corporation",
                    "group",
                    "board",
                    "department",
                    "agency",
                    "government",
                    "office",
                    "organisation",
                    "organization",
                    "authority",
                    "service",
                    "club",
                    "union",
                    "party");

    /** How many words a description of a particular body has at most: "the research team". */
    private static final int PARTICULAR_WORDS = 4;

    /**
     * Whether {@code words} describe a body in a few words of its own ("the research team", "the
     * fire department"), more than "the company".
     */
    private static boolean describedInFewWords(String[] words) {
        if (words.length < 3
                || words.length > PARTICULAR_WORDS
                || !PhraseReader.DETERMINERS.contains(words[0])) {
            return false;
        }
        for (String word : words) {
            if (SubjectReader.PREPOSITIONS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The last organisation named, else the last speaker unless that is someone the text shows to
     * be a man or a woman: "the company said" never points at a person.
     */
    private String organisationNotPerson(int offset) {
        String found = organisationOrSpeaker(offset);
        return found != null
                        && (genderOf(found) != Gender.UNKNOWN
                                || describedOnly(found) && !organisationNames.contains(found))
                ? null
                : found;
    }

    /**
     * Whether {@code organisation} can be what a phrase with capitalised words describes: "the
     * Chinese foreign ministry" the Chinese Foreign Ministry, "the Kenyan government" the
     * Government of Kenya; true when the phrase has no capitalised word after its first.
     */
    private static boolean sharesModifier(String phrase, String organisation) {
        String[] words = phrase.split(" ");
        String named = organisation.toLowerCase(Locale.ROOT);
        boolean any = false;
        // a possessor opening the phrase is a modifier too: "Rwanda's foreign ministry"
        int from = words[0].endsWith("’s") || words[0].endsWith("'s") ? 0 : 1;
        for (int k = from; k < words.length; k++) {
            String word = words[k];
            if (word.isEmpty()
                    || !Character.isUpperCase(word.codePointAt(0))
                    || NameFinder.hyphenated(word)) {
                // "the Leeds-based company": where it is, not its name
                continue;
            }
            any = true;
            String lower = word.toLowerCase(Locale.ROOT);
            String stem = lower.substring(0, Math.min(lower.length(), STEM));
            if (named.contains(stem)) {
                return true;
            }
        }
        return !any;
    }

    /** How many letters of a nationality the name of its country shares: "Keny" in both. */
    private static final int STEM = 4;

    /**
     * Whether the noun phrase {@code words} ("the production company", "the bank") names a word of
     * {@code organisation} ("Dick Clark Productions", "Reserve Bank"): its noun or a word before
     * it, singular or plural.
     */
    private boolean describes(String[] words, String organisation) {
        List<String> named = List.of(organisation.toLowerCase(Locale.ROOT).split(" "));
        if (lexicon.legalFormNouns().contains(words[words.length - 1])
                && lexicon.legalForms().contains(named.getLast())) {
            // "the company said" for Harlow Baking Co.
            return true;
        }
        if (lexicon.nameOfKind(words[words.length - 1], named)) {
            // "the club said" for Kingsmoor Athletic, "the union" for Lanternfall Workers United
            return true;
        }
        // "the police watchdog" watches the police, "the water regulator" a water firm: what they
        // oversee is not who they are
        int first = OVERSEERS.contains(words[words.length - 1]) ? words.length - 1 : 0;
        for (int k = words.length - 1; k >= first; k--) {
            String word = words[k];
            if (word.length() > 2
                    && !PhraseReader.DETERMINERS.contains(word)
                    && (named.contains(word)
                            || named.contains(word + "s")
                            || word.endsWith("s")
                                    && named.contains(word.substring(0, word.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the phrase {@code phrase} (its words in lower case {@code words}) can name {@code
     * organisation}: a word of the name, no possessor or capitalised modifier the name lacks, and
     * no other portfolio ("Russia's foreign ministry" is not the Ministry of Health).
     */
    private boolean describesAs(String phrase, String[] words, String organisation) {
        return describes(words, organisation)
                && sharesModifier(phrase, organisation)
                && !otherPortfolio(words, organisation);
    }

    /**
     * Whether the lower-case words of a phrase for an organisation name a portfolio its name lacks:
     * "the foreign ministry" is not the Ministry of Health.
     */
    private boolean otherPortfolio(String[] words, String organisation) {
        List<String> named = List.of(organisation.toLowerCase(Locale.ROOT).split(" "));
        for (int k = 0; k < words.length - 1; k++) {
            if (lexicon.names().portfolios().contains(words[k]) && !named.contains(words[k])) {
                return true;
            }
        }
        return false;
    }

    /** Bodies named by what they oversee: "the police watchdog", "the energy regulator". */
    private static final java.util.Set<String> OVERSEERS =
            java.util.Set.of("watchdog", "regulator", "ombudsman", "inspectorate");

    /** How many sentences back "the statement" looks for the sentence that gave it. */
    private static final int ISSUE_REACH = 3;

    /**
     * Who gave the document "the statement" refers to: the speaker of the last earlier sentence
     * that names a document of that kind ("In a statement, SP Adegbite-Martins said …. “…,” the
     * statement read"), within a few sentences; null when none did.
     */
    private String issuerOf(String noun, int offset) {
        if (noun.equals("editorial")) {
            // "the editors of The Harbour Gazette … “…,” the editorial said": the paper's own
            // words, never the last person quoted
            return lastBefore(press, offset);
        }
        int sentence = passage.sentenceAt(offset);
        List<Token> tokens = passage.tokens();
        int first = passage.firstToken(Math.max(0, sentence - ISSUE_REACH));
        for (int k = passage.firstToken(sentence) - 1; k >= first; k--) {
            String word = tokens.get(k).lower();
            if (!word.equals(noun)) {
                String author =
                        FINDINGS.contains(noun) && FINDINGS.contains(word)
                                ? authorAfter(tokens, k)
                                : null;
                if (author != null) {
                    // "The investigation by Canopy Watch … The report accuses Sentosa of “…”"
                    return author;
                }
                continue;
            }
            Span span = passage.sentences().get(passage.sentenceAt(tokens.get(k).start())).span();
            String behalf =
                    QuoteAssembler.onBehalfOf(tokens, k) && readOut(tokens, k)
                            ? onBehalf(tokens, k + 4)
                            : null;
            if (behalf != null) {
                // "read a statement on behalf of Ms Brett's family": the family's words, where
                // "Buckingham Palace released a statement on behalf of the King" is the palace's
                return behalf;
            }
            String given = lastSpeakerIn(span);
            return given != null ? given : issuerNamed(tokens, k, span);
        }
        Map.Entry<Integer, String> outlet = press.lowerEntry(offset);
        if (REPORTS.contains(noun)
                && outlet != null
                && sentence - passage.sentenceAt(outlet.getKey()) <= 1) {
            // "…, according to The Athletic. ¶ The report said Houston is seeking “…”": the
            // outlet whose report the sentence before credited
            return outlet.getValue();
        }
        if (sentence > 0
                && passage.blockOf(sentence - 1) == passage.blockOf(sentence)
                && STATEMENTS.contains(noun)) {
            String responded = lastSpeakerIn(passage.sentences().get(sentence - 1).span());
            if (responded != null) {
                // "The Trump campaign on Tuesday responded that … “…,” the statement said": the
                // one who spoke just before issued it
                return responded;
            }
        }
        if (!POSTS.contains(noun)) {
            return null;
        }
        String poster = posterBefore(sentence);
        return poster != null ? poster : writerBefore(sentence);
    }

    /** What an outlet publishes, which "the report said" may point back to. */
    private static final java.util.Set<String> REPORTS = java.util.Set.of("report", "story");

    /** Verbs for putting words in a post: "Okonkwo-Reyes wrote that …". */
    private static final java.util.Set<String> WRITING =
            java.util.Set.of("wrote", "writes", "posted", "posts", "published", "tweeted");

    /**
     * The person who, in the few sentences before {@code sentence}, wrote or posted something,
     * named before that verb and after no preposition: "Okonkwo-Reyes, who founded the company,
     * wrote that Bloomcycle has hired a firm. The post describes …" is hers, not the company's.
     * Null when no one did.
     */
    private String writerBefore(int sentence) {
        List<Token> tokens = passage.tokens();
        for (int s = sentence - 1; s >= 0 && sentence - s <= ISSUE_REACH; s--) {
            for (int k = passage.firstToken(s); k < passage.firstToken(s + 1); k++) {
                if (!WRITING.contains(tokens.get(k).lower())
                        || inMarks.covers(new Span(tokens.get(k).start(), tokens.get(k).end()))) {
                    continue;
                }
                int start = passage.sentences().get(s).span().start();
                for (Map.Entry<Integer, String> entry :
                        people.subMap(start, true, tokens.get(k).start(), false).entrySet()) {
                    if (!afterPreposition(entry.getKey())) {
                        return entry.getValue();
                    }
                }
                break;
            }
        }
        return null;
    }

    /**
     * Whom a document is given on behalf of, its phrase starting at token {@code from}: the person
     * or body named there, else the phrase as written ("Ms Brett's family"). Null when no words
     * stand there.
     */
    private String onBehalf(List<Token> tokens, int from) {
        String named = namedAt(tokens.get(from).start());
        if (named != null) {
            return named;
        }
        int end = from;
        while (end < tokens.size()
                && end - from < BEHALF_WORDS
                && tokens.get(end).type() == Token.Type.WORD
                && lexicon.cue(tokens.get(end)) == null) {
            end++;
        }
        return end == from
                ? null
                : passage.text()
                        .subSequence(tokens.get(from).start(), tokens.get(end - 1).end())
                        .toString();
    }

    /** Whether "read" or "reads" stands a few words before the document noun at token {@code k}. */
    private static boolean readOut(List<Token> tokens, int k) {
        for (int j = k - 1; j >= 0 && k - j <= READ_OUT_WORDS; j--) {
            String word = tokens.get(j).lower();
            if (word.equals("read") || word.equals("reads")) {
                return true;
            }
        }
        return false;
    }

    /**
     * How many words "read" may stand before the document it reads out: "read out a short
     * statement".
     */
    private static final int READ_OUT_WORDS = 4;

    /** How many words the phrase after "on behalf of" may run. */
    private static final int BEHALF_WORDS = 6;

    /** Nouns for the findings a body publishes, which a story calls by one another's names. */
    private static final java.util.Set<String> FINDINGS =
            java.util.Set.of(
                    "report", "investigation", "study", "analysis", "survey", "review", "audit");

    /**
     * Who made what the noun at token {@code k} names, written right after it ("The investigation
     * by Canopy Watch", "a study from the University of Bath"), or null.
     */
    private String authorAfter(List<Token> tokens, int k) {
        if (k + 2 >= tokens.size()
                || !tokens.get(k + 1).lower().equals("by")
                        && !tokens.get(k + 1).lower().equals("from")) {
            return null;
        }
        String named = namedAt(tokens.get(k + 2).start());
        return named == null
                        && k + 3 < tokens.size()
                        && PhraseReader.ARTICLES.contains(tokens.get(k + 2).lower())
                ? namedAt(tokens.get(k + 3).start())
                : named;
    }

    /** Nouns for what someone put on a platform: "the post said". */
    private static final java.util.Set<String> POSTS = java.util.Set.of("post", "tweet");

    /**
     * Who spoke "on" a platform in the few sentences before {@code sentence}: "The county’s
     * emergency office said on Facebook that … “…,” the post said." Null when no one did.
     */
    private String posterBefore(int sentence) {
        for (int s = sentence - 1; s >= 0 && sentence - s <= ISSUE_REACH; s--) {
            List<Token> words = passage.tokensOf(s);
            for (int k = 1; k < words.size(); k++) {
                if (words.get(k - 1).lower().equals("on")
                        && OutletRecognizer.platform(words.get(k).text())) {
                    return lastSpeakerIn(passage.sentences().get(s).span());
                }
            }
        }
        return null;
    }

    /** Who spoke last within {@code span}, or null. */
    private String lastSpeakerIn(Span span) {
        Map.Entry<Integer, String> last =
                speakers.subMap(span.start(), true, span.end(), false).lastEntry();
        return last == null ? null : last.getValue();
    }

    /**
     * Who a sentence with no speaker says issued the document whose noun is token {@code k}: the
     * one named right after "from" or "by" ("a statement from U.S. Indo-Pacific Command"), else the
     * first named before the noun and after no preposition ("China’s Ministry of National Defense
     * issued a statement that was read … on CCTV"). Null when neither is named.
     */
    private String issuerNamed(List<Token> tokens, int k, Span sentence) {
        String after = authorAfter(tokens, k);
        if (after != null) {
            return after;
        }
        NavigableMap<Integer, String> named = new TreeMap<>();
        named.putAll(organisations.subMap(sentence.start(), true, tokens.get(k).start(), false));
        named.putAll(people.subMap(sentence.start(), true, tokens.get(k).start(), false));
        for (Map.Entry<Integer, String> entry : named.entrySet()) {
            if (!afterPreposition(entry.getKey()) && !lexicon.names().notName(entry.getValue())) {
                // "Late Monday, China’s Ministry of National Defense issued": not Monday
                return entry.getValue();
            }
        }
        return null;
    }

    /** The organisation or person named starting at {@code offset}, or null. */
    private String namedAt(int offset) {
        String organisation = organisations.get(offset);
        return organisation != null ? organisation : people.get(offset);
    }

    /**
     * {@code speaker}, unless a "he" or "she" has pointed at them: "it" is no person ("Abernathy
     * was dismissive of the matchup when it was announced" after Pettiford spoke).
     */
    private String thing(String speaker) {
        return speaker != null && genderOf(speaker) != Gender.UNKNOWN ? null : speaker;
    }

    /** How many tokens into its clause an organisation may start and still be its subject. */
    private static final int SUBJECT_TOKENS = 6;

    /**
     * What an "it" inside a sentence points at: the organisation the sentence opens with as its
     * subject ("Kazakhstan's financial regulator, the Financial Market Supervision Agency, revoked
     * Dala Bank's licence, citing what it called …"), else the organisation or speaker last named,
     * leaving out an organisation named in an opening phrase ("In a statement to the ASX, the
     * company said … what it described as …").
     */
    private String its(int offset) {
        List<Token> tokens = passage.tokensOf(passage.sentenceAt(offset));
        int subject = 0;
        if (!tokens.isEmpty() && SubjectReader.PREPOSITIONS.contains(tokens.get(0).lower())) {
            subject = -1;
            for (int k = 1; k < tokens.size() && tokens.get(k).start() < offset; k++) {
                if (tokens.get(k).text().equals(",")) {
                    subject = k + 1;
                    break;
                }
            }
        }
        if (subject < 0 || subject >= tokens.size()) {
            return organisationOrSpeaker(offset);
        }
        int from = tokens.get(subject).start();
        Map.Entry<Integer, String> first = organisations.ceilingEntry(from);
        if (first != null && first.getKey() < offset) {
            int at = subject;
            while (at < tokens.size() && tokens.get(at).start() < first.getKey()) {
                at++;
            }
            boolean object =
                    at > 0 && SubjectReader.PREPOSITIONS.contains(precedingWord(tokens, at));
            if (at - subject <= SUBJECT_TOKENS && !object) {
                return first.getValue();
            }
        }
        Integer last = organisations.lowerKey(offset);
        if (subject > 0 && last != null && last >= tokens.get(0).start() && last < from) {
            // the opening phrase names where the words went, not who spoke
            return organisationOrSpeaker(tokens.get(0).start());
        }
        return organisationOrSpeaker(offset);
    }

    /** The word before token {@code at}, past a "the", lower case; "" at the start. */
    private static String precedingWord(List<Token> tokens, int at) {
        int k = at - 1;
        if (k >= 0 && tokens.get(k).lower().equals("the")) {
            k--;
        }
        return k < 0 ? "" : tokens.get(k).lower();
    }

    /**
     * "It said", "the company said": the last organisation named or spoken of, else the last
     * speaker. "In a press release, the company said …" after Greystone Homes applied to Hexley
     * District Council: "it said" is the company, referred to since the council was named.
     */
    private String organisationOrSpeaker(int offset) {
        NavigableMap<Integer, String> speaking = organisationsSpeaking(offset);
        String organisation = lastBefore(speaking, offset);
        if (organisation == null) {
            return lastBefore(speakers, offset);
        }
        Map.Entry<Integer, String> spoke = speakers.lowerEntry(offset);
        if (spoke == null
                || passage.sentenceAt(offset) - passage.sentenceAt(spoke.getKey()) > 1
                || !organisationNames.contains(spoke.getValue())) {
            return organisation;
        }
        int named = speaking.lowerKey(offset);
        // "The FBI said in a statement that … the agency’s Pittsburgh field office.": one named in
        // the statement itself is not the one who made it
        return spoke.getKey() > named
                        || passage.sentenceAt(named) == passage.sentenceAt(spoke.getKey())
                                && !organisation.startsWith(spoke.getValue())
                ? spoke.getValue()
                : organisation;
    }

    /**
     * The organisations named before {@code offset}, less any its own sentence names as the one
     * words were given to: "In a statement to the ASX, the company said" is not the exchange.
     */
    private NavigableMap<Integer, String> organisationsSpeaking(int offset) {
        int sentence = passage.sentenceAt(offset);
        NavigableMap<Integer, String> before = organisations.headMap(offset, false);
        int from = passage.sentences().get(sentence).span().start();
        NavigableMap<Integer, String> inSentence =
                from < offset ? organisations.subMap(from, true, offset, false) : new TreeMap<>();
        if (inSentence.isEmpty()) {
            return before;
        }
        NavigableMap<Integer, String> speaking = new TreeMap<>(before);
        List<Token> tokens = passage.tokens();
        for (int start : inSentence.keySet()) {
            int k = passage.tokenAtOrAfter(start) - 1;
            if (k >= 0 && tokens.get(k).lower().equals("the")) {
                k--;
            }
            if (k >= 0 && tokens.get(k).lower().equals("to")) {
                speaking.remove(start);
            }
        }
        return speaking;
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
