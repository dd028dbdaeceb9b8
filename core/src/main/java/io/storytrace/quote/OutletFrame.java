package io.storytrace.quote;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A pattern that credits an outlet, such as {@code in an|a interview with the? OUTLET}: words in
 * order, each a set of choices, optional when marked {@code ?}, and the outlet's place.
 *
 * @param steps the words before the outlet
 * @param confidence how surely the pattern names an outlet
 * @param pattern the pattern as written
 */
record OutletFrame(List<Step> steps, double confidence, String pattern) {

    /** One word of the pattern: the accepted forms, lower case, and whether it may be absent. */
    record Step(Set<String> forms, boolean optional) {}

    static OutletFrame parse(String pattern, double confidence) {
        String[] words = pattern.trim().split("\\s+");
        if (!words[words.length - 1].equals("OUTLET")) {
            throw new IllegalStateException("an outlet frame ends with OUTLET: " + pattern);
        }
        List<Step> steps = new java.util.ArrayList<>();
        for (int i = 0; i < words.length - 1; i++) {
            String word = words[i];
            boolean optional = word.endsWith("?");
            String forms = optional ? word.substring(0, word.length() - 1) : word;
            steps.add(new Step(Set.of(forms.toLowerCase(Locale.ROOT).split("\\|")), optional));
        }
        return new OutletFrame(List.copyOf(steps), confidence, pattern);
    }
}
