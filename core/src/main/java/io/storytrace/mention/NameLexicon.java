package io.storytrace.mention;

import io.storytrace.text.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists that shape names, read from {@code names.tsv}: courtesy titles, words that mark
 * outlets, organisations and places, capitalised words that are not names, and outlets known by
 * name.
 *
 * @param honorifics titles written before a name ("mr", "president"), lower case
 * @param outletWords words that make a name an outlet ("times", "gazette"), lower case
 * @param organisationWords words that make a name an organisation ("inc", "council"), lower case
 * @param placeWords words that make a name a place ("street", "river"), lower case
 * @param notNames capitalised words that are not names ("the", "monday"), lower case
 * @param capitalsNotNames abbreviations that are no names when written in capitals ("AI tools"),
 *     though the same letters may be one otherwise ("Ai Weiwei"), lower case
 * @param occasions days and seasons the calendar names, no person however capitalised, lower case
 *     with possessive endings dropped ("christmas eve", "new year eve")
 * @param outlets known outlets by lower-case name without a leading "the", to their written form
 * @param outletsAfterThe words that name an outlet only after "the" ("The Sun", while "Sun" alone
 *     may be a surname), lower case
 * @param groupWords plural nouns for groups of people ("democrats"), lower case
 * @param places names of well-known places ("south dakota", "china"), lower case
 * @param roles nouns for people by what they do ("actor", "minister"), lower case
 * @param organisationRoles nouns for organisations ("company", "airport"), lower case
 * @param ownOrganisationRoles nouns that refer back only to an organisation whose name holds them
 *     ("the society", "the county"); apart from {@code organisationRoles} because before a name
 *     they are mostly a modifier ("a state Trump won", "county Commissioner Ruiz"), lower case
 * @param maleWords titles and nouns that mark a man ("mr", "spokesman"), lower case
 * @param femaleWords titles and nouns that mark a woman ("ms", "actress"), lower case
 * @param portfolios what a minister or secretary is in charge of ("agriculture", "affairs"), lower
 *     case
 * @param firmWords words that end a firm's name after its own ("energy" in "Brightwater Energy"),
 *     lower case
 * @param institutions seats of power that speak for a government or an institution ("white house",
 *     "kremlin"), lower case
 * @param kinNouns nouns for family and friends, before the given name they know someone by ("my
 *     brother, Daniel,"), lower case
 * @param givenNames given names with the gender they usually mark
 */
public record NameLexicon(
        Set<String> honorifics,
        Set<String> outletWords,
        Set<String> organisationWords,
        Set<String> placeWords,
        Set<String> notNames,
        Set<String> capitalsNotNames,
        Set<String> occasions,
        Map<String, String> outlets,
        Set<String> outletsAfterThe,
        Set<String> groupWords,
        Set<String> places,
        Set<String> roles,
        Set<String> organisationRoles,
        Set<String> ownOrganisationRoles,
        Set<String> maleWords,
        Set<String> femaleWords,
        Set<String> portfolios,
        Set<String> workNouns,
        Set<String> firmWords,
        Set<String> institutions,
        Set<String> kinNouns,
        GivenNames givenNames) {

    private static final NameLexicon STANDARD =
            read(WordTable.load(NameLexicon.class, "names.tsv"));

    public NameLexicon {
        honorifics = Set.copyOf(honorifics);
        outletWords = Set.copyOf(outletWords);
        organisationWords = Set.copyOf(organisationWords);
        placeWords = Set.copyOf(placeWords);
        notNames = Set.copyOf(notNames);
        capitalsNotNames = Set.copyOf(capitalsNotNames);
        occasions = Set.copyOf(occasions);
        outlets = Map.copyOf(outlets);
        outletsAfterThe = Set.copyOf(outletsAfterThe);
        groupWords = Set.copyOf(groupWords);
        places = Set.copyOf(places);
        roles = Set.copyOf(roles);
        organisationRoles = Set.copyOf(organisationRoles);
        ownOrganisationRoles = Set.copyOf(ownOrganisationRoles);
        maleWords = Set.copyOf(maleWords);
        femaleWords = Set.copyOf(femaleWords);
        portfolios = Set.copyOf(portfolios);
        workNouns = Set.copyOf(workNouns);
        firmWords = Set.copyOf(firmWords);
        institutions = Set.copyOf(institutions);
        kinNouns = Set.copyOf(kinNouns);
        java.util.Objects.requireNonNull(givenNames, "givenNames");
    }

    /** The lists shipped with Storytrace. */
    public static NameLexicon standard() {
        return STANDARD;
    }

    private static NameLexicon read(WordTable table) {
        Map<String, String> outlets = new HashMap<>();
        for (String outlet : table.lines("outlet")) {
            outlets.put(key(outlet), outlet);
        }
        Set<String> places = new java.util.HashSet<>();
        for (String line : table.lines("place")) {
            for (String place : line.contains("|") ? line.split("\\|") : line.split("\\s+")) {
                places.add(place.strip().toLowerCase(Locale.ROOT));
            }
        }
        Set<String> occasions = new java.util.HashSet<>();
        for (String line : table.lines("occasion")) {
            for (String name : line.split("\\|")) {
                occasions.add(occasionKey(List.of(name.strip().split("\\s+"))));
            }
        }
        Set<String> institutions = new java.util.HashSet<>();
        for (String line : table.lines("institution")) {
            for (String name : line.split("\\|")) {
                institutions.add(name.strip().toLowerCase(Locale.ROOT));
            }
        }
        return new NameLexicon(
                table.words("honorific"),
                table.words("outlet-word"),
                table.words("organisation-word"),
                table.words("place-word"),
                table.words("not-name"),
                table.words("capitals-not-name"),
                occasions,
                outlets,
                table.words("outlet-after-the"),
                table.words("group-word"),
                places,
                roles(table),
                table.words("organisation-role"),
                table.words("own-organisation-role"),
                table.words("male-word"),
                table.words("female-word"),
                table.words("portfolio"),
                table.words("work-noun"),
                table.words("firm-word"),
                institutions,
                table.words("kin"),
                GivenNames.standard());
    }

    /** Role nouns, with each parent also as "the mum-of-two", "the father-of-three". */
    private static Set<String> roles(WordTable table) {
        Set<String> roles = new java.util.HashSet<>(table.words("role"));
        List<String> counts =
                List.of(
                        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                        "ten", "eleven", "twelve");
        for (String parent : table.words("parent")) {
            roles.add(parent);
            for (String count : counts) {
                roles.add(parent + OF + count);
            }
        }
        return roles;
    }

    private static final String OF = "-of-";

    private static final String TO_BE = "-to-be";

    /**
     * The gender a title or noun marks ("mrs", "actress", "mum-of-two", "bride-to-be"), or unknown.
     */
    public Gender genderOfWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        int of = lower.indexOf(OF);
        if (of > 0) {
            lower = lower.substring(0, of);
        }
        if (lower.endsWith(TO_BE)) {
            lower = lower.substring(0, lower.length() - TO_BE.length());
        }
        if (maleWords.contains(lower)) {
            return Gender.MALE;
        }
        return femaleWords.contains(lower) ? Gender.FEMALE : Gender.UNKNOWN;
    }

    /** The known outlet named {@code name} ("the BBC", "Variety"), in its written form, or null. */
    public String knownOutlet(String name) {
        return outlets.get(key(name));
    }

    /** Whether a name made of {@code words} reads as an outlet. */
    public boolean looksLikeOutlet(List<String> words) {
        if (words.isEmpty()) {
            return false;
        }
        if (knownOutlet(String.join(" ", words)) != null) {
            return true;
        }
        if (words.size() == 2
                && BARE_CALL_SIGN.matcher(words.getFirst()).matches()
                && words.getLast().matches("\\d{1,2}")) {
            // "KARE 11", "WPXI 11": a station's call sign and its channel
            return true;
        }
        for (String word : words) {
            if (outletWords.contains(word.toLowerCase(Locale.ROOT)) || callSign(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code word} is a word that makes a name an outlet, written alone and in capitals,
     * and no outlet known by it: "TV" in "a campaign TV ad" (not "Citizen TV", not "The Times").
     */
    public boolean outletWordAlone(String word) {
        return word.length() > 1
                && word.equals(word.toUpperCase(Locale.ROOT))
                && outletWords.contains(word.toLowerCase(Locale.ROOT))
                && knownOutlet(word) == null;
    }

    /**
     * Whether {@code words} name an outlet by their last word or as a known outlet: "Kestrel News",
     * "the BBC", "WKVL-TV"; not "Network Rail", whose outlet word comes first.
     */
    public boolean endsLikeOutlet(List<String> words) {
        if (words.isEmpty()) {
            return false;
        }
        String last = words.getLast();
        return knownOutlet(String.join(" ", words)) != null
                || outletWords.contains(last.toLowerCase(Locale.ROOT))
                || callSign(last);
    }

    /** A broadcaster's call sign on its own, before its channel number: "KARE" in "KARE 11". */
    private static final java.util.regex.Pattern BARE_CALL_SIGN =
            java.util.regex.Pattern.compile("[KW][A-Z]{3}");

    /** A broadcaster's call sign with its band: "WKVL-TV", "KQED-FM". */
    private static final java.util.regex.Pattern CALL_SIGN =
            java.util.regex.Pattern.compile("[KWC][A-Z]{2,3}-(?:TV|FM|AM|DT)");

    private static boolean callSign(String word) {
        return word.length() >= 6
                && word.length() <= 7
                && word.charAt(word.length() - 3) == '-'
                && CALL_SIGN.matcher(word).matches();
    }

    /**
     * Letters written after a name for an honour, office or degree: "Ana Hale KC", "Tom Bell MP".
     */
    public static final Set<String> POST_NOMINALS =
            Set.of(
                    "KC", "QC", "SC", "MP", "MEP", "MSP", "TD", "MLA", "MBE", "OBE", "CBE", "PhD",
                    "MD", "Esq");

    /**
     * Whether {@code text} is an office or a name written in two to {@code most} capital letters:
     * "PM", "SSP".
     */
    public static boolean initials(String text, int most) {
        return text.length() >= 2
                && text.length() <= most
                && text.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    /**
     * Titles written short with a stop before a name ("Sen. Priya Venkataraman", "Atty. Jose
     * Villacorta"), in lower case, by the noun that later points back to the person.
     */
    public static final Map<String, String> SHORT_TITLES =
            Map.ofEntries(
                    Map.entry("sen", "senator"),
                    Map.entry("rep", "representative"),
                    Map.entry("gov", "governor"),
                    Map.entry("gen", "general"),
                    Map.entry("maj", "major"),
                    Map.entry("col", "colonel"),
                    Map.entry("brig", "brigadier"),
                    Map.entry("adm", "admiral"),
                    Map.entry("cdr", "commander"),
                    Map.entry("lt", "lieutenant"),
                    Map.entry("lieut", "lieutenant"),
                    Map.entry("sgt", "sergeant"),
                    Map.entry("det", "detective"),
                    Map.entry("insp", "inspector"),
                    Map.entry("prof", "professor"),
                    Map.entry("supt", "superintendent"),
                    Map.entry("atty", "attorney"),
                    Map.entry("capt", "captain"),
                    Map.entry("cmdr", "commander"),
                    Map.entry("const", "constable"),
                    Map.entry("cst", "constable"),
                    Map.entry("cpl", "corporal"),
                    Map.entry("hon", "honourable"));

    /** The hyphens that join two short titles into one rank: "Lt.-Cmdr.". */
    private static final Set<String> TITLE_HYPHENS = Set.of("-", "‐", "–");

    /** Whether {@code token} is a courtesy title or a short one: "Mrs", "Hon", "Sen", "Dr". */
    public boolean courtesyTitle(Token token) {
        return honorifics.contains(token.lower()) || SHORT_TITLES.containsKey(token.bare());
    }

    /**
     * Whether token {@code k} is the hyphen of a rank of two short titles, "Lt.-Cmdr.",
     * "Maj.-Gen.": a stop before it and a short title after it.
     */
    public static boolean titleHyphen(List<Token> tokens, int k) {
        return k > 0
                && k + 1 < tokens.size()
                && TITLE_HYPHENS.contains(tokens.get(k).text())
                && tokens.get(k - 1).is('.')
                && SHORT_TITLES.containsKey(tokens.get(k + 1).lower());
    }

    /** Words before a place that name part of it: South London, Greater Manchester. */
    private static final Set<String> COMPASS =
            Set.of(
                    "north",
                    "south",
                    "east",
                    "west",
                    "northern",
                    "southern",
                    "eastern",
                    "western",
                    "central",
                    "greater",
                    "upper",
                    "lower",
                    "inner",
                    "outer");

    /**
     * Whether {@code words} name part of a place: a compass word before a well-known place ("South
     * London", "Greater Manchester") or before one other name ("South Memphis", "North Shore") that
     * is no word of an organisation's name ("Southern Water", "Northern Rail"), unless the whole is
     * a well-known place of its own ("South Korea", "North Korea").
     */
    public boolean isRegion(List<String> words) {
        return words.size() > 1
                && COMPASS.contains(words.getFirst().toLowerCase(Locale.ROOT))
                && !places.contains(String.join(" ", words).toLowerCase(Locale.ROOT))
                && (words.size() == 2
                                && !organisationWords.contains(
                                        words.getLast().toLowerCase(Locale.ROOT))
                                && !firmWords.contains(words.getLast().toLowerCase(Locale.ROOT))
                        || places.contains(
                                String.join(" ", words.subList(1, words.size()))
                                        .toLowerCase(Locale.ROOT)));
    }

    /** Whether {@code words} name a seat of power that speaks as an institution ("Kremlin"). */
    public boolean isInstitution(List<String> words) {
        return institutions.contains(String.join(" ", words).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether {@code word}, as written, is a capitalised word that names no one: "The", "Monday",
     * and "AI" in capitals, but not "Ai" in "Ai Weiwei".
     */
    public boolean notName(String word) {
        String lower = bare(word.toLowerCase(Locale.ROOT));
        return notNames.contains(lower)
                || capitalsNotNames.contains(lower)
                        && bare(word).equals(bare(word).toUpperCase(Locale.ROOT));
    }

    /** {@code word} without a possessive ending: "Labour’s" to "Labour". */
    private static String bare(String word) {
        return word.length() > 2 && (word.endsWith("’s") || word.endsWith("'s"))
                ? word.substring(0, word.length() - 2)
                : word;
    }

    /**
     * Whether {@code words} name a day or season of the calendar ("Christmas Eve", "New Year’s
     * Day", "Ramadan"): no person, though written in capitals and read like a name.
     */
    public boolean isOccasion(List<String> words) {
        return occasions.contains(occasionKey(words));
    }

    /**
     * {@code words} in lower case, possessive endings and full stops dropped, joined by spaces:
     * "New Year’s Eve" and "New Year's Eve" both "new year eve", "St. Patrick's Day" "st patrick
     * day".
     */
    private static String occasionKey(List<String> words) {
        StringBuilder key = new StringBuilder();
        for (String word : words) {
            String bare = bare(word.toLowerCase(Locale.ROOT)).replace(".", "");
            if (bare.isEmpty()) {
                continue;
            }
            if (!key.isEmpty()) {
                key.append(' ');
            }
            key.append(bare);
        }
        return key.toString();
    }

    /** Whether {@code words} name a well-known place or end with a word for a group of people. */
    public boolean isPlaceOrGroup(List<String> words) {
        String name = String.join(" ", words).toLowerCase(Locale.ROOT);
        return places.contains(name)
                || groupWords.contains(words.getLast().toLowerCase(Locale.ROOT));
    }

    /** Plural nouns for people that are no role or group word of their own. */
    private static final Set<String> PEOPLE = Set.of("women", "men", "people", "families");

    /**
     * Whether {@code word}, in lower case, names people in the plural ("doctors", "americans",
     * "families"): the head of a campaign's name, "Doctors for Camp Closure".
     */
    public boolean peoplePlural(String word) {
        return PEOPLE.contains(word)
                || groupWords.contains(word)
                || word.length() > 4
                        && word.endsWith("s")
                        && roles.contains(word.substring(0, word.length() - 1));
    }

    /** Lower case, without a leading "the" and trailing possessive, for looking names up. */
    static String key(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        if (key.startsWith("the ")) {
            key = key.substring(4);
        }
        if (key.endsWith("’s") || key.endsWith("'s")) {
            key = key.substring(0, key.length() - 2);
        }
        return key;
    }
}
