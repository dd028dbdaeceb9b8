package io.storytrace.mention;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Given names common in English-language news with the gender each usually marks, read from {@code
 * given-names.tsv}. A name used for both ("Alex", "Jordan") is known as a given name but marks no
 * gender. Names not listed are unknown, which is most of the world's names: a missing entry never
 * says that a word is not a name.
 */
public final class GivenNames {

    private static final GivenNames STANDARD =
            read(WordTable.load(GivenNames.class, "given-names.tsv"));

    private final Map<String, Gender> genders;

    private GivenNames(Map<String, Gender> genders) {
        this.genders = Map.copyOf(genders);
    }

    /** The list shipped with Storytrace. */
    public static GivenNames standard() {
        return STANDARD;
    }

    private static GivenNames read(WordTable table) {
        Map<String, Gender> genders = new HashMap<>();
        table.words("male").forEach(name -> genders.put(name, Gender.MALE));
        table.words("female").forEach(name -> genders.put(name, Gender.FEMALE));
        table.words("either").forEach(name -> genders.put(name, Gender.UNKNOWN));
        return new GivenNames(genders);
    }

    /**
     * Whether {@code word} is a listed given name, in any case, or joins listed names with a hyphen
     * ("Kelly-Ann", "Jean-Pierre").
     */
    public boolean contains(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (genders.containsKey(lower)) {
            return true;
        }
        String[] parts = lower.split("-");
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            if (!genders.containsKey(part)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The gender {@code word} marks as a given name; unknown when unlisted or used for both. A
     * hyphenated name of listed parts marks the gender its parts agree on: "Kelly-Ann" a woman,
     * "Jean-Pierre" a man ("Jean" marks none).
     */
    public Gender genderOf(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        Gender listed = genders.get(lower);
        if (listed != null || lower.indexOf('-') < 0 || !contains(lower)) {
            return listed != null ? listed : Gender.UNKNOWN;
        }
        Gender marked = Gender.UNKNOWN;
        for (String part : lower.split("-")) {
            Gender gender = genders.get(part);
            if (gender != Gender.UNKNOWN) {
                if (marked != Gender.UNKNOWN && marked != gender) {
                    return Gender.UNKNOWN;
                }
                marked = gender;
            }
        }
        return marked;
    }
}
