package io.storytrace.quote;

import io.storytrace.text.Passage;
import io.storytrace.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Tells speech from the other things writers put in quotation marks: titles (“Heartstopper”,
 * “Heartstopper” star), nicknames, terms and scare quotes (so-called “experts”), slogans and
 * lyrics. The rules run in order and the first that applies decides; each verdict carries its
 * reason.
 *
 * <p>A frame that attributes the words to a speaker outweighs how the words look, except where the
 * words sit right after a title word ("the show “…”") or right before a title follower ("“…”
 * star"). Short lower-case fragments are speech only where the sentence has a cue verb: a partial
 * quotation (finding it “totally foreign”) rather than a scare quote.
 */
final class SpeechClassifier {

    private static final Set<String> SMALL_WORDS =
            Set.of(
                    "that",
                    "a",
                    "an",
                    "the",
                    "of",
                    "in",
                    "on",
                    "at",
                    "to",
                    "for",
                    "and",
                    "or",
                    "but",
                    "with",
                    "by",
                    "from",
                    "as",
                    "is",
                    "nor",
                    "vs",
                    "into",
                    "up",
                    "be",
                    "so",
                    "it",
                    "my",
                    "your",
                    "&",
                    "n",
                    "o",
                    // the small words of titles in other languages
                    "de",
                    "del",
                    "della",
                    "dello",
                    "delle",
                    "degli",
                    "dei",
                    "di",
                    "da",
                    "do",
                    "dos",
                    "das",
                    "la",
                    "le",
                    "les",
                    "el",
                    "los",
                    "las",
                    "il",
                    "lo",
                    "gli",
                    "un",
                    "una",
                    "une",
                    "et",
                    "e",
                    "y",
                    "du",
                    "des",
                    "der",
                    "die",
                    "den",
                    "und",
                    "von",
                    "zu",
                    "em",
                    "para",
                    "en",
                    "och",
                    "og",
                    "van",
                    "het");

    /** Nouns that name the quoted words as a term: "the nickname of “…”", "the term is “…”". */
    private static final Set<String> NAMING_NOUNS =
            Set.of(
                    "nickname",
                    "term",
                    "phrase",
                    "name",
                    "moniker",
                    "label",
                    "slogan",
                    "motto",
                    "title",
                    "expression",
                    "word",
                    "catchphrase",
                    "tagline",
                    "hashtag",
                    "definition",
                    "meaning",
                    "spelling",
                    "pronunciation");

    private static final Set<String> BE =
            Set.of(
                    "is", "are", "was", "were", "be", "been", "being", "what’s", "what's", "so",
                    "often");

    private static final Set<String> PERSONAL =
            Set.of(
                    "i", "i’m", "i'm", "i’ve", "i've", "i’d", "i'd", "i’ll", "i'll", "me", "my",
                    "mine", "myself", "we", "we’re", "we're", "we’ve", "we've", "we’ll", "we'll",
                    "our", "ours", "us", "you", "you’re", "you're", "your", "yours");

    private static final Set<String> SECOND_PERSON =
            Set.of(
                    "you", "you’re", "you're", "you’ll", "you'll", "you’ve", "you've", "you’d",
                    "you'd");

    /** Verbs of words thought rather than said: "left to wonder: “…”". */
    private static final Set<String> WONDERING =
            Set.of(
                    "wonder",
                    "wonders",
                    "wondered",
                    "wondering",
                    "imagine",
                    "imagines",
                    "think",
                    "thinks",
                    "thinking",
                    "thought");

    private static final Set<String> MODALS = Set.of("would", "might", "could", "’d", "'d");

    /** The words before "to say" in words seemingly meant: "as if to say", "as though to say". */
    private static final Set<String> AS_IF = Set.of("if", "though");

    /** Words before a colon that give what follows as an example. */
    private static final Set<String> EXAMPLE = Set.of("example", "instance", "e.g.");

    /** Imperatives that open a sentence telling the reader not to say something. */
    private static final Set<String> FORBIDDING = Set.of("don’t", "don't", "never");

    /** "Tell yourself “no”": words said to oneself are not a quotation of anyone. */
    private static final Set<String> REFLEXIVES = Set.of("yourself", "myself", "yourselves");

    /** Forms of "be" (and "remain") that a quoted word can complete: the risks were “low”. */
    private static final Set<String> COPULAS =
            Set.of("is", "are", "was", "were", "be", "been", "being", "remain", "remains");

    /** Objects between a cue verb and the word it frames: "called it “immaterial”". */
    private static final Set<String> OBJECTS = Set.of("it", "them", "this", "that", "him", "her");

    /** Words that open a noun phrase before a quoted modifier. */
    private static final Set<String> DETERMINERS =
            Set.of(
                    "the", "a", "an", "his", "her", "its", "their", "our", "your", "my", "this",
                    "that", "these", "those");

    /** Lower-case words after a region that carry on the sentence rather than its noun phrase. */
    private static final Set<String> CONTINUERS =
            Set.of(
                    "and",
                    "or",
                    "but",
                    "nor",
                    "that",
                    "which",
                    "who",
                    "whom",
                    "whose",
                    "as",
                    "of",
                    "in",
                    "on",
                    "at",
                    "to",
                    "for",
                    "with",
                    "by",
                    "from",
                    "than",
                    "if",
                    "when",
                    "while",
                    "because",
                    "is",
                    "are",
                    "was",
                    "were",
                    "be",
                    "been",
                    "has",
                    "have",
                    "had",
                    "will",
                    "would",
                    "can",
                    "could",
                    "should",
                    "may",
                    "might",
                    "must",
                    "do",
                    "does",
                    "did",
                    // linking verbs: "that “exactly who did it” remains under investigation"
                    "remains",
                    "remained",
                    "seems",
                    "seemed",
                    "becomes",
                    "became",
                    "not",
                    "so",
                    "then",
                    "about",
                    "after",
                    "before",
                    "into",
                    "over",
                    "under",
                    "since",
                    "until",
                    "he",
                    "she",
                    "they",
                    "it",
                    "we",
                    "i",
                    "you",
                    "during",
                    "against",
                    "amid",
                    "amidst",
                    "through",
                    "throughout",
                    "without",
                    "across",
                    "around",
                    "despite",
                    "among",
                    "between",
                    "toward",
                    "towards",
                    "upon",
                    "within",
                    "beyond",
                    "via",
                    "unless",
                    "although",
                    "though",
                    "where",
                    "whereas",
                    "once",
                    "whether");

    private final QuoteLexicon lexicon;

    SpeechClassifier(QuoteLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Verbs that open a predicate, in lower case: "the bill “will pass by summer”" says what the
     * bill will do; it is no title.
     */
    private static final Set<String> AUXILIARIES =
            Set.of(
                    "will", "would", "is", "was", "are", "were", "has", "had", "have", "can",
                    "could", "should", "may", "might", "must", "does", "did", "remains");

    /**
     * Whether quoted words after a work's noun say what it does rather than name it: they open with
     * an auxiliary ("the bill “will pass by summer”"), or, where {@code determiner} (the word
     * before the noun) is one, open in lower case and speak in the first person ("the show “changed
     * my life”"; not the lyric in "which runs “we were young”").
     */
    private static boolean predicate(List<Token> content, Token determiner) {
        Token first = content.getFirst();
        return AUXILIARIES.contains(first.text())
                || determiner != null
                        && DETERMINERS.contains(determiner.lower())
                        && first.type() == Token.Type.WORD
                        && !first.capitalized()
                        && content.stream().anyMatch(t -> PERSONAL.contains(t.lower()));
    }

    /** Pronouns that open a sentence about a person: "She shook her head: “Never.”" */
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "they", "i", "we");

    /**
     * Whether a word or two in marks that make a sentence of their own ("Never.", "Not a chance!")
     * follow a colon closing a clause whose subject is a person: a pronoun or a name of two
     * capitalised words opening the sentence.
     */
    private static boolean answersAfterColon(
            Passage passage, QuotedRegion region, List<Token> content) {
        Token colon = before(passage, region, 1);
        int sentence = passage.sentenceAt(region.open());
        if (colon == null
                || !colon.is(':')
                || passage.sentenceAt(colon.start()) != sentence
                || content.size() > 4
                || !content.getFirst().capitalized()
                || !endsSentence(content)) {
            return false;
        }
        List<Token> tokens = passage.tokensOf(sentence);
        Token first = tokens.getFirst();
        return PERSON_PRONOUNS.contains(first.lower())
                || tokens.size() > 3
                        && first.capitalized()
                        && tokens.get(1).capitalized()
                        && tokens.get(2).type() == Token.Type.WORD
                        && !tokens.get(2).capitalized();
    }

    /** How many words the label of a list item may run: "Best Animated Feature". */
    private static final int LABEL_WORDS = 5;

    /**
     * Whether the region is the whole of what follows a short label in capitals and a colon on a
     * line of the body, in title case with no stop: "Best Film: “The Quiet Tide”".
     */
    private static boolean listedTitle(Passage passage, QuotedRegion region, List<Token> content) {
        int sentence = passage.sentenceAt(region.open());
        int open = passage.tokenAtOrAfter(region.open());
        int first = passage.firstToken(sentence);
        if (passage.inHeadline(sentence)
                || open - 1 <= first
                || open - 1 - first > LABEL_WORDS
                || !passage.tokens().get(open - 1).is(':')
                || !titleCase(content)
                || endsSentence(content)
                || content.getLast().is(',')
                || after(passage, region) != null
                || content.stream().noneMatch(SpeechClassifier::hasLowerCase)) {
            // "ATTORNEY: ‘HE WAS WALKING TO HIS CAR’": a subheading's capitals are no title case
            return false;
        }
        for (int k = first; k < open - 1; k++) {
            if (!passage.tokens().get(k).capitalized()) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasLowerCase(Token token) {
        return token.text().chars().anyMatch(Character::isLowerCase);
    }

    /** Words after which the words in marks are a title in any case: "a report titled “…”". */
    private static final Set<String> TITLING = Set.of("titled", "entitled");

    /** How many tokens a title after "titled" may run. */
    private static final int TITLED_WORDS = 40;

    /** Verbs right before a title-case name in marks for what was launched: "announced “…”". */
    private static final Set<String> UNVEILING =
            Set.of(
                    "announces",
                    "announced",
                    "announcing",
                    "unveils",
                    "unveiled",
                    "unveiling",
                    "launches",
                    "launched",
                    "launching",
                    "introduces",
                    "introduced",
                    "introducing",
                    "releases",
                    "released",
                    "releasing",
                    "debuts",
                    "debuted",
                    "teases",
                    "teased");

    /** Prepositions before which title-case words in marks name a work: "the star of “Fargo,”". */
    private static final Set<String> WORK_PREPOSITIONS =
            Set.of("in", "of", "from", "on", "by", "to", "with", "about", "for");

    /** What the words around a region say about it being a title, or null if they say nothing. */
    String titleSignal(Passage passage, QuotedRegion region) {
        if (captioned(passage, region)) {
            return null;
        }
        List<Token> content = content(passage, region);
        Token before = before(passage, region, 1);
        if (before != null && before.is(',')) {
            // "penned a piece entitled, “Why Are People …?”"
            Token titling = before(passage, region, 2);
            before = titling != null && TITLING.contains(titling.lower()) ? titling : before;
        }
        if (before != null
                && TITLING.contains(before.lower())
                && !content.isEmpty()
                && content.size() <= TITLED_WORDS) {
            // "a 94-page report titled “Waiting Behind the Wire: Remand in …”", "The paper,
            // titled “Aerobic defluorination of …”": whatever its case, a title
            return "follows “" + before.text() + "”";
        }
        if (content.isEmpty() || content.size() > (titleCase(content) ? 24 : 12)) {
            return null;
        }
        Token after = after(passage, region);
        if (before != null
                && lexicon.works().contains(before.bare())
                && !(endsSentence(content) && lexicon.cue(before) != null)
                && !(verdictOn(passage, region) && !titleCase(content))
                && !(passage.inHeadline(passage.sentenceAt(region.open())) && !titleCase(content))
                && !predicate(content, before(passage, region, 2))
                && !(lowerCaseWord(content.getFirst()) && !WORD_NOUNS.contains(before.lower()))
                && !sayingAsVerb(before, before(passage, region, 2))) {
            // (not "would sign the bill “the moment it reaches his desk”", "called my last EP “a
            // tepid retread …”": a title opens with a capital, words talked about need not)
            // (not "Pettaway says farm bill ‘unacceptable’": headlines drop the "is")
            // "In his book “Financial Freedom,” he…", "the slogan “Meth, we’re on it.”": a
            // title keeps the comma or stop that American style puts inside the marks.
            return "follows the title word “" + before.text() + "”";
        }
        String programme = outletsWork(passage, region, content);
        if (programme != null) {
            return programme;
        }
        if (before != null
                && WORK_PREPOSITIONS.contains(before.lower())
                && content.size() > 1
                && titleCase(content)
                && !asks(content)) {
            // "Sullivan recalled in “I'm Feeling Lucky.”", "In “In The Plex,” Levy tells",
            // "Jessie Buckley, the star of “Fargo,” said": the work named, whatever cue follows
            return "follows “" + before.lower() + "”: a work or a name, not words spoken";
        }
        Token noun = before(passage, region, 2);
        if (before != null
                && before.is(',')
                && noun != null
                && lexicon.works().contains(noun.bare())
                && titleCase(content)
                && (content.getLast().is(',') || after != null && after.is(','))) {
            // "In his memoir, “A Promised Land,” Obama recalls": a title set beside its noun
            return "is set beside the title word “" + noun.text() + "”";
        }
        if (before != null
                && lexicon.naming().contains(before.bare())
                && titleCase(content)
                && content.getLast().is(',')
                && content.size() <= NAME_WORDS) {
            // "a parent group called "Start Later Northfield," which…": the comma American style
            // puts inside the marks ends no sentence
            return "follows “" + before.text() + "”";
        }
        if (before != null
                && UNVEILING.contains(before.lower())
                && content.size() <= NAME_WORDS
                && titleCase(content)
                && !endsSentence(
                        content.getLast().is(',')
                                ? content.subList(0, content.size() - 1)
                                : content)) {
            // "Nintendo announced “Super Mario Run,” its first mobile game", "Lumenfold unveils
            // ‘Atlas’ AI agent": what was launched
            return "follows “" + before.text() + "”: the name of what was launched";
        }
        if (endsSentence(content)) {
            return null;
        }
        if (before != null && lexicon.naming().contains(before.bare()) && titleCase(content)) {
            return "follows “" + before.text() + "”";
        }
        if (after != null
                && lexicon.titleFollowers().contains(after.bare())
                && titleCase(content)
                && content.size() <= 6) {
            return "comes before “" + after.text() + "”";
        }
        Token author = after(passage, region, 2);
        if (after != null
                && after.lower().equals("by")
                && author != null
                && author.capitalized()
                && titleCase(content)
                && content.size() <= NAME_WORDS) {
            // "“The Safekeep” by Yael van der Wouden": a work and its author
            return "comes before “by” and a name: a work and its author";
        }
        return null;
    }

    /**
     * Whether the marks follow "caption", right away or past a colon or comma: "with the caption
     * “ROOKIE. ICE. COLD.”" is what someone posted, in whatever case they wrote it.
     */
    private static boolean captioned(Passage passage, QuotedRegion region) {
        Token before = before(passage, region, 1);
        if (before != null && (before.is(':') || before.is(','))) {
            before = before(passage, region, 2);
        }
        return before != null && before.lower().equals("caption");
    }

    /**
     * Decides what {@code region} is, given the titles found in the article, its attribution and
     * the verdict on the region before it ({@code previous}, null for the first).
     */
    Verdict classify(
            Passage passage,
            QuotedRegion region,
            Attribution attribution,
            Set<String> titles,
            SentenceCues cues,
            Verdict previous) {
        List<Token> content = content(passage, region);
        if (content.stream().noneMatch(t -> t.type() != Token.Type.PUNCT)) {
            return new Verdict(Verdict.Kind.SCARE, "no words inside the marks");
        }
        if (inCall(passage.text(), region.open())) {
            return new Verdict(Verdict.Kind.CODE, "is an argument in program code");
        }
        if (crossReference(passage, region)) {
            // "(see ‘Trump’s climate legacy’)": a box or story the article points to
            return new Verdict(Verdict.Kind.TITLE, "is a cross-reference");
        }
        Token before = before(passage, region, 1);
        Token after = after(passage, region);
        if (before != null
                && after != null
                && before.capitalized()
                && after.capitalized()
                && content.size() <= 3
                && titleCase(content)
                && (!passage.inHeadline(passage.sentenceAt(region.open()))
                        || lexicon.names().givenNames().contains(before.bare()))) {
            // "Joe ‘The Jet’ Adeyemi-Clarke", in a headline's capitals too after a given name
            return new Verdict(Verdict.Kind.NICKNAME, "sits inside a name");
        }
        if (epithet(passage, region, content)) {
            // "Lorenz, “the father of chaos,” started a revolution": what he is called
            return new Verdict(Verdict.Kind.NICKNAME, "is an epithet between commas after a name");
        }
        if (captioned(passage, region)) {
            // "posted a photo … with the caption “Always.”": what the poster wrote
            return new Verdict(Verdict.Kind.SPEECH, "is the caption someone posted");
        }
        String signal = titleSignal(passage, region);
        if (signal != null) {
            return new Verdict(Verdict.Kind.TITLE, signal);
        }
        if (listedTitle(passage, region, content)) {
            // "Best Film: “The Quiet Tide”" in a list of winners
            return new Verdict(Verdict.Kind.TITLE, "is a title after a label in a list");
        }
        if (titles.contains(key(passage, region))) {
            return new Verdict(Verdict.Kind.TITLE, "is a title elsewhere in the article");
        }
        if (namedBareBelow(passage, region, content)) {
            // "‘La La Land’: How a Young Filmmaker …" above "his musical La La Land charming
            // audiences": a title the story writes without marks
            return new Verdict(Verdict.Kind.TITLE, "is named without marks in the story");
        }
        if (previous != null && !previous.speech() && joinsQuotation(passage, region)) {
            // "placards reading “Safe patients need safe ratios” and “Nurses are not a cost
            // centre”": the second of a pair is what the first is
            return new Verdict(
                    previous.kind(),
                    "is joined by “and” or “or” to the quoted words before it, which "
                            + previous.reason());
        }
        int words = wordCount(content);
        boolean givenName =
                titleCase(content) && !endsSentence(content)
                        || titleCaseAfterThe(content)
                        // "a group called the “We The People Foundation.”": a name after "the"
                        || titleCase(content)
                                && words > 1
                                && !asks(content)
                                && before != null
                                && before.text().equals("the");
        if (givenName
                && attribution != null
                && attribution.cue() != null
                && isNaming(attribution.cue())
                && !lemmaOf(attribution.cue()).equals("say")) {
            return new Verdict(Verdict.Kind.TITLE, "a name given with “" + attribution.cue() + "”");
        }
        if (content.getFirst().is(',') || content.getFirst().is(';')) {
            return new Verdict(Verdict.Kind.SCARE, "starts with a comma: marks paired wrongly");
        }
        if (words <= 3 && !firmlyCued(attribution) && RATINGS.contains(phrase(content))) {
            // "who rates the stock “underweight”": an analyst's rating, not a remark
            return new Verdict(Verdict.Kind.SCARE, "is a stock rating");
        }
        if (words <= 3 && addressedAs(passage, region)) {
            // "expected to address him as “sir”": a form of address, not a remark
            return new Verdict(Verdict.Kind.SCARE, "is a form of address");
        }
        if (words <= 4 && referredToByHabit(passage, region)) {
            // "a provision developers refer to as the “builder’s remedy”", "members referring to
            // the row as “bin-gate”": a name in use, not a remark ("she referred to them as
            // “the wellies brigade”" is one)
            return new Verdict(Verdict.Kind.SCARE, "is a name a thing is referred to by");
        }
        if (words <= 3 && compounded(passage, region)) {
            // "“swatting”-style hoaxes", "a “Love Island”-esque villa": a word in a compound
            return new Verdict(Verdict.Kind.SCARE, "is part of a hyphenated compound");
        }
        if (words <= 4
                && modifies(passage, region)
                && !calledSo(passage, region)
                && activeNamingBefore(passage, region) == null
                && !reportedBySentenceEnd(passage, region, cues)) {
            return new Verdict(Verdict.Kind.SCARE, "qualifies the noun after it");
        }
        if (words <= TITLE_MODIFIER_WORDS
                && modifies(passage, region)
                && titledModifier(content)
                && activeNamingBefore(passage, region) == null) {
            // "will mail the ‘In case of crisis or war’ brochure": a capitalised name before its
            // noun
            return new Verdict(Verdict.Kind.TITLE, "names the noun after it");
        }
        String named = namedByHabit(passage, region);
        if (named == null) {
            named = namedOrDisplayed(passage, region);
        }
        if (named == null) {
            named = termApposed(passage, region);
        }
        if (named == null) {
            named = diagnosed(passage, region);
        }
        if (named == null) {
            named = offence(passage, region);
        }
        if (named == null) {
            named = searchedFor(passage, region);
        }
        if (named != null) {
            return new Verdict(Verdict.Kind.SCARE, named);
        }
        String imagined = imagined(passage, region);
        if (imagined != null) {
            return new Verdict(Verdict.Kind.SCARE, imagined);
        }
        String inner = toOneself(passage, region);
        if (inner != null) {
            return new Verdict(Verdict.Kind.SCARE, inner);
        }
        if (mentionedAsSubject(passage, region, content)) {
            // "“Become an online leader” sounds like a tall order": words talked about
            return new Verdict(Verdict.Kind.SCARE, "is the subject of the sentence it opens");
        }
        if (attributed(attribution, words)
                || firmlyCued(attribution)
                        && content.getFirst().capitalized()
                        && endsSentence(content)
                        && (before != null && before.is(':') || exclaims(content))) {
            // "replied: “No.”": a word or two that make a sentence are an answer, not a term
            return new Verdict(Verdict.Kind.SPEECH, "attributed by “" + attribution.cue() + "”");
        }
        if (passage.inHeadline(passage.sentenceAt(region.open()))) {
            return new Verdict(Verdict.Kind.SPEECH, "quoted in the headline");
        }
        if (answersAfterColon(passage, region, content)) {
            // "She shook her head: “Never.”"
            return new Verdict(Verdict.Kind.SPEECH, "is a sentence someone gives after a colon");
        }
        if (fillsParagraph(passage, region)) {
            // "“Yes.”" answering the question before, a pull quote "“I Still Talk To Him
            // Constantly”" set as a subheading: words set apart as a paragraph are someone's
            return new Verdict(Verdict.Kind.SPEECH, "stands as a paragraph of its own");
        }
        if (words <= 2 && closesSentence(content) && followsSpeech(passage, region, cues)) {
            return new Verdict(Verdict.Kind.SPEECH, "goes on from the quotation before it");
        }
        if (titleCase(content) && words <= 8 && !asks(content) && !interjects(content)) {
            return new Verdict(Verdict.Kind.TITLE, "is written in title case");
        }
        if (titleCaseAfterThe(content) && words <= THE_NAME_WORDS) {
            // "make up “the Liars,” tightknit teens who …": a name in marks
            return new Verdict(Verdict.Kind.NICKNAME, "is a name after “the”");
        }
        if (likenedTo(content) && words <= THE_NAME_WORDS) {
            // "has been getting “the new Tina Fey” comparisons"
            return new Verdict(Verdict.Kind.NICKNAME, "likens someone to a named person");
        }
        String term = termSignal(passage, region);
        if (term != null) {
            return new Verdict(Verdict.Kind.SCARE, term);
        }
        if (words > 1 && content.stream().anyMatch(t -> PERSONAL.contains(t.lower()))) {
            // not a lone “we” or “mine”, which is a word talked about
            return new Verdict(Verdict.Kind.SPEECH, "speaks in the first or second person");
        }
        if (standsAsSentence(passage, region, content)) {
            return new Verdict(Verdict.Kind.SPEECH, "is a sentence of its own");
        }
        if (titleCase(content) && !interjects(content)) {
            return new Verdict(Verdict.Kind.TITLE, "is written in title case");
        }
        if (words <= OWNED_TERM_WORDS && !endsSentence(content) && ownedTerm(passage, region)) {
            // "the company’s much-advertised “responsible scaling”": the owner's name for a thing
            return new Verdict(Verdict.Kind.SCARE, "is a term after its owner's name");
        }
        if (words >= 4) {
            return new Verdict(Verdict.Kind.SPEECH, "is a phrase of " + words + " words");
        }
        boolean cued = attribution != null && attribution.confidence() >= 0.3;
        if (words >= 2 && cued) {
            return new Verdict(Verdict.Kind.SPEECH, "is a fragment in a sentence with a cue verb");
        }
        if (words == 1 && cued && attribution.cue() != null && isNaming(attribution.cue())) {
            return new Verdict(
                    Verdict.Kind.SPEECH, "is a word someone used: “" + attribution.cue() + "”");
        }
        Token cue = cues.reportingVerb(passage.sentenceAt(region.open()));
        if (previous != null && previous.speech() && joinsQuotation(passage, region)) {
            return new Verdict(Verdict.Kind.SPEECH, "is joined to the quotation before it");
        }
        if (cue != null
                && (cue.start() < region.open()
                        || words >= 3
                        || predicative(passage, region)
                        || !cue.lower().endsWith("ing"))
                && (words >= 2 || predicative(passage, region) || endsReport(passage, region))) {
            return new Verdict(
                    Verdict.Kind.SPEECH, "is reported in a sentence with “" + cue.text() + "”");
        }
        if ((words >= 2 || predicative(passage, region))
                && accordingTo(passage, passage.sentenceAt(region.open()))) {
            // "According to Jane Hill, the results are “striking.”"
            return new Verdict(Verdict.Kind.SPEECH, "is reported “according to” someone");
        }
        String naming = activeNamingBefore(passage, region);
        if (naming != null) {
            // "Privacy advocate calls the system a “dragnet”", "Saban compared agents to
            // “pimps”": the word someone chose for a thing
            return new Verdict(Verdict.Kind.SPEECH, "is what someone " + naming + " something");
        }
        if (previous != null
                && previous.speech()
                && quotedEarlierInSentence(passage, region)
                && !(before != null
                        && (SentenceCues.NOUN_MARKERS.contains(before.lower())
                                || DEGREE_WORDS.contains(before.lower())))) {
            // "called its valuation “indefensible” and its spending on marketing
            // “undisciplined”": a fragment after speech in the same sentence carries it on
            return new Verdict(
                    Verdict.Kind.SPEECH, "goes on from the quotation before it in its sentence");
        }
        String seen = seenAs(passage, region);
        if (seen != null) {
            // "IDC sees Stadia's lineup as its “Achilles heel”": how the one who sees it puts it
            return new Verdict(Verdict.Kind.SPEECH, "is how someone “" + seen + "” a thing");
        }
        String spoke = spokeOf(passage, region);
        if (spoke != null) {
            // "Gates spoke of “anxiety” over the future": the words of the one who spoke
            return new Verdict(Verdict.Kind.SPEECH, "is what someone “" + spoke + "” of");
        }
        String reporting = reportingClauseBefore(passage, region);
        if (reporting != null) {
            // "posted on Bluesky that she was “heartbroken”", "has admitted she “hated”": a word
            // inside the clause a verb of saying reports
            return new Verdict(
                    Verdict.Kind.SPEECH, "is inside a clause reported by “" + reporting + "”");
        }
        return new Verdict(Verdict.Kind.SCARE, "is a short fragment with no speaker");
    }

    /** Words right before a quotation that complete a verb naming its object: "calls X a". */
    private static final Set<String> NAMING_LINKS = Set.of("a", "an", "as", "to");

    /** How many words the object may run between a naming verb and its link: "the system". */
    private static final int NAMED_OBJECT_WORDS = 4;

    /** Words before a naming verb that make it no one's act: "what lawyers call", "was called". */
    private static final Set<String> NAMING_BY_NO_ONE =
            Set.of(
                    "what",
                    "being",
                    "been",
                    "be",
                    "is",
                    "was",
                    "were",
                    "are",
                    "often",
                    "widely",
                    "long",
                    "commonly",
                    "sometimes",
                    "usually",
                    "also");

    /**
     * The verb, as written, by which someone active named a thing the words in marks: a naming cue
     * ("calls", "described", "compared") with a person or group before it, its object, and "a",
     * "as" or "to" right before the marks. Null for a passive or a "what … call" label, and for an
     * object that runs past a stop or a quotation.
     */
    private String activeNamingBefore(Passage passage, QuotedRegion region) {
        Token link = before(passage, region, 1);
        if (link == null || !NAMING_LINKS.contains(link.lower())) {
            return null;
        }
        List<Token> tokens = passage.tokens();
        int at = passage.tokenAtOrAfter(region.open()) - 1;
        if (at > 0 && tokens.get(at - 1).lower().equals("as")) {
            at--;
        }
        int first = passage.firstToken(passage.sentenceAt(region.open()));
        for (int k = at - 1; k > first && at - k <= NAMED_OBJECT_WORDS + 1; k--) {
            Token token = tokens.get(k);
            if (token.type() != Token.Type.WORD) {
                return null;
            }
            Cue cue = lexicon.cue(token);
            if (cue == null || !cue.can(Cue.Use.NAMING) || token.capitalized()) {
                continue;
            }
            if (k == at - 1 || NAMING_BY_NO_ONE.contains(tokens.get(k - 1).lower())) {
                // "described as “…”" with no object, "was called a “…”"
                return null;
            }
            return token.text();
        }
        return null;
    }

    /**
     * Words of degree, which with the noun markers hold a quoted word right after them at a
     * distance however the sentence began: "the “pain” people feel", "Hollywood's most “civilized”
     * exes".
     */
    private static final Set<String> DEGREE_WORDS =
            Set.of("most", "more", "very", "so", "too", "less");

    /** How many tokens from its sentence's end a closing attribution's verb may stand. */
    private static final int CLOSING_CUE_REACH = 6;

    /**
     * Whether the sentence closes with its attribution after the region: "Implementing it was a
     * “hopelessly unrealistic” prospect, an official said." The whole sentence is someone's.
     */
    private static boolean reportedBySentenceEnd(
            Passage passage, QuotedRegion region, SentenceCues cues) {
        int s = passage.sentenceAt(region.open());
        Token cue = cues.reportingVerb(s);
        if (cue == null || cue.start() < region.close()) {
            return false;
        }
        List<Token> tokens = passage.tokensOf(s);
        int at = tokens.indexOf(cue);
        return at >= 0
                && tokens.size() - at <= CLOSING_CUE_REACH
                && at > 0
                && tokens.subList(0, at).stream().anyMatch(t -> t.is(','));
    }

    /** Whether a quotation mark stands before the region's opening mark in the same sentence. */
    private static boolean quotedEarlierInSentence(Passage passage, QuotedRegion region) {
        List<Token> tokens = passage.tokens();
        int first = passage.firstToken(passage.sentenceAt(region.open()));
        for (int k = passage.tokenAtOrAfter(region.open()) - 2; k >= first; k--) {
            if (Mark.is(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** How many tokens back from a quotation the word opening its reported clause may stand. */
    private static final int CLAUSE_OPENER_REACH = 12;

    /** How surely a verb must tell of speech to report a clause: not "believes that". */
    private static final double REPORTER_CONFIDENCE = 0.8;

    /** How many tokens back from a clause's opening word its verb of saying may stand. */
    private static final int REPORTER_REACH = 8;

    /** Words that open a clause a verb of saying reports: "said that …", "admitted she …". */
    private static final Set<String> CLAUSE_OPENERS =
            Set.of("that", "she", "he", "they", "we", "i");

    /**
     * The verb of saying whose reported clause the region at {@code region} stands in, as written,
     * or null: a cue verb ("told", "posted", "warned", "admitted") followed in the same sentence by
     * "that" or a subject pronoun, with no quotation mark between it and the region, and no other
     * quoted word offered beside it as the alternative.
     */
    private String reportingClauseBefore(Passage passage, QuotedRegion region) {
        Token next = after(passage, region);
        Token nextTwo = after(passage, region, 2);
        if (next != null && next.lower().equals("or") && nextTwo != null && Mark.is(nextTwo)) {
            // "would reach “severe” or “emergency” levels": one of the quoted names offered
            return null;
        }
        List<Token> tokens = passage.tokens();
        int open = passage.tokenAtOrAfter(region.open());
        int first = passage.firstToken(passage.sentenceAt(region.open()));
        for (int k = open - 1; k >= first && open - k <= CLAUSE_OPENER_REACH; k--) {
            Token token = tokens.get(k);
            if (Mark.is(token) && k != open - 1 || token.is(';') || token.is(':')) {
                return null;
            }
            if (!CLAUSE_OPENERS.contains(token.lower())) {
                continue;
            }
            for (int c = k - 1; c >= first && k - c <= REPORTER_REACH; c--) {
                Token verb = tokens.get(c);
                if (Mark.is(verb) || verb.is(';') || verb.is(':')) {
                    return null;
                }
                Cue cue = lexicon.cue(verb);
                if (cue != null
                        && !verb.capitalized()
                        && cue.confidence() >= REPORTER_CONFIDENCE
                        && (cue.can(Cue.Use.SPEECH) || cue.can(Cue.Use.REPORTED))
                        && !(c > first
                                && SentenceCues.NOUN_MARKERS.contains(tokens.get(c - 1).lower()))) {
                    return verb.text();
                }
            }
            return null;
        }
        return null;
    }

    /** How far back on its line a quotation is looked at for the call it may be an argument of. */
    private static final int CALL_REACH = 300;

    /**
     * Whether the mark at {@code open} stands inside the brackets of a call in program code:
     * {@code console.log("…")}, {@code it("…", function() {}, {@code fetch(url, { body: "…" })}.
     * The bracket left open before the mark follows a name with no space between, which prose never
     * writes ("Smith (R-Texas)", "(“we” being …)").
     */
    static boolean inCall(CharSequence text, int open) {
        int depth = 0;
        for (int i = open - 1; i >= Math.max(0, open - CALL_REACH); i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return false;
            } else if (c == ')') {
                depth++;
            } else if (c == '(') {
                if (depth == 0) {
                    return i > 0 && isNamePart(text.charAt(i - 1));
                }
                depth--;
            }
        }
        return false;
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    /**
     * Whether the region is part of the source an "according to" right before it credits, with only
     * lower-case words between: "according to the new “dot plot”", "according to its “Vision 2030”
     * plan".
     */
    private static boolean creditedSource(Passage passage, QuotedRegion region) {
        for (int n = 1; n <= SOURCE_WORDS + 2; n++) {
            Token token = before(passage, region, n);
            if (token == null || token.type() != Token.Type.WORD || token.capitalized()) {
                return false;
            }
            Token earlier = before(passage, region, n + 1);
            if (token.lower().equals("to")
                    && earlier != null
                    && earlier.lower().equals("according")) {
                return n > 1;
            }
        }
        return false;
    }

    /** How many words may stand between "according to" and a quoted source's name. */
    private static final int SOURCE_WORDS = 3;

    /**
     * Whether a few words in title case, quoted in the headline, stand in the story below without
     * marks: a title or a name, which no one's words would be.
     */
    private static boolean namedBareBelow(
            Passage passage, QuotedRegion region, List<Token> content) {
        int sentence = passage.sentenceAt(region.open());
        if (!passage.inHeadline(sentence)
                || !titleCase(content)
                || endsSentence(content)
                || content.size() < 2
                || content.size() > BARE_TITLE_WORDS) {
            // one word ("‘Heartbroken’") may be a word someone used, written again below
            return false;
        }
        CharSequence text = passage.text();
        String words = region.content().of(text).strip();
        int body =
                passage.firstToken(sentence + 1) < passage.tokens().size()
                        ? passage.tokens().get(passage.firstToken(sentence + 1)).start()
                        : text.length();
        String all = text.toString();
        for (int at = all.indexOf(words, body); at >= 0; at = all.indexOf(words, at + 1)) {
            char before = at > body ? all.charAt(at - 1) : ' ';
            int end = at + words.length();
            char after = end < all.length() ? all.charAt(end) : ' ';
            if (Mark.familyOf(before) == null
                    && Mark.familyOf(after) == null
                    && !Character.isLetterOrDigit(before)
                    && !Character.isLetterOrDigit(after)) {
                return true;
            }
        }
        return false;
    }

    /** How many tokens a headline's quoted title may run. */
    private static final int BARE_TITLE_WORDS = 5;

    /** Whether sentence {@code sentence} credits what it reports "according to" someone. */
    private static boolean accordingTo(Passage passage, int sentence) {
        List<Token> tokens = passage.tokensOf(sentence);
        for (int k = 0; k + 1 < tokens.size(); k++) {
            if (tokens.get(k).lower().equals("according")
                    && tokens.get(k + 1).lower().equals("to")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether "and" or "or" joins the region to a quotation closing just before it: "calling her
     * “crazy” and “nasty”".
     */
    private static boolean joinsQuotation(Passage passage, QuotedRegion region) {
        int n = 1;
        Token joint = before(passage, region, n);
        if (joint != null && PhraseReader.ARTICLES.contains(joint.text())) {
            // "called him a “serial philanderer,” a “bully” and a “narcissist”": the article
            // opens the next item of the list, after a comma inside the marks before
            Token mark = before(passage, region, n + 1);
            Token comma = before(passage, region, n + 2);
            if (mark != null && Mark.is(mark) && comma != null && comma.is(',')) {
                return true;
            }
            joint = mark;
            n++;
        }
        Token mark = before(passage, region, n + 1);
        return joint != null
                && mark != null
                && (joint.lower().equals("and") || joint.lower().equals("or"))
                && Mark.is(mark);
    }

    /**
     * Whether a short region sits inside a noun phrase as a modifier: a determiner or possessive
     * before it and a lower-case word after it that carries on the phrase (the “interim”
     * government, Epstein’s “unbecoming” behaviour): a word held at a distance, not a quotation.
     */
    private static boolean modifies(Passage passage, QuotedRegion region) {
        Token before = before(passage, region, 1);
        Token after = after(passage, region);
        if (before == null || after == null || after.type() != Token.Type.WORD) {
            return false;
        }
        String next = after.text();
        if (!Character.isLowerCase(next.codePointAt(0))
                || CONTINUERS.contains(after.lower())
                || content(passage, region).getLast().is(',')
                        && PhraseReader.ARTICLES.contains(after.text())) {
            // "a “serial philanderer,” a “bully”": a comma inside the marks, then the next item
            // of a list, ends the phrase
            return false;
        }
        String word = before.lower();
        return DETERMINERS.contains(word) || word.endsWith("’s") || word.endsWith("'s");
    }

    /** How many words a name set before its noun may run: "the ‘In case of crisis or war’". */
    private static final int TITLE_MODIFIER_WORDS = 8;

    /**
     * Whether words set before a noun read as a name: a capital first, no stop or comma inside
     * ("the ‘In case of crisis or war’ brochure", not "the ‘hastily agreed to’ contracts").
     */
    private static boolean titledModifier(List<Token> content) {
        if (content.size() < 2
                || content.getFirst().type() != Token.Type.WORD
                || !content.getFirst().capitalized()) {
            return false;
        }
        for (Token token : content) {
            if (token.type() == Token.Type.PUNCT && !token.is('-') && !token.is('’')) {
                return false;
            }
        }
        return true;
    }

    /** Verbs in the past by which someone gave a thing the words quoted after its determiner. */
    private static final Set<String> CALLED = Set.of("called", "termed", "labelled", "labeled");

    /**
     * Whether a modifier is what someone called the thing: "what he called a “calm and
     * professional” response", "what she described as an “anti-incumbent mood”".
     */
    private static boolean calledSo(Passage passage, QuotedRegion region) {
        Token verb = before(passage, region, 2);
        if (verb == null) {
            return false;
        }
        if (CALLED.contains(verb.lower())) {
            return true;
        }
        Token described = before(passage, region, 3);
        return verb.lower().equals("as")
                && described != null
                && (described.lower().equals("described")
                        || described.lower().startsWith("characteri"));
    }

    /**
     * Objects that make "calling" a verdict on someone, not a thing's usual name: "calling her “a
     * disgrace”".
     */
    private static final Set<String> PEOPLE_OBJECTS = Set.of("her", "him", "them");

    /**
     * How many words a name in habitual use may run: "what forecasters call “rapid
     * intensification”"; "what it calls “the single-biggest coordinated media attack in history”"
     * is someone's verdict in their words.
     */
    private static final int HABIT_NAME_WORDS = 4;

    private static int wordCount(List<Token> tokens) {
        return (int) tokens.stream().filter(t -> t.type() != Token.Type.PUNCT).count();
    }

    /** Verbs in the present that name a thing by habit: "what forecasters call “training”". */
    private static final Set<String> CALL = Set.of("call", "calls", "calling");

    /** Adverbs that make "called" a habit of naming: "sometimes called “breakbone fever”". */
    private static final Set<String> HABITUALLY =
            Set.of("sometimes", "often", "also", "commonly", "widely", "popularly", "informally");

    /**
     * A term the text says is used, not anyone's words: a naming verb in the present ("a process
     * meteorologists call “rapid intensification”", "what Orchard calls “Echo mode”", "have taken
     * to calling the “orchard curse”"), "known as" or "referred to as", "sometimes called". A
     * clause of its own after a comma is one occasion, not a habit: "…, calling it “misaligned with
     * shareholder experience”" gives the adviser's words. Returns the reason, or null.
     */
    private static String namedByHabit(Passage passage, QuotedRegion region) {
        if (takenToCalling(passage, region)) {
            return "is a term named by “taken to calling”";
        }
        int n = 1;
        Token verb = before(passage, region, n);
        boolean someone = false;
        boolean group = false;
        boolean object = false;
        while (verb != null
                && (DETERMINERS.contains(verb.lower())
                        || OBJECTS.contains(verb.lower())
                        || GROUP_REFLEXIVES.contains(verb.lower()))
                && n < 3) {
            someone |= PEOPLE_OBJECTS.contains(verb.lower());
            object |= OBJECTS.contains(verb.lower());
            group |= GROUP_REFLEXIVES.contains(verb.lower());
            verb = before(passage, region, ++n);
        }
        if (verb == null) {
            return null;
        }
        Token earlier = before(passage, region, n + 1);
        String word = verb.lower();
        String previous = earlier == null ? "" : earlier.lower();
        boolean verdict = word.equals("calling") && previous.equals(",");
        boolean named =
                CALL.contains(word)
                                && wordCount(content(passage, region)) <= HABIT_NAME_WORDS
                                && (!someone || group || nickname(passage, region))
                                && !description(passage, region)
                                && (!verdict || nickname(passage, region))
                        || word.equals("as")
                                && (previous.equals("known") || previous.startsWith("refer"))
                        // "also called “dengue”" names by habit; "He also called it “rare”" is
                        // one man's word for one thing
                        || word.equals("called") && HABITUALLY.contains(previous) && !object;
        return named ? "is a term named by “" + verb.text() + "”" : null;
    }

    /**
     * Whether the words describe with "a" or "an" rather than name: "a police chief calling it “a
     * revolving door with a keypad”" gives someone's words, "locals call it “the Pit”" a name.
     */
    private static boolean description(Passage passage, QuotedRegion region) {
        List<Token> content = content(passage, region);
        return content.size() > 1
                && (content.getFirst().text().equals("a")
                        || content.getFirst().text().equals("an"));
    }

    /** How many words a nickname may run: "the Iron Lady". */
    private static final int NICKNAME_WORDS = 3;

    /**
     * Whether the words are a short name in capitals, as a nickname is ("Fans call her “Mother.”"),
     * not a description in lower case ("critics call him “a danger to democracy”").
     */
    private static boolean nickname(Passage passage, QuotedRegion region) {
        String words = region.content().of(passage.text()).strip().replaceAll("[.,!?]+$", "");
        String[] parts = words.split("\\s+");
        if (words.isEmpty() || parts.length > NICKNAME_WORDS) {
            return false;
        }
        for (String part : parts) {
            if (!Character.isUpperCase(part.codePointAt(0)) && !part.equals("the")) {
                return false;
            }
        }
        return true;
    }

    /** Reflexives by which a group or a body names itself: "fans, who call themselves “…”". */
    private static final Set<String> GROUP_REFLEXIVES = Set.of("themselves", "ourselves", "itself");

    /** How many words the thing named after "taken to calling" may run. */
    private static final int HABIT_OBJECT_WORDS = 8;

    /**
     * Whether "taken to calling" comes before the region, its object between: "Flemish newspapers
     * have taken to calling the mood “boerenwoede”", a name that has caught on.
     */
    private static boolean takenToCalling(Passage passage, QuotedRegion region) {
        for (int n = 1; n <= HABIT_OBJECT_WORDS + 1; n++) {
            Token token = before(passage, region, n);
            if (token == null || token.type() != Token.Type.WORD) {
                return false;
            }
            if (token.lower().equals("calling")) {
                Token to = before(passage, region, n + 1);
                Token taken = before(passage, region, n + 2);
                return to != null
                        && to.lower().equals("to")
                        && taken != null
                        && taken.lower().equals("taken");
            }
        }
        return false;
    }

    /** How many tokens a name given with a naming verb runs, its closing comma included. */
    private static final int NAME_WORDS = 7;

    /**
     * Whether a one-word region closes its sentence as the object of a reported clause: "said she
     * owes the Whitfields “everything.”"
     */
    private static boolean endsReport(Passage passage, QuotedRegion region) {
        List<Token> content = content(passage, region);
        Token before = before(passage, region, 1);
        return closesSentence(content) && before != null && before.type() == Token.Type.WORD;
    }

    /**
     * Words for words talked about or written out, after which the words in marks may open in lower
     * case and still be no speech: "the word “literally”", "a chorus which runs “we were young …”".
     */
    private static final Set<String> WORD_NOUNS =
            Set.of(
                    "word",
                    "words",
                    "term",
                    "terms",
                    "phrase",
                    "label",
                    "nickname",
                    "moniker",
                    "expression",
                    "slogan",
                    "motto",
                    "catchphrase",
                    "hashtag",
                    "tag",
                    "name",
                    "title",
                    "headline",
                    "chant",
                    "line",
                    "runs",
                    "reads",
                    "goes");

    /**
     * Words before "saying" that, besides the noun markers, make it the noun for a proverb ("that
     * old saying") or no one's speech ("access to Siri by saying “Hey Siri”").
     */
    private static final Set<String> SAYING_NOUN_BEFORE =
            Set.of("that", "old", "famous", "popular", "common", "favourite", "favorite", "by");

    /**
     * Whether "saying" before the marks is the verb ("caught on video saying “Back off”"), not the
     * noun for a proverb ("the old saying “…”").
     */
    private static boolean sayingAsVerb(Token before, Token beforeTwo) {
        return before.lower().equals("saying")
                && !(beforeTwo != null
                        && (SentenceCues.NOUN_MARKERS.contains(beforeTwo.lower())
                                || SAYING_NOUN_BEFORE.contains(beforeTwo.lower())));
    }

    private static boolean lowerCaseWord(Token token) {
        return token.type() == Token.Type.WORD && !token.capitalized();
    }

    /** Verbs that name a thing or a person by another name: "dubbed", "nicknamed". */
    private static final Set<String> DUBBING = Set.of("dubbed", "nicknamed", "billed", "branded");

    /** Verbs that put words on a surface: "spray-painted “…” across the door". */
    private static final Set<String> INSCRIBING =
            Set.of(
                    "painted",
                    "spray-painted",
                    "scrawled",
                    "etched",
                    "engraved",
                    "inscribed",
                    "emblazoned",
                    "stencilled",
                    "stenciled",
                    "chalked",
                    "daubed",
                    "carved");

    /** Verbs that put words into a search box: "typed “…” into Google", "Type “…” into the bar". */
    private static final Set<String> TYPING =
            Set.of("type", "types", "typing", "typed", "googled", "searched");

    /** Words before "for" that look words up: "Searches for “…” spiked". */
    private static final Set<String> SEARCHING =
            Set.of("search", "searches", "searched", "searching", "googled", "googling");

    /** Verbs by which a display carries words: "a sign reading", "a placard that said". */
    private static final Set<String> DISPLAYING =
            Set.of("reading", "read", "reads", "saying", "said", "says", "proclaiming");

    /**
     * The display or formula noun of "NOUN such as" just before the mark {@code mark} tokens before
     * the region (0: the region's own mark), or null.
     */
    private Token shownSuchAs(Passage passage, QuotedRegion region, int mark) {
        Token as = before(passage, region, mark + 1);
        Token such = before(passage, region, mark + 2);
        Token noun = before(passage, region, mark + 3);
        return as != null
                        && as.lower().equals("as")
                        && such != null
                        && such.lower().equals("such")
                        && noun != null
                        && (lexicon.displays().contains(noun.lower())
                                || lexicon.formulas().contains(noun.lower()))
                ? noun
                : null;
    }

    /** Words that stand for one or more of things named before: "One read", "Another said". */
    private static final Set<String> ELLIPTICAL =
            Set.of("one", "another", "some", "others", "many");

    /** How many tokens a phrase set off by commas between subject and verb may run. */
    private static final int ASIDE_TOKENS = 5;

    /** How many sentences back the displays "One read" stands for may be named. */
    private static final int DISPLAYS_BACK = 2;

    /**
     * Words one of several displays named before carries: "… held hand-lettered signs. One read
     * “I’m a student, not an ATM.”", "“…,” read one. Another, in Dutch, simply said “Genoeg.”",
     * "placards, some of which read “…”". Returns the reason, or null.
     */
    private String oneOfTheDisplays(Passage passage, QuotedRegion region) {
        List<Token> tokens = passage.tokens();
        int subject = -1;
        int open = passage.tokenAtOrAfter(region.open());
        int verb = open - 1;
        if (verb >= 0 && (tokens.get(verb).is(':') || tokens.get(verb).is(','))) {
            verb--;
        }
        if (verb >= 0 && DISPLAYING.contains(tokens.get(verb).lower())) {
            int k = verb - 1;
            while (k >= 0 && SubjectReader.SKIPPED_WORDS.contains(tokens.get(k).lower())) {
                // "Another simply said": the words a subject and its verb may have between them
                k--;
            }
            if (k >= 0 && tokens.get(k).is(',')) {
                int aside = k - 1;
                while (aside >= 0 && k - aside <= ASIDE_TOKENS && !tokens.get(aside).is(',')) {
                    aside--;
                }
                k = aside >= 0 && tokens.get(aside).is(',') ? aside - 1 : -1;
            }
            if (k >= 2
                    && tokens.get(k).lower().equals("which")
                    && tokens.get(k - 1).lower().equals("of")) {
                // "placards, some of which read “…”"
                k -= 2;
            }
            subject = k;
            for (int j = k; j >= 0 && k - j <= ASIDE_TOKENS; j--) {
                // "One strung between two tractors read “…”": past the words that place it
                Token token = tokens.get(j);
                if (ELLIPTICAL.contains(token.lower())
                        && j == passage.firstToken(passage.sentenceAt(token.start()))) {
                    subject = j;
                    break;
                }
                if (token.type() != Token.Type.WORD || lexicon.cue(token) != null) {
                    break;
                }
            }
        } else if (region.closed()) {
            // "“…,” read one."
            Token said = after(passage, region, 1);
            Token one = after(passage, region, 2);
            if (said != null && said.is(',')) {
                said = one;
                one = after(passage, region, 3);
            }
            if (said != null && one != null && DISPLAYING.contains(said.lower())) {
                subject = tokens.indexOf(one);
            }
        }
        if (subject < 0 || !ELLIPTICAL.contains(tokens.get(subject).lower())) {
            return null;
        }
        int sentence = passage.sentenceAt(tokens.get(subject).start());
        int from = passage.firstToken(Math.max(0, sentence - DISPLAYS_BACK));
        for (int k = Math.min(subject, open) - 1; k >= from; k--) {
            if (lexicon.displays().contains(tokens.get(k).lower())) {
                return "is displayed on one of the “" + tokens.get(k).text() + "”";
            }
        }
        return null;
    }

    /** Verbs of naming in a passive that gives no namer: "being described as “unlucky”". */
    private static final Set<String> PASSIVE_NAMING =
            Set.of("described", "called", "labelled", "labeled", "branded", "termed", "dubbed");

    /** Participles that give a thing its name right after its noun: "a technique called “…”". */
    private static final Set<String> NAMING_PARTICIPLES =
            Set.of("called", "termed", "dubbed", "labelled", "labeled", "nicknamed");

    /**
     * Words before a subject and "called" that leave the caller unnamed: "what the mayor called".
     */
    private static final Set<String> CALLERS_UNNAMED = Set.of("what", "which", "that");

    /** Words that make the word after them a noun: "a technique", "their method". */
    private static final Set<String> NOUN_MARKERS =
            Set.of("a", "an", "the", "this", "its", "their", "his", "her", "our", "new");

    /**
     * Whether {@code participle} right before the marks names the thing its noun {@code noun}
     * stands for ("used the technique called “mental chronometry”", "a condition termed “tech
     * neck”"), rather than telling what someone called something: not after a person, a body or a
     * plural that could be the one calling ("the mayor called “a disaster”", "critics called “…”"),
     * nor after "what" ("what the mayor called").
     */
    private boolean namedThing(Passage passage, QuotedRegion region, Token participle, Token noun) {
        Token marker = before(passage, region, 3);
        Token earlier = before(passage, region, 4);
        String word = noun.lower();
        return NAMING_PARTICIPLES.contains(participle.lower())
                && noun.type() == Token.Type.WORD
                && Character.isLowerCase(noun.text().codePointAt(0))
                && !word.endsWith("s")
                && !lexicon.roles().contains(word)
                && !lexicon.organisations().contains(word)
                && !lexicon.anonymous().contains(word)
                && marker != null
                && NOUN_MARKERS.contains(marker.lower())
                && !(earlier != null && CALLERS_UNNAMED.contains(earlier.lower()));
    }

    /** How many words a label a passive gives may run: "being called a “local legend.”" */
    private static final int PASSIVE_LABEL_WORDS = 4;

    /**
     * A few words a passive of naming gives no one as their source: "He disliked being called a
     * “legend.”", "the film has widely been described as “raunchy”". With its agent ("was described
     * as “reckless” by the judge") they are that person's words. Returns the reason, or null.
     */
    private String namedInPassive(Passage passage, QuotedRegion region) {
        if (wordCount(passage, region) > PASSIVE_LABEL_WORDS) {
            return null;
        }
        int k = 1;
        Token token = before(passage, region, k);
        while (token != null && Set.of("a", "an", "the", "as").contains(token.lower())) {
            token = before(passage, region, ++k);
        }
        if (token == null || !PASSIVE_NAMING.contains(token.lower())) {
            return null;
        }
        Token be = before(passage, region, ++k);
        Token adverb = null;
        while (be != null
                && be.type() == Token.Type.WORD
                && (be.lower().endsWith("ly") || HEDGES.contains(be.lower()))) {
            // "has widely been described"
            adverb = HEDGES.contains(be.lower()) ? be : adverb;
            be = before(passage, region, ++k);
        }
        if (adverb != null
                && be != null
                && !COPULAS.contains(be.lower())
                && lexicon.cue(be) == null
                && !SubjectReader.PRONOUNS.contains(be.lower())) {
            // "a trend often described as a “myopia epidemic”": a passive with its "be" left out
            return "is a label the passive “"
                    + adverb.text()
                    + " "
                    + token.text()
                    + "” gives no one";
        }
        if (be == null || !COPULAS.contains(be.lower())) {
            return k == 2 && namedThing(passage, region, token, be)
                    ? "is the name a thing is “" + token.text() + "”"
                    : null;
        }
        for (int n = 1; n <= 2; n++) {
            Token next = after(passage, region, n);
            if (next != null && next.lower().equals("by")) {
                return null;
            }
        }
        return "is a label the passive “" + be.text() + " " + token.text() + "” gives no one";
    }

    /** Adverbs of how commonly a name is given: "a trend often described as …". */
    private static final Set<String> HEDGES =
            Set.of(
                    "often",
                    "sometimes",
                    "usually",
                    "widely",
                    "commonly",
                    "frequently",
                    "generally",
                    "popularly",
                    "variously",
                    "locally",
                    "informally",
                    "colloquially",
                    "affectionately",
                    "jokingly",
                    "derisively");

    /** How many tokens back the quotation before "and" may open. */
    private static final int LISTED_REACH = 16;

    /** How many tokens back a formula's noun may stand: "catchphrase, a wearily delivered “…”". */
    private static final int FORMULA_REACH = 5;

    /**
     * How many words may stand between a display and the verb of its words: "a sign taped to the
     * pediatric clinic door read".
     */
    private static final int DISPLAY_REACH = 8;

    /**
     * Words named or displayed rather than spoken: "the so-called “rainy day fund”", "the
     * 52-year-old, dubbed ‘the Godfather of Pasta’ by fans", "a banner reading “Obrigado, Bia.”",
     * "the airline’s slogan, “Low fares, big smiles,”", "The track’s chorus — “…” —". Returns the
     * reason, or null.
     */
    private String namedOrDisplayed(Passage passage, QuotedRegion region) {
        Token before = before(passage, region, 1);
        Token beforeTwo = before(passage, region, 2);
        if (before == null) {
            return null;
        }
        String word = before.lower();
        if (word.equals("so-called")) {
            return "is named by “" + before.text() + "”";
        }
        if (creditedSource(passage, region)) {
            // "according to the new “dot plot” of rate projections": the name of the source
            return "names the source credited (“according to”)";
        }
        if (DUBBING.contains(word)) {
            // "the 52-year-old, dubbed ‘the Godfather of Pasta’", "once branded “Hollywood’s bad
            // boy” by the tabloids", "a practice critics have dubbed “shrinkflation”"
            return "is a name given with “" + before.text() + "”";
        }
        String passive = namedInPassive(passage, region);
        if (passive != null) {
            return passive;
        }
        if (INSCRIBING.contains(word)) {
            // "someone had spray-painted “We’re still here” across a sheet of plywood"
            return "is written on something (“" + before.text() + "”)";
        }
        if (TYPING.contains(word)
                || word.equals("for")
                        && beforeTwo != null
                        && SEARCHING.contains(beforeTwo.lower())) {
            // "He typed “best pizza near me” into his phone", "Searches for “how to vote”"
            return "is typed into a search (“" + before.text() + "”)";
        }
        Token shown = shownSuchAs(passage, region, 0);
        if (shown != null) {
            // "placards with inscriptions such as “No light, no bill”", "slogans such as “…”"
            return "is displayed on “" + shown.text() + "”";
        }
        if ((word.equals("and") || word.equals("or")) && beforeTwo != null && Mark.is(beforeTwo)) {
            // "slogans such as “Our lives matter too” and “Fix the bridge now”": the list goes on
            for (int m = 3; m <= LISTED_REACH; m++) {
                Token open = before(passage, region, m);
                if (open == null || open.is('.')) {
                    break;
                }
                if (Mark.is(open)) {
                    Token listed = shownSuchAs(passage, region, m);
                    if (listed != null) {
                        return "is listed with words on “" + listed.text() + "”";
                    }
                    break;
                }
            }
        }
        if (word.equals("of")
                && beforeTwo != null
                && lexicon.formulas().contains(beforeTwo.lower())
                && beforeTwo.lower().endsWith("s")) {
            // "raising slogans of “Hum kahin nahi jayenge”"
            return "is one of the “" + beforeTwo.text() + "”";
        }
        String oneOfThem = oneOfTheDisplays(passage, region);
        if (oneOfThem != null) {
            return oneOfThem;
        }
        int verb = before.is(':') && beforeTwo != null ? 2 : 1;
        Token displaying = verb == 1 ? before : beforeTwo;
        Token adverb = before(passage, region, verb + 1);
        if (displaying.lower().endsWith("ly")
                && SubjectReader.SKIPPED_WORDS.contains(displaying.lower())
                && adverb != null
                && DISPLAYING.contains(adverb.lower())) {
            // "a sign taped inside the front window reads simply “…”": past the adverb
            verb++;
            displaying = adverb;
        }
        if (DISPLAYING.contains(displaying.lower())) {
            // "a sign read", "a sign that read", "a handwritten sign taped to the window read:":
            // the display the verb's subject names, across the words that place it
            // (a sign reads; with "said" the one holding it may be the speaker, so only the
            // display right before the verb, or before "that", counts)
            int reach = displaying.lower().startsWith("read") ? DISPLAY_REACH : 2;
            int sentence = passage.sentenceAt(region.open());
            for (int n = verb + 1; n <= verb + reach; n++) {
                Token noun = before(passage, region, n);
                if (noun == null
                        || passage.sentenceAt(noun.start()) != sentence
                        || noun.type() != Token.Type.WORD) {
                    break;
                }
                if (lexicon.displays().contains(noun.lower())) {
                    return "is displayed on a “" + noun.text() + "”";
                }
                if (noun.capitalized()
                        || lexicon.cue(noun) != null
                        || reach == 2 && !noun.lower().equals("that")) {
                    break;
                }
            }
        }
        int sentence = passage.sentenceAt(region.open());
        boolean set = false;
        for (int n = 1; n <= FORMULA_REACH; n++) {
            Token token = before(passage, region, n);
            if (token == null || passage.sentenceAt(token.start()) != sentence) {
                return null;
            }
            if (token.is(',') || token.is('—') || token.is('–') || token.is(':')) {
                set = true;
                continue;
            }
            if (set
                    && lexicon.formulas().contains(token.bare())
                    && determined(passage, region, n)) {
                return "is set beside “" + token.text() + "”";
            }
            if (token.type() == Token.Type.PUNCT) {
                return null;
            }
        }
        return null;
    }

    /**
     * Words a phrase after them calls a term or a name: "registered as “basic housing units”, the
     * official term for compliant flats", "“quiet quitting,” a phrase coined on TikTok". Returns
     * the reason, or null.
     */
    private String termApposed(Passage passage, QuotedRegion region) {
        int n = 1;
        Token token = after(passage, region, n);
        if (token != null && token.is(',')) {
            token = after(passage, region, ++n);
        } else if (!region.closed() || passage.text().charAt(region.close() - 1) != ',') {
            return null;
        }
        if (token == null || !PhraseReader.ARTICLES.contains(token.lower())) {
            return null;
        }
        for (int k = n + 1; k <= n + TERM_WORDS; k++) {
            Token word = after(passage, region, k);
            if (word == null || word.type() != Token.Type.WORD || word.capitalized()) {
                return null;
            }
            Token next = after(passage, region, k + 1);
            if (TERM_NOUNS.contains(word.lower()) && (next == null || lexicon.cue(next) == null)) {
                // not "“…,” the label said", where the record label speaks
                return "is called a “" + word.text() + "” after it";
            }
        }
        return null;
    }

    /** How many words the name of a condition may run: "feather-duvet lung". */
    private static final int CONDITION_WORDS = 5;

    /**
     * The name of a condition someone was "diagnosed with": "was diagnosed with “feather-duvet
     * lung,” according to a case report" is a term, like "a condition called “…”". Returns the
     * reason, or null.
     */
    private static String diagnosed(Passage passage, QuotedRegion region) {
        return "diagnosed with".equals(twoWordsBefore(passage, region))
                        && wordCount(passage, region) <= CONDITION_WORDS
                ? "is the name of a condition someone was “diagnosed with”"
                : null;
    }

    /**
     * The two words right before the region's opening mark, in lower case with a space between
     * ("diagnosed with", "charged with"), or null where the paragraph has fewer.
     */
    private static String twoWordsBefore(Passage passage, QuotedRegion region) {
        Token second = before(passage, region, 1);
        Token first = before(passage, region, 2);
        return first == null || second == null ? null : first.lower() + " " + second.lower();
    }

    /** How many words the name of an offence may run. */
    private static final int OFFENCE_WORDS = 12;

    /**
     * Words that, with the preposition after them, name the offence in marks right after: "charged
     * with “causing death by dangerous driving”", "pleaded guilty to", "on suspicion of".
     */
    private static final Set<String> OFFENCES =
            Set.of(
                    "charged with",
                    "convicted of",
                    "guilty of",
                    "guilty to",
                    "suspicion of",
                    "acquitted of",
                    "cleared of");

    /** Whether the words in marks name the offence someone was charged with, or null. */
    private static String offence(Passage passage, QuotedRegion region) {
        String words = twoWordsBefore(passage, region);
        return words != null
                        && OFFENCES.contains(words)
                        && wordCount(passage, region) <= OFFENCE_WORDS
                ? "names an offence (“" + words + "”)"
                : null;
    }

    /** How many tokens on either side of the marks a word for searching may stand. */
    private static final int SEARCH_REACH = 6;

    /** Nouns for what is typed into a search box, beside {@link #SEARCHING}'s verbs. */
    private static final Set<String> QUERIES = Set.of("query", "queries");

    /**
     * Why the words in marks, starting in lower case, are a query typed into a search engine ("the
     * most searched question was “how many calories should i eat”", "‘i am hungry’ was searched 7x
     * more"), or null. A capitalised sentence near "searched" may be speech ("Police searched the
     * house. “We found nothing,” …").
     */
    private static String searchedFor(Passage passage, QuotedRegion region) {
        List<Token> content = content(passage, region);
        if (content.isEmpty() || content.getFirst().capitalized()) {
            return null;
        }
        int sentence = passage.sentenceAt(region.open());
        for (int n = 1; n <= SEARCH_REACH; n++) {
            for (Token token :
                    new Token[] {before(passage, region, n), after(passage, region, n)}) {
                if (token == null || passage.sentenceAt(token.start()) != sentence) {
                    continue;
                }
                String word = token.lower();
                if (SEARCHING.contains(word) && !word.equals("search") || QUERIES.contains(word)) {
                    // not "the search was “going well”": a search on the ground
                    return "is a search query (“" + token.text() + "”)";
                }
            }
        }
        return null;
    }

    /** How many words may describe the noun after a term: "the official term". */
    private static final int TERM_WORDS = 3;

    /** Nouns that call the words before them a term or a name rather than speech. */
    private static final Set<String> TERM_NOUNS =
            Set.of(
                    "term",
                    "phrase",
                    "expression",
                    "name",
                    "nickname",
                    "moniker",
                    "euphemism",
                    "label",
                    "slogan",
                    "motto",
                    "catchphrase",
                    "buzzword",
                    "hashtag",
                    "tagline",
                    "neologism",
                    "coinage",
                    "misnomer");

    /**
     * Whether the noun {@code n} tokens before the region has a determiner or a possessor just
     * before it: "the airline’s slogan", "its official motto".
     */
    private static boolean determined(Passage passage, QuotedRegion region, int n) {
        for (int k = n + 1; k <= n + 2; k++) {
            Token token = before(passage, region, k);
            if (token == null) {
                return false;
            }
            String text = token.text();
            if (DETERMINERS.contains(token.lower())
                    || text.endsWith("’s")
                    || text.endsWith("'s")
                    || text.endsWith("s’")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the region opens right after a quotation that ended the sentence before it, in the
     * same paragraph: “You gotta give me a big win please,” he said later. “Please.”
     */
    private static boolean followsSpeech(Passage passage, QuotedRegion region, SentenceCues cues) {
        int sentence = passage.sentenceAt(region.open());
        if (sentence == 0 || passage.blockOf(sentence - 1) != region.block()) {
            return false;
        }
        Token before = before(passage, region, 1);
        if (before == null || !(before.is('.') || before.is('!') || before.is('?'))) {
            return false;
        }
        return cues.quotes(sentence - 1);
    }

    /**
     * Whether the region completes a "be" or "as" ("the risks were “low”", "described it as
     * “exciting”"): a lone word there is what someone said something is, not a term.
     */
    private boolean predicative(Passage passage, QuotedRegion region) {
        Token before = before(passage, region, 1);
        if (before == null) {
            return false;
        }
        if (COPULAS.contains(before.lower()) || before.lower().equals("as")) {
            return true;
        }
        Token beforeTwo = before(passage, region, 2);
        if (beforeTwo == null) {
            return false;
        }
        String two = beforeTwo.lower();
        // "it was his “duty”", "slammed the hearings as a “disgrace”"
        boolean completesBe =
                DETERMINERS.contains(before.lower()) && (COPULAS.contains(two) || two.equals("as"));
        // "called it “immaterial”", "recalled it “vividly”"
        boolean completesCue = OBJECTS.contains(before.lower()) && lexicon.cue(beforeTwo) != null;
        return completesBe || completesCue;
    }

    private static boolean closesSentence(List<Token> content) {
        Token last = content.getLast();
        return last.is('.') || last.is('!') || last.is('?');
    }

    /**
     * Whether an attribution beside the region makes it speech. One or two words take a frame after
     * them (“Never,” she said), a colon, or a verb that frames words (called it “absurd”): a cue
     * verb before a short fragment is as often about a scare-quoted word.
     */
    private boolean attributed(Attribution attribution, int words) {
        if (!firmlyCued(attribution)) {
            return false;
        }
        return words > 2
                || attribution.after()
                || attribution.cue() == null
                || isNaming(attribution.cue())
                || POSTING.contains(lemmaOf(attribution.cue()));
    }

    /**
     * The lemma of a cue as attributions write it, or "" where the lexicon has no such verb (an
     * attribution's cue may be a phrase: "according to").
     */
    private String lemmaOf(String cue) {
        Cue verb = lexicon.cue(cue);
        return verb == null ? "" : verb.lemma();
    }

    /** Whether the words end in an exclamation or a question: "shouted “Shame!”". */
    private static boolean exclaims(List<Token> content) {
        Token last = content.getLast();
        return last.is('!') || last.is('?');
    }

    /** Whether an attribution stands right beside the words with a cue of some confidence. */
    private static boolean firmlyCued(Attribution attribution) {
        return attribution != null && attribution.adjacent() && attribution.confidence() >= 0.5;
    }

    /** Verbs that give a post's words whole, however short: "posted …: “Welcome Jose”". */
    private static final Set<String> POSTING = Set.of("post", "tweet", "caption", "write");

    /**
     * A term being named rather than anyone's words: a passive naming verb ("is called", "been
     * dubbed", "what's called", "so-called") or a naming noun ("the nickname of", "the term").
     */
    private String termSignal(Passage passage, QuotedRegion region) {
        Token before = before(passage, region, 1);
        Token beforeTwo = before(passage, region, 2);
        if (before == null || beforeTwo == null) {
            return null;
        }
        if (before.lower().equals("so-called")) {
            return "is named by “" + before.text() + "”";
        }
        if (lexicon.naming().contains(before.bare()) && BE.contains(beforeTwo.lower())) {
            return "is named by “" + beforeTwo.text() + " " + before.text() + "”";
        }
        if (before.lower().equals("of")
                || before.lower().equals("as")
                || BE.contains(before.lower())) {
            // "the term is “…”", "the term often used is “…”"
            for (int n = 2; n <= 5; n++) {
                Token earlier = before(passage, region, n);
                if (earlier == null || earlier.type() == Token.Type.PUNCT) {
                    break;
                }
                if (NAMING_NOUNS.contains(earlier.bare())
                        && !termOfTime(before(passage, region, n + 1), earlier)) {
                    return "is named by “" + earlier.text() + " … " + before.text() + "”";
                }
            }
        }
        return null;
    }

    /**
     * Whether {@code noun} is "term" as a length of time, by the word before it: "the original term
     * was “manifestly excessive”", "his prison term", "a four-year term".
     */
    private static boolean termOfTime(Token modifier, Token noun) {
        if (!noun.lower().equals("term") || modifier == null) {
            return false;
        }
        String word = modifier.lower();
        return TIME_TERMS.contains(word)
                || PhraseReader.possessive(modifier)
                || Set.of("his", "her", "their", "its").contains(word)
                || word.matches("\\p{L}+-(?:year|month|week|day)");
    }

    /** Words before "term" that make it a length of time, a sentence or an office. */
    private static final Set<String> TIME_TERMS =
            Set.of(
                    "original",
                    "prison",
                    "jail",
                    "custodial",
                    "minimum",
                    "maximum",
                    "first",
                    "second",
                    "third",
                    "fourth",
                    "full",
                    "current",
                    "previous",
                    "last",
                    "next",
                    "new");

    /**
     * The verb of a speaker who spoke or talked of or about the words quoted right after it ("Gates
     * spoke of “anxiety”", "she talked about “a betrayal”"), or null. "Speaking of" alone turns to
     * a topic, and the noun "talk of" reports no one.
     */
    private static String spokeOf(Passage passage, QuotedRegion region) {
        Token preposition = before(passage, region, 1);
        Token verb = before(passage, region, 2);
        if (preposition == null || verb == null) {
            return null;
        }
        boolean about = preposition.lower().equals("of") || preposition.lower().equals("about");
        return about && SPOKE.contains(verb.lower())
                ? verb.text() + " " + preposition.text()
                : null;
    }

    /**
     * The verb by which a subject sees or views a thing "as" the words quoted right after it, a
     * determiner or an owner between ("sees Stadia's lineup as its “Achilles heel”", "Apple views
     * as “a fundamental human right”"), or null. In the passive ("is seen as “…”") no one is said
     * to see it so.
     */
    private static String seenAs(Passage passage, QuotedRegion region) {
        int n = verbBeforeAs(passage, region, SEEING);
        if (n < 0) {
            return null;
        }
        Token auxiliary = before(passage, region, n + 1);
        boolean passive = auxiliary != null && BE.contains(auxiliary.lower());
        return passive ? null : before(passage, region, n).text() + " … as";
    }

    /**
     * How many tokens before the region one of {@code verbs} stands, within {@value #SEEN_AS_REACH}
     * words before an "as" right before the marks (a determiner or an owner between), or -1: the
     * "sees" of "sees Stadia's lineup as its “…”".
     */
    private static int verbBeforeAs(Passage passage, QuotedRegion region, Set<String> verbs) {
        int k = 1;
        Token token = before(passage, region, k);
        if (token != null && SEEN_AS_DETERMINERS.contains(token.lower())) {
            token = before(passage, region, ++k);
        }
        if (token == null || !token.lower().equals("as")) {
            return -1;
        }
        for (int n = k + 1; n <= k + SEEN_AS_REACH; n++) {
            Token word = before(passage, region, n);
            if (word == null || word.type() == Token.Type.PUNCT) {
                return -1;
            }
            if (verbs.contains(word.lower())) {
                return n;
            }
        }
        return -1;
    }

    /** Verbs by which someone holds a thing to be something: "sees it as", "views … as". */
    private static final Set<String> SEEING =
            Set.of(
                    "sees",
                    "saw",
                    "views",
                    "viewed",
                    "regards",
                    "regarded",
                    "considers",
                    "considered");

    /** Words that may stand between "as" and the marks: "as its “Achilles heel”". */
    private static final Set<String> SEEN_AS_DETERMINERS =
            Set.of("a", "an", "the", "its", "his", "her", "their", "our", "my");

    /** How many words may stand between the verb of seeing and its "as". */
    private static final int SEEN_AS_REACH = 6;

    /** Forms of speaking and talking by which someone spoke of something. */
    private static final Set<String> SPOKE =
            Set.of("spoke", "speaks", "spoken", "talked", "talks", "talking");

    /**
     * Whether "refer to … as", in the present or as a participle in "-ing", stands right before the
     * marks (a determiner between): the name by which people refer to a thing.
     */
    private static boolean referredToByHabit(Passage passage, QuotedRegion region) {
        int to = verbBeforeAs(passage, region, Set.of("to"));
        Token verb = to < 0 ? null : before(passage, region, to + 1);
        return verb != null && REFERRING.contains(verb.lower());
    }

    /** The words of {@code content} in lower case, one space apart, stops left out. */
    private static String phrase(List<Token> content) {
        StringBuilder words = new StringBuilder();
        for (Token token : content) {
            if (token.type() == Token.Type.PUNCT) {
                continue;
            }
            words.append(words.isEmpty() ? "" : " ").append(token.lower());
        }
        return words.toString();
    }

    /** Analysts' ratings of a stock, quoted as such: "rates the stock “underweight”". */
    private static final Set<String> RATINGS =
            Set.of(
                    "buy",
                    "strong buy",
                    "sell",
                    "strong sell",
                    "hold",
                    "overweight",
                    "underweight",
                    "equal-weight",
                    "equal weight",
                    "outperform",
                    "underperform",
                    "market perform",
                    "sector perform",
                    "accumulate",
                    "reduce");

    /** Whether "address … as" stands right before the marks: "address him as “sir”". */
    private static boolean addressedAs(Passage passage, QuotedRegion region) {
        Token as = before(passage, region, 1);
        return as != null
                && as.lower().equals("as")
                && verbBeforeAs(passage, region, ADDRESSING) >= 0;
    }

    /** Forms of "address" as a verb of speaking to someone by a title. */
    private static final Set<String> ADDRESSING =
            Set.of("address", "addresses", "addressed", "addressing");

    /** Forms of "refer" for a name in habitual use: "refer to it as", "referring to the row as". */
    private static final Set<String> REFERRING = Set.of("refer", "refers", "referring");

    /**
     * Whether a hyphen right after the closing mark joins the quoted words to a word after them:
     * "“swatting”-style", "“Succession”-like".
     */
    private static boolean compounded(Passage passage, QuotedRegion region) {
        CharSequence text = passage.text();
        int at = region.end();
        return region.closed()
                && at + 1 < text.length()
                && (text.charAt(at) == '-' || text.charAt(at) == '‐')
                && Character.isLetter(text.charAt(at + 1));
    }

    /** Verbs whose subject is words talked about when they follow the marks right away. */
    private static final Set<String> MENTIONING =
            Set.of(
                    "is",
                    "was",
                    "sounds",
                    "sounded",
                    "means",
                    "meant",
                    "became",
                    "becomes",
                    "remains",
                    "seems",
                    "refers",
                    "illustrates",
                    "illustrated");

    /** Of {@link #MENTIONING}, the verbs that take words talked about even after a comma. */
    private static final Set<String> EXPLAINING =
            Set.of("means", "meant", "refers", "illustrates", "illustrated");

    /**
     * Whether the region opens its sentence, ends on a word rather than a stop or a comma, and a
     * verb follows the closing mark: the words are the sentence's subject, talked about, not said.
     * A verb that explains words ("“I could eat a horse,” means you’re hungry") takes them after a
     * comma too.
     */
    private static boolean mentionedAsSubject(
            Passage passage, QuotedRegion region, List<Token> content) {
        Token before = before(passage, region, 1);
        Token after = after(passage, region);
        return (before == null
                        || passage.sentenceAt(before.start()) != passage.sentenceAt(region.open()))
                && after != null
                && (content.getLast().type() == Token.Type.WORD
                                && MENTIONING.contains(after.lower())
                        || content.getLast().is(',') && EXPLAINING.contains(after.lower()))
                && !someonesMessage(passage, region)
                && !howSomeonePutIt(passage, region);
    }

    /**
     * Whether the sentence goes on "is how Dale Pimm described it" after the marks: words someone
     * said, given as the way they said it.
     */
    private static boolean howSomeonePutIt(Passage passage, QuotedRegion region) {
        Token verb = after(passage, region, 1);
        Token how = after(passage, region, 2);
        return verb != null
                && how != null
                && (verb.lower().equals("was") || verb.lower().equals("is"))
                && how.lower().equals("how");
    }

    /** Nouns for what someone said, after their possessive name: "was Ruiz’s message". */
    private static final Set<String> MESSAGES =
            Set.of(
                    "message",
                    "response",
                    "reply",
                    "answer",
                    "verdict",
                    "advice",
                    "warning",
                    "plea",
                    "promise",
                    "reaction",
                    "retort",
                    "comment",
                    "assessment");

    /**
     * Whether the sentence goes on "was Ana Ruiz’s message" after the marks: words someone said,
     * named as theirs, not words talked about.
     */
    private static boolean someonesMessage(Passage passage, QuotedRegion region) {
        Token verb = after(passage, region, 1);
        if (verb == null || !(verb.lower().equals("was") || verb.lower().equals("is"))) {
            return false;
        }
        for (int n = 2; n <= 4; n++) {
            Token owner = after(passage, region, n);
            Token noun = after(passage, region, n + 1);
            if (owner == null || noun == null || !owner.capitalized()) {
                return false;
            }
            if (PhraseReader.possessive(owner)) {
                return MESSAGES.contains(noun.lower());
            }
        }
        return false;
    }

    /**
     * How far before the marks a modal and its verb of speech may stand: "would say, “…”", not
     * "would continue their strike “until the end.”"
     */
    private static final int MODAL_REACH = 3;

    /**
     * Words put in the reader's mouth or in no one's: the clause before the marks addresses the
     * reader ("you will always wonder, “…”", "you’re terrified to say “yes”") or says what someone
     * would say ("As Sherlock would say, “…”"). Returns the reason, or null.
     */
    private String imagined(Passage passage, QuotedRegion region) {
        if (gistBefore(passage, region)) {
            return "is given as a gist (“along the lines of”)";
        }
        int sentence = passage.sentenceAt(region.open());
        for (int n = 1; n <= 6; n++) {
            Token token = before(passage, region, n);
            if (n == 1 && token != null && token.text().equals("…")) {
                // "along the lines of … “Argh!”": the ellipsis leads into the words
                sentence = passage.sentenceAt(token.start());
                continue;
            }
            if (token == null
                    || passage.sentenceAt(token.start()) != sentence
                    || Mark.familyOf(token.text().charAt(0)) != null) {
                return null;
            }
            String word = token.lower();
            if (n <= 2 && WONDERING.contains(word) && !aloud(before(passage, region, n - 1))) {
                return "is what someone “" + token.text() + "”";
            }
            // (not "In the draft of the thank you, they had written, “…”")
            Token previous = before(passage, region, n + 1);
            if (SECOND_PERSON.contains(word)
                    && !(previous != null && previous.lower().equals("thank"))
                    && !heardSaying(passage, region, n)) {
                return "is put to the reader (“" + token.text() + "”)";
            }
            if (IMAGINING.contains(word)) {
                // "Imagine a customer asking: “Why should I trust you?”"
                return "is imagined (“" + token.text() + "”)";
            }
            Token next = before(passage, region, n - 1);
            if ((MODALS.contains(word) || word.endsWith("’ll") || word.endsWith("'ll"))
                    && n <= MODAL_REACH
                    && next != null
                    && (lexicon.cue(next) != null || next.lower().equals("wonder"))
                    && !habitual(passage, region, n)) {
                return "is what someone “" + token.text() + " " + next.text() + "”";
            }
            Token verb = n > 2 ? before(passage, region, n - 2) : null;
            if (MODALS.contains(word)
                    && n <= MODAL_REACH + 1
                    && next != null
                    && next.lower().equals("have")
                    && verb != null
                    && lexicon.cue(verb) != null) {
                // "An abuser would have said: “…”": words no one said
                return "is what someone “" + token.text() + " have " + verb.text() + "”";
            }
            if (AS_IF.contains(word)
                    && n <= 3
                    && next != null
                    && next.lower().equals("to")
                    && verb != null
                    && lexicon.cue(verb) != null) {
                // "a flicker crossed his face as if to say “You think you got me?”"
                return "is what someone seemed “" + token.text() + " to " + verb.text() + "”";
            }
            if (word.equals("to")
                    && n <= 3
                    && next != null
                    && lexicon.cue(next) != null
                    && unrealised(passage, region, n + 1, sentence)) {
                // "all it took was one person to say, “…”", "he was unable to say, “…”"
                return "is what someone would need “to " + next.text() + "”";
            }
            Token instead = before(passage, region, n + 1);
            if (word.equals("of")
                    && n <= 3
                    && instead != null
                    && INSTEAD.contains(instead.lower())
                    && next != null
                    && lexicon.cue(next) != null
                    && next.lower().endsWith("ing")) {
                // "Instead of saying, “I’m sorry you feel that way,” try listening."
                return "is what someone might say (“"
                        + instead.text()
                        + " of "
                        + next.text()
                        + "”)";
            }
            if (word.equals("picture")
                    && passage.firstToken(sentence) == passage.tokenAtOrAfter(token.start())
                    && next != null
                    && PhraseReader.ARTICLES.contains(next.lower())) {
                // "Picture a teenager texting, “I’m fine,” while crying in her room."
                return "is imagined (“" + token.text() + "”)";
            }
            if (word.equals("try") && n <= 3 && triedWords(passage, region, n, sentence)) {
                // "Instead of saying “I can’t,” try “I can do that after Friday.”"
                return "is put to the reader (“" + token.text() + "”)";
            }
            Token condition = before(passage, region, n + 1);
            if (INDEFINITE.contains(word)
                    && n <= 3
                    && next != null
                    && lexicon.cue(next) != null
                    && condition != null
                    && CONDITIONS.contains(condition.lower())) {
                // "If someone says “just checking in,” ignore it."
                return "is what someone might say (“" + condition.text() + " " + word + "”)";
            }
            if (n == 3 && word.equals("saying") && next != null && next.lower().equals("goes")) {
                // "As the saying goes, “Every cloud has a silver lining.”"
                return "is a saying";
            }
            if (n == 2 && EXAMPLE.contains(word) && next != null && next.is(':')) {
                // "For example: “That was so funny I literally cried.”"
                return "is given as an example";
            }
            if (FORBIDDING.contains(word)
                    && n <= 3
                    && next != null
                    && lexicon.cue(next) != null
                    && passage.firstToken(sentence) == passage.tokenAtOrAfter(token.start())) {
                // "Don’t say “…”": words the reader is told not to use
                return "is put to the reader (“" + token.text() + " " + next.text() + "”)";
            }
        }
        return null;
    }

    /** Whether {@code token} says the wondering was out loud: "wondering aloud “why …”". */
    private static boolean aloud(Token token) {
        return token != null && (token.lower().equals("aloud") || token.lower().equals("loud"));
    }

    /**
     * Whether a word that leaves the infinitive after it unrealised stands among the few tokens
     * from the {@code n}th before the quotation back, within its sentence: "unable", "took", "need
     * them". Not "used to say", which tells what someone did say.
     */
    private static boolean unrealised(Passage passage, QuotedRegion region, int n, int sentence) {
        for (int k = n; k < n + UNREALISED_REACH; k++) {
            Token token = before(passage, region, k);
            if (token == null || passage.sentenceAt(token.start()) != sentence) {
                return false;
            }
            if (UNREALISING.contains(token.lower())) {
                return true;
            }
        }
        return false;
    }

    /** How many tokens before "to say" a word that leaves it unrealised may stand. */
    private static final int UNREALISED_REACH = 5;

    /**
     * Whether the "try" {@code n} tokens before the region opens a clause and leads straight to the
     * words, or through "saying" or a colon: "try “…”", "Try saying: “…”".
     */
    private boolean triedWords(Passage passage, QuotedRegion region, int n, int sentence) {
        for (int k = n - 1; k >= 1; k--) {
            Token between = before(passage, region, k);
            if (!(between.is(':') || between.is(',') || between.lower().equals("saying"))) {
                return false;
            }
        }
        Token opener = before(passage, region, n + 1);
        return opener == null
                || passage.sentenceAt(opener.start()) != sentence
                || opener.is(',')
                || opener.is(';')
                || Mark.familyOf(opener.text().charAt(0)) != null
                || TRY_OPENERS.contains(opener.lower());
    }

    /** Words a clause of advice may open with before "try": "Or try saying: “…”". */
    private static final Set<String> TRY_OPENERS = Set.of("then", "instead", "or", "and", "so");

    /** Subjects no one in particular is: "if someone says “…”". */
    private static final Set<String> INDEFINITE =
            Set.of("someone", "somebody", "anyone", "anybody");

    /** Words that make what follows a case, not an event: "if", "when". */
    private static final Set<String> CONDITIONS = Set.of("if", "when", "whenever", "unless");

    /** Words before "of" and a gerund that leave the saying undone: "instead of saying". */
    private static final Set<String> INSTEAD = Set.of("instead", "rather");

    /** Words after which "to say" is what someone would, could or should say. */
    private static final Set<String> UNREALISING =
            Set.of(
                    "unable",
                    "able",
                    "need",
                    "needs",
                    "needed",
                    "took",
                    "takes",
                    "dare",
                    "dared",
                    "afraid",
                    "willing",
                    "ought",
                    "easy",
                    "tempting",
                    "temptation",
                    "tempted");

    /** Verbs of perceiving someone speak: "you can hear him say, “…”". */
    static final Set<String> PERCEIVING =
            Set.of("hear", "hears", "heard", "see", "sees", "saw", "watch", "watches", "watched");

    /**
     * Whether a verb of perceiving stands between the "you" {@code n} tokens before the region and
     * the region: "At the end you can hear him say, “That's the one”" gives his words, not the
     * reader's.
     */
    private static boolean heardSaying(Passage passage, QuotedRegion region, int n) {
        for (int k = n - 1; k >= 1; k--) {
            Token token = before(passage, region, k);
            if (token != null && PERCEIVING.contains(token.lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the "would" {@code n} tokens before the region tells what someone used to say: a
     * person named or "he"/"she" right before it, not after "as" and in a sentence with no "if"
     * ("Page would say, “…”", not "As Sherlock would say" or "If asked, he would say").
     */
    private static boolean habitual(Passage passage, QuotedRegion region, int n) {
        Token modal = before(passage, region, n);
        Token subject = before(passage, region, n + 1);
        if (subject == null
                || !modal.lower().equals("would")
                || !(subject.capitalized() && !subject.lower().equals("i")
                        || THIRD_PERSON.contains(subject.lower()))) {
            return false;
        }
        Token opener = before(passage, region, n + 2);
        if (opener != null && opener.lower().equals("as")) {
            return false;
        }
        for (int k = n + 2; ; k++) {
            Token earlier = before(passage, region, k);
            if (earlier == null
                    || passage.sentenceAt(earlier.start()) != passage.sentenceAt(region.open())) {
                return true;
            }
            if (earlier.lower().equals("if")) {
                return false;
            }
        }
    }

    private static final Set<String> THIRD_PERSON = Set.of("he", "she");

    /**
     * Whether "along the lines of" ends the words before the region, after an ellipsis or colon or
     * not, in its paragraph or closing the one before: "she said something along the lines of …
     * “Argh!”" gives the gist, not her words.
     */
    private static boolean gistBefore(Passage passage, QuotedRegion region) {
        List<Token> tokens = passage.tokens();
        int k = passage.tokenAtOrAfter(region.open()) - 1;
        if (k >= 0 && Mark.familyOf(tokens.get(k).text().charAt(0)) != null) {
            k--;
        }
        if (k >= 0 && (tokens.get(k).text().equals("…") || tokens.get(k).is(':'))) {
            k--;
        }
        return k >= 3
                && tokens.get(k).lower().equals("of")
                && tokens.get(k - 1).lower().equals("lines")
                && tokens.get(k - 3).lower().equals("along");
    }

    /** Verbs that set up speech nobody gave: "Imagine a customer asking: “…”". */
    private static final Set<String> IMAGINING = Set.of("imagine", "imagined", "imagining");

    /** Words someone says to themselves ("tell yourself “no”", "telling myself, “…”"), or null. */
    private static String toOneself(Passage passage, QuotedRegion region) {
        Token before = before(passage, region, 1);
        if (before != null && (before.is(',') || before.is(':'))) {
            before = before(passage, region, 2);
        }
        return before != null && REFLEXIVES.contains(before.lower())
                ? "is said to “" + before.text() + "”"
                : null;
    }

    /**
     * Quoted words that make a sentence by themselves: they open the sentence with a capital and
     * end with its stop, “It just connected.”, rather than closing someone else's sentence.
     */
    private static boolean standsAsSentence(
            Passage passage, QuotedRegion region, List<Token> content) {
        Token first =
                content.stream().filter(t -> t.type() != Token.Type.PUNCT).findFirst().orElse(null);
        if (first == null || !first.capitalized() || !endsSentence(content)) {
            return false;
        }
        Token before = before(passage, region, 1);
        return before == null
                || passage.sentenceAt(before.start()) != passage.sentenceAt(region.open())
                || before.is(':')
                || before.is(',');
    }

    /**
     * Whether the quotation is all its paragraph holds, but for punctuation after it, and the
     * paragraph before does not end on what it is ("Just what is this priceless slogan?").
     */
    private boolean fillsParagraph(Passage passage, QuotedRegion region) {
        if (!region.closed() || before(passage, region, 1) != null) {
            return false;
        }
        List<Token> tokens = passage.tokens();
        for (int k = passage.tokenAtOrAfter(region.open()) - 1; k >= 0; k--) {
            if (tokens.get(k).type() == Token.Type.WORD) {
                String word = tokens.get(k).lower();
                if (lexicon.formulas().contains(word) || lexicon.displays().contains(word)) {
                    return false;
                }
                break;
            }
        }
        int index = passage.tokenAtOrAfter(region.close() + 1);
        while (index >= 0
                && index < tokens.size()
                && tokens.get(index).type() == Token.Type.PUNCT
                && passage.blockOf(passage.sentenceAt(tokens.get(index).start()))
                        == region.block()) {
            index++;
        }
        return index < 0
                || index >= tokens.size()
                || passage.blockOf(passage.sentenceAt(tokens.get(index).start())) != region.block();
    }

    private static boolean asks(List<Token> content) {
        Token last = content.getLast();
        return last.is('?') || last.is('!');
    }

    /** Words that open an exclamation: "Oh, God," is blurted out, not a title. */
    private static final Set<String> INTERJECTIONS =
            Set.of(
                    "oh", "ah", "aw", "wow", "hey", "yes", "no", "well", "ok", "okay", "please",
                    "sorry", "thanks", "gosh", "jeez", "hello", "hi", "goodbye", "bye");

    /** Whether the words open with an interjection and a comma or exclamation: "Oh, God,". */
    private static boolean interjects(List<Token> content) {
        return content.size() > 1
                && INTERJECTIONS.contains(content.getFirst().lower())
                && (content.get(1).is(',') || content.get(1).is('!'));
    }

    /** The key under which a title is remembered: its words, lower case. */
    static String key(Passage passage, QuotedRegion region) {
        StringBuilder key = new StringBuilder();
        for (Token token : content(passage, region)) {
            if (token.type() != Token.Type.PUNCT) {
                key.append(token.lower()).append(' ');
            }
        }
        return key.toString().strip();
    }

    /**
     * Whether a naming verb and a determiner stand before the title word before the region: "called
     * the bill “a giveaway”" is a verdict on the bill, not its title.
     */
    private boolean verdictOn(Passage passage, QuotedRegion region) {
        Token determiner = before(passage, region, 2);
        Token verb = before(passage, region, 3);
        if (determiner == null
                || verb == null
                || !DETERMINERS.contains(determiner.lower())
                        && !PhraseReader.possessive(determiner)) {
            // "called the play “…”", and "called Suh's play “ridiculous”"
            return false;
        }
        Cue cue = lexicon.cue(verb);
        return cue != null && cue.can(Cue.Use.NAMING);
    }

    /**
     * "told NBC’s “Meet the Press” that …", "on CBS's “Face the Nation”": words in title case right
     * after an outlet's possessive name are its programme, column or section, not words spoken.
     * Null otherwise.
     */
    private String outletsWork(Passage passage, QuotedRegion region, List<Token> content) {
        Token owner = before(passage, region, 1);
        if (owner == null
                || !PhraseReader.possessive(owner)
                || content.isEmpty()
                || content.size() < 2 && !content.getFirst().capitalized()
                || !titleCase(content)
                || asks(content)) {
            // "told NBC’s “Meet the Press.”": the stop American style puts inside the marks;
            // one word is a title too when capitalised ("visited NBC’s “Today”")
            return null;
        }
        int n = owner.capitalized() ? 1 : BROADCASTERS.contains(owner.bare()) ? 2 : 0;
        String name = "";
        for (int k = n; k > 0 && k <= n + 1; k++) {
            // "NBC’s", "Fox News’s", and past "channel’s" in "Fox News channel’s"
            Token word = before(passage, region, k);
            if (word == null || !word.capitalized()) {
                break;
            }
            name = (word.text() + " " + name).strip();
            String outlet = lexicon.names().knownOutlet(name);
            if (outlet != null) {
                return "is a programme or work of " + outlet;
            }
        }
        return null;
    }

    /** Nouns for a broadcaster after its name: "Fox News channel’s “…”". */
    private static final Set<String> BROADCASTERS = Set.of("channel", "network", "station");

    /** Whether {@code token} is a name or noun with a possessive ending: "Suh's". */
    private boolean isNaming(String cue) {
        Cue verb = lexicon.cue(cue);
        return verb != null && (verb.can(Cue.Use.NAMING) || verb.lemma().equals("say"));
    }

    /** How many words, not punctuation, stand between the marks. */
    private static long wordCount(Passage passage, QuotedRegion region) {
        return content(passage, region).stream().filter(t -> t.type() != Token.Type.PUNCT).count();
    }

    static List<Token> content(Passage passage, QuotedRegion region) {
        int from = passage.tokenAtOrAfter(region.content().start());
        int to = passage.tokenAtOrAfter(region.content().end());
        return passage.tokens().subList(from, to);
    }

    private static boolean endsSentence(List<Token> content) {
        Token last = content.getLast();
        return last.is('.')
                || last.is('!')
                || last.is('?')
                || last.is('…')
                || last.is(',') && content.size() > 3;
    }

    /** Whether every word but small ones starts with a capital letter. */
    private static boolean titleCase(List<Token> content) {
        boolean any = false;
        for (int i = 0; i < content.size(); i++) {
            Token token = content.get(i);
            if (token.type() == Token.Type.PUNCT) {
                continue;
            }
            if (token.type() == Token.Type.NUMBER) {
                any = true;
                continue;
            }
            String lower = token.lower();
            if (!token.capitalized() && !(i > 0 && SMALL_WORDS.contains(lower))) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** How many words a term after its owner's name may run. */
    private static final int OWNED_TERM_WORDS = 5;

    /**
     * Whether the marks follow a possessive, right away or after "new" or a hyphened word before
     * the noun: "the takeover panel’s “put up or shut up”", "the company’s much-advertised “Harlow
     * family”"; not "the government's door “remains wide open”".
     */
    private boolean ownedTerm(Passage passage, QuotedRegion region) {
        Token one = before(passage, region, 1);
        if (one == null) {
            return false;
        }
        if (PhraseReader.possessive(one)) {
            return true;
        }
        Token two = before(passage, region, 2);
        return two != null
                && PhraseReader.possessive(two)
                && one.type() == Token.Type.WORD
                && !one.capitalized()
                && (one.text().indexOf('-') > 0 || one.lower().equals("new"));
    }

    /** How many words an epithet set between commas after a name may run. */
    private static final int EPITHET_WORDS = 6;

    /**
     * Whether the words are "the …," set between commas right after a name and before a verb in
     * lower case: "Lorenz, “the father of chaos,” started".
     */
    private static boolean epithet(Passage passage, QuotedRegion region, List<Token> content) {
        Token comma = before(passage, region, 1);
        Token name = before(passage, region, 2);
        Token verb = after(passage, region, 1);
        return content.size() > 2
                && content.size() <= EPITHET_WORDS + 1
                && content.getFirst().text().equals("the")
                && content.getLast().is(',')
                && comma != null
                && comma.is(',')
                && name != null
                && name.capitalized()
                && name.type() == Token.Type.WORD
                && verb != null
                && verb.type() == Token.Type.WORD
                && !verb.capitalized();
    }

    /** How many words a name after "the" in marks may run: "the Filing Cabinet". */
    private static final int THE_NAME_WORDS = 4;

    /** Words between "the" and a name that liken someone to its bearer: "the new Tina Fey". */
    private static final Set<String> LIKENING = Set.of("new", "next", "real", "modern");

    /** Whether the words are "the new", "the next" or the like and then a name. */
    private static boolean likenedTo(List<Token> content) {
        return content.size() > 2
                && content.getFirst().text().equals("the")
                && LIKENING.contains(content.get(1).text())
                && content.get(2).capitalized()
                && titleCase(content.subList(2, content.size()));
    }

    /**
     * Whether the words are a name in title case after "the": "locals called “the Filing
     * Cabinet,”", "called her ‘the Weed Woman’".
     */
    private static boolean titleCaseAfterThe(List<Token> content) {
        return content.size() > 1
                && content.getFirst().text().equals("the")
                && content.get(1).capitalized()
                && titleCase(content.subList(1, content.size()));
    }

    /** Whether "see" right after an opening bracket stands before {@code region}: "(see ‘…’)". */
    private static boolean crossReference(Passage passage, QuotedRegion region) {
        Token see = before(passage, region, 1);
        Token bracket = before(passage, region, 2);
        return see != null
                && bracket != null
                && see.text().equals("see")
                && (bracket.is('(') || bracket.is('['));
    }

    /** The {@code n}-th token before the opening mark in the same block, or null. */
    private static Token before(Passage passage, QuotedRegion region, int n) {
        int index = passage.tokenAtOrAfter(region.open()) - n;
        if (index < 0) {
            return null;
        }
        Token token = passage.tokens().get(index);
        int sentence = passage.sentenceAt(token.start());
        return passage.blockOf(sentence) == region.block() ? token : null;
    }

    /** The first token after the closing mark in the same sentence, or null. */
    private static Token after(Passage passage, QuotedRegion region) {
        return after(passage, region, 1);
    }

    /** The {@code n}th token after the closing mark, in the same sentence, or null. */
    private static Token after(Passage passage, QuotedRegion region, int n) {
        if (!region.closed()) {
            return null;
        }
        int index = passage.tokenAtOrAfter(region.close() + 1) + n - 1;
        if (index >= passage.tokens().size()) {
            return null;
        }
        Token token = passage.tokens().get(index);
        return passage.sentenceAt(token.start()) == passage.sentenceAt(region.close())
                ? token
                : null;
    }
}
