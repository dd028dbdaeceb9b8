package io.storytrace.sample;

import java.util.List;

/**
 * What a sample family's truth file says.
 *
 * @param folder the family's folder under {@code sample/}
 * @param story a short name of the story
 * @param origin the location of the origin
 * @param versions the locations of every version, the origin first
 * @param separate locations of articles that must not join the family (same-event reports and
 *     unrelated articles on the same topic)
 * @param upstream outlets credited upstream that the corpus does not hold
 */
public record FamilyTruth(
        String folder,
        String story,
        String origin,
        List<String> versions,
        List<String> separate,
        List<String> upstream) {

    public FamilyTruth {
        versions = List.copyOf(versions);
        separate = List.copyOf(separate);
        upstream = List.copyOf(upstream);
    }
}
