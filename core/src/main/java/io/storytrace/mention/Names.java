package io.storytrace.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The names found in one article, with each person's fullest form: "Connor" and "Mr. Connor" both
 * read as "Kit Connor" when the article names him so once.
 *
 * @param mentions people, outlets and organisations in order of their place in the text
 * @param people the fullest form of each person named, in order of first appearance
 */
public record Names(List<Mention> mentions, List<String> people) {

    public Names {
        mentions = List.copyOf(mentions);
        people = List.copyOf(people);
    }

    /**
     * The fullest form of the person named {@code name} near {@code offset}: the longest name in
     * the article that ends with the same words ("Connor" → "Kit Connor") or, for a single word,
     * starts with it ("Kit" → "Kit Connor"). Where two people share the word, the one mentioned
     * last before {@code offset} wins. A name met nowhere else comes back as given.
     */
    public String fullest(String name, int offset) {
        List<String> words = List.of(name.strip().split("\\s+"));
        List<String> candidates = new ArrayList<>();
        for (String person : people) {
            List<String> full = List.of(person.split(" "));
            if (endsWith(full, words)
                    || words.size() == 1 && same(full.getFirst(), words.getFirst())) {
                candidates.add(person);
            }
        }
        if (candidates.isEmpty()) {
            return name.strip();
        }
        if (candidates.size() > 1) {
            String nearest = nearestBefore(candidates, offset);
            if (nearest != null) {
                return nearest;
            }
        }
        return candidates.stream().max((a, b) -> Integer.compare(a.length(), b.length())).get();
    }

    /** The person mentions in order. */
    public List<Mention> persons() {
        return mentions.stream().filter(m -> m.type() == Mention.Type.PERSON).toList();
    }

    private String nearestBefore(List<String> candidates, int offset) {
        String nearest = null;
        for (Mention mention : mentions) {
            if (mention.span().start() >= offset) {
                break;
            }
            if (mention.type() == Mention.Type.PERSON && candidates.contains(mention.canonical())) {
                nearest = mention.canonical();
            }
        }
        return nearest;
    }

    private static boolean endsWith(List<String> full, List<String> words) {
        if (words.size() > full.size()) {
            return false;
        }
        int shift = full.size() - words.size();
        for (int i = 0; i < words.size(); i++) {
            if (!same(full.get(shift + i), words.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(String a, String b) {
        return a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
    }
}
