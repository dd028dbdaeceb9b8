package io.storytrace.lineage;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The versions of one story that lineage traces, and what is known of who took from whom.
 *
 * @param versions the versions, in the order the corpus holds them; ties are broken by this order
 * @param precedences evidence that one version took material from another
 * @param counterparts sentences of different versions that sentence alignment found to say the same
 *     thing, whichever came first
 */
public record StoryVersions(
        List<Version> versions, List<Precedence> precedences, List<Counterpart> counterparts) {

    /** Versions with what is known of their order, and no aligned sentences. */
    public StoryVersions(List<Version> versions, List<Precedence> precedences) {
        this(versions, precedences, List.of());
    }

    public StoryVersions {
        versions = List.copyOf(versions);
        precedences = List.copyOf(precedences);
        counterparts = List.copyOf(counterparts);
        Set<String> ids = new HashSet<>();
        for (Version version : versions) {
            if (!ids.add(version.id())) {
                throw new IllegalArgumentException("two versions with id " + version.id());
            }
        }
        for (Precedence precedence : precedences) {
            if (!ids.contains(precedence.earlier()) || !ids.contains(precedence.later())) {
                throw new IllegalArgumentException(
                        "precedence between unknown versions: " + precedence);
            }
        }
    }
}
