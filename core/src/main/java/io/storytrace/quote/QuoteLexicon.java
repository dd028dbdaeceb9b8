package io.storytrace.quote;

import io.storytrace.mention.NameLexicon;
import io.storytrace.mention.WordTable;
import io.storytrace.text.Token;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the quote extractor knows about English: the cue verbs and outlet frames of {@code
 * cues.tsv}, the word lists of {@code words.tsv} and the name lists of {@link NameLexicon}.
 *
 * @param cues cue verbs by every written form, lower case
 * @param outletFrames the patterns that credit an outlet, strongest first
 * @param roles nouns that refer back to a person ("actor")
 * @param organisations nouns that refer back to an organisation ("company")
 * @param works nouns that announce a title or a word rather than speech ("show", "slogan")
 * @param naming words before a name or title ("called", "dubbed", "so-called")
 * @param titleFollowers nouns after a title that show it is one ("star", "season")
 * @param anonymous nouns for sources the article does not name ("insider", "spokesperson")
 * @param relays verbs for reading out or citing someone else's words ("read", "quoted")
 * @param manners adjectives for how someone spoke, which introduce their words in the next
 *     paragraph ("she was blunt.")
 * @param roleFamilies for each role noun in a family, the nouns that can name the same person
 *     ("actress": actor, star, …)
 * @param organisationKinds for a noun that refers back to an organisation, words in the names of
 *     organisations of that kind ("club": athletic, united, …)
 * @param businessNouns nouns for a business ("company", "retailer"), which no public body is
 * @param publicBodyNouns nouns for a public body ("regulator", "council"), which no business is
 * @param publicBodyWords words that end a public body's name ("Council", "Ministry")
 * @param legalForms the ends of a business's name that say it is one ("Co.", "Ltd")
 * @param legalFormNouns the nouns a name with a legal form can be referred back to by ("firm")
 * @param displays things that carry words no one is said to have spoken ("banner", "placard")
 * @param formulas nouns for words that are a formula, not an utterance ("slogan", "motto")
 * @param speakingThings things that speak for themselves in a cue's subject ("voice", "song")
 * @param demonyms for an adjective of nationality, the nouns its people are called by ("Irish":
 *     irishman, irishwoman)
 * @param names the name lists
 */
public record QuoteLexicon(
        Map<String, Cue> cues,
        List<OutletFrame> outletFrames,
        Set<String> roles,
        Set<String> organisations,
        Set<String> works,
        Set<String> naming,
        Set<String> titleFollowers,
        Set<String> anonymous,
        Set<String> relays,
        Set<String> manners,
        Map<String, Set<String>> roleFamilies,
        Map<String, Set<String>> organisationKinds,
        Set<String> businessNouns,
        Set<String> publicBodyNouns,
        Set<String> publicBodyWords,
        Set<String> legalForms,
        Set<String> legalFormNouns,
        Set<String> displays,
        Set<String> formulas,
        Set<String> speakingThings,
        Map<String, Set<String>> demonyms,
        NameLexicon names) {

    private static final QuoteLexicon STANDARD = read();

    public QuoteLexicon {
        cues = Map.copyOf(cues);
        outletFrames = List.copyOf(outletFrames);
        roles = Set.copyOf(roles);
        organisations = Set.copyOf(organisations);
        works = Set.copyOf(works);
        naming = Set.copyOf(naming);
        titleFollowers = Set.copyOf(titleFollowers);
        anonymous = Set.copyOf(anonymous);
        relays = Set.copyOf(relays);
        manners = Set.copyOf(manners);
        roleFamilies = Map.copyOf(roleFamilies);
        organisationKinds = Map.copyOf(organisationKinds);
        businessNouns = Set.copyOf(businessNouns);
        publicBodyNouns = Set.copyOf(publicBodyNouns);
        publicBodyWords = Set.copyOf(publicBodyWords);
        legalForms = Set.copyOf(legalForms);
        legalFormNouns = Set.copyOf(legalFormNouns);
        displays = Set.copyOf(displays);
        formulas = Set.copyOf(formulas);
        speakingThings = Set.copyOf(speakingThings);
        demonyms = Map.copyOf(demonyms);
    }

    /**
     * Whether an organisation whose name has the words {@code named} (lower case) is of the kind
     * {@code noun} refers to by a word of its name: "the club" for Kingsmoor Athletic.
     */
    boolean nameOfKind(String noun, List<String> named) {
        Set<String> kind = organisationKinds.get(noun);
        return kind != null && named.stream().anyMatch(kind::contains);
    }

    /**
     * Whether someone introduced as {@code held} can be the one {@code noun} points back to: the
     * same noun, one of its families, or a noun in no family.
     */
    boolean sameRole(String noun, String held) {
        Set<String> family = roleFamilies.get(noun);
        return !partnerIn(noun, held)
                && (family == null || noun.equals(held) || family.contains(held));
    }

    /**
     * Whether {@code word}, lower case, is a role or a title written before a name: the words of an
     * office ("Federal Minister", "Deputy Commissioner").
     */
    boolean officeWord(String word) {
        return roles.contains(word) || names.honorifics().contains(word);
    }

    /** Whether {@code noun} belongs to a family of roles: "striker" does, "contestant" not. */
    boolean inFamily(String noun) {
        return roleFamilies.containsKey(noun);
    }

    /** Whether {@code noun} and {@code other} are the same noun or share a family. */
    boolean strictlySameRole(String noun, String other) {
        Set<String> family = roleFamilies.get(noun);
        return !partnerIn(noun, other)
                && (noun.equals(other) || family != null && family.contains(other));
    }

    /**
     * Whether {@code held} names a partner in the role {@code noun}, not one who holds it: the
     * story's "star" is not the "co-star" beside her, the "host" not the "co-host".
     */
    private static boolean partnerIn(String noun, String held) {
        return held.equals("co-" + noun) || held.equals("co" + noun);
    }

    /** The lexicon shipped with Storytrace. */
    public static QuoteLexicon standard() {
        return STANDARD;
    }

    /**
     * Whether {@code word} (lower case) names a kind of person: a role ("actor") or someone a story
     * meets without naming ("insider", "patient").
     */
    boolean personNoun(String word) {
        return roles.contains(word) || anonymous.contains(word);
    }

    /** Whether {@code word} is a verb that attributes direct speech ("said", "discussed"). */
    public boolean isSpeechCue(String word) {
        Cue cue = cue(word);
        return cue != null && cue.can(Cue.Use.SPEECH);
    }

    /** The cue verb {@code token} is, or null. */
    Cue cue(io.storytrace.text.Token token) {
        return cues.get(token.lower());
    }

    /** The cue verb written as {@code word}, or null. */
    Cue cue(String word) {
        return cues.get(word.toLowerCase(Locale.ROOT));
    }

    private static Map<String, Set<String>> families(List<String> lines) {
        Map<String, Set<String>> families = new HashMap<>();
        for (String line : lines) {
            List<String> family = List.of(line.strip().split(" "));
            for (String noun : family) {
                families.computeIfAbsent(noun, k -> new java.util.HashSet<>()).addAll(family);
            }
        }
        families.replaceAll((noun, family) -> Set.copyOf(family));
        return families;
    }

    /** "club athletic united …" lines as the noun and the name words of its kind. */
    private static Map<String, Set<String>> kinds(List<String> lines) {
        Map<String, Set<String>> kinds = new HashMap<>();
        for (String line : lines) {
            List<String> words = List.of(line.strip().split(" "));
            kinds.computeIfAbsent(words.getFirst(), k -> new java.util.HashSet<>())
                    .addAll(words.subList(1, words.size()));
        }
        kinds.replaceAll((noun, words) -> Set.copyOf(words));
        return kinds;
    }

    private static QuoteLexicon read() {
        WordTable table = WordTable.load(QuoteLexicon.class, "cues.tsv");
        Map<String, Cue> cues = new HashMap<>();
        for (String line : table.lines("verb")) {
            String[] fields = line.split("\t");
            if (fields.length != 3) {
                throw new IllegalStateException(
                        "cues.tsv: a verb needs forms, confidence, uses: " + line);
            }
            String[] forms = fields[0].split(" ");
            Set<Cue.Use> uses = EnumSet.noneOf(Cue.Use.class);
            for (String use : fields[2].split(" ")) {
                uses.add(Cue.Use.valueOf(use.toUpperCase(Locale.ROOT)));
            }
            Cue cue = new Cue(forms[0], Double.parseDouble(fields[1]), uses);
            for (String form : forms) {
                cues.put(form, cue);
            }
        }
        List<OutletFrame> frames = new ArrayList<>();
        for (String line : table.lines("outlet")) {
            String[] fields = line.split("\t");
            frames.add(OutletFrame.parse(fields[0], Double.parseDouble(fields[1])));
        }
        frames.sort((a, b) -> Double.compare(b.confidence(), a.confidence()));
        WordTable words = WordTable.load(QuoteLexicon.class, "words.tsv");
        return new QuoteLexicon(
                cues,
                frames,
                NameLexicon.standard().roles(),
                organisationNouns(),
                words.words("work"),
                words.words("naming"),
                words.words("title-follower"),
                words.words("anonymous"),
                words.words("relay"),
                words.words("manner"),
                families(words.lines("role-family")),
                kinds(words.lines("organisation-kind")),
                words.words("business-noun"),
                words.words("public-body-noun"),
                words.words("public-body-word"),
                words.words("legal-form"),
                words.words("legal-form-noun"),
                words.words("display"),
                words.words("formula"),
                words.words("speaking-thing"),
                kinds(words.lines("demonym")),
                NameLexicon.standard());
    }

    /** Nouns a speaker phrase may end in for an organisation: "the company", "the county". */
    private static Set<String> organisationNouns() {
        Set<String> nouns = new java.util.HashSet<>(NameLexicon.standard().organisationRoles());
        nouns.addAll(NameLexicon.standard().ownOrganisationRoles());
        return nouns;
    }

    /**
     * Whether the cue verb's form at {@code c} is a noun, the subject of a "be" or "have" right
     * after it: "U.S. demand was", "the claim is", "his reply had".
     */
    static boolean nounBeforeVerb(List<Token> tokens, int c) {
        return c + 1 < tokens.size()
                && NOUN_CUES.contains(tokens.get(c).lower())
                && AUXILIARIES.contains(tokens.get(c + 1).lower());
    }

    /**
     * Whether the cue form at token {@code c} is a noun a phrase in capitals owns after an article:
     * "the final Senate text “bears little resemblance”", "the White House reply". A singular name
     * takes no bare verb, so the form names a thing.
     */
    static boolean nounAfterName(List<Token> tokens, int c, int from) {
        if (c - 2 < from
                || !NOUN_CUES.contains(tokens.get(c).lower())
                || tokens.get(c).lower().endsWith("s")
                || !tokens.get(c - 1).capitalized()
                || tokens.get(c - 1).lower().endsWith("s")) {
            return false;
        }
        for (int k = c - 2; k >= from && c - k <= NAME_OWNER_WORDS; k--) {
            if (PhraseReader.ARTICLES.contains(tokens.get(k).lower())) {
                return true;
            }
            if (tokens.get(k).type() != Token.Type.WORD) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the cue form at token {@code c} is a singular noun after "a" and its modifiers: "A
     * spokesperson for Teague-Whitman struck a cooler note." A bare verb takes no singular subject,
     * so "a cooler" is no one speaking.
     */
    static boolean nounAfterIndefinite(List<Token> tokens, int c, int from) {
        if (c - 2 < from
                || !NOUN_CUES.contains(tokens.get(c).lower())
                || !BARE.matcher(tokens.get(c).lower()).matches()) {
            return false;
        }
        for (int k = c - 1; k >= from && c - k <= INDEFINITE_MODIFIERS + 1; k--) {
            Token token = tokens.get(k);
            if (token.lower().equals("a") || token.lower().equals("an")) {
                return k < c - 1;
            }
            if (token.type() != Token.Type.WORD
                    || token.capitalized()
                    || token.lower().endsWith("s")) {
                return false;
            }
        }
        return false;
    }

    /** A form that may be a bare verb: not "notes", "noted" or "warning". */
    private static final java.util.regex.Pattern BARE =
            java.util.regex.Pattern.compile(".*(?<!s|ed|ing)");

    /** How many lower-case modifiers may stand between "a" and a noun cue form: "a cooler". */
    private static final int INDEFINITE_MODIFIERS = 2;

    /** How many words may stand between an article and the noun cue form it goes with. */
    private static final int NAME_OWNER_WORDS = 4;

    /** Cue verbs' forms that are also nouns. */
    private static final Set<String> NOUN_CUES =
            Set.of(
                    "demand",
                    "demands",
                    "claim",
                    "claims",
                    "reply",
                    "replies",
                    "answer",
                    "answers",
                    "comment",
                    "comments",
                    "note",
                    "notes",
                    "post",
                    "posts",
                    "tweet",
                    "tweets",
                    "report",
                    "reports",
                    "promise",
                    "promises",
                    "pledge",
                    "pledges",
                    "vow",
                    "vows",
                    "boast",
                    "boasts",
                    "remark",
                    "remarks",
                    "retort",
                    "warning",
                    "warnings",
                    "text",
                    "statement");

    /** Forms of "be" and "have" that a noun subject takes. */
    static final Set<String> AUXILIARIES =
            Set.of("was", "is", "were", "are", "has", "had", "have", "remains");
}
