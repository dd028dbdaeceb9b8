package io.storytrace.mention;

import io.storytrace.text.Token;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The names found in one article, with each person's fullest form: "Connor" and "Mr. Connor" both
 * read as "Kit Connor" when the article names him so once. Lookups are indexed when the names are
 * built, so asking costs the same however many names an article has.
 */
public final class Names {

    private final List<Mention> mentions;
    private final List<String> people;
    private final java.util.Set<String> persons;
    private final Map<String, Gender> genders;
    private final Set<String> kin;
    private final Index index;

    /**
     * @param mentions people, outlets and organisations in order of their place in the text
     * @param people the fullest form of each person named, in order of first appearance
     */
    public Names(List<Mention> mentions, List<String> people) {
        this(mentions, people, Map.of());
    }

    /**
     * @param mentions people, outlets and organisations in order of their place in the text
     * @param people the fullest form of each person named, in order of first appearance
     * @param genders the gender the text gives each person, where it gives one
     */
    public Names(List<Mention> mentions, List<String> people, Map<String, Gender> genders) {
        this(mentions, people, genders, Set.of());
    }

    /**
     * @param mentions people, outlets and organisations in order of their place in the text
     * @param people the fullest form of each person named, in order of first appearance
     * @param genders the gender the text gives each person, where it gives one
     * @param kin the people introduced as someone's family ("His father, Maurice Benhamou,"), whom
     *     a surname they share with another does not stand for
     */
    public Names(
            List<Mention> mentions,
            List<String> people,
            Map<String, Gender> genders,
            Set<String> kin) {
        this.mentions = List.copyOf(mentions);
        this.people = List.copyOf(people);
        this.persons = java.util.Set.copyOf(this.people);
        this.genders = Map.copyOf(genders);
        this.kin = Set.copyOf(kin);
        this.index = new Index(this.mentions, this.people);
    }

    /** The gender the text gives {@code person} (a fullest form), or unknown. */
    public Gender gender(String person) {
        return genders.getOrDefault(person, Gender.UNKNOWN);
    }

    /** People, outlets and organisations in order of their place in the text. */
    public List<Mention> mentions() {
        return mentions;
    }

    /** The fullest form of each person named, in order of first appearance. */
    public List<String> people() {
        return people;
    }

    /** Whether {@code name} is the fullest form of a person the text names. */
    public boolean isPerson(String name) {
        return persons.contains(name);
    }

    /**
     * The fullest form of the person named {@code name} near {@code offset}: the longest name in
     * the article that ends with the same words ("Connor" → "Kit Connor") or, for a single word,
     * starts with it ("Kit" → "Kit Connor"), else has it between first name and last ("Alvarado" →
     * "Ricardo Alvarado Quispe", the paternal surname of a Spanish name). Where two people share
     * the word, one introduced as another's family gives way, then the one written last before
     * {@code offset}, if near, else the one written first (see {@link #byPlace}); a full name
     * without its middle name is the fuller one. A name met nowhere else comes back as given.
     */
    public String fullest(String name, int offset) {
        return fullest(name, offset, false);
    }

    /**
     * The fullest form of {@code name} at {@code offset}, as {@link #fullest(String, int)}; when
     * {@code elder}, the family member of that surname the article introduced as someone's relation
     * ("the elder Bell" after "his father, Marcus Bell Sr."), where there is one.
     */
    public String fullest(String name, int offset, boolean elder) {
        List<String> words = List.of(name.strip().split("\\s+"));
        Set<String> candidates = new LinkedHashSet<>();
        for (String person : index().byLastWord.getOrDefault(lower(words.getLast()), List.of())) {
            if (endsWith(List.of(person.split(" ")), words)) {
                candidates.add(person);
            }
        }
        if (words.size() == 1
                && candidates.stream().allMatch(person -> person.equals(name.strip()))) {
            // "Cross" is Shannon Cross before Cross Research: a name standing alone is a surname
            // before it is a first word
            candidates.addAll(index().byFirstWord.getOrDefault(lower(words.getFirst()), List.of()));
        }
        if (words.size() == 1
                && candidates.stream().allMatch(person -> person.equals(name.strip()))) {
            // "Alvarado" for "Ricardo Alvarado Quispe": the first of two surnames stands alone;
            // "Mr Goh" for "Kelvin Goh Wei Ming", the surname before the given names
            candidates.addAll(
                    index().byMiddleWord.getOrDefault(lower(words.getFirst()), List.of()));
        }
        if (words.size() > 1
                && candidates.stream().allMatch(person -> person.equals(name.strip()))) {
            // "Lori Beth" for "Lori Beth Sanders": a double given name standing without the surname
            for (String person :
                    index().byAllButLastWord
                            .getOrDefault(lower(String.join(" ", words)), List.of())) {
                List<String> full = List.of(person.split(" "));
                if (full.size() == words.size() + 1
                        && startsWith(full, words)
                        && !full.getLast().contains(".")
                        && !SUFFIXES.contains(lower(full.getLast()))) {
                    candidates.add(person);
                }
            }
        }
        if (words.size() > 1) {
            // "Agnes Tremlett" for "Agnes Mary Tremlett": the middle name left out
            String fuller =
                    fullestForm(
                            name.strip(),
                            index().byLastWord.getOrDefault(lower(words.getLast()), List.of()));
            if (!fuller.equals(name.strip())) {
                return fuller;
            }
        }
        if (candidates.isEmpty()) {
            return name.strip();
        }
        if (candidates.size() > 1) {
            Set<String> all = Set.copyOf(candidates);
            candidates.removeIf(person -> shortFormOfAnother(person, all));
        }
        if (elder && words.size() == 1) {
            List<String> relatives = candidates.stream().filter(kin::contains).toList();
            if (relatives.size() == 1) {
                return relatives.getFirst();
            }
        }
        if (candidates.size() > 1
                && !kin.isEmpty()
                && candidates.stream()
                        .anyMatch(
                                person -> !kin.contains(person) && !person.equals(name.strip()))) {
            // "Benhamou" after "Rafi Benhamou" and "His father, Maurice Benhamou,": the surname
            // alone is the one the article is about, not the relative introduced by it; but
            // "Ms. Mays" after "His daughter, Loretta Mays," is she, the only one named so
            candidates.removeAll(kin);
        }
        if (candidates.size() > 1) {
            String placed = byPlace(candidates, name.strip(), offset);
            if (placed != null) {
                return placed;
            }
        }
        return candidates.stream().max((a, b) -> Integer.compare(a.length(), b.length())).get();
    }

    /** How many characters back a full name stays the one its surname alone means. */
    private static final int NEAR = 400;

    /**
     * Of people sharing a surname, the one {@code name} at {@code offset} means by where they were
     * written: the one written last, when that was within {@link #NEAR} ("The children’s
     * grandmother, Loretta Haines, spoke … Haines said"), else the one written first, whom the
     * story is about ("Grant Faulkner … his wife, Celine Faulkner … Faulkner is due in court").
     * Each in the fullest form written; null when no one was written before.
     */
    private String byPlace(Set<String> candidates, String name, int offset) {
        List<String> people = new ArrayList<>();
        for (String candidate : candidates) {
            if (!candidate.equals(name)) {
                people.add(candidate);
            }
        }
        String nearest = null;
        String earliest = null;
        int latest = -1;
        int first = Integer.MAX_VALUE;
        // "Ebeling" after "Betsy's husband Tom" is still the Ebeling the story calls so: where a
        // surname alone was met, the nearest is the one last written with that surname
        boolean surname = !name.contains(" ");
        for (String person : people) {
            int[] starts = index().starts.getOrDefault(person, new int[0]);
            int last =
                    lastBefore(
                            surname
                                    ? index().surnamedStarts.getOrDefault(person, new int[0])
                                    : starts,
                            offset);
            if (last > latest) {
                latest = last;
                nearest = person;
            }
            if (starts.length > 0 && starts[0] < offset && starts[0] < first) {
                first = starts[0];
                earliest = person;
            }
        }
        String chosen = nearest == null || offset - latest <= NEAR ? nearest : earliest;
        return chosen == null ? null : fullestForm(chosen, people);
    }

    /**
     * The longest of {@code people} that writes {@code person} out further, same first and last
     * word ("Clarence Eugene Whitfield Jr." for "Clarence Whitfield Jr."); else {@code person}.
     */
    private static String fullestForm(String person, List<String> people) {
        List<String> words = List.of(lower(person).split(" "));
        String fullest = person;
        for (String other : people) {
            List<String> full = List.of(lower(other).split(" "));
            if (other.length() > fullest.length()
                    && full.getFirst().equals(words.getFirst())
                    && full.getLast().equals(words.getLast())
                    && subsequence(words, full)) {
                fullest = other;
            }
        }
        return fullest;
    }

    /** Whether {@code words} appear in {@code full} in order. */
    private static boolean subsequence(List<String> words, List<String> full) {
        int k = 0;
        for (String word : full) {
            if (k < words.size() && word.equals(words.get(k))) {
                k++;
            }
        }
        return k == words.size();
    }

    /** Whether {@code words} begin with {@code start}, ignoring case. */
    private static boolean startsWith(List<String> words, List<String> start) {
        for (int k = 0; k < start.size(); k++) {
            if (!words.get(k).equalsIgnoreCase(start.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** How many letters a given name's short form keeps at least: "Pat" for "Patrick". */
    private static final int SHORT_FORM = 3;

    /**
     * Whether {@code person} is another of {@code candidates} written with the short form of the
     * given name ("Pat Carlineo" for "Patrick Carlineo Jr.", "Chris Evans" for "Christopher
     * Evans"): one person, not two who share a surname.
     */
    private static boolean shortFormOfAnother(String person, Set<String> candidates) {
        List<String> words = withoutSuffix(List.of(person.split(" ")));
        if (words.size() != 2 || words.getFirst().length() < SHORT_FORM) {
            return false;
        }
        for (String other : candidates) {
            List<String> full = withoutSuffix(List.of(other.split(" ")));
            if (!other.equals(person)
                    && full.size() >= 2
                    && lower(full.getLast()).equals(lower(words.getLast()))
                    && full.getFirst().length() > words.getFirst().length()
                    && full.getFirst().startsWith(words.getFirst())) {
                return true;
            }
        }
        return false;
    }

    /** The person mentions in order. */
    public List<Mention> persons() {
        return mentions.stream().filter(m -> m.type() == Mention.Type.PERSON).toList();
    }

    /** The greatest of the sorted {@code starts} below {@code offset}, or -1. */
    private static int lastBefore(int[] starts, int offset) {
        int low = 0;
        int high = starts.length - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (starts[mid] < offset) {
                found = starts[mid];
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found;
    }

    /** Suffixes after a surname that a shorter mention leaves out: "Carlineo" for "… Jr.". */
    private static final Set<String> SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii");

    /** The surname of a full name's words, before a generational suffix ("Pruitt Jr."). */
    public static String surname(List<String> words) {
        return withoutSuffix(words).getLast();
    }

    /** The words of {@code person} without a generational suffix at the end. */
    private static List<String> withoutSuffix(List<String> words) {
        return words.size() > 2 && SUFFIXES.contains(lower(words.getLast()))
                ? words.subList(0, words.size() - 1)
                : words;
    }

    private static boolean endsWith(List<String> full, List<String> words) {
        if (!SUFFIXES.contains(lower(words.getLast()))) {
            full = withoutSuffix(full);
        }
        if (words.size() > full.size()) {
            return false;
        }
        int shift = full.size() - words.size();
        for (int i = 0; i < words.size(); i++) {
            String word = lower(words.get(i));
            String in = lower(full.get(shift + i));
            if (!in.equals(word) && !(i == 0 && withoutParticle(in).equals(word))) {
                return false;
            }
        }
        return true;
    }

    /** "assad" for "al-Assad" (lower case either way): the name a short form keeps. */
    private static String withoutParticle(String word) {
        int name = Token.nameAfterArticle(word);
        return name > 0 ? word.substring(name) : word;
    }

    /**
     * A name's letters as English copy may spell them: "muller" for both "Müller" and "Mueller",
     * "jose" for "José". Only for comparing names; the name shown keeps its own spelling.
     */
    static String plainSpelling(String lower) {
        String plain = lower;
        if (!plain.chars().allMatch(c -> c < 128)) {
            plain =
                    Normalizer.normalize(plain.replace("ß", "ss"), Normalizer.Form.NFD)
                            .replaceAll("\\p{M}+", "");
        }
        return plain.replace("ue", "u").replace("oe", "o").replace("ae", "a");
    }

    /**
     * A word for lookups: lower case and plain spelling, a suffix or initials without their last
     * stop ("Jr." and "Jr" alike, "C.W." and "C.W" too).
     */
    private static String lower(String word) {
        String lower = plainSpelling(word.toLowerCase(Locale.ROOT));
        boolean initials = lower.length() > 2 && lower.indexOf('.') < lower.length() - 1;
        return lower.endsWith(".") && (SUFFIXES.contains(lower) || initials)
                ? lower.substring(0, lower.length() - 1)
                : lower;
    }

    /** Lookups built once per set of names, so each question takes time independent of its size. */
    private static final class Index {
        final Map<String, List<String>> byLastWord = new HashMap<>();
        final Map<String, List<String>> byFirstWord = new HashMap<>();
        final Map<String, List<String>> byAllButLastWord = new HashMap<>();
        final Map<String, List<String>> byMiddleWord = new HashMap<>();
        final Map<String, int[]> starts = new HashMap<>();

        /** Where each person was written with their surname: in full or by the surname alone. */
        final Map<String, int[]> surnamedStarts = new HashMap<>();

        Index(List<Mention> mentions, List<String> people) {
            for (String person : people) {
                String[] words = person.split(" ");
                byLastWord
                        .computeIfAbsent(lower(words[words.length - 1]), k -> new ArrayList<>())
                        .add(person);
                String last = lower(words[words.length - 1]);
                if (!withoutParticle(last).equals(last)) {
                    // "Assad" for "Bashar al-Assad"
                    byLastWord
                            .computeIfAbsent(withoutParticle(last), k -> new ArrayList<>())
                            .add(person);
                }
                List<String> bare = withoutSuffix(List.of(words));
                if (bare.size() < words.length) {
                    byLastWord
                            .computeIfAbsent(lower(bare.getLast()), k -> new ArrayList<>())
                            .add(person);
                }
                byFirstWord.computeIfAbsent(lower(words[0]), k -> new ArrayList<>()).add(person);
                if (words.length > 2) {
                    // "Lori Beth" for "Lori Beth Sanders"
                    byAllButLastWord
                            .computeIfAbsent(
                                    lower(person.substring(0, person.lastIndexOf(' '))),
                                    k -> new ArrayList<>())
                            .add(person);
                }
                for (int k = 1; k < bare.size() - 1; k++) {
                    String word = bare.get(k);
                    if (word.length() > 2 && !word.endsWith(".")) {
                        byMiddleWord
                                .computeIfAbsent(lower(word), w -> new ArrayList<>())
                                .add(person);
                    }
                }
            }
            Map<String, List<Integer>> offsets = new HashMap<>();
            Map<String, List<Integer>> surnamed = new HashMap<>();
            for (Mention mention : mentions) {
                if (mention.type() == Mention.Type.PERSON) {
                    offsets.computeIfAbsent(mention.canonical(), k -> new ArrayList<>())
                            .add(mention.span().start());
                    if (lower(lastWord(mention.text()))
                            .equals(lower(lastWord(mention.canonical())))) {
                        surnamed.computeIfAbsent(mention.canonical(), k -> new ArrayList<>())
                                .add(mention.span().start());
                    }
                }
            }
            offsets.forEach((name, list) -> starts.put(name, sorted(list)));
            surnamed.forEach((name, list) -> surnamedStarts.put(name, sorted(list)));
        }

        private static int[] sorted(List<Integer> offsets) {
            return offsets.stream().mapToInt(Integer::intValue).sorted().toArray();
        }

        private static String lastWord(String name) {
            int end = name.length();
            while (end > 0 && Character.isWhitespace(name.charAt(end - 1))) {
                end--;
            }
            int start = end;
            while (start > 0 && !Character.isWhitespace(name.charAt(start - 1))) {
                start--;
            }
            return name.substring(start, end);
        }
    }

    private Index index() {
        return index;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Names that
                && mentions.equals(that.mentions)
                && people.equals(that.people);
    }

    @Override
    public int hashCode() {
        return mentions.hashCode() * 31 + people.hashCode();
    }

    @Override
    public String toString() {
        return "Names[" + mentions.size() + " mentions, people " + people + "]";
    }
}
