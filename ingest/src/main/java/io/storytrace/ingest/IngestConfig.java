package io.storytrace.ingest;

import io.storytrace.ingest.http.FetchConfig;
import java.util.Objects;

/**
 * How ingest reads its sources.
 *
 * @param fetch how web addresses are fetched
 * @param fetchFullText whether feed items that carry only a summary have their article fetched
 */
public record IngestConfig(FetchConfig fetch, boolean fetchFullText) {

    public IngestConfig {
        Objects.requireNonNull(fetch, "fetch");
    }

    /** The defaults: polite fetching, full text fetched for summary-only feed items. */
    public static IngestConfig defaults() {
        return new IngestConfig(FetchConfig.defaults(), true);
    }
}
