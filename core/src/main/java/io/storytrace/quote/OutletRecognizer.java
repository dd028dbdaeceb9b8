package io.storytrace.quote;

import io.storytrace.mention.NameLexicon;
import io.storytrace.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the outlet a statement was credited to ("told The Sunday Times", "in an interview with
 * HuffPost UK", "(via Deadline)") by the frames of {@code cues.tsv}, and writes its name in one
 * form: "the Sunday Times" and "The Sunday Times" are both "The Sunday Times", "Variety’s" is
 * "Variety". A name is taken as an outlet only when it is a known outlet or carries an outlet word,
 * so "told Smith" credits no outlet.
 */
final class OutletRecognizer {

    private static final int MAX_WORDS = 6;

    /**
     * What "told the outlet", "told the publication" credit until the outlet named before them is
     * looked up; never shown.
     */
    static final String THE_OUTLET = "\u0000the outlet named before";

    /** Nouns by which a story refers back to an outlet it has named. */
    private static final java.util.Set<String> OUTLET_NOUNS =
            java.util.Set.of(
                    "outlet",
                    "publication",
                    "paper",
                    "newspaper",
                    "magazine",
                    "network",
                    "broadcaster",
                    "tabloid",
                    "site",
                    "website",
                    "station",
                    "channel",
                    "programme",
                    "program",
                    "podcast",
                    "show",
                    "agency");

    /** An outlet credited by a frame between tokens {@code start} and {@code end}. */
    record Credit(String outlet, double confidence, int start, int end) {}

    private final QuoteLexicon lexicon;

    /** The frames by the words that start them, in the lexicon's order (strongest first). */
    private final Map<String, List<OutletFrame>> framesByFirstWord = new HashMap<>();

    /**
     * Every word that can make a name an outlet: the words of known outlets, outlet words
     * ("times"), outlets known after "the" ("sun"), lower case. A run of capitalised words with
     * none of them names no outlet.
     */
    private final Set<String> outletVocabulary = new java.util.HashSet<>();

    OutletRecognizer(QuoteLexicon lexicon) {
        this.lexicon = lexicon;
        for (OutletFrame frame : lexicon.outletFrames()) {
            for (String word : frame.steps().getFirst().forms()) {
                framesByFirstWord.computeIfAbsent(word, w -> new ArrayList<>()).add(frame);
            }
        }
        NameLexicon names = lexicon.names();
        for (String outlet : names.outlets().keySet()) {
            for (String word : outlet.split(" ")) {
                outletVocabulary.add(word);
                outletVocabulary.add(bare(word));
            }
        }
        outletVocabulary.addAll(names.outletWords());
        outletVocabulary.addAll(names.outletsAfterThe());
    }

    /**
     * Whether the words from token {@code k} may name an outlet at all: one of them is a word of
     * some outlet, or a call sign ("WKVL-TV"). A cheap test before {@link #outletAt}, which reads
     * the words in full; it never rules out a name that {@code outletAt} would take.
     */
    boolean mayNameOutlet(List<Token> tokens, int k, int to) {
        for (int j = k; j < to && j < k + MAX_WORDS; j++) {
            Token token = tokens.get(j);
            if (outletVocabulary.contains(token.lower())
                    || outletVocabulary.contains(token.bare())
                    || token.text().indexOf('-') > 0 && isAcronym(token)) {
                return true;
            }
        }
        return false;
    }

    /** The first outlet credited in {@code tokens} from {@code from} to {@code to}, or null. */
    Credit find(List<Token> tokens, int from, int to) {
        for (int i = Math.max(0, from); i < to; i++) {
            List<OutletFrame> frames = framesByFirstWord.get(tokens.get(i).lower());
            if (frames == null || portfolioAfterOffice(tokens, i)) {
                continue;
            }
            for (OutletFrame frame : frames) {
                Credit credit = match(frame, tokens, i, to);
                if (credit != null) {
                    return credit;
                }
            }
        }
        Credit before = outletBeforeItsPiece(tokens, Math.max(0, from), to);
        if (before == null) {
            before = quotingOutlet(tokens, Math.max(0, from), to);
        }
        return before != null ? before : ownersWriter(tokens, Math.max(0, from), to);
    }

    /**
     * Whether the "for" at token {@code i} joins an office to its portfolio: "Minister for
     * Information Ahsan Waraich" credits no outlet called The Information.
     */
    private boolean portfolioAfterOffice(List<Token> tokens, int i) {
        return i > 0
                && i + 1 < tokens.size()
                && tokens.get(i).lower().equals("for")
                && tokens.get(i - 1).capitalized()
                && lexicon.officeWord(tokens.get(i - 1).lower())
                && lexicon.names().portfolios().contains(tokens.get(i + 1).lower());
    }

    /** How many tokens may stand between "quoted" and "as saying": "quoted the chairman as". */
    private static final int QUOTED_REACH = 6;

    /**
     * The outlet that quoted someone as saying something: "Reuters quoted Ana Ruiz as saying", "The
     * Arabic-language daily Al Khaleej quoted him as saying". Null when there is none.
     */
    private Credit quotingOutlet(List<Token> tokens, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (!SubjectReader.QUOTING.contains(tokens.get(k).lower())
                    || !asSaying(tokens, k, to)) {
                continue;
            }
            for (int s = Math.max(from, k - MAX_WORDS); s < k; s++) {
                boolean the = s > 0 && tokens.get(s - 1).lower().equals("the");
                Name name = outletAt(tokens, s, k, the);
                if (name == null || name.end() != k) {
                    // "The Arabic-language daily Al Khaleej quoted him": a noun for its kind
                    name = typedOutlet(tokens, s, k);
                }
                if (name != null && name.end() == k) {
                    return new Credit(name.canonical(), QUOTING_CONFIDENCE, s, k);
                }
            }
        }
        return null;
    }

    /** Whether "as saying" or "as telling" follows the "quoted" at token {@code quoted}. */
    static boolean asSaying(List<Token> tokens, int quoted, int to) {
        for (int k = quoted + 2; k + 1 < to && k - quoted <= QUOTED_REACH; k++) {
            if (tokens.get(k).lower().equals("as")) {
                String next = tokens.get(k + 1).lower();
                return next.equals("saying") || next.equals("telling");
            }
        }
        return false;
    }

    /** How sure an outlet that quoted someone as saying is. */
    private static final double QUOTING_CONFIDENCE = 0.9;

    /** Nouns for a piece an outlet ran, named after the outlet: "a new Vanity Fair interview". */
    private static final Set<String> PIECES =
            Set.of("interview", "profile", "podcast", "appearance", "piece", "feature", "q&a");

    /**
     * The outlet named between "in a" and a noun for the piece it ran: "In a new Vanity Fair
     * interview", "in a 2023 Vogue cover story" ("cover" and "story" both lower case after it).
     * Null when there is none.
     */
    private Credit outletBeforeItsPiece(List<Token> tokens, int from, int to) {
        for (int i = from; i + 3 < to; i++) {
            if (!tokens.get(i).lower().equals("in")
                    || !DETERMINERS.contains(tokens.get(i + 1).lower())) {
                continue;
            }
            int k = i + 2;
            while (k < to
                    && k - i - 2 < DESCRIBING_WORDS
                    && (!tokens.get(k).capitalized() && tokens.get(k).type() == Token.Type.WORD
                            || tokens.get(k).isNumber(4))) {
                k++;
            }
            Name name = outletAt(tokens, k, to, false);
            if (name == null || name.end() >= to) {
                continue;
            }
            int noun = name.end();
            if (noun + 1 < to
                    && tokens.get(noun).lower().equals("cover")
                    && tokens.get(noun + 1).lower().equals("story")) {
                noun++;
            }
            if (PIECES.contains(tokens.get(noun).lower())
                    || tokens.get(noun).lower().equals("story") && noun > name.end()) {
                return new Credit(name.canonical(), PIECE_CONFIDENCE, i, noun + 1);
            }
        }
        return null;
    }

    /** How sure an outlet named before the piece it ran is. */
    private static final double PIECE_CONFIDENCE = 0.9;

    /**
     * The outlet a writer of its is named with ("The Times’s critic, Harriet Lowe, called it", "the
     * Evening Standard’s Marcus Leith wrote"): an outlet in the possessive, up to two lower-case
     * words for the writer's role, then a name opening with a given name. Null when there is none.
     */
    private Credit ownersWriter(List<Token> tokens, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            Token owner = tokens.get(i);
            if (!possessive(owner.text()) || !owner.capitalized()) {
                continue;
            }
            int k = i + 1;
            while (k < to
                    && k - i <= 2
                    && tokens.get(k).type() == Token.Type.WORD
                    && !tokens.get(k).capitalized()) {
                k++;
            }
            if (k < to && k > i + 1 && tokens.get(k).is(',')) {
                k++;
            }
            if (k + 1 >= to
                    || !lexicon.names().givenNames().contains(tokens.get(k).bare())
                    || !tokens.get(k + 1).capitalized()) {
                // a person's name, not "the People’s Liberation Army" or "Vox Media’s Code Media"
                continue;
            }
            int start = i;
            while (start > from && i - start < MAX_WORDS && tokens.get(start - 1).capitalized()) {
                start--;
            }
            boolean the = start > 0 && tokens.get(start - 1).lower().equals("the");
            for (int s = start; s <= i; s++) {
                Name name = outletAt(tokens, s, i + 1, the && s == start);
                if (name != null && name.end() == i + 1) {
                    return new Credit(name.canonical(), OWNERS_WRITER, s, i + 1);
                }
            }
        }
        return null;
    }

    /** How sure an outlet named as a writer's employer is. */
    private static final double OWNERS_WRITER = 0.8;

    private Credit match(OutletFrame frame, List<Token> tokens, int start, int to) {
        int i = start;
        boolean afterThe = false;
        boolean afterDeterminer = false;
        for (OutletFrame.Step step : frame.steps()) {
            String word = i < to ? tokens.get(i).lower() : "";
            boolean lowerCase = i < to && !tokens.get(i).capitalized();
            int described = 0;
            while (!step.optional()
                    && !step.forms().contains(word)
                    && afterDeterminer
                    && described < DESCRIBING_WORDS
                    && i < to
                    && tokens.get(i).type() == Token.Type.WORD
                    && (lowerCase || possessive(tokens.get(i).text()))) {
                // "in a wide-ranging interview with", "on this week's episode of"
                i++;
                described++;
                word = i < to ? tokens.get(i).lower() : "";
                lowerCase = i < to && !tokens.get(i).capitalized();
            }
            boolean determiner = !step.optional() && DETERMINERS.containsAll(step.forms());
            if (step.forms().contains(word) && (lowerCase || !step.optional())) {
                afterThe = word.equals("the");
                afterDeterminer = determiner;
                i++;
            } else if (determiner && i < to && possessive(tokens.get(i).text())) {
                // "on Tuesday’s episode of": a possessive in the determiner's place
                afterDeterminer = true;
                i++;
            } else if (!step.optional()) {
                return null;
            }
        }
        Name name = outletOfJournalist(tokens, i, to);
        if (name == null) {
            name = typedOutlet(tokens, i, to);
        }
        if (name == null) {
            name = outletAt(tokens, i, to, afterThe);
        }
        if (name == null) {
            name = namedBeforeItsKind(tokens, i, to);
        }
        if (name == null && givenTo(frame)) {
            name = titledOrAgency(tokens, i, to, afterThe);
        }
        if (name == null && afterThe && i < to && OUTLET_NOUNS.contains(tokens.get(i).lower())) {
            // "an insider told the outlet": the outlet named before, found by the assembler
            name = new Name(THE_OUTLET, i + 1);
        }
        if (name == null || PLATFORMS.contains(name.canonical())) {
            // "she wrote on Instagram": the speaker's own platform, not an outlet given the words
            return null;
        }
        if (GENERIC_MEDIA.contains(bare(name.canonical()).toLowerCase(Locale.ROOT))
                && name.end() < to
                && tokens.get(name.end()).type() == Token.Type.WORD
                && !tokens.get(name.end()).capitalized()) {
            // "a staffer on the TV regulation project": a medium modifying the noun after it
            return null;
        }
        return new Credit(name.canonical(), frame.confidence(), start, name.end());
    }

    /** Words that alone name a medium rather than an outlet: "the TV regulation project". */
    private static final Set<String> GENERIC_MEDIA =
            Set.of("tv", "the tv", "television", "radio", "online", "the radio");

    /**
     * The outlet of a journalist named at token {@code i}: "via Brian Batko of the Pittsburgh
     * Post-Gazette", "according to Sui-Lee Wee of the New York Times". Null when the words there
     * are not a name followed by "of" and an outlet.
     */
    private Name outletOfJournalist(List<Token> tokens, int i, int to) {
        int j = i;
        while (j < to && j - i < 4 && tokens.get(j).capitalized()) {
            j++;
        }
        if (j - i < 2 || j + 1 >= to || !tokens.get(j).text().equals("of")) {
            return null;
        }
        List<String> before = new ArrayList<>();
        for (int k = i; k < j; k++) {
            before.add(bare(tokens.get(k).text()));
        }
        if (canonical(before, false) != null) {
            // "Voice of America", "The Economist of London": the words before "of" are an outlet.
            return null;
        }
        boolean the = tokens.get(j + 1).lower().equals("the");
        return outletAt(tokens, the ? j + 2 : j + 1, to, the);
    }

    /** A name read as an outlet. */
    record Name(String canonical, int end) {}

    /** Words that may stand before the noun of a frame: "in a recent interview with". */
    private static final Set<String> DETERMINERS =
            Set.of(
                    "a", "an", "the", "his", "her", "their", "its", "this", "last", "one", "our",
                    "my");

    /** How many words may describe a frame's noun: "a wide-ranging, candid interview". */
    private static final int DESCRIBING_WORDS = 2;

    /**
     * Where people publish their own words: a quotation posted there was given to no outlet ({@code
     * docs/quote-labels.md}), though the names are known so that no one reads them as people.
     */
    static boolean platform(String name) {
        return PLATFORMS.contains(name);
    }

    private static final Set<String> PLATFORMS =
            Set.of(
                    "YouTube",
                    "Instagram",
                    "Instagram Story",
                    "Instagram Stories",
                    "Instagram Live",
                    "TikTok",
                    "TikTok Live",
                    "Twitter",
                    "X",
                    "Facebook",
                    "Threads",
                    "Bluesky",
                    "Reddit",
                    "Substack",
                    "Snapchat",
                    "LinkedIn",
                    "Weibo",
                    "WeChat",
                    "Telegram");

    /**
     * Nouns that say the name after them is an outlet, whatever the name: "the newspaper Le Monde",
     * "German broadcaster ZDF", "radio station 2GB", "CNN affiliate KMOV", "her podcast, Heavy
     * Lifting". The nouns that refer back to an outlet, and "daily", "weekly", "affiliate".
     */
    private static final Set<String> KINDS = kinds();

    /** Whether {@code name} is only a noun for outlets ("Podcast", "Newspaper"), no one's name. */
    static boolean kindOnly(String name) {
        return KINDS.contains(name.toLowerCase(java.util.Locale.ROOT));
    }

    private static Set<String> kinds() {
        Set<String> kinds = new java.util.HashSet<>(OUTLET_NOUNS);
        kinds.addAll(Set.of("daily", "weekly", "affiliate"));
        return Set.copyOf(kinds);
    }

    /**
     * Nouns after a name that make it an outlet: "the Second Unit podcast", "the Today programme".
     */
    private static final Set<String> KINDS_AFTER =
            Set.of("podcast", "programme", "program", "show");

    /** How many words may describe an outlet's kind before its noun: "local radio station". */
    private static final int KIND_WORDS = 2;

    /** Small words inside an outlet's name: "Table for Two", "Off the Clock With Jenna Marsh". */
    private static final Set<String> NAME_JOINERS =
            Set.of(
                    "for", "with", "the", "of", "and", "in", "on", "a", "to", "my", "her", "his",
                    "de", "del", "da", "do", "di", "du", "des", "la", "el");

    /**
     * The outlet named after a noun for its kind at token {@code i}, the noun perhaps described
     * ("German broadcaster ZDF", "a local radio station, KQED"), or after a known outlet's
     * affiliate ("CNN affiliate KMOV"). Null when there is no such noun and name.
     */
    private Name typedOutlet(List<Token> tokens, int i, int to) {
        int k = i;
        if (k < to && (tokens.get(k).lower().equals("the") || isPossessivePronoun(tokens.get(k)))) {
            k++;
        }
        boolean owned = k > i && !tokens.get(i).lower().equals("the");
        int kind = -1;
        for (int j = k; j < to && j <= k + KIND_WORDS; j++) {
            Token token = tokens.get(j);
            if (KINDS.contains(token.lower()) && !token.capitalized()) {
                // "the newspaper Le Monde", not "the Daily Wren" or "Lantern Weekly, Lind"
                kind = j;
                break;
            }
            boolean describes =
                    token.type() == Token.Type.WORD
                            && (!token.capitalized()
                                    || lexicon.names().knownOutlet(token.text()) != null
                                    || j == k);
            if (!describes) {
                return null;
            }
        }
        if (kind < 0) {
            return null;
        }
        int start = kind + 1;
        if (owned && start < to && tokens.get(start).is(',')) {
            // "her podcast, Heavy Lifting"; not "On the podcast, Brannigan admitted"
            start++;
        }
        int end = nameEnd(tokens, start, to);
        if (end == start) {
            return null;
        }
        return new Name(written(tokens, start, end), end);
    }

    /** The outlet named before a noun for its kind: "the Second Unit podcast". */
    private Name namedBeforeItsKind(List<Token> tokens, int i, int to) {
        if (i < to && Mark.is(tokens.get(i))) {
            return quotedBeforeItsKind(tokens, i, to);
        }
        int end = nameEnd(tokens, i, to);
        if (end == i || end >= to || tokens.get(end).capitalized()) {
            return null;
        }
        int kind = end;
        if (possessive(tokens.get(end - 1).text())
                && kind + 1 < to
                && tokens.get(kind).type() == Token.Type.WORD
                && KINDS_AFTER.contains(tokens.get(kind + 1).lower())) {
            // "told 2GB’s breakfast program": the outlet's own show, one word describing it
            kind++;
        }
        if (!KINDS_AFTER.contains(tokens.get(kind).lower())) {
            return null;
        }
        return new Name(written(tokens, i, end), kind + 1);
    }

    /**
     * The outlet named in marks at token {@code open} before a noun for its kind: "on the “Huddle
     * Up” podcast". Null unless a capitalised name closes within a few words and the noun follows.
     */
    private Name quotedBeforeItsKind(List<Token> tokens, int open, int to) {
        int close = open + 1;
        while (close < to && close - open <= MAX_WORDS && !Mark.is(tokens.get(close))) {
            close++;
        }
        if (close == open + 1
                || close + 1 >= to
                || !Mark.is(tokens.get(close))
                || !tokens.get(open + 1).capitalized()
                || !KINDS_AFTER.contains(tokens.get(close + 1).lower())) {
            return null;
        }
        return new Name(written(tokens, open + 1, close), close + 2);
    }

    /**
     * The first words of frames that say the words were given to the outlet: "told", "speaking to".
     */
    private static final Set<String> GIVEN_TO =
            Set.of("told", "tells", "telling", "speaking", "talking", "spoke", "talked", "in");

    private static boolean givenTo(OutletFrame frame) {
        return frame.confidence() >= SURE
                && frame.steps().getFirst().forms().stream().anyMatch(GIVEN_TO::contains);
    }

    /** How sure a frame must be to vouch for a name no list knows. */
    private static final double SURE = 0.9;

    /**
     * A name that only an outlet carries after "told" or "speaking to": a title opening with a
     * capital "The" ("told The Skinny"; organisations and people take a lower-case "the" or none),
     * or a news agency's or station's initials ("told ANI", "told 2GB"; "told the FBI" has its
     * "the").
     */
    private Name titledOrAgency(List<Token> tokens, int i, int to, boolean afterThe) {
        if (i >= to) {
            return null;
        }
        Token first = tokens.get(i);
        if (first.text().equals("The")) {
            int end = nameEnd(tokens, i + 1, to);
            return end > i + 1 ? new Name(written(tokens, i, end), end) : null;
        }
        boolean alone =
                i + 1 >= to
                        || tokens.get(i + 1).type() != Token.Type.WORD
                        || tokens.get(i + 1).isNumber(2)
                        || AFTER_A_NAME.contains(tokens.get(i + 1).lower());
        if (!afterThe
                && alone
                && !lexicon.names().places().contains(first.lower())
                && isAcronym(first)
                && first.text().length() <= AGENCY_LETTERS
                && first.text().chars().anyMatch(Character::isLetter)) {
            boolean channel = i + 1 < to && tokens.get(i + 1).isNumber(2);
            // "told KARE 11": a station's channel number is part of its name
            return channel
                    ? new Name(first.text() + " " + tokens.get(i + 1).text(), i + 2)
                    : new Name(bare(first.text()), i + 1);
        }
        return null;
    }

    /**
     * Words that may follow a name after "told": "told ANI that", "told 2GB on Monday"; a noun
     * instead makes the capitals a modifier ("told US media", "told UN investigators").
     */
    private static final Set<String> AFTER_A_NAME =
            Set.of(
                    "that",
                    "on",
                    "in",
                    "at",
                    "last",
                    "this",
                    "earlier",
                    "late",
                    "after",
                    "before",
                    "when",
                    "while",
                    "and",
                    "but",
                    "about",
                    "during",
                    "for",
                    "from",
                    "by",
                    "as",
                    "since",
                    "recently",
                    "yesterday",
                    "today",
                    "it",
                    "he",
                    "she",
                    "they",
                    "we",
                    "the",
                    "a",
                    "an",
                    "his",
                    "her",
                    "their",
                    "its",
                    "i",
                    "how",
                    "why",
                    "what");

    /** How long the initials of an agency or station may be: "ANI", "IANS", "2GB". */
    private static final int AGENCY_LETTERS = 5;

    /**
     * Where a name of capitalised words, with small words inside it, ends from {@code start}; a day
     * or a month ends it ("radio station DZBB on Thursday"), a word inside it does not ("Call Her
     * Daddy").
     */
    private int nameEnd(List<Token> tokens, int start, int to) {
        int end = start;
        int last = start;
        while (end < to && end - start < MAX_WORDS) {
            Token token = tokens.get(end);
            // "the Spill It podcast": a word that names no one may end a name before its kind
            boolean followed =
                    end + 1 < to
                            && (tokens.get(end + 1).capitalized()
                                    || KINDS_AFTER.contains(tokens.get(end + 1).lower()));
            if (lexicon.names().notName(token.text()) && !followed) {
                break;
            }
            if (token.capitalized() || isAcronym(token)) {
                end++;
                last = end;
                if (possessive(token.text())) {
                    break;
                }
            } else if (end > start && NAME_JOINERS.contains(token.text())) {
                end++;
            } else {
                break;
            }
        }
        return last;
    }

    private static String written(List<Token> tokens, int start, int end) {
        List<String> words = new ArrayList<>();
        for (Token token : tokens.subList(start, end)) {
            words.add(bare(token.text()));
        }
        return String.join(" ", words);
    }

    /** Possessive pronouns, which stand where "the" would: "her podcast, Heavy Lifting". */
    private static final Set<String> POSSESSIVES =
            Set.of("his", "her", "their", "its", "my", "our");

    private static boolean isPossessivePronoun(Token token) {
        return POSSESSIVES.contains(token.lower());
    }

    /** Whether the words at token {@code i}, after an optional "the", name an outlet. */
    boolean namesOutlet(List<Token> tokens, int i, int to) {
        boolean the = i < to && tokens.get(i).text().equals("the");
        return outletAt(tokens, the ? i + 1 : i, to, the) != null;
    }

    /** The outlet named at token {@code i}, or null when the words there name none. */
    Name outletAt(List<Token> tokens, int i, int to, boolean afterThe) {
        List<String> words = new ArrayList<>();
        int end = i;
        while (end < to && words.size() < MAX_WORDS) {
            Token token = tokens.get(end);
            boolean joiner =
                    (token.text().equals("of")
                                    || token.text().equals("&")
                                    || token.text().equals("!")
                                    || PARTICLES.contains(token.text()))
                            && !words.isEmpty()
                            && end + 1 < to
                            && tokens.get(end + 1).capitalized();
            // "told OK! that": the mark ends a known outlet's name
            joiner |=
                    token.text().equals("!")
                            && !words.isEmpty()
                            && lexicon.names().knownOutlet(String.join(" ", words) + "!") != null;
            // "told CNN Monday" ends before the day; "The Sunday Times" goes on past it.
            boolean stop =
                    !words.isEmpty()
                            && lexicon.names().notName(token.text())
                            && !(end + 1 < to && tokens.get(end + 1).capitalized())
                            && !knownWith(words, token);
            // "BBC Radio 4", "Channel 5": a number after a word of the name
            boolean number =
                    !words.isEmpty()
                            && (token.isNumber(2)
                                    || possessive(token.text())
                                            && bare(token.text()).matches("\\d{1,2}"));
            // "told talkSPORT": a known outlet that opens in lower case (not "telling people")
            String lowerOutlet = words.isEmpty() ? lexicon.names().knownOutlet(token.text()) : null;
            if (lowerOutlet == null && words.isEmpty() && end + 1 < to) {
                // "Speaking to iFL TV": a known outlet of two words that opens in lower case
                lowerOutlet =
                        lexicon.names()
                                .knownOutlet(token.text() + " " + bare(tokens.get(end + 1).text()));
            }
            boolean known =
                    lowerOutlet != null && Character.isLowerCase(lowerOutlet.codePointAt(0));
            if (!stop && (token.capitalized() || joiner || number || known || isAcronym(token))) {
                words.add(bare(token.text()));
                end++;
                if (possessive(token.text())) {
                    List<String> owned = new ArrayList<>(words);
                    owned.set(owned.size() - 1, token.text());
                    if (end >= to || !knownWith(owned, tokens.get(end))) {
                        break;
                    }
                    // "told Lloyd’s List": the possessive is part of a known outlet's name
                    words = owned;
                }
            } else {
                break;
            }
        }
        if (words.size() > 1
                && lexicon.names()
                        .organisationWords()
                        .contains(words.getLast().toLowerCase(Locale.ROOT))
                && !OUTLET_NOUNS.contains(words.getLast().toLowerCase(Locale.ROOT))
                && lexicon.names().knownOutlet(String.join(" ", words)) == null) {
            // "referred itself to the Independent Office for Police Conduct": a body whose name
            // opens with an outlet's, not the outlet
            return null;
        }
        if (words.size() > 1
                && REGIONAL.contains(words.getFirst())
                && !words.getLast().equals("&")) {
            // "told BBC Hereford & Worcester": a public broadcaster's regional service
            return new Name(String.join(" ", words), i + words.size());
        }
        while (!words.isEmpty()) {
            String canonical = canonical(words, afterThe);
            if (canonical != null) {
                return new Name(canonical, i + words.size());
            }
            words.removeLast();
        }
        return null;
    }

    /**
     * Lower-case words inside the names of outlets in other languages: "Folha de S.Paulo",
     * "Corriere della Sera", "La Gazzetta dello Sport", "Jornal do Brasil". The name they join must
     * still be a known outlet or look like one.
     */
    private static final Set<String> PARTICLES =
            Set.of(
                    "de", "da", "do", "dos", "das", "del", "della", "dello", "delle", "degli", "di",
                    "du", "des", "la", "le", "el", "y");

    /** Public broadcasters whose regional services are named after them: "BBC Radio Kent". */
    private static final Set<String> REGIONAL = Set.of("BBC", "ABC", "CBC", "ITV", "RTÉ");

    /** Whether {@code words} and then {@code token} name a known outlet: "USA Today". */
    private boolean knownWith(List<String> words, Token token) {
        return lexicon.names().knownOutlet(String.join(" ", words) + " " + bare(token.text()))
                != null;
    }

    private String canonical(List<String> words, boolean afterThe) {
        String written = String.join(" ", words).replace(" !", "!");
        NameLexicon names = lexicon.names();
        if (!afterThe
                && words.size() == 1
                && names.outletsAfterThe().contains(written.toLowerCase(Locale.ROOT))) {
            // "Judge Karen Mills told Hill:" is the defendant, not The Hill
            return null;
        }
        String known = names.knownOutlet(written);
        if (known != null) {
            return known;
        }
        if (knownDesk(words)) {
            return written;
        }
        int last = words.size() - 1;
        boolean the = afterThe ? last == 0 : last == 1 && words.getFirst().equals("The");
        if (the && names.outletsAfterThe().contains(words.get(last).toLowerCase(Locale.ROOT))) {
            // "told The Sun", "told the Sun"
            return "The " + words.get(last);
        }
        if (!names.looksLikeOutlet(words)) {
            return null;
        }
        if (afterThe && !words.getFirst().equals("The") && !startsWithKnownOutlet(words)) {
            return "The " + written;
        }
        return written;
    }

    /** Words after a known outlet's name that name one of its desks or channels. */
    private static final Set<String> DESKS =
            Set.of(
                    "Sport",
                    "Sports",
                    "News",
                    "Scotland",
                    "Wales",
                    "Radio",
                    "Online",
                    "World",
                    "Breakfast",
                    "Politics",
                    "Business",
                    "Live",
                    "1",
                    "2",
                    "3",
                    "4",
                    "5");

    /** "BBC Sport", "BBC Radio 4", "ITV News": a known outlet and then its desk. */
    private boolean knownDesk(List<String> words) {
        for (int k = 1; k < words.size(); k++) {
            if (lexicon.names().knownOutlet(String.join(" ", words.subList(0, k))) != null) {
                return words.subList(k, words.size()).stream().allMatch(DESKS::contains);
            }
        }
        return false;
    }

    /** "the Radio Times Podcast" is Radio Times's podcast, not "The Radio Times Podcast". */
    private boolean startsWithKnownOutlet(List<String> words) {
        for (int k = words.size() - 1; k > 0; k--) {
            if (lexicon.names().knownOutlet(String.join(" ", words.subList(0, k))) != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAcronym(Token token) {
        String text = bare(token.text());
        return token.type() == Token.Type.WORD
                && text.length() > 1
                && text.equals(text.toUpperCase(Locale.ROOT));
    }

    private static boolean possessive(String text) {
        return text.length() > 2 && (text.endsWith("’s") || text.endsWith("'s"));
    }

    private static String bare(String text) {
        return possessive(text) ? text.substring(0, text.length() - 2) : text;
    }
}
