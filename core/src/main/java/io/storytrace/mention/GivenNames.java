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

    /** Whether {@code word} is a listed given name, in any case. */
    public boolean contains(String word) {
        return genders.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** The gender {@code word} marks as a given name; unknown when unlisted or used for both. */
    public Gender genderOf(String word) {
        return genders.getOrDefault(word.toLowerCase(Locale.ROOT), Gender.UNKNOWN);
    }
}
