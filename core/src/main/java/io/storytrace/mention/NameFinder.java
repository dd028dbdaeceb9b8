package io.storytrace.mention;

import io.storytrace.text.CalendarWords;
import io.storytrace.text.Passage;
import io.storytrace.text.Span;
import io.storytrace.text.SpanSet;
import io.storytrace.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the names of people, outlets and organisations in an article from capitalised words, by
 * rule: a run of capitalised words (with particles such as "de" and initials) is an outlet when it
 * carries an outlet word or is a known outlet, an organisation when it carries an organisation
 * word, a place (dropped) when it ends in a place word, and otherwise a person when it has two
 * words or more, or one word of such a person's name ("Connor" after "Kit Connor").
 *
 * <p>Headlines capitalise every word, so names are collected in the body and then looked for in the
 * headline. It finds no works (titles): the quote extractor tells those apart.
 */
public final class NameFinder {

    /**
     * Lower-case words inside a name: "Ana de la Cruz", "Erik ten Hag", "Bangko Sentral ng
     * Pilipinas".
     */
    public static final Set<String> PARTICLES =
            Set.of(
                    "de", "da", "di", "du", "del", "della", "dello", "degli", "der", "den", "van",
                    "von", "la", "le", "bin", "ibn", "al", "el", "ten", "ter", "dos", "das", "zu",
                    "ng");

    /** An amount after a currency's letter: pesos "P96", rand "R4", kwacha "K500", naira "N50". */
    private static final java.util.regex.Pattern LETTER_AND_NUMBER =
            java.util.regex.Pattern.compile("[PRKN]\\d[\\d,.]*");

    /** How many letters an acronym runs that names a body with "of" and a place after it. */
    private static final int ACRONYM_OF_PLACE = 6;

    /** Words of organisations' names that never name one alone: "Local", "Primary". */
    private static final Set<String> BARE_ORGANISATION_WORDS = Set.of("local", "primary");

    /**
     * Words for a party's members or its adjective, which end no person's name: "a Virginia
     * Republican", "the Virginia Democratic primary".
     */
    private static final Set<String> PARTY_MEMBERS =
            Set.of(
                    "republican",
                    "republicans",
                    "democrat",
                    "democrats",
                    "democratic",
                    "tory",
                    "tories");

    /** Generational suffixes written after a surname, usually with a stop: "Jr.", "Sr.". */
    private static final Set<String> SUFFIXES = Set.of("Jr", "Sr");

    /** Numerals after a surname for the generation: "Bautista III". */
    private static final Set<String> GENERATIONS = Set.of("II", "III", "IV");

    /** Abbreviations that end a company's name, written with their stop: "Harlow Baking Co.". */
    private static final Set<String> COMPANY_SUFFIXES = Set.of("Co", "Inc", "Corp", "Ltd", "Bros");

    /**
     * Words that start the names of places and storms: Mount Aldous, Port Ellen, Hurricane Ida, and
     * of restaurants: Chez Vachon.
     */
    private static final Set<String> PLACE_PREFIXES =
            Set.of(
                    "mount",
                    "mt",
                    "lake",
                    "loch",
                    "cape",
                    "port",
                    "fort",
                    "glen",
                    "isle",
                    "lough",
                    "hurricane",
                    "storm",
                    "typhoon",
                    "cyclone",
                    "county",
                    "san",
                    "santa",
                    "sao",
                    "são",
                    "los",
                    "las",
                    "chez");

    private static final int MAX_WORDS = 8;

    /** More people than this is not an article's cast but a list; the headline is not searched. */
    private static final int MAX_HEADLINE_PEOPLE = 200;

    private final NameLexicon lexicon;

    public NameFinder(NameLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The names in {@code passage}. */
    public Names find(Passage passage) {
        Set<String> lowerCase = new HashSet<>();
        for (Token token : passage.tokens()) {
            if (token.type() == Token.Type.WORD && !token.capitalized()) {
                lowerCase.add(token.text());
            }
        }
        List<Run> body = new ArrayList<>();
        List<Run> headline = new ArrayList<>();
        for (int s = 0; s < passage.sentences().size(); s++) {
            boolean inHeadline =
                    passage.inHeadline(s)
                            || subheading(passage, s, lowerCase)
                            || titledLine(passage, s)
                            || shoutedSubheading(passage, s, lowerCase)
                            || titleCase(passage.tokensOf(s), lowerCase);
            boolean opensBlock = s == 0 || passage.blockOf(s - 1) != passage.blockOf(s);
            boolean datelined = opensBlock && passage.blockOf(s) <= DATELINE_BLOCKS;
            (inHeadline ? headline : body)
                    .addAll(runs(passage.tokensOf(s), lowerCase, inHeadline, datelined));
        }
        body = organisationsByTheirFirstWords(body);
        body = surnamedPlaces(body, passage.tokens());
        body = affiliations(body, passage);
        body = firmsByKind(body, passage);
        body = surnamedOutlets(body);
        body = organisationsByWhich(body, passage);
        body = thingsNamedForBodies(body);
        body = employers(body, passage);
        body = openingWordsBeforeSurnames(body, passage);
        Set<String> people = new LinkedHashSet<>();
        for (Run run : body) {
            if (run.person()) {
                people.add(run.name());
            }
        }
        people.addAll(namedInHeadlineOnly(headline, body, people, lowerCase));
        Map<Run, String> described = new HashMap<>();
        for (Run run : body) {
            String person = run.person() ? describedByGivenName(passage, run, people) : null;
            if (person != null) {
                described.put(run, person);
            }
        }
        for (Run run : described.keySet()) {
            people.remove(run.name());
        }
        CharSequence text = passage.text();
        Set<String> kin = kin(passage, body, people);
        Set<String> endsOfLonger = new HashSet<>();
        for (String person : people) {
            // "Dela Paz" for "Ramon Dela Paz": the ends of longer names, each written in part
            for (int space = person.indexOf(' ');
                    space >= 0;
                    space = person.indexOf(' ', space + 1)) {
                endsOfLonger.add(person.substring(space + 1));
            }
        }
        List<Mention> written = new ArrayList<>();
        for (Run run : body) {
            if (run.person()
                    && run.tokens().size() > 1
                    && !described.containsKey(run)
                    && people.contains(run.name())
                    && !endsOfLonger.contains(run.name())) {
                written.add(run.mention(text, run.name()));
            }
        }
        // a surname two people share goes by where each was written in full, then by where the
        // surname alone was read as each
        Names byName = new Names(written, List.copyOf(people), Map.of(), kin);
        List<Mention> full = new ArrayList<>();
        for (Run run : body) {
            if (described.containsKey(run)) {
                full.add(run.mention(text, described.get(run)));
            } else if (run.person()) {
                full.add(run.mention(text, byName.fullest(run.name(), run.span().start())));
            }
        }
        Names known = new Names(full, List.copyOf(people), Map.of(), kin);
        List<Mention> mentions = new ArrayList<>();
        Set<String> headlineOnly = new LinkedHashSet<>();
        for (Run run : headline) {
            if (run.type() == Mention.Type.OUTLET) {
                mentions.add(run.mention(text, run.canonical()));
            } else {
                int found = mentions.size();
                headlinePeople(run, known, text, mentions);
                if (mentions.size() == found && nameInSentenceCase(passage, run)) {
                    // "‘I was terrified’: Kristen Wiig on her years at SNL", the body saying
                    // only "the actor"
                    mentions.add(run.mention(text, run.canonical()));
                    headlineOnly.add(run.canonical());
                }
            }
        }
        for (Run run : body) {
            if (run.type() != Mention.Type.PERSON) {
                mentions.add(run.mention(text, run.canonical()));
                continue;
            }
            if (described.containsKey(run)) {
                mentions.add(run.mention(text, described.get(run)));
                continue;
            }
            String fullest = known.fullest(run.name(), run.span().start(), elder(passage, run));
            boolean alreadyNamed = known.isPerson(run.name());
            if (run.person()
                    || alreadyNamed
                    || !fullest.equals(run.name()) && partOf(run.name(), fullest)) {
                mentions.add(run.mention(text, fullest));
            }
        }
        openingSurnames(passage, lowerCase, known, mentions);
        givenNamesAlone(passage, lowerCase, known, mentions);
        mentions.sort((a, b) -> a.span().compareTo(b.span()));
        Map<String, Gender> genders = genders(body, known);
        for (String person : headlineOnly) {
            genders.putIfAbsent(person, lexicon.givenNames().genderOf(person.split(" ")[0]));
        }
        return new Names(mentions, List.copyOf(people), genders, kin);
    }

    /**
     * The people named in full only in the headline, whose surname the body writes alone: a given
     * name and a capitalised word in a headline run ("Hillary Clinton Goes After Donald Trump"),
     * the word standing alone in the body ("Clinton said") and never in lower case, and no one the
     * body names in full bearing it anywhere in the name ("Kelvin Goh Wei Ming").
     */
    private Set<String> namedInHeadlineOnly(
            List<Run> headline, List<Run> body, Set<String> people, Set<String> lowerCase) {
        Set<String> alone = new HashSet<>();
        for (Run run : body) {
            if (run.tokens().size() == 1) {
                alone.add(bare(run.tokens().getFirst()));
            }
        }
        Set<String> found = new LinkedHashSet<>();
        for (Run run : headline) {
            List<Token> words = run.tokens();
            for (int i = 0; i + 1 < words.size(); i++) {
                String given = bare(words.get(i));
                String surname = bare(words.get(i + 1));
                if (lexicon.givenNames().contains(given.toLowerCase(Locale.ROOT))
                        && alone.contains(surname)
                        && !lowerCase.contains(surname.toLowerCase(Locale.ROOT))
                        && people.stream()
                                .noneMatch(p -> List.of(p.split(" ")).contains(surname))) {
                    found.add(given + " " + surname);
                } else if (lexicon.givenNames().contains(given.toLowerCase(Locale.ROOT))
                        && alone.contains(given)
                        && !lowerCase.contains(surname.toLowerCase(Locale.ROOT))
                        && people.stream().noneMatch(p -> p.startsWith(given + " "))
                        && people.stream()
                                .anyMatch(p -> p.endsWith(" " + surname) && !p.equals(given))) {
                    // "Footie ace Tyler Brennan’s wife Kayla" over a body that calls him "Tyler"
                    // and her "Kayla Brennan": the headline gives his surname, a relative's
                    found.add(given + " " + surname);
                }
            }
        }
        return found;
    }

    /** Whether "elder" stands right before {@code run}: "The elder Bell". */
    private static boolean elder(Passage passage, Run run) {
        int at = passage.tokenAtOrAfter(run.span().start());
        return at > 0 && passage.tokens().get(at - 1).lower().equals("elder");
    }

    /**
     * The people named in full right after a noun of kin with its owner: "His father, Maurice
     * Benhamou,", "her son Daniel Roe", "Okafor’s wife, Grace Okafor".
     */
    private Set<String> kin(Passage passage, List<Run> body, Set<String> people) {
        List<Token> tokens = passage.tokens();
        Set<String> kin = new HashSet<>();
        for (Run run : body) {
            if (!run.person() || run.tokens().size() < 2 || !people.contains(run.name())) {
                continue;
            }
            int at = passage.tokenAtOrAfter(run.span().start());
            int noun = kinNounBefore(tokens, at);
            if (noun > 0
                            && (ownedKin(tokens, noun)
                                    || endsPossessive(tokens.get(noun - 1))
                                    || ARTICLES.contains(tokens.get(noun - 1).lower())
                                            && tokens.get(noun + 1).is(','))
                    || parentNamed(passage, tokens, at)) {
                // "her son, Jago", "survived by a son, Amos Whitfield"
                kin.add(run.name());
            }
        }
        Set<String> givenToKin = new HashSet<>();
        for (Run run : body) {
            if (run.type() == Mention.Type.PERSON && run.tokens().size() == 1) {
                int at = passage.tokenAtOrAfter(run.span().start());
                int noun = kinNounBefore(tokens, at);
                if (noun > 0 && (ownedKin(tokens, noun) || endsPossessive(tokens.get(noun - 1)))) {
                    givenToKin.add(run.name());
                }
            }
        }
        for (String person : people) {
            String[] words = person.split(" ");
            if (words.length > 1 && givenToKin.contains(words[0])) {
                // "attacked his wife, Heidi, and his father, Rafael … a photo of Heidi Cruz":
                // a relative introduced by the given name, then written in full
                kin.add(person);
            }
        }
        return kin;
    }

    /** How many tokens back "born" may stand from "to" and a parent's name. */
    private static final int BORN_REACH = 16;

    /**
     * Whether the name at token {@code at} is a parent's: "the son of Amos Whitfield", "was born in
     * Detroit to Walter Dunmore Sr."
     */
    private boolean parentNamed(Passage passage, List<Token> tokens, int at) {
        if (at < 2) {
            return false;
        }
        String before = tokens.get(at - 1).lower();
        if (before.equals("of")) {
            return lexicon.kinNouns().contains(tokens.get(at - 2).lower());
        }
        if (!before.equals("to")) {
            return false;
        }
        int first = passage.firstToken(passage.sentenceAt(tokens.get(at).start()));
        for (int k = at - 2; k >= first && at - k <= BORN_REACH; k--) {
            if (tokens.get(k).lower().equals("born")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The person named by a word describing them and their given name, as tabloids write ("Furious
     * Kayla wrote", "Heartbroken Holly told friends", "former EastEnder Joe, 37, said") after the
     * full name ("Kayla Brennan"), at the start of a sentence or after "former"; null for any other
     * run.
     */
    private String describedByGivenName(Passage passage, Run run, Set<String> people) {
        List<Token> words = run.tokens();
        int at = passage.tokenAtOrAfter(run.span().start());
        boolean opening = at == passage.firstToken(passage.sentenceAt(run.span().start()));
        if (words.size() != 2
                || lexicon.givenNames().contains(words.get(0).bare())
                || !lexicon.givenNames().contains(words.get(1).bare())
                || !opening && !afterFormerly(passage, at)) {
            return null;
        }
        String given = bare(words.get(1)) + " ";
        List<String> named = people.stream().filter(person -> person.startsWith(given)).toList();
        return named.size() == 1 ? named.getFirst() : null;
    }

    /** Whether the token before token {@code at} says who someone was: "former EastEnder". */
    private static boolean afterFormerly(Passage passage, int at) {
        return at > 0 && FORMERLY.contains(passage.tokens().get(at - 1).text());
    }

    /** Words before a description in capitals of what someone was: "former EastEnder Joe". */
    private static final Set<String> FORMERLY = Set.of("former", "fellow", "ex");

    /**
     * "Ashbury Lions boss Gareth Pryce-Morgan", "Aston Villa manager Paul Harwood": a name of two
     * or more words, no listed given name first, with one role noun in lower case and then a
     * person's name right after it, is whom that person works for, wherever the article writes it.
     */
    private List<Run> employers(List<Run> runs, Passage passage) {
        List<Token> tokens = passage.tokens();
        Set<String> bodies = new HashSet<>();
        for (int r = 0; r + 1 < runs.size(); r++) {
            Run run = runs.get(r);
            Run next = runs.get(r + 1);
            int last = passage.tokenAtOrAfter(run.tokens().getLast().start());
            int first = passage.tokenAtOrAfter(next.tokens().getFirst().start());
            if (run.type() == Mention.Type.PERSON
                    && next.type() == Mention.Type.PERSON
                    && run.tokens().size() > 1
                    && first - last == 2
                    && lexicon.roles().contains(tokens.get(last + 1).text())
                    && !lexicon.givenNames()
                            .contains(run.words().getFirst().toLowerCase(Locale.ROOT))) {
                bodies.add(run.name());
            }
        }
        return asOrganisations(runs, bodies);
    }

    /**
     * {@code runs} without the two-word "people" named after a body the article names by one word:
     * "Vessa Terra vehicles" where "Vessa" alone is an organisation. A listed given name first
     * keeps a person.
     */
    private List<Run> thingsNamedForBodies(List<Run> runs) {
        Set<String> bodies = new HashSet<>();
        for (Run run : runs) {
            if (run.type() == Mention.Type.ORGANIZATION && run.tokens().size() == 1) {
                bodies.add(run.name());
            }
        }
        List<Run> kept = new ArrayList<>(runs.size());
        for (Run run : runs) {
            List<String> words = run.words();
            if (run.type() != Mention.Type.PERSON
                    || words.size() != 2
                    || lexicon.givenNames().contains(words.getFirst().toLowerCase(Locale.ROOT))
                    || !bodies.contains(words.getFirst())) {
                kept.add(run);
            }
        }
        return kept;
    }

    /** Endings of words that describe rather than name: "Understated", "Defiant". */
    private static final List<String> MODIFIER_ENDINGS =
            List.of("ed", "ing", "ly", "ous", "ful", "less", "ive", "ant", "ent", "est");

    /**
     * Runs of two words opening a sentence whose first word is no given name but a describing word,
     * before the surname of someone the article names in full with one, read as that surname alone:
     * "Understated Perez raises political profile." is about Labor Secretary Thomas Perez, not a
     * person called "Understated Perez".
     */
    private List<Run> openingWordsBeforeSurnames(List<Run> runs, Passage passage) {
        // only a word shaped like a modifier: "Ama Mensah" beside "Kwame Mensah" is a sister
        Set<String> surnames = new HashSet<>();
        for (Run run : runs) {
            List<String> words = run.words();
            if (run.type() == Mention.Type.PERSON
                    && words.size() > 1
                    && lexicon.givenNames().contains(words.getFirst().toLowerCase(Locale.ROOT))) {
                surnames.add(bare(run.tokens().getLast()));
            }
        }
        List<Run> kept = new ArrayList<>(runs.size());
        for (Run run : runs) {
            Token first = run.tokens().getFirst();
            Token last = run.tokens().getLast();
            int sentence = passage.sentenceAt(first.start());
            if (run.type() == Mention.Type.PERSON
                    && run.tokens().size() == 2
                    && !run.titled()
                    && passage.tokens().get(passage.firstToken(sentence)).start() == first.start()
                    && !lexicon.givenNames().contains(first.bare())
                    && MODIFIER_ENDINGS.stream().anyMatch(first.lower()::endsWith)
                    && surnames.contains(bare(last))) {
                kept.add(
                        new Run(
                                List.of(last),
                                Mention.Type.PERSON,
                                bare(last),
                                run.gender(),
                                false));
            } else {
                kept.add(run);
            }
        }
        return kept;
    }

    /** Words for a people that are also surnames: Irvine Welsh, Oliver Irish. */
    private static final Set<String> PEOPLE_SURNAMES = Set.of("Welsh", "Irish", "Scots", "English");

    /**
     * Whether {@code words} are a listed given name and a people's word that is also a surname:
     * "Oliver Irish", "Irvine Welsh" name people, "Northern Irish" does not.
     */
    private boolean surnamedByPeople(List<Token> words) {
        return words.size() == 2
                && lexicon.givenNames().contains(words.getFirst().bare())
                && PEOPLE_SURNAMES.contains(bare(words.getLast()));
    }

    /** {@code runs} with every person's run named one of {@code bodies} read as an organisation. */
    private static List<Run> asOrganisations(List<Run> runs, Set<String> bodies) {
        if (bodies.isEmpty()) {
            return runs;
        }
        List<Run> read = new ArrayList<>(runs.size());
        for (Run run : runs) {
            read.add(
                    run.type() == Mention.Type.PERSON && bodies.contains(run.name())
                            ? new Run(run.tokens(), Mention.Type.ORGANIZATION, run.name())
                            : run);
        }
        return read;
    }

    /**
     * "Harvest Table, which supports 46 food banks, said": a name no listed given name starts that
     * opens a sentence with ", which" right after it is a body, not a person, wherever the article
     * writes it. Only at a sentence's start, where "which" cannot mean the clause before ("He
     * thanked Jane Doe, which surprised no one").
     */
    private List<Run> organisationsByWhich(List<Run> runs, Passage passage) {
        List<Token> tokens = passage.tokens();
        Set<String> bodies = new HashSet<>();
        for (Run run : runs) {
            int first = passage.tokenAtOrAfter(run.span().start());
            int after = first + run.tokens().size();
            if (run.type() == Mention.Type.PERSON
                    && first == passage.firstToken(passage.sentenceAt(run.span().start()))
                    && after + 1 < tokens.size()
                    && tokens.get(after).is(',')
                    && tokens.get(after + 1).lower().equals("which")
                    && !lexicon.givenNames()
                            .contains(run.words().getFirst().toLowerCase(Locale.ROOT))) {
                bodies.add(run.name());
            }
        }
        return asOrganisations(runs, bodies);
    }

    /**
     * "Mirpur General" after "Mirpur General Hospital", "Castleford" after "Castleford Athletic": a
     * name the article also writes as the first words of an organisation's name is that
     * organisation, unless it starts with a given name ("Walt Disney").
     */
    private List<Run> organisationsByTheirFirstWords(List<Run> runs) {
        Map<String, String> byFirstWords = new HashMap<>();
        for (Run run : runs) {
            List<String> words = run.words();
            if (run.type() == Mention.Type.ORGANIZATION && words.size() > 1) {
                for (int k = 1; k < words.size(); k++) {
                    byFirstWords.putIfAbsent(
                            String.join(" ", words.subList(0, k)), run.canonical());
                }
            }
        }
        if (byFirstWords.isEmpty()) {
            return runs;
        }
        Set<String> surnames = new HashSet<>();
        for (Run run : runs) {
            if (run.person() && run.tokens().size() > 1) {
                surnames.add(Names.surname(run.words()));
            }
        }
        List<Run> read = new ArrayList<>(runs.size());
        for (Run run : runs) {
            String organisation =
                    run.type() == Mention.Type.PERSON ? byFirstWords.get(run.name()) : null;
            boolean given =
                    lexicon.givenNames().contains(run.words().getFirst().toLowerCase(Locale.ROOT));
            // "Pruitt, 61," after "Dale Pruitt Jr." and "Pruitt Holdings": the person's surname
            boolean surname = run.tokens().size() == 1 && surnames.contains(run.name());
            read.add(
                    organisation != null && !given && !surname
                            ? new Run(run.tokens(), Mention.Type.ORGANIZATION, organisation)
                            : run);
        }
        return read;
    }

    /**
     * "Fox himself was more upbeat" after "striker Jamie Fox": a one-word outlet's name that is the
     * surname of someone the article named in full before, by a listed given name, is that person
     * ("See Facebook’s own description" makes no one).
     */
    private List<Run> surnamedOutlets(List<Run> runs) {
        Set<String> surnames = new HashSet<>();
        List<Run> read = new ArrayList<>(runs.size());
        for (Run run : runs) {
            if (run.type() == Mention.Type.PERSON
                    && run.tokens().size() > 1
                    && lexicon.givenNames().contains(run.tokens().getFirst().bare())) {
                surnames.add(Names.surname(run.words()));
            }
            read.add(
                    run.type() == Mention.Type.OUTLET
                                    && run.tokens().size() == 1
                                    && surnames.contains(run.name())
                            ? new Run(run.tokens(), Mention.Type.PERSON, run.name())
                            : run);
        }
        return read;
    }

    /** How many words a subheading has at least and at most. */
    private static final int SUBHEADING_MIN = 3;

    private static final int SUBHEADING_MAX = 14;

    /**
     * Whether sentence {@code s} is a subheading written in title case ("He Knew From The Very
     * Beginning"): a paragraph of its own with no stop or comma, every longer word capitalised, one
     * of them at least a word the article also writes in lower case. Like the headline, it names
     * only the people the body names; its capitals make no one.
     */
    private static boolean subheading(Passage passage, int s, Set<String> lowerCase) {
        if (!paragraphOfItsOwn(passage, s)) {
            return false;
        }
        List<Token> tokens = passage.tokensOf(s);
        List<Token> words = tokens.stream().filter(t -> t.type() == Token.Type.WORD).toList();
        if (words.size() < SUBHEADING_MIN
                || words.size() > SUBHEADING_MAX
                || words.getFirst().lower().equals("by")
                || tokens.getLast().type() != Token.Type.WORD
                || tokens.stream().anyMatch(t -> t.is(',') || t.is('|'))) {
            return false;
        }
        int common = 0;
        for (Token word : words) {
            if (word.text().length() > 3 && !word.capitalized()) {
                return false;
            }
            if (word.text().length() > 3 && lowerCase.contains(word.lower())) {
                common++;
            }
        }
        return common > 0;
    }

    /** Whether sentence {@code s} is the only sentence of its paragraph. */
    private static boolean paragraphOfItsOwn(Passage passage, int s) {
        int block = passage.blockOf(s);
        return !(s > 0 && passage.blockOf(s - 1) == block
                || s + 1 < passage.sentences().size() && passage.blockOf(s + 1) == block);
    }

    /**
     * Whether sentence {@code s} is a line in title case, a stop after it or none, as related
     * stories are listed ("Rand Paul Scores Direct Hit On Donald Trump."): a paragraph of its own,
     * every longer word capitalised, and a small word after the first capitalised too, as prose
     * never writes it. Like the headline, it names only the people the body names.
     */
    private static boolean titledLine(Passage passage, int s) {
        if (!paragraphOfItsOwn(passage, s)) {
            return false;
        }
        List<Token> words =
                passage.tokensOf(s).stream().filter(t -> t.type() == Token.Type.WORD).toList();
        if (words.size() < SUBHEADING_MIN || words.size() > SUBHEADING_MAX) {
            return false;
        }
        boolean small = false;
        for (int k = 0; k < words.size(); k++) {
            Token word = words.get(k);
            if (word.text().length() > 3 && !word.capitalized()) {
                return false;
            }
            small |= k > 0 && word.capitalized() && TITLED_SMALL_WORDS.contains(word.text());
        }
        return small;
    }

    /** Small words that title case capitalises and prose does not. */
    private static final Set<String> TITLED_SMALL_WORDS =
            Set.of("On", "In", "At", "To", "For", "With", "From", "Into", "Over", "And", "The");

    /**
     * Whether sentence {@code s} is a subheading in capitals ("REGIONAL WORRIES.", "TRUMP
     * COUNTER."): a paragraph of its own, every word in capitals, one of them at least a word the
     * article also writes in lower case. Like the headline, it names only the people the body
     * names; its capitals make no body.
     */
    private static boolean shoutedSubheading(Passage passage, int s, Set<String> lowerCase) {
        if (!paragraphOfItsOwn(passage, s)) {
            return false;
        }
        List<Token> words =
                passage.tokensOf(s).stream().filter(t -> t.type() == Token.Type.WORD).toList();
        if (words.isEmpty() || words.size() > SUBHEADING_MAX) {
            return false;
        }
        boolean common = false;
        for (Token word : words) {
            if (!word.text().equals(word.text().toUpperCase(Locale.ROOT))) {
                return false;
            }
            common |= word.text().length() > 3 && lowerCase.contains(word.lower());
        }
        return common;
    }

    /**
     * Whether a sentence in the body is written in title case, as lists of excerpts head each one
     * ("Clinton Joked It’s “Risky” For Her To Speak To A Group."): every longer word capitalised,
     * several of them words the article also writes in lower case. Like a headline, it names only
     * the people the body names.
     */
    private static boolean titleCase(List<Token> tokens, Set<String> lowerCase) {
        int longer = 0;
        int common = 0;
        for (Token token : tokens) {
            if (token.type() != Token.Type.WORD || token.text().length() <= 3) {
                continue;
            }
            if (!token.capitalized()) {
                return false;
            }
            longer++;
            if (lowerCase.contains(token.lower())) {
                common++;
            }
        }
        return longer >= TITLE_CASE_WORDS && common >= TITLE_CASE_COMMON;
    }

    /** How many longer words a sentence in title case has, and how many common ones at least. */
    private static final int TITLE_CASE_WORDS = 6;

    private static final int TITLE_CASE_COMMON = 3;

    /**
     * "Young, in his testimony, …" after "Tom Young": a sentence's first word that is also a word
     * in lower case ("young") is set aside by {@link #runs}, but when it stands alone and is the
     * surname of a person the article names in full, it is that person.
     */
    private void openingSurnames(
            Passage passage, Set<String> lowerCase, Names known, List<Mention> mentions) {
        List<Token> tokens = passage.tokens();
        for (int s = 0; s < passage.sentences().size(); s++) {
            if (passage.inHeadline(s)) {
                continue;
            }
            int first = passage.firstToken(s);
            int end = passage.firstToken(s + 1);
            for (int i = first; i < end; i++) {
                Token token = tokens.get(i);
                boolean opening = i == first || isMark(tokens.get(i - 1));
                if (!opening
                        || !token.capitalized()
                        || !lowerCase.contains(token.lower())
                        || i + 1 < end && tokens.get(i + 1).capitalized()) {
                    continue;
                }
                String word = bare(token);
                String fullest = known.fullest(word, token.start());
                // "Research" after "Scientific Research": only a person's surname, with a given
                // name before it, is read back at a sentence's start.
                if (bySurname(word, fullest)
                        && lexicon.givenNames().contains(fullest.split(" ")[0])) {
                    Span span = new Span(token.start(), bareEnd(token));
                    mentions.add(
                            new Mention(
                                    span.of(passage.text()), span, Mention.Type.PERSON, fullest));
                }
            }
        }
    }

    /**
     * "Jordan, who joined his club in 2023," and "Brandi-Leigh opened up" after "Jordan
     * Asante-Brooks" and "Brandi-Leigh Castellano": a word the article writes only with a capital,
     * standing alone where it is the given name of a person it names in full, is that person, even
     * when it is also a place ("Jordan") or no listed given name ("Brandi-Leigh"). A "person" whose
     * last word the article also writes in lower case ("Engine Room") lends no such word, and a
     * given name that is also a month ("Jan", "June") is a date alone.
     */
    private void givenNamesAlone(
            Passage passage, Set<String> lowerCase, Names known, List<Mention> mentions) {
        Map<String, String> byGivenName = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (String person : known.people()) {
            String[] words = person.split(" ");
            String surname = words[words.length - 1].toLowerCase(Locale.ROOT);
            if (words.length > 1
                    && !lowerCase.contains(surname)
                    && byGivenName.putIfAbsent(words[0], person) != null) {
                shared.add(words[0]);
            }
        }
        if (byGivenName.isEmpty()) {
            return;
        }
        SpanSet named = SpanSet.of(mentions.stream().map(Mention::span).toList());
        List<Token> tokens = passage.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            String person = byGivenName.get(bare(token));
            if (person == null
                    || shared.contains(bare(token))
                    || lowerCase.contains(token.lower())
                    || lexicon.notName(token.text())
                    || passage.inHeadline(passage.sentenceAt(token.start()))
                    || i + 1 < tokens.size() && tokens.get(i + 1).capitalized()
                    || i > passage.firstToken(passage.sentenceAt(token.start()))
                            && tokens.get(i - 1).capitalized()) {
                // part of a longer run of capitals, which the runs have read
                continue;
            }
            Span span = new Span(token.start(), bareEnd(token));
            if (!named.contains(span.start())) {
                mentions.add(
                        new Mention(span.of(passage.text()), span, Mention.Type.PERSON, person));
            }
        }
    }

    /**
     * The runs of {@code body} with a person's name right after another's and "of" read as the
     * organisation the first works for: "analyst Tom Reed of Morgan Stanley", "Sarah Kim of Goldman
     * Sachs" (given names or not, no one is "of" a person).
     */
    private static List<Run> affiliations(List<Run> body, Passage passage) {
        List<Token> tokens = passage.tokens();
        List<Run> read = new ArrayList<>(body);
        for (int r = 1; r < read.size(); r++) {
            Run run = read.get(r);
            Run before = read.get(r - 1);
            int first = passage.tokenAtOrAfter(run.tokens().getFirst().start());
            int last = passage.tokenAtOrAfter(before.tokens().getLast().start());
            if (run.type() == Mention.Type.PERSON
                    && before.type() == Mention.Type.PERSON
                    && run.tokens().size() > 1
                    && before.tokens().size() > 1
                    && first - last == 2
                    && tokens.get(first - 1).text().equals("of")) {
                read.set(
                        r,
                        new Run(
                                run.tokens(),
                                Mention.Type.ORGANIZATION,
                                String.join(" ", texts(run.tokens()))));
            }
        }
        return read;
    }

    /** Nouns for a kind of business, written right before its name: "US bank Morgan Stanley". */
    private static final Set<String> FIRM_KINDS =
            Set.of(
                    "bank",
                    "lender",
                    "insurer",
                    "carmaker",
                    "automaker",
                    "chipmaker",
                    "drugmaker",
                    "retailer",
                    "airline",
                    "conglomerate",
                    "brokerage",
                    "supermarket",
                    "giant",
                    "firm",
                    "company",
                    "startup",
                    "manufacturer");

    /**
     * The runs read as a person's name that a noun for a kind of business stands right before, and
     * every other run of the same name, read as the organisation they are: "US bank Morgan
     * Stanley", "investment banking giant Goldman Sachs", "law firm Baker Ellison" (no one is a
     * bank).
     */
    private static List<Run> firmsByKind(List<Run> body, Passage passage) {
        List<Token> tokens = passage.tokens();
        Set<String> firms = new HashSet<>();
        for (Run run : body) {
            int first = passage.tokenAtOrAfter(run.tokens().getFirst().start());
            if (run.type() == Mention.Type.PERSON
                    && !run.titled()
                    && run.tokens().size() > 1
                    && first > 0
                    && FIRM_KINDS.contains(tokens.get(first - 1).text())) {
                firms.add(run.name());
            }
        }
        return asOrganisations(body, firms);
    }

    /**
     * Keeps a given name before a place word ("Lisa Park"), and that word alone, as a person where
     * the article also writes the word alone, capitalised, with no capitalised word beside it
     * ("said Park"), or the given name so and not after a preposition of place ("Lisa said"), or
     * where what stands around the name is said of a person (an age, "who", a verb of speech, "her"
     * or "his" a few words on, a role before it), and drops them otherwise ("Victoria Park", "Park
     * officials", "back in Victoria").
     */
    private List<Run> surnamedPlaces(List<Run> body, List<Token> tokens) {
        if (body.stream().noneMatch(Run::placeLike)) {
            return body;
        }
        Set<String> alone = new HashSet<>();
        Set<String> notAfterPreposition = new HashSet<>();
        for (int k = 1; k < tokens.size(); k++) {
            Token token = tokens.get(k);
            if (token.type() == Token.Type.WORD
                    && token.capitalized()
                    && !tokens.get(k - 1).capitalized()
                    && !tokens.get(k - 1).lower().equals("the")
                    && (k + 1 == tokens.size() || !tokens.get(k + 1).capitalized())) {
                alone.add(bare(token));
                if (!PLACE_PREPOSITIONS.contains(tokens.get(k - 1).lower())) {
                    notAfterPreposition.add(bare(token));
                }
            }
        }
        Set<String> surnames = new HashSet<>();
        Set<String> givenNames = new HashSet<>();
        Map<Integer, Integer> index = new HashMap<>();
        for (int k = 0; k < tokens.size(); k++) {
            index.put(tokens.get(k).start(), k);
        }
        for (Run run : body) {
            String last = bare(run.tokens().getLast());
            Integer end = index.get(run.tokens().getLast().start());
            if (run.placeLike()
                    && run.tokens().size() > 1
                    && end != null
                    && (aged(tokens, end + 1)
                            || relativeWho(tokens, end + 1)
                            || saidAfter(tokens, end + 1)
                            || personalAfter(tokens, end + 1)
                            || roleBefore(tokens, index.get(run.tokens().getFirst().start())))) {
                // "Novelist Margaret Lane, 84,", "Lisa Park, who runs the bakery,", "Nathan Lane
                // said", "Diane Lane opened up about her divorce", "Singer Cassidy Lane"
                surnames.add(last);
            }
            if (run.placeLike() && run.tokens().size() > 1 && alone.contains(last)) {
                surnames.add(last);
            }
            if (run.placeLike()
                    && run.tokens().size() > 1
                    && notAfterPreposition.contains(bare(run.tokens().getFirst()))) {
                // "Jenna Park", then "Jenna didn't exactly help matters"
                givenNames.add(bare(run.tokens().getFirst()));
            }
        }
        List<Run> kept = new ArrayList<>(body.size());
        for (Run run : body) {
            if (!run.placeLike()
                    || surnames.contains(bare(run.tokens().getLast()))
                    || givenNames.contains(bare(run.tokens().getFirst()))) {
                kept.add(run);
            }
        }
        return kept;
    }

    /**
     * Each person's gender: from a title written before any mention of them ("Mrs. Reyes"), else
     * from the given name of their fullest form. A title before a surname alone that disagrees with
     * that given name is about someone else of the same surname: "Mr. Nakamura" after "His wife,
     * Eleanor Nakamura".
     */
    private Map<String, Gender> genders(List<Run> body, Names known) {
        Map<String, Gender> genders = new HashMap<>();
        for (Run run : body) {
            if (run.type() == Mention.Type.PERSON && run.gender() != Gender.UNKNOWN) {
                String person = known.fullest(run.name(), run.span().start());
                Gender given = lexicon.givenNames().genderOf(person.split(" ")[0]);
                if (given == Gender.UNKNOWN || given == run.gender() || person.equals(run.name())) {
                    genders.putIfAbsent(person, run.gender());
                }
            }
        }
        for (String person : known.people()) {
            String first = person.split(" ")[0];
            genders.putIfAbsent(person, lexicon.givenNames().genderOf(first));
        }
        return genders;
    }

    /**
     * Whether one word names the person {@code fullest}: as its surname ("Connor" for Kit Connor),
     * or as its given name when the word is a listed given name ("Kit"), not as any first word
     * ("American" is no name of the American Farm Bureau).
     */
    private boolean partOf(String word, String fullest) {
        return bySurname(word, fullest) || lexicon.givenNames().contains(word);
    }

    /** Whether {@code word} is the surname of the full name {@code fullest}, suffix or none. */
    private static boolean bySurname(String word, String fullest) {
        List<String> words = List.of(fullest.split(" "));
        return words.size() > 1 && Names.surname(words).equals(word);
    }

    /**
     * Whether a headline run is a given name and a surname with lower case after it, where the
     * headline is written in sentence case and its capitals are a name's: "Kristen Wiig on her
     * years at SNL", but not "Kristen Wiig Says …".
     */
    private boolean nameInSentenceCase(Passage passage, Run run) {
        List<Token> words = run.tokens();
        if (!run.person()
                || words.size() != 2
                || !lexicon.givenNames().contains(words.getFirst().bare())) {
            return false;
        }
        List<Token> tokens = passage.tokens();
        int next = passage.tokenAtOrAfter(run.span().end());
        if (next >= tokens.size() || next + 1 >= tokens.size()) {
            return false;
        }
        Token after = tokens.get(next);
        return after.type() == Token.Type.WORD
                ? !after.capitalized() && !tokens.get(next + 1).capitalized()
                : after.is(':') || after.is(',');
    }

    /** In a headline every word is capitalised: find the people the body names. */
    private static void headlinePeople(
            Run run, Names known, CharSequence text, List<Mention> mentions) {
        List<Token> words = run.tokens();
        if (known.people().size() > MAX_HEADLINE_PEOPLE) {
            return;
        }
        int i = 0;
        while (i < words.size()) {
            int matched = 0;
            String person = null;
            for (String candidate : known.people()) {
                String[] parts = candidate.split(" ");
                if (startsWith(words, i, parts) && parts.length > matched) {
                    matched = parts.length;
                    person = candidate;
                }
            }
            if (person == null) {
                String fullest = known.fullest(bare(words.get(i)), words.get(i).start());
                if (fullest.contains(" ")) {
                    matched = 1;
                    person = fullest;
                }
            }
            if (person != null) {
                Span span = new Span(words.get(i).start(), bareEnd(words.get(i + matched - 1)));
                mentions.add(new Mention(span.of(text), span, Mention.Type.PERSON, person));
                i += matched;
            } else {
                i++;
            }
        }
    }

    private static boolean startsWith(List<Token> words, int from, String[] parts) {
        if (from + parts.length > words.size()) {
            return false;
        }
        for (int k = 0; k < parts.length; k++) {
            if (!bare(words.get(from + k)).equalsIgnoreCase(parts[k])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the run from {@code i} to {@code end} is a title and one name: "Prince William",
     * "Pope Leo", "King Charles" opening a sentence keep their title when "the prince" is written
     * elsewhere, or the name alone would be too little to be anyone's.
     */
    private boolean titleBeforeOneName(List<Token> tokens, int i, int end) {
        return end == i + 2 && lexicon.honorifics().contains(tokens.get(i).lower());
    }

    /**
     * The runs of capitalised words in one sentence's tokens, classified; places dropped. A run's
     * first word is dropped where the capital may only mark a sentence's start: at the start of the
     * sentence or of a quotation, when the word is written in lower case elsewhere in the text. In
     * a headline, where every word has a capital, no title is cut from the front of a run.
     */
    List<Run> runs(List<Token> tokens, Set<String> lowerCase, boolean headline, boolean datelined) {
        List<Run> runs = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!tokens.get(i).capitalized()) {
                i++;
                continue;
            }
            if (dateAt(tokens, i)) {
                // "Wed Sep 24 2025 - 17:55": a date, no one's name
                i++;
                continue;
            }
            int end = extend(tokens, i);
            while (end - i > 1 && CalendarWords.WEEKDAYS.contains(tokens.get(end - 1).lower())) {
                // "The White House Saturday released": the day, no part of the name
                end--;
            }
            int dateline = i == 0 && datelined ? datelineEnd(tokens, end) : -1;
            if (dateline >= 0) {
                // "SOMERVILLE, MA —": the state after the place is no name either
                i = dateline;
                continue;
            }
            boolean opening = i == 0 || isMark(tokens.get(i - 1));
            if (opening
                    && !campaign(tokens, i, end)
                    && !nationalBody(tokens, i, end)
                    && !titleBeforeOneName(tokens, i, end)
                    && !(end - i >= 3 && groupApposed(tokens, end))
                    && (lowerCase.contains(tokens.get(i).lower())
                                    && !givenNameOpening(tokens, i, end)
                            || openingAdverb(tokens.get(i))
                            || end > i + 1
                                    && openingVerb(tokens.get(i))
                                    && !wholeName(tokens.subList(i, end)))) {
                i++;
                if (i >= end) {
                    continue;
                }
            }
            if (end - i >= 3 && placeBeforeName(tokens, i)) {
                i++;
            }
            if (portfolioBeforeName(tokens, i) && portfolios(tokens, i, end)) {
                // "Secretary of State for Health and Social Care": an office, no one's name
                i = end;
                continue;
            }
            while (end - i >= 3 && portfolioBeforeName(tokens, i)) {
                // "Vice Minister of Agriculture Zhao Minghui": the office, then the name
                i++;
            }
            boolean afterThe = i > 0 && tokens.get(i - 1).text().equalsIgnoreCase("the");
            if (end == i + 1
                    && (afterOrganisationNoun(tokens, i) || organisationNounApposed(tokens, end))
                    && !lexicon.notName(tokens.get(i).text())
                    && !lexicon.outletWordAlone(tokens.get(i).text())) {
                runs.add(
                        new Run(
                                tokens.subList(i, end),
                                Mention.Type.ORGANIZATION,
                                bare(tokens.get(i))));
                i = end;
                continue;
            }
            boolean quoted = inMarks(tokens, i, end);
            boolean dated = i > 0 && DATE_WORDS.contains(tokens.get(i - 1).lower());
            // "St. Patrick’s Day", "New Year’s Eve": a run ending in a possessive whose next
            // word makes it a day of the calendar names no one
            boolean occasion =
                    end < tokens.size()
                                    && endsPossessive(tokens.get(end - 1))
                                    && lexicon.isOccasion(texts(tokens.subList(i, end + 1)))
                            || addressOf(tokens, i, end);
            Run run =
                    quoted || occasion
                            ? null
                            : classify(
                                    tokens.subList(i, end),
                                    afterThe,
                                    dated,
                                    headline,
                                    lowerCase,
                                    afterRoleNoun(tokens, i));
            if (run != null
                    && run.type() == Mention.Type.PERSON
                    && (namesWork(tokens, run, end) || workNamedAfterNoun(tokens, run, i, end))) {
                // "his Long Way Home tour", "the Salt Before Sunrise series", "the dating show
                // Coupled Up": a work's name
                run = null;
            }
            if (run != null
                    && run.type() == Mention.Type.PERSON
                    && run.tokens().size() > 1
                    && !lexicon.givenNames()
                            .contains(run.words().getFirst().toLowerCase(Locale.ROOT))
                    && !lexicon.honorifics()
                            .contains(run.words().getFirst().toLowerCase(Locale.ROOT))
                    && groupApposed(tokens, end)) {
                // "Save Cane River Neighbors, the residents’ group that …": a body
                run = new Run(run.tokens(), Mention.Type.ORGANIZATION, run.canonical());
            }
            if (run != null
                    && run.type() == Mention.Type.PERSON
                    && !headline
                    && titledThing(tokens, run)) {
                // "where The Salt Orchard was written", "The Rolling Stones", "The Digital
                // Liberties Project said": a book, a band or a body, never one person
                run = new Run(run.tokens(), Mention.Type.ORGANIZATION, run.canonical());
            }
            if (run != null
                    && run.type() == Mention.Type.PERSON
                    && run.gender() == Gender.UNKNOWN
                    && i > 0
                    && !tokens.get(i - 1).capitalized()) {
                // "actress Mara Quill", "her fiancé Jamie Cole": the noun before tells the gender,
                // but "chairman" and "spokesman" are written for women too ("Party chairman Helen
                // Thwaite"), so a given name of the other gender outweighs them
                String before = tokens.get(i - 1).bare();
                Gender noun = lexicon.genderOfWord(before);
                Gender given = lexicon.givenNames().genderOf(run.tokens().getFirst().text());
                if (before.endsWith("man") && given != noun) {
                    noun = Gender.UNKNOWN;
                }
                run =
                        new Run(
                                run.tokens(),
                                run.type(),
                                run.canonical(),
                                noun,
                                run.titled(),
                                run.placeLike());
            }
            if (run != null
                    && run.type() == Mention.Type.PERSON
                    && end == i + 1
                    && (aged(tokens, end) || agedAsAdjective(tokens, i))) {
                // "Rokeya, 34, was recovering": one name with an age is a person
                run = new Run(run.tokens(), run.type(), run.canonical(), run.gender(), true);
            }
            if (run != null
                    && run.type() == Mention.Type.PERSON
                    && end == i + 1
                    && givenNameDescribed(tokens, i, lowerCase)) {
                // "Tommy — who only goes by his first name online — retired": a given name
                // the article goes on to describe is someone named by it alone
                run = new Run(run.tokens(), run.type(), run.canonical(), run.gender(), true);
            }
            if (run != null) {
                run = run.withSuffixStop();
            }
            if (run != null) {
                runs.add(run);
            }
            i = end;
        }
        return runs;
    }

    /**
     * "China's ambassador to Britain Liu Xiaming": a country after a preposition, with a name right
     * after it, is where the office is, not part of the name.
     */
    private boolean placeBeforeName(List<Token> tokens, int i) {
        return i > 0
                && PLACE_PREPOSITIONS.contains(tokens.get(i - 1).lower())
                && lexicon.places().contains(tokens.get(i).lower());
    }

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("to", "in", "from", "for");

    /**
     * Whether token {@code i} is what a minister is in charge of ("Minister of <i>Agriculture</i>",
     * "for <i>Foreign</i> Affairs", "and <i>Rural</i> Affairs"), read after "of", "for", "and" or
     * another such word.
     */
    private boolean portfolios(List<Token> tokens, int from, int end) {
        for (int k = from; k < end; k++) {
            if (!lexicon.portfolios().contains(tokens.get(k).lower())) {
                return false;
            }
        }
        return true;
    }

    private boolean portfolioBeforeName(List<Token> tokens, int i) {
        if (i == 0 || !lexicon.portfolios().contains(tokens.get(i).lower())) {
            return false;
        }
        String before = tokens.get(i - 1).lower();
        if (before.equals("the") && i >= 2 && tokens.get(i - 2).lower().equals("of")) {
            // "Leader of the Opposition R. Palanivel", "Minister of the Interior Ana Ruiz"
            return true;
        }
        return before.equals("of")
                || before.equals("for")
                || before.equals("and")
                || lexicon.portfolios().contains(before) && tokens.get(i - 1).capitalized();
    }

    /**
     * Whether a run opening a sentence is a name as a whole though its first word ends in "-ing":
     * "Downing Street said", "Boeing Co said" (not "Speaking Tuesday").
     */
    private boolean wholeName(List<Token> run) {
        return lexicon.isInstitution(texts(run))
                || lexicon.organisationWords().contains(run.getLast().lower());
    }

    /**
     * Whether an opening word is an adverb by its ending ("Apparently Lindsey’s posts",
     * "Reportedly"), which a given name of that ending ("Beverly", "Kimberly") is not.
     */
    private boolean openingAdverb(Token token) {
        String word = token.lower();
        return word.length() > 6
                && ADVERB_ENDINGS.stream().anyMatch(word::endsWith)
                && !lexicon.givenNames().contains(word);
    }

    /**
     * Whether the run {@code i..end} opening a sentence is a body named for the country it works
     * in, its first word a common one: "Cancer Research UK said", "Water Safety Ireland urged",
     * "Energy UK said" (not "In Ireland" or "Northern Ireland").
     */
    private boolean nationalBody(List<Token> tokens, int i, int end) {
        return namedForCountry(tokens.subList(i, end)) && !lexicon.notName(tokens.get(i).text());
    }

    /**
     * Whether {@code run} of two words or more ends in a country that closes the names of bodies
     * working in it ("Sport England", "Cancer Research UK") and is no place as a whole ("Northern
     * Ireland", "New England").
     */
    private boolean namedForCountry(List<Token> run) {
        return run.size() >= 2
                && NATIONAL_ENDS.contains(run.getLast().text())
                && !lexicon.isPlaceOrGroup(texts(run))
                && !lexicon.isRegion(texts(run));
    }

    /** Countries that end the names of bodies working in them: "Age UK", "Sport England". */
    private static final Set<String> NATIONAL_ENDS =
            Set.of("UK", "England", "Scotland", "Wales", "Ireland", "Cymru", "Canada", "Australia");

    /** Endings of adverbs that open sentences: "Apparently", "Reportedly", "Unsurprisingly". */
    private static final List<String> ADVERB_ENDINGS =
            List.of(
                    "ally", "ently", "antly", "ously", "ively", "ingly", "edly", "ably", "ibly",
                    "ately", "fully", "lessly");

    /**
     * "Hosting Cook at Dreamforce…": a participle that opens a sentence is no given name, even
     * where the text never writes it in lower case.
     */
    private boolean openingVerb(Token token) {
        String word = token.lower();
        return word.length() > 5 && word.endsWith("ing") && !lexicon.givenNames().contains(word);
    }

    /**
     * Days and months as news writes them, full or abbreviated, less those that are also names:
     * "Sun" and "Sat" (The Sun), "May", "June", "April", "August", "Mar", "Jun".
     */
    private static final Set<String> CALENDAR = calendar();

    private static Set<String> calendar() {
        Set<String> words = new HashSet<>(CalendarWords.WEEKDAYS);
        words.addAll(CalendarWords.WEEKDAY_ABBREVIATIONS);
        words.addAll(CalendarWords.MONTHS);
        words.removeAll(Set.of("sat", "sun", "may", "june", "april", "august", "mar", "jun"));
        return Set.copyOf(words);
    }

    /**
     * Whether a date starts at token {@code k}: a day or month of {@link #CALENDAR} followed by a
     * number or another ("Wed Sep 24", "Jan 7"), not "Jan Roe".
     */
    private static boolean dateAt(List<Token> tokens, int k) {
        if (!CALENDAR.contains(tokens.get(k).lower()) || k + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(k + 1);
        if (next.is(',') && k + 2 < tokens.size()) {
            next = tokens.get(k + 2);
        }
        return next.isNumber(4) || CALENDAR.contains(next.lower());
    }

    private int extend(List<Token> tokens, int start) {
        Set<String> organisationWords = lexicon.organisationWords();
        int end = start + 1;
        int words = 1;
        boolean joined = false;
        while (end < tokens.size() && words < MAX_WORDS) {
            Token token = tokens.get(end);
            Token previous = tokens.get(end - 1);
            boolean nextCapitalized = end + 1 < tokens.size() && tokens.get(end + 1).capitalized();
            if (endsPossessive(previous) && !ownedByMany(previous, token)
                    || isFirstPersonI(token)
                    || dateAt(tokens, end)) {
                // "Eoin Brophy Mon Feb 24 2025": the byline ends where the date starts
                break;
            } else if (token.capitalized()) {
                words++;
                end++;
            } else if (token.is('.')
                    && previous.capitalized()
                    && (previous.text().length() <= 3
                            || NameLexicon.SHORT_TITLES.containsKey(previous.lower()))
                    && nextCapitalized) {
                // "Lt. Dan Hale", "RCMP Const. Mathieu Lavoie": the title runs on to the name
                end++;
            } else if (nextCapitalized && NameLexicon.titleHyphen(tokens, end)) {
                // "Lt.-Cmdr. Natalie Forbes", "Maj.-Gen. Paul Smith": one rank of two titles
                end++;
            } else if (nickname(tokens, end)) {
                // "Oluwaseun “Shaun” Bankole": the nickname between the names is left out
                end += nicknameLength(tokens, end);
            } else if (token.isNumber(4)
                    && NUMBERED.contains(previous.lower())
                    && end - 1 > start) {
                // "Workers Local 412", "Fraternal Order of Police Lodge 44" (not "Chapter 11"
                // alone)
                end++;
                break;
            } else if (pluralPossessiveMark(previous, token)
                    && nextCapitalized
                    && organisationWords.contains(tokens.get(end + 1).lower())) {
                // "the European Farmers’ Alliance", "the National Teachers' Union": one name
                end++;
            } else if (token.text().equals("&") && nextCapitalized && previous.capitalized()) {
                // "Animation & Visual Effects Guild", "Harrow & Finch"
                end++;
            } else if (token.text().equals("of")
                    && nextCapitalized
                    && (joined
                            || NameLexicon.initials(previous.text(), ACRONYM_OF_PLACE)
                                    && !lexicon.roles().contains(previous.lower()))
                    && lexicon.places().contains(tokens.get(end + 1).lower())) {
                // "the ACLU of Colorado", "the U.S. Attorney’s Office for the Western District of
                // Virginia": the branch of a body named for where it works
                end++;
            } else if ((token.text().equals("of") || token.text().equals("for"))
                    && nextCapitalized
                    && (organisationWords.contains(previous.lower())
                            || CENTRES.contains(previous.lower()))) {
                // "the Ministry of Health", "the Institute for Fiscal Studies": one organisation
                joined = true;
                end++;
            } else if ((token.text().equals("of") || token.text().equals("for"))
                    && end + 2 < tokens.size()
                    && tokens.get(end + 1).text().equals("the")
                    && tokens.get(end + 2).capitalized()
                    && organisationWords.contains(previous.lower())) {
                // "the Ministry of the Interior", "the National Authority for the Campaign
                // Against Alcohol and Drug Abuse"
                joined = true;
                end += 2;
            } else if (electionCampaign(tokens, start, end)) {
                // "Pruitt for Wisconsin", "Okafor for Mayor": a candidate's campaign
                end += 2;
                break;
            } else if (CAMPAIGNING.contains(token.text())
                    && nextCapitalized
                    && (end == start + 1 || end == start + 2)
                    && campaigners(previous.lower())) {
                // "Doctors for Camp Closure", "Parents against Knife Crime", "Massachusetts
                // Democrats for Education Reform": a campaign named for whom it speaks
                joined = true;
                end++;
            } else if (token.text().equals("and")
                    && nextCapitalized
                    && previous.capitalized()
                    && (joined
                            || !tokens.get(end + 1).text().equals("The")
                                    && endsInOrganisationWord(
                                            tokens, end + 1, organisationWords))) {
                // "the Ministry of Health and Family Welfare", "the Food and Drug Administration"
                end++;
            } else if (token.text().equals("plc") && previous.capitalized()) {
                // "Ardent Energy plc": the company's suffix in lower case ends its name
                end++;
                break;
            } else if (PARTICLES.contains(token.text())
                    && (nextCapitalized
                            || end + 2 < tokens.size()
                                    && PARTICLES.contains(tokens.get(end + 1).text())
                                    && tokens.get(end + 2).capitalized())) {
                // "Ana de la Cruz": particles, one or two, before a capitalised word
                end++;
            } else {
                break;
            }
        }
        return end;
    }

    /** Whether the run from {@code start} to {@code end} is a campaign's name. */
    private boolean campaign(List<Token> tokens, int start, int end) {
        for (int k = start + 1; k <= start + 2 && k + 1 < end; k++) {
            if (CAMPAIGNING.contains(tokens.get(k).lower())
                    && campaigners(tokens.get(k - 1).lower())) {
                return true;
            }
        }
        return end == start + 3 && electionCampaign(tokens, start, start + 1);
    }

    /**
     * Whether {@code word} (lower case) names those a campaign speaks for: people in the plural
     * ("doctors") or a party's members ("democrats").
     */
    private boolean campaigners(String word) {
        return lexicon.peoplePlural(word) || partyMembers(word);
    }

    /**
     * Whether {@code word} (lower case) is a party's members in the plural, who name campaigns
     * ("Democrats for Education Reform") and sit in bodies ("Senate Democrats").
     */
    public static boolean partyMembers(String word) {
        return PARTY_PLURALS.contains(word);
    }

    private static final Set<String> PARTY_PLURALS =
            Set.of("democrats", "republicans", "conservatives", "liberals", "progressives");

    /**
     * Whether the one capitalised word at {@code start}, with "for" at {@code end}, names a
     * candidate's campaign: "Pruitt for Wisconsin", "Okafor for Mayor", "Lyle for Congress".
     */
    private boolean electionCampaign(List<Token> tokens, int start, int end) {
        if (end != start + 1 || end + 1 >= tokens.size() || !tokens.get(end).text().equals("for")) {
            return false;
        }
        Token next = tokens.get(end + 1);
        boolean closes = end + 2 >= tokens.size() || !tokens.get(end + 2).capitalized();
        return next.capitalized() && closes && runsFor(next);
    }

    /** Whether a campaign can run for {@code office}: "Mayor", "Congress", "Wisconsin". */
    private boolean runsFor(Token office) {
        return ELECTED.contains(office.lower()) || lexicon.isPlaceOrGroup(List.of(office.text()));
    }

    /** Offices a campaign runs for: "Okafor for Mayor". */
    private static final Set<String> ELECTED =
            Set.of("president", "mayor", "governor", "senate", "congress", "america", "council");

    /** Words that join the people a campaign speaks for to what it wants. */
    private static final Set<String> CAMPAIGNING = Set.of("for", "against", "without");

    /**
     * Place words that head an organisation when "of" or "for" follows: "the Center for Disease
     * Control", "the Centre for Economic Policy Research" (while "Rogers Centre" is a place), or
     * end one after what it serves ("Medical Center").
     */
    private static final Set<String> CENTRES = Set.of("center", "centre", "centers", "centres");

    /** What a centre that is an institution serves: "Harlan Regional Medical Center". */
    private static final Set<String> INSTITUTIONAL =
            Set.of(
                    "medical",
                    "cancer",
                    "health",
                    "research",
                    "trauma",
                    "treatment",
                    "rehabilitation",
                    "detention",
                    "community",
                    "policy",
                    "science",
                    "arts",
                    "hurricane",
                    "weather",
                    "counterterrorism",
                    "security",
                    "cyber",
                    "poison",
                    "disease",
                    "climate");

    private static boolean centreOf(List<String> lower) {
        if (lower.size() > 1
                && CENTRES.contains(lower.getLast())
                && INSTITUTIONAL.contains(lower.get(lower.size() - 2))) {
            return true;
        }
        for (int k = 1; k < lower.size(); k++) {
            if ((lower.get(k).equals("for") || lower.get(k).equals("of"))
                    && CENTRES.contains(lower.get(k - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words that head the name of a body of members or a public body, which an outlet's word
     * inside does not make an outlet: "The Independent Petroleum Products Retailers Association of
     * Nigeria", "National Press Club", "Daily Mail and General Trust".
     */
    private static final Set<String> BODY_HEADS =
            Set.of(
                    "association",
                    "associations",
                    "council",
                    "union",
                    "party",
                    "federation",
                    "league",
                    "society",
                    "committee",
                    "commission",
                    "institute",
                    "foundation",
                    "ministry",
                    "department",
                    "university",
                    "college",
                    "school",
                    "church",
                    "club",
                    "bank",
                    "trust",
                    "chamber",
                    "congress",
                    "alliance",
                    "coalition",
                    "guild");

    /**
     * Whether the run from {@code i} to {@code end} closes a yearly address named for what it
     * surveys, "of the" before it: "State of the Union", "State of the State". No body speaks.
     */
    private boolean addressOf(List<Token> tokens, int i, int end) {
        return i >= 3
                && tokens.get(i - 1).text().equals("the")
                && tokens.get(i - 2).text().equals("of")
                && lexicon.isOccasion(texts(tokens.subList(i - 3, end)));
    }

    /**
     * Whether {@code words} name a body whose head word, last or before "of", is one of {@link
     * #BODY_HEADS}, or hold a body's speaking role before a name ("Police Media Spokesman SSP
     * Chaminda Rathnayake"), and no outlet known by that whole name: words with an outlet's word in
     * them that name no outlet.
     */
    private boolean bodyWithOutletWord(List<Token> words) {
        if (words.size() < 2 || lexicon.knownOutlet(String.join(" ", texts(words))) != null) {
            return false;
        }
        for (int k = 1; k + 2 < words.size(); k++) {
            if (SPEAKING_ROLES.contains(words.get(k).lower())) {
                // "Police Media Spokesman SSP Chaminda Rathnayake": a title before a name
                return true;
            }
        }
        for (int k = 1; k < words.size(); k++) {
            boolean head = k == words.size() - 1 || words.get(k + 1).lower().equals("of");
            if (head && BODY_HEADS.contains(words.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Roles that speak for a body, which a name follows in capitals after its office. */
    private static final Set<String> SPEAKING_ROLES =
            Set.of("spokesman", "spokeswoman", "spokesperson", "secretary", "officer");

    /** Words of an organisation's name that a number follows: "Local 412", "Lodge 44". */
    private static final Set<String> NUMBERED = Set.of("local", "lodge", "chapter", "branch");

    /** How many capitalised words after "and" may end in an organisation's word. */
    private static final int AFTER_AND = 3;

    /** Whether the capitalised words from {@code k} end, within a few, in an organisation word. */
    private static boolean endsInOrganisationWord(
            List<Token> tokens, int k, Set<String> organisationWords) {
        int end = k;
        while (end < tokens.size() && end - k < AFTER_AND && tokens.get(end).capitalized()) {
            end++;
        }
        return end > k
                && organisationWords.contains(tokens.get(end - 1).lower())
                && (end == tokens.size() || !tokens.get(end).capitalized());
    }

    /**
     * Words before a month that make it a date: "in June Apple said", "since April Labour has", "a
     * June Trump campaign event". Elsewhere a month that is also a given name may start one ("Jan
     * Roe", "April Ryan").
     */
    private static final Set<String> DATE_WORDS =
            Set.of(
                    "in", "since", "until", "till", "by", "from", "of", "during", "through",
                    "before", "after", "last", "next", "this", "early", "late", "mid", "on",
                    "every", "each", "that", "between", "and", "or", "to", "a", "an");

    /**
     * The kind of name the run {@code tokens} is, or null for none. {@code dated} says a word
     * before the run makes a month at its start a date ("in June Apple said").
     */
    private Run classify(
            List<Token> tokens,
            boolean afterThe,
            boolean dated,
            boolean headline,
            Set<String> lowerCase,
            boolean introduced) {
        if (tokens.stream().anyMatch(t -> t.is('&'))) {
            // "Marrow & Lace", "Harrow & Finch": a band, a firm, never one person
            List<String> written = new ArrayList<>();
            for (Token token : tokens) {
                written.add(token.is('&') ? "&" : bare(token));
            }
            return new Run(tokens, Mention.Type.ORGANIZATION, String.join(" ", written));
        }
        List<Token> words = new ArrayList<>();
        int marks = 0;
        for (int k = 0; k < tokens.size(); k++) {
            boolean numbered =
                    k > 0
                            && tokens.get(k).isNumber(4)
                            && NUMBERED.contains(tokens.get(k - 1).lower());
            // the nickname in marks is no part of the name: "Ramon \"Monching\" Dela Paz",
            // "Dwayne “The Rock” Johnson"
            if ((isMark(tokens.get(k)) || isClosingMark(tokens.get(k)))
                    && !(k > 0 && pluralPossessiveMark(tokens.get(k - 1), tokens.get(k)))) {
                marks++;
            }
            boolean nickname = marks % 2 == 1;
            if (numbered || tokens.get(k).type() == Token.Type.WORD && !nickname) {
                words.add(tokens.get(k));
            }
        }
        int given = headline ? -1 : givenNameAfterTitle(words, lowerCase, introduced);
        Gender titled = Gender.UNKNOWN;
        boolean title = false;
        if (given > 0) {
            titled = genderOfTitle(words.subList(0, given));
            words = words.subList(given, words.size());
        }
        if (words.size() == 1
                && (lexicon.notName(words.getFirst().text())
                        || lexicon.outletWordAlone(words.getFirst().text()))) {
            // "A campaign TV ad": an outlet's word alone, used as a common noun, names no one
            return null;
        }
        if (!words.isEmpty()
                && given <= 0
                && lexicon.looksLikeOutlet(texts(words))
                && !bodyWithOutletWord(words)) {
            List<Token> outlet = words;
            if (outlet.size() > 1
                    && lexicon.notName(outlet.getFirst().text())
                    && !outlet.getFirst().text().equals("The")
                    && lexicon.knownOutlet(String.join(" ", texts(outlet))) == null) {
                // "Monday Daily Post" is the Daily Post; "Nine News" is known as written
                outlet = outlet.subList(1, outlet.size());
            }
            return new Run(outlet, Mention.Type.OUTLET, outletName(texts(outlet), afterThe));
        }
        boolean monthNamed =
                !dated
                        && words.size() > 1
                        && words.getFirst() == tokens.getFirst()
                        && lexicon.givenNames().contains(words.getFirst().bare());
        while (!words.isEmpty()
                && (lexicon.notName(words.getFirst().text())
                                && !(monthNamed && words.getFirst() == tokens.getFirst())
                        || isFirstPersonI(words.getFirst())
                        || words.size() > 1
                                && hyphenated(words.getFirst().text())
                                && !romanizedGivenName(words.getFirst().text()))) {
            titled = titled.orElse(lexicon.genderOfWord(words.getFirst().bare()));
            title |= lexicon.honorifics().contains(words.getFirst().bare());
            words = words.subList(1, words.size());
        }
        if (words.isEmpty() || words.size() > 1 && adjectiveOfName(words.getLast().text())) {
            // "World War II-era camps", "a Deep South-style barbecue": an adjective made of a name
            return null;
        }
        if (words.size() > 1 && words.getFirst().text().equals("Co")) {
            // "Castleblayney, Co Monaghan", "in Co. Kerry": an Irish county, no company
            return null;
        }
        List<String> lower = texts(words).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        if (given <= 0
                && lower.size() > 2
                && (CAMPAIGNING.contains(lower.get(1)) && campaigners(lower.getFirst())
                        || lower.size() > 3
                                && CAMPAIGNING.contains(lower.get(2))
                                && campaigners(lower.get(1)))) {
            // "Doctors for Camp Closure", "Reporters Without Borders", "Massachusetts Democrats
            // for Education Reform"
            return new Run(words, Mention.Type.ORGANIZATION, written(tokens, words));
        }
        if (given <= 0
                && lower.size() > 1
                && lexicon.groupWords().contains(lower.getFirst())
                && lower.getFirst().endsWith("s")
                && !lexicon.givenNames().contains(words.get(1).bare())) {
            // "Democrats Abroad", "Republicans Overseas": a group named for its people, whose
            // plural is never a given name ("Democrats" alone then is no person either)
            return new Run(words, Mention.Type.ORGANIZATION, written(tokens, words));
        }
        if (lower.size() == 3 && lower.get(1).equals("for") && runsFor(words.get(2))) {
            // "Pruitt for Wisconsin": a candidate's campaign
            return new Run(words, Mention.Type.ORGANIZATION, written(tokens, words));
        }
        if (lower.size() == 1 && LETTER_AND_NUMBER.matcher(words.getFirst().text()).matches()) {
            // "P96 million", "R4 billion": an amount, not "the G7"
            return null;
        }
        if (lower.size() == 2
                && words.getLast().text().length() == 1
                && Character.isUpperCase(words.getLast().text().charAt(0))
                && !lexicon.givenNames().contains(words.getFirst().bare())) {
            // "Band A customers", "Plan B", "Hepatitis B": a word and its letter, not "Malcolm X"
            return null;
        }
        if (lower.size() > 1 && PARTY_MEMBERS.contains(lower.getLast())) {
            // "said a Virginia Republican", "a New Hampshire Democrat", "the Nevada Democratic
            // caucuses": a party's member or contest in a place, no one's name (Virginia is a
            // given name too)
            return null;
        }
        if (lower.size() == 1 && BARE_ORGANISATION_WORDS.contains(lower.getFirst())) {
            // "Local councillor Tom Hession said": the word names an organisation only with more
            // ("UAW Local 600")
            return null;
        }
        if (given <= 0
                && (centreOf(lower)
                        || !personAfterRole(lower)
                                && lower.stream()
                                        .anyMatch(lexicon.organisationWords()::contains))) {
            return new Run(words, Mention.Type.ORGANIZATION, written(tokens, words));
        }
        if (given <= 0
                && namedForCountry(words)
                && !lexicon.givenNames().contains(words.getFirst().bare())) {
            // "Sport England", "Water Safety Ireland", "Cancer Research UK": a body named for its
            // country (not "Kathy Ireland", not "Northern Ireland")
            return new Run(words, Mention.Type.ORGANIZATION, written(tokens, words));
        }
        if (given <= 0
                && words.size() > 1
                && lexicon.firmWords().contains(lower.getLast())
                && !lexicon.givenNames().contains(words.getFirst().bare())) {
            // "Brightwater Energy", "Greystone Homes"; "Developer Greystone Homes" opening a
            // sentence is the firm without the noun before it
            List<Token> firm = words;
            String first = lower.getFirst();
            if (firm.size() > 2
                    && (lexicon.roles().contains(first)
                            || lowerCase.contains(first)
                            || first.endsWith("er"))) {
                firm = firm.subList(1, firm.size());
            }
            return new Run(firm, Mention.Type.ORGANIZATION, String.join(" ", texts(firm)));
        }
        if (lexicon.isInstitution(texts(words))) {
            return new Run(words, Mention.Type.ORGANIZATION, String.join(" ", texts(words)));
        }
        if (!afterThe
                && lexicon.placeWords().contains(lower.getLast())
                && (words.size() == 1
                        || words.size() == 2
                                && (lexicon.givenNames().contains(words.getFirst().bare())
                                        || romanizedGivenName(words.getFirst().text())))) {
            // "Lisa Park", "Min-jun Park", "Ricki Lake" or "Victoria Park", and "Park" after
            // them: a person only where the article names someone by the last word alone ("said
            // Park")
            return new Run(words, Mention.Type.PERSON, personName(words, tokens)).asPlaceLike();
        }
        if (lexicon.placeWords().contains(lower.getLast())
                || lexicon.isPlaceOrGroup(texts(words)) && !surnamedByPeople(words)
                || lexicon.isOccasion(texts(words))
                || words.size() > 1 && PLACE_PREFIXES.contains(lower.getFirst())
                || lexicon.isRegion(texts(words))) {
            return null;
        }
        if (afterThe
                && words.size() > 1
                && lower.getLast().endsWith("s")
                && !lower.getLast().endsWith("ss")
                && !isAcronym(words.getLast())
                && !lexicon.givenNames().contains(words.getFirst().bare())
                && !lexicon.honorifics().contains(lower.getFirst())
                && !lexicon.roles().contains(lower.getFirst())) {
            // "the Golden Globes", "the Charlotte Hornets": a plural after "the" names no person
            return new Run(words, Mention.Type.ORGANIZATION, written(tokens, words));
        }
        int first = 0;
        for (int k = 0; k < words.size() - 1; k++) {
            String word = words.get(k).bare();
            boolean givenName =
                    k == words.size() - 2
                            && !lexicon.honorifics().contains(word)
                            && lexicon.givenNames().contains(word);
            boolean surnamed =
                    k == words.size() - 2 && k > 0 && SUFFIXES.contains(bare(words.getLast()));
            if (surnamed) {
                // "Martin Luther King Jr.": a title before a generational suffix is a surname
                continue;
            }
            if (lexicon.honorifics().contains(word)
                    || lexicon.roles().contains(word) && !givenName
                    || word.endsWith("-old")
                    || word.chars().anyMatch(Character::isDigit)) {
                first = k + 1;
                titled = titled.orElse(lexicon.genderOfWord(word));
                title |= lexicon.honorifics().contains(word);
            }
        }
        List<Token> name = words.subList(first, words.size());
        while (name.size() > 2 && NameLexicon.POST_NOMINALS.contains(name.getLast().text())) {
            // "Jonathan Hale KC": the letters after a name are no part of it
            name = name.subList(0, name.size() - 1);
        }
        if (name.size() == 1 && lexicon.roles().contains(name.getFirst().bare())) {
            // "Chinese Vice Minister", "Harbour Road star": a role with no name
            return null;
        }
        if (lexicon.roles().contains(name.getLast().bare())
                && name.stream().noneMatch(word -> lexicon.givenNames().contains(word.bare()))) {
            // "the Special Adviser to the Governor": an office in capitals (not "Aaron Judge")
            return null;
        }
        if (shouted(name)) {
            // "STEVE HOLLIS branded the penalty…": a tabloid opens in capitals with a full name
            List<String> written = name.stream().map(t -> titleCase(bare(t))).toList();
            return new Run(name, Mention.Type.PERSON, String.join(" ", written), titled, title);
        }
        // "Undersecretary Rogelio Santos Bautista III", "Mark Hale II": a generational numeral
        // after a person's name is no acronym ("World War II" is no one)
        boolean person =
                first > 0 || given > 0 || lexicon.givenNames().contains(name.getFirst().bare());
        List<Token> beforeNumeral =
                person && name.size() > 2 && GENERATIONS.contains(name.getLast().text())
                        ? name.subList(0, name.size() - 1)
                        : name;
        if (beforeNumeral.stream().anyMatch(NameFinder::isAcronym)) {
            return new Run(name, Mention.Type.ORGANIZATION, String.join(" ", texts(name)));
        }
        if (name.size() > 2
                && lexicon.places()
                        .contains(
                                String.join(" ", texts(name.subList(0, 2)))
                                        .toLowerCase(Locale.ROOT))) {
            // "a New Hampshire Elks lodge": a place of two words opens no one's name
            return null;
        }
        return new Run(name, Mention.Type.PERSON, personName(name, tokens), titled, title);
    }

    /**
     * Whether a capitalised "The" stands right before the two or more words of {@code run}, none of
     * them a given name: no one's name takes "The", but a book's, a band's or a ship's does.
     */
    private boolean titledThing(List<Token> tokens, Run run) {
        List<Token> name = run.tokens();
        int at = tokens.indexOf(name.getFirst());
        return name.size() > 1
                && at > 0
                && tokens.get(at - 1).text().equals("The")
                && name.stream().noneMatch(word -> lexicon.givenNames().contains(word.bare()));
    }

    /**
     * Whether a capitalised word is an adjective or a noun by its hyphen ("Texas-based Corvane",
     * "Co-star Ada Obi") rather than a name ("Okonkwo-Hart"): lower case follows the hyphen.
     */
    public static boolean hyphenated(String text) {
        int hyphen = text.indexOf('-');
        return hyphen > 0
                && hyphen + 1 < text.length()
                && Character.isLowerCase(text.codePointAt(hyphen + 1));
    }

    /**
     * Whether {@code text} is an adjective made of a name and a hyphenated word that makes such
     * adjectives ("II-era", "South-style", "Moscow-backed"), not part of a name ("Wai-man").
     */
    private static boolean adjectiveOfName(String text) {
        int hyphen = text.lastIndexOf('-');
        return hyphen > 0 && ADJECTIVE_ENDINGS.contains(text.substring(hyphen + 1));
    }

    /** Words that make an adjective of a name before them: "Obama-era", "Texas-based". */
    private static final Set<String> ADJECTIVE_ENDINGS =
            Set.of(
                    "era",
                    "style",
                    "based",
                    "led",
                    "backed",
                    "born",
                    "friendly",
                    "funded",
                    "owned",
                    "linked",
                    "run",
                    "like",
                    "type",
                    "inspired",
                    "affiliated",
                    "aligned",
                    "allied",
                    "sponsored",
                    "appointed",
                    "controlled",
                    "dominated",
                    "leaning",
                    "made",
                    "related",
                    "themed",
                    "focused",
                    "wide",
                    "centric",
                    "esque",
                    "bound",
                    "level",
                    "class",
                    "area",
                    "age",
                    "registered",
                    "listed",
                    "trained",
                    "educated",
                    "winning",
                    "nominated",
                    "approved",
                    "supported",
                    "designed",
                    "built");

    /**
     * Whether a hyphenated word is a romanized given name of two syllables ("Min-jun", "Ji-woo",
     * "Seo-yeon") rather than a prefixed noun ("Co-star", "Ex-boss") or an adjective
     * ("Texas-based").
     */
    static boolean romanizedGivenName(String text) {
        int hyphen = text.indexOf('-');
        if (hyphen < 2
                || hyphen > 5
                || text.length() - hyphen - 1 < 2
                || text.length() - hyphen > 5) {
            return false;
        }
        String first = text.substring(0, hyphen).toLowerCase(Locale.ROOT);
        String second = text.substring(hyphen + 1);
        return second.chars().allMatch(Character::isLowerCase)
                && !NOT_SYLLABLES.contains(first)
                && !NOT_SYLLABLES.contains(second);
    }

    /** Short prefixes and word endings that a hyphen joins in English, not syllables of a name. */
    private static final Set<String> NOT_SYLLABLES =
            Set.of(
                    "co", "ex", "re", "pre", "non", "anti", "pro", "mid", "self", "vice", "post",
                    "semi", "sub", "mega", "all", "well", "half", "star", "boss", "host", "op",
                    "born", "led", "era", "old", "year", "made", "run", "wife", "mate", "like",
                    "free", "wide", "long", "term", "time", "day", "up", "in", "out", "off", "on",
                    "back", "down", "over", "by", "to", "fi", "tech", "hop", "pop", "ray", "mail",
                    "lady", "man", "men", "guy", "kid", "kids");

    /** A person's name as written, initials keeping their stops: "J.K. Vane", not "J.K Vane". */
    private static String personName(List<Token> name, List<Token> tokens) {
        StringBuilder written = new StringBuilder();
        for (Token word : name) {
            if (!written.isEmpty()) {
                written.append(' ');
            }
            String bare = bare(word);
            written.append(bare);
            int at = tokens.indexOf(word);
            if (!bare.endsWith(".")
                    && at >= 0
                    && at + 2 < tokens.size()
                    && tokens.get(at + 1).is('.')
                    && tokens.get(at + 2).capitalized()
                    && word.capitalized()
                    && word.text().length() <= 3) {
                written.append('.');
            }
        }
        return written.toString();
    }

    /**
     * Where a name holding the given name at {@code k} starts: at {@code k} after a title
     * ("Administrator Jim Bridenstine"), or earlier where name words stand between the title and it
     * ("Professor <i>Ng</i> Kai Xuan", family name first; "Sheikh <i>Saqr bin Humaid</i> Al
     * Suwaidi"). A lower-case word that is no particle ("Secretary of State Mike Pompeo"), or a
     * word the text also writes in lower case ("Senior Coroner Alistair …"), keeps {@code k}.
     */
    private int nameStartBefore(List<Token> words, int k, Set<String> lowerCase) {
        int start = k;
        while (start > 0) {
            Token word = words.get(start - 1);
            String lower = word.bare();
            if (titleWord(lower)) {
                return start;
            }
            if (word.capitalized() && lowerCase.contains(word.lower())) {
                // "Senior Coroner Alistair Whitford-Mensah" where the text also writes "the
                // coroner": a common noun, so part of the title
                return k;
            }
            if (!word.capitalized() && !PARTICLES.contains(word.text())) {
                return k;
            }
            start--;
        }
        return k;
    }

    /**
     * Whether the two words from {@code i} to {@code end} opening a sentence are a listed given
     * name and a surname, though the text also writes the first in lower case: "Bill Clinton got in
     * on the game" in a story about a bill. Not a verb that opens questions: "Will Clinton …?".
     */
    private boolean givenNameOpening(List<Token> tokens, int i, int end) {
        return end == i + 2
                && lexicon.givenNames().contains(tokens.get(i).bare())
                && !QUESTION_OPENERS.contains(tokens.get(i).lower())
                && tokens.get(i + 1).capitalized();
    }

    /** Words that open questions and are given names too: "Will", "May", "Can". */
    private static final Set<String> QUESTION_OPENERS =
            Set.of(
                    "will", "may", "can", "did", "does", "should", "would", "could", "shall",
                    "must");

    /** Whether a capitalised word is a title or an office: "Professor", "Sheikh", "Minister". */
    private boolean titleWord(String lower) {
        return lexicon.honorifics().contains(lower)
                || lexicon.roles().contains(lower)
                || lexicon.portfolios().contains(lower);
    }

    /**
     * Whether the run at token {@code i} follows a role noun in lower case, next to it or after a
     * comma: "spokesperson Mumtaz Ali Soomro", "the envoy, Mumtaz Ali Soomro". Its first word is
     * then no title but the name's own, a given name the list may lack.
     */
    private boolean afterRoleNoun(List<Token> tokens, int i) {
        int k = i > 0 && tokens.get(i - 1).is(',') ? i - 2 : i - 1;
        return k >= 0
                && tokens.get(k).type() == Token.Type.WORD
                && !tokens.get(k).capitalized()
                && lexicon.roles().contains(tokens.get(k).lower());
    }

    /**
     * Where a person's name starts after a title or office written in capitals ("Secretary of State
     * Mike Pompeo", "NASA Administrator Jim Bridenstine", "White House Press Secretary Stephanie
     * Grisham"): at the first listed given name that has a surname after it and no given name
     * before it. -1 when the run starts with a given name or has none, or one word stands before
     * the given name of a run {@code introduced} by a role noun ("spokesperson Mumtaz Ali Soomro").
     */
    private int givenNameAfterTitle(List<Token> words, Set<String> lowerCase, boolean introduced) {
        if (words.size() < 3
                || lexicon.givenNames().contains(words.getFirst().bare())
                || lexicon.organisationWords().contains(words.getLast().bare())) {
            // "Dick Clark Productions", "Dana Farber Cancer Institute": a firm named after a
            // person, not a title before a name
            return -1;
        }
        for (int k = 1; k < words.size() - 1; k++) {
            if (lexicon.givenNames().contains(words.get(k).bare())) {
                return k == 1
                                && introduced
                                && !lexicon.honorifics().contains(words.getFirst().bare())
                        ? -1
                        : nameStartBefore(words, k, lowerCase);
            }
        }
        return -1;
    }

    private Gender genderOfTitle(List<Token> title) {
        Gender gender = Gender.UNKNOWN;
        for (Token word : title) {
            gender = gender.orElse(lexicon.genderOfWord(word.bare()));
        }
        return gender;
    }

    /**
     * "firm Brightwell", "the operator, Relaynet,": one capitalised word named as an organisation
     * (not "In her post, Vega", "his team, Okafor").
     */
    private boolean afterOrganisationNoun(List<Token> tokens, int i) {
        int k = i - 1;
        if (k >= 0 && tokens.get(k).is(',')) {
            k--;
        }
        return k >= 0
                && !tokens.get(k).capitalized()
                && lexicon.organisationRoles().contains(tokens.get(k).bare())
                && !WRITINGS.contains(tokens.get(k).bare())
                && !(k > 0 && KIN_OWNERS.contains(tokens.get(k - 1).lower()));
    }

    /**
     * Nouns for what was written, which refer back to an organisation ("the statement said") but
     * name none beside them: "In her post, Vega wrote", "In a statement, Okafor said".
     */
    private static final Set<String> WRITINGS =
            Set.of("statement", "report", "release", "letter", "filing", "memo", "post", "website");

    /**
     * "Relaynet, the operator," or "Murmur, a short-form social app, will": one capitalised word
     * before an apposed phrase whose noun is an organisation's (not "Cole, a union official").
     */
    private boolean organisationNounApposed(List<Token> tokens, int end) {
        return apposedNoun(tokens, end) != null;
    }

    /** Whether an apposition after token {@code end} makes a group: ", the residents’ group". */
    private boolean groupApposed(List<Token> tokens, int end) {
        String noun = apposedNoun(tokens, end);
        return noun != null && GROUP_NOUNS.contains(noun);
    }

    /** Nouns an apposition gives a body of people, never one person: "the residents’ group". */
    private static final Set<String> GROUP_NOUNS =
            Set.of(
                    "group",
                    "coalition",
                    "alliance",
                    "collective",
                    "campaign",
                    "charity",
                    "nonprofit",
                    "organisation",
                    "organization",
                    "association",
                    "foundation",
                    "company",
                    "firm",
                    "startup",
                    "band",
                    "club",
                    "party",
                    "union");

    /**
     * The organisation noun of an apposition after the run ending at token {@code end} (", the
     * studio behind the series,", ", the residents’ group that"), or null.
     */
    private String apposedNoun(List<Token> tokens, int end) {
        if (end + 2 >= tokens.size()
                || !tokens.get(end).is(',')
                || !APPOSITION_DETERMINERS.contains(tokens.get(end + 1).lower())) {
            return null;
        }
        for (int k = end + 2; k < tokens.size() - 1 && k - end <= APPOSED_WORDS; k++) {
            Token token = tokens.get(k);
            if (k > end + 2 && pluralPossessiveMark(tokens.get(k - 1), token)) {
                // "the residents’ group"
                continue;
            }
            if (token.type() != Token.Type.WORD || token.capitalized()) {
                return null;
            }
            Token next = tokens.get(k + 1);
            if (lexicon.organisationRoles().contains(token.lower())
                    && (next.is(',') || APPOSITION_ENDS.contains(next.lower()))) {
                return token.lower();
            }
        }
        return null;
    }

    private static final Set<String> APPOSITION_DETERMINERS = Set.of("a", "an", "the");

    /** Words that may follow the noun of an apposed phrase: "the studio behind the series". */
    private static final Set<String> APPOSITION_ENDS =
            Set.of("that", "which", "behind", "based", "founded", "whose", "with", "in", "of");

    /** How many words an apposed phrase may run to its noun: "a short-form social app". */
    private static final int APPOSED_WORDS = 5;

    /**
     * Whether the words end in a person's name after a role ("Police Chief Darnell Whitfield",
     * "Harbour Bank President Ana Ruiz"): two words or more after the last role word, none of them
     * an organisation's.
     */
    private boolean personAfterRole(List<String> lower) {
        int role = -1;
        for (int k = 0; k < lower.size() - 1; k++) {
            if (lexicon.roles().contains(lower.get(k))) {
                role = k;
            }
        }
        return role >= 0
                && lower.size() - role - 1 >= 2
                && lower.subList(role + 1, lower.size()).stream()
                        .noneMatch(lexicon.organisationWords()::contains);
    }

    /**
     * Whether the capitals of {@code run}, ending at token {@code end}, name a work by the noun
     * after them ("his Long Way Home tour"): a work noun follows and no word of the run is a listed
     * given name ("the Taylor Swift tour" still names her).
     */
    private boolean namesWork(List<Token> tokens, Run run, int end) {
        if (end >= tokens.size() || !lexicon.workNouns().contains(tokens.get(end).text())) {
            return false;
        }
        for (Token word : run.tokens()) {
            if (lexicon.givenNames().contains(word.bare())) {
                return false;
            }
        }
        return true;
    }

    /** Words between a work noun and its title: "a book entitled …", "a song called …". */
    private static final Set<String> TITLING = Set.of("entitled", "titled", "called", "named");

    /**
     * Whether the capitals of {@code run}, starting at token {@code i}, name a work by the noun
     * before them ("the ITV dating show Coupled Up", "the BBC drama Harbour Lights", "Her first
     * cookbook, Salt Before Sunrise,"): a work noun in lower case comes just before, or before a
     * comma with another after the name (not "the end of the episode, Venkataraman put"), and no
     * word of the run is a listed given name ("the show Ana Ruiz hosts" still names her).
     */
    private boolean workNamedAfterNoun(List<Token> tokens, Run run, int i, int end) {
        boolean apposed =
                i > 1
                        && tokens.get(i - 1).is(',')
                        && end < tokens.size()
                        && tokens.get(end).is(',');
        int noun = apposed ? i - 2 : i - 1;
        if (!apposed && i > 1 && TITLING.contains(tokens.get(i - 1).lower())) {
            // "Ms Narker's book entitled Some Unspoken Thing"
            noun = i - 2;
        }
        if (noun < 0
                || tokens.get(noun).capitalized()
                || !lexicon.workNouns().contains(tokens.get(noun).text())) {
            return false;
        }
        if (noun > 0 && OWNED_WORK.contains(tokens.get(noun - 1).lower())) {
            // "her podcast Chloe Chats", "his album Jolene": a work someone owns is named by what
            // follows, given name or not
            return true;
        }
        for (Token word : run.tokens()) {
            if (lexicon.givenNames().contains(word.bare())) {
                return false;
            }
        }
        return true;
    }

    /** Possessive pronouns before a work noun: "her podcast Chloe Chats". */
    private static final Set<String> OWNED_WORK =
            Set.of("my", "his", "her", "its", "our", "their", "your");

    /** Words that open a description of the person just named: "Sarah, <i>who</i> asked…". */
    private static final Set<String> DESCRIBING = Set.of("who", "whose", "a", "an", "the");

    /**
     * Whether the one word at token {@code i} is a listed given name, never written in lower case
     * in the article, followed by a comma or dash and a description: "Tommy — who only goes by his
     * first name online —", "Maria, a nurse in Ohio,"; or given after "named": "a waiter named
     * Callum".
     */
    private boolean givenNameDescribed(List<Token> tokens, int i, Set<String> lowerCase) {
        String word = tokens.get(i).lower();
        if (i + 2 >= tokens.size()
                || lowerCase.contains(word)
                || !lexicon.givenNames().contains(word)
                || lexicon.places().contains(word)) {
            return false;
        }
        if (i > 0 && tokens.get(i - 1).lower().equals("named")) {
            // "A waiter from Brighton named Callum phoned in": the one the noun before names
            return true;
        }
        Token after = tokens.get(i + 1);
        if ((after.is(',') || after.is('—') || after.is('–'))
                && (DESCRIBING.contains(tokens.get(i + 2).lower())
                        || i + 3 < tokens.size()
                                && KIN_OWNERS.contains(tokens.get(i + 2).lower())
                                && lexicon.kinNouns().contains(tokens.get(i + 3).lower()))) {
            // "Karen, her daughter, drove"
            return true;
        }
        // "my brother, Daniel, took longer", "her son Daniel", "Mrs Walsh’s daughter, Karen,": a
        // given name after a noun for a person is the person so described
        int noun = kinNounBefore(tokens, i);
        return noun > 0 && (ownedKin(tokens, noun) || endsPossessive(tokens.get(noun - 1)));
    }

    /**
     * Where the noun of kin stands that the name at token {@code i} follows, with or without a
     * comma ("her son Daniel", "His father, Maurice Benhamou"), or with a role of their own between
     * ("her husband, the jazz pianist Owen Teague"), or -1 where there is none.
     */
    private int kinNounBefore(List<Token> tokens, int i) {
        int before = i - 1;
        while (before > 0
                && i - before <= KIN_ROLE_WORDS
                && tokens.get(before).type() == Token.Type.WORD) {
            before--;
        }
        if (before < i - 1
                && !((ARTICLES.contains(tokens.get(before + 1).lower())
                                || tokens.get(before + 1).lower().equals("former")
                                || bareRole(tokens, before + 1, i))
                        && tokens.get(before).is(','))) {
            // "her father, the jazz pianist Art Lowe", "his father, former Ironclads
            // linebacker Marcus Bell Sr.", "his wife, designer Celine Faulkner"
            before = i - 1;
        }
        int noun = before >= 0 && tokens.get(before).is(',') ? before - 1 : before;
        return noun >= 0
                        && !tokens.get(noun).capitalized()
                        && lexicon.kinNouns().contains(tokens.get(noun).lower())
                ? noun
                : -1;
    }

    /** Whether tokens {@code from} to {@code to} are a role in lower case: "fashion designer". */
    private boolean bareRole(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!lowerCaseWord(tokens.get(k))) {
                return false;
            }
        }
        return to > from && lexicon.roles().contains(tokens.get(to - 1).lower());
    }

    /** How many words a role between a noun of kin and the name may take: "the jazz pianist". */
    private static final int KIN_ROLE_WORDS = 4;

    private static boolean lowerCaseWord(Token token) {
        return token.type() == Token.Type.WORD && !token.capitalized();
    }

    /**
     * Whether the noun of kin at {@code noun} has a possessive owner before it, directly or past a
     * word or two describing the relation: "her son", "her late husband", "his younger brother".
     */
    private static boolean ownedKin(List<Token> tokens, int noun) {
        for (int k = noun - 1; k >= 0 && noun - k <= 3; k--) {
            if (KIN_OWNERS.contains(tokens.get(k).lower())) {
                return true;
            }
            if (!lowerCaseWord(tokens.get(k))) {
                return false;
            }
        }
        return false;
    }

    /** Possessive determiners before a noun of kin: "my brother", "her son". */
    private static final Set<String> KIN_OWNERS =
            Set.of("my", "his", "her", "their", "our", "your");

    /** Whether ", who" or ", whose" follows token {@code end - 1}: a person's relative clause. */
    private static boolean relativeWho(List<Token> tokens, int end) {
        return end + 1 < tokens.size()
                && tokens.get(end).is(',')
                && (tokens.get(end + 1).lower().equals("who")
                        || tokens.get(end + 1).lower().equals("whose"));
    }

    /** Verbs of speech that make the name before them a speaker: "Nathan Lane said". */
    private static final Set<String> SAID =
            Set.of("said", "says", "told", "tells", "added", "wrote", "writes", "explained");

    /** Whether a verb of speech is token {@code end}. */
    private static boolean saidAfter(List<Token> tokens, int end) {
        return end < tokens.size() && SAID.contains(tokens.get(end).lower());
    }

    /** Pronouns that only a person takes: "Diane Lane opened up about <i>her</i> divorce". */
    private static final Set<String> PERSONAL = Set.of("he", "she", "his", "her", "him");

    /** How many words in lower case may stand between a name and its pronoun. */
    private static final int PERSONAL_REACH = 4;

    /**
     * Whether a personal pronoun follows token {@code end - 1} after a few words in lower case and
     * no punctuation: "Diane Lane opened up about her divorce".
     */
    private static boolean personalAfter(List<Token> tokens, int end) {
        for (int k = end; k < tokens.size() && k - end <= PERSONAL_REACH; k++) {
            Token token = tokens.get(k);
            if (PERSONAL.contains(token.lower()) && k > end) {
                return true;
            }
            if (token.type() != Token.Type.WORD || token.capitalized()) {
                return false;
            }
        }
        return false;
    }

    /** Whether a role noun stands right before token {@code first}: "Singer Diane Lane". */
    private boolean roleBefore(List<Token> tokens, Integer first) {
        return first != null
                && first > 0
                && lexicon.roles().contains(tokens.get(first - 1).lower());
    }

    /** Whether an age follows token {@code end - 1}: ", 34," or " (34)". */
    private static boolean aged(List<Token> tokens, int end) {
        return end + 2 < tokens.size()
                && (tokens.get(end).is(',') || tokens.get(end).is('('))
                && tokens.get(end + 1).isNumber(3)
                && (tokens.get(end + 2).is(',') || tokens.get(end + 2).is(')'));
    }

    /**
     * Whether the one word at token {@code i} has an age apposed to it as an adjective, and no
     * preposition of place before it: "is Rokeya, a 34-year-old garment worker", "Tanisha, a
     * 34-year-old baggage handler, said" opening a sentence, but not "In Mirpur, a 34-year-old
     * woman".
     */
    private static boolean agedAsAdjective(List<Token> tokens, int i) {
        return (i == 0 || !AT_PLACE.contains(tokens.get(i - 1).lower()))
                && i + 3 < tokens.size()
                && tokens.get(i + 1).is(',')
                && (tokens.get(i + 2).lower().equals("a") || tokens.get(i + 2).lower().equals("an"))
                && AGE.matcher(tokens.get(i + 3).lower()).matches();
    }

    /** Words before a place: "in Mirpur, a 34-year-old woman". */
    private static final Set<String> AT_PLACE =
            Set.of("in", "at", "from", "near", "outside", "on", "of", "to", "for", "across", "st");

    /** An age written as an adjective: "34-year-old". */
    private static final java.util.regex.Pattern AGE =
            java.util.regex.Pattern.compile("\\d{1,3}-year-old");

    /**
     * Whether a nickname in quotation marks, up to {@value #NICKNAME_WORDS} capitalised words,
     * starts at token {@code k} between a given name and a surname: "Oluwaseun “Shaun” Bankole",
     * "Dwayne “The Rock” Johnson".
     */
    public static boolean nickname(List<Token> tokens, int k) {
        return nicknameLength(tokens, k) > 0;
    }

    /** The most words a nickname between names has. */
    private static final int NICKNAME_WORDS = 3;

    /** The tokens, marks included, of the nickname starting at token {@code k}, else 0. */
    public static int nicknameLength(List<Token> tokens, int k) {
        if (k == 0 || !isMark(tokens.get(k)) || !tokens.get(k - 1).capitalized()) {
            return 0;
        }
        int close = k + 1;
        while (close < tokens.size()
                && close - k <= NICKNAME_WORDS
                && tokens.get(close).capitalized()) {
            close++;
        }
        return close > k + 1
                        && close + 1 < tokens.size()
                        && isClosingMark(tokens.get(close))
                        && tokens.get(close + 1).capitalized()
                ? close - k + 1
                : 0;
    }

    /**
     * Whether the words from {@code i} to {@code end} are all that stands in quotation marks, with
     * perhaps an article before them and the comma or stop American style puts inside the marks
     * after them: “Heartstopper”, “The Long Walk Home,”.
     */
    private static boolean inMarks(List<Token> tokens, int i, int end) {
        int open = i - 1;
        if (open > 0 && ARTICLES.contains(tokens.get(open).lower())) {
            open--;
        }
        int close = end;
        if (close + 1 < tokens.size() && (tokens.get(close).is(',') || tokens.get(close).is('.'))) {
            close++;
        }
        return open >= 0
                && isMark(tokens.get(open))
                && close < tokens.size()
                && isClosingMark(tokens.get(close));
    }

    private static final Set<String> ARTICLES = Set.of("the", "a", "an");

    private static boolean isClosingMark(Token token) {
        return token.type() == Token.Type.PUNCT && "”’\"'»".indexOf(token.text().charAt(0)) >= 0;
    }

    /**
     * Whether a body sentence is written in title case, like a headline or a list of links left in
     * the text: most of its words, four or more, are capitalised.
     */
    private static boolean titleCase(List<Token> tokens) {
        int words = 0;
        int capitalised = 0;
        for (Token token : tokens) {
            if (token.type() == Token.Type.WORD && token.text().length() > 3) {
                words++;
                capitalised += token.capitalized() ? 1 : 0;
            }
        }
        return words >= 4 && capitalised * 4 >= words * 3;
    }

    /** "I", "I’m", and words written with a verb's contraction ("You’ve", "They’re", "Don’t"). */
    private static boolean isFirstPersonI(Token token) {
        String text = token.text();
        return text.equals("I")
                || text.startsWith("I’")
                || text.startsWith("I'")
                || CONTRACTION.matcher(text).find();
    }

    /** Whether {@code word} ends in a contracted verb or negation ("You’ve", "Don’t"). */
    public static boolean contracted(String word) {
        return CONTRACTION.matcher(word).find();
    }

    /** The contracted verb or negation a capitalised word may end in: no name does. */
    private static final java.util.regex.Pattern CONTRACTION =
            java.util.regex.Pattern.compile("(?:[’'](?:ve|re|ll|d|m)|n[’']t)$");

    private static boolean isMark(Token token) {
        return token.type() == Token.Type.PUNCT && "“‘\"'„«".indexOf(token.text().charAt(0)) >= 0;
    }

    /** How many words a name written all in capitals has at most. */
    private static final int SHOUTED_WORDS = 3;

    /** The paragraphs (the headline's among them) where a dateline may open the text. */
    private static final int DATELINE_BLOCKS = 3;

    /** What follows a dateline's place: "PERTH:", "OSLO (Reuters) -", "KYIV —". */
    private static final Set<String> DATELINE_ENDS = Set.of(":", "—", "–", "-", "(");

    /** How far after a dateline's comma its dash may come: "TALLAHASSEE, Fla. —". */
    private static final int DATELINE_REACH = 5;

    /**
     * Where the capitals opening a paragraph up to token {@code end} end as a dateline ("PERTH:",
     * "NEW DELHI:", "TALLAHASSEE, Fla. —"): all in capitals, not a shouted full name ("STEVE
     * HOLLIS, 45,"), and followed by a colon, a dash or a bracket, or a comma and a dash: the token
     * that closes it, or -1.
     */
    private int datelineEnd(List<Token> tokens, int end) {
        if (end >= tokens.size()) {
            return -1;
        }
        int close = DATELINE_ENDS.contains(tokens.get(end).text()) ? end : -1;
        for (int k = end + 1; close < 0 && tokens.get(end).is(',') && k < tokens.size(); k++) {
            if (k - end > DATELINE_REACH) {
                return -1;
            }
            close = DATELINE_ENDS.contains(tokens.get(k).text()) && !tokens.get(k).is(':') ? k : -1;
        }
        if (close < 0) {
            return -1;
        }
        int place = 0;
        while (place < end && !tokens.get(place).is(',')) {
            place++;
        }
        // "TALLAHASSEE, Fla." read as one run: the place is what comes before the comma
        List<Token> words = tokens.subList(0, place);
        if (words.size() <= DATELINE_WORDS
                && tokens.get(end).is(':')
                && end + 1 < tokens.size()
                && tokens.get(end + 1).capitalized()
                && !lexicon.givenNames().contains(words.getFirst().bare())) {
            // "New Delhi: Justice Anuradha Sehgal…", "Jaipur: The Special Operations Group…"
            return close;
        }
        return words.stream().allMatch(t -> t.text().length() > 2 && isAcronym(t))
                        && !lexicon.givenNames().contains(titleCase(words.getFirst().text()))
                ? close
                : -1;
    }

    /** How many words a dateline's place written in lower case runs: "New Delhi:". */
    private static final int DATELINE_WORDS = 3;

    /** Whether a run in capitals is a person's full name: a listed given name and a surname. */
    private boolean shouted(List<Token> name) {
        return name.size() > 1
                && name.size() <= SHOUTED_WORDS
                && name.stream().allMatch(NameFinder::isAcronym)
                && lexicon.givenNames().contains(name.getFirst().text());
    }

    /** "Hollis" for "HOLLIS", "Okafor-Brett" for "OKAFOR-BRETT". */
    public static String titleCase(String word) {
        StringBuilder written = new StringBuilder(word.length());
        boolean start = true;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            written.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return written.toString();
    }

    private static boolean isAcronym(Token token) {
        String text = token.text();
        return text.length() > 1
                && text.equals(text.toUpperCase(Locale.ROOT))
                && !text.contains(".");
    }

    private String outletName(List<String> words, boolean afterThe) {
        String written = String.join(" ", words);
        String known = lexicon.knownOutlet(written);
        if (known != null) {
            return known;
        }
        if (afterThe && !words.getFirst().equals("The")) {
            return "The " + written;
        }
        return written;
    }

    private static List<String> texts(List<Token> words) {
        return words.stream().map(NameFinder::bare).toList();
    }

    private static String bare(Token word) {
        String text = word.text();
        if (endsPossessive(word)) {
            return text.substring(0, text.length() - 2);
        }
        // the tokenizer leaves an initialism's last full stop out of the word: "U.S" of "U.S."
        return text.indexOf('.') > 0 && INITIALISM.matcher(text).matches() ? text + "." : text;
    }

    private static final java.util.regex.Pattern INITIALISM =
            java.util.regex.Pattern.compile("(?:\\p{L}\\.)+\\p{L}");

    /** Whether {@code mark} is the apostrophe of a plural possessive right after {@code word}. */
    public static boolean pluralPossessiveMark(Token word, Token mark) {
        return (mark.text().equals("’") || mark.text().equals("'"))
                && mark.start() == word.end()
                && word.lower().endsWith("s");
    }

    /**
     * The words of an organisation's name as written, a plural possessive's apostrophe kept: "the
     * European Farmers’ Alliance".
     */
    private static String written(List<Token> run, List<Token> words) {
        StringBuilder name = new StringBuilder();
        for (Token word : words) {
            int k = run.indexOf(word);
            boolean many = k >= 0 && k + 1 < run.size() && ownedByMany(word, run.get(k + 1));
            name.append(name.isEmpty() ? "" : " ").append(many ? word.text() : bare(word));
            if (k >= 0 && k + 1 < run.size() && pluralPossessiveMark(word, run.get(k + 1))) {
                name.append(run.get(k + 1).text());
            }
        }
        return name.toString();
    }

    /**
     * Whether {@code owner} is "Women's", "Children's" or the like inside a name that goes on with
     * {@code next}: "the Premier Women's League", "Children's Hospital of Philadelphia".
     */
    private static boolean ownedByMany(Token owner, Token next) {
        String lower = owner.lower();
        return next.capitalized()
                && lower.length() > 2
                && IRREGULAR_PLURALS.contains(lower.substring(0, lower.length() - 2));
    }

    private static final Set<String> IRREGULAR_PLURALS =
            Set.of("women", "men", "children", "people");

    private static boolean endsPossessive(Token token) {
        String text = token.text();
        return text.length() > 2 && (text.endsWith("’s") || text.endsWith("'s"));
    }

    private static int bareEnd(Token token) {
        return endsPossessive(token) ? token.end() - 2 : token.end();
    }

    /** A run of capitalised words read as one name. */
    record Run(
            List<Token> tokens,
            Mention.Type type,
            String canonical,
            Gender gender,
            boolean titled,
            boolean placeLike) {
        Run {
            tokens = List.copyOf(tokens);
        }

        Run(
                List<Token> tokens,
                Mention.Type type,
                String canonical,
                Gender gender,
                boolean titled) {
            this(tokens, type, canonical, gender, titled, false);
        }

        Run(List<Token> tokens, Mention.Type type, String canonical) {
            this(tokens, type, canonical, Gender.UNKNOWN, false);
        }

        /** This run, as a name that may be a place's ("Lisa Park" or "Victoria Park"). */
        Run asPlaceLike() {
            return new Run(tokens, type, canonical, gender, titled, true);
        }

        /**
         * "James Kennedy Jr.", "Harlow Baking Co.": a person's name ending in a generational
         * suffix, or a company's in an abbreviation, is written with its stop, which the run,
         * ending at the last word, leaves out ("Jr.," or "Jr." closing a sentence alike).
         */
        Run withSuffixStop() {
            String last = bare(tokens.getLast());
            boolean suffix =
                    type == Mention.Type.PERSON && SUFFIXES.contains(last)
                            || type == Mention.Type.ORGANIZATION && COMPANY_SUFFIXES.contains(last);
            return suffix && !canonical.endsWith(".")
                    ? new Run(tokens, type, canonical + ".", gender, titled)
                    : this;
        }

        /** Whether the run names a person by a full name or a title and surname ("Mr. Ford"). */
        boolean person() {
            return type == Mention.Type.PERSON && (tokens.size() > 1 || titled);
        }

        List<String> words() {
            return texts(tokens);
        }

        String name() {
            return type == Mention.Type.PERSON ? canonical : String.join(" ", words());
        }

        Span span() {
            return new Span(tokens.getFirst().start(), bareEnd(tokens.getLast()));
        }

        Mention mention(CharSequence text, String canonical) {
            Span span = span();
            return new Mention(span.of(text), span, type, canonical);
        }
    }
}
