package io.storytrace.provenance;

import io.storytrace.match.Credit;
import java.util.List;
import java.util.Objects;

/**
 * An outlet that versions of a story credit ("according to Variety", "told The Sunday Times").
 *
 * @param outlet the outlet's name as first written
 * @param kind how it is credited: as the report relayed, or as the venue of an interview
 * @param creditedBy the articles that credit it
 * @param ingested whether the corpus holds articles of that outlet
 */
public record UpstreamSource(
        String outlet, Credit.Kind kind, List<Long> creditedBy, boolean ingested) {

    public UpstreamSource {
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(kind, "kind");
        creditedBy = List.copyOf(creditedBy);
    }
}
