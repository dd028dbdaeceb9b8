package io.storytrace.provenance;

import java.util.List;
import java.util.Objects;

/**
 * Every version of one story in the corpus, origin first.
 *
 * @param id the story's id in the corpus
 * @param origin the origin and why
 * @param versions the versions, origin first, then in order of publication (unknown times last)
 * @param upstream outlets the versions credit that are not themselves versions
 * @param related stories about the same event reported independently
 */
public record Story(
        long id,
        Origin origin,
        List<StoryVersion> versions,
        List<UpstreamSource> upstream,
        List<Long> related) {

    public Story {
        Objects.requireNonNull(origin, "origin");
        versions = List.copyOf(versions);
        upstream = List.copyOf(upstream);
        related = List.copyOf(related);
    }
}
