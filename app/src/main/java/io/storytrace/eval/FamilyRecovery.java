package io.storytrace.eval;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How well stories reproduce known families: pairwise precision and recall of "in the same story",
 * and the share of families (two versions or more) recovered exactly, with no member missing and no
 * outsider in their story.
 *
 * @param articles articles scored
 * @param families families of two versions or more
 * @param pairPrecision the share of same-story pairs that are in the same family
 * @param pairRecall the share of same-family pairs that are in the same story
 * @param exact the share of families recovered exactly
 */
public record FamilyRecovery(
        int articles, int families, double pairPrecision, double pairRecall, double exact) {

    /**
     * Scores {@code stories} (article to story) against {@code truth} (article to family); articles
     * missing from either side are left out.
     */
    public static FamilyRecovery of(Map<String, Long> stories, Map<String, Integer> truth) {
        Map<Long, List<String>> byStory = new HashMap<>();
        Map<Integer, List<String>> byFamily = new HashMap<>();
        int n = 0;
        for (Map.Entry<String, Integer> e : truth.entrySet()) {
            Long story = stories.get(e.getKey());
            if (story == null) {
                continue;
            }
            n++;
            byStory.computeIfAbsent(story, k -> new java.util.ArrayList<>()).add(e.getKey());
            byFamily.computeIfAbsent(e.getValue(), k -> new java.util.ArrayList<>())
                    .add(e.getKey());
        }
        long predicted = 0;
        long correct = 0;
        for (List<String> members : byStory.values()) {
            predicted += pairs(members.size());
            Map<Integer, Integer> perFamily = new HashMap<>();
            for (String m : members) {
                perFamily.merge(truth.get(m), 1, Integer::sum);
            }
            for (int c : perFamily.values()) {
                correct += pairs(c);
            }
        }
        long actual = 0;
        int families = 0;
        int exact = 0;
        for (List<String> members : byFamily.values()) {
            actual += pairs(members.size());
            if (members.size() < 2) {
                continue;
            }
            families++;
            Set<Long> storiesOfFamily = new HashSet<>();
            members.forEach(m -> storiesOfFamily.add(stories.get(m)));
            if (storiesOfFamily.size() == 1
                    && byStory.get(storiesOfFamily.iterator().next()).size() == members.size()) {
                exact++;
            }
        }
        return new FamilyRecovery(
                n,
                families,
                predicted == 0 ? 1 : correct / (double) predicted,
                actual == 0 ? 1 : correct / (double) actual,
                families == 0 ? 1 : exact / (double) families);
    }

    private static long pairs(long n) {
        return n * (n - 1) / 2;
    }
}
