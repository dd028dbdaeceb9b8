package io.storytrace.batch;

import io.storytrace.ingest.http.ValidatorStore;
import io.storytrace.ingest.http.Validators;
import io.storytrace.store.FeedList;
import io.storytrace.store.FetchValidators;
import java.net.URI;
import java.util.Optional;

/**
 * Keeps the fetcher's validators (ETag, Last-Modified) in the corpus, so that a feed polled again
 * in a later run is fetched conditionally and an unchanged feed costs one short response.
 */
public final class StoredValidators implements ValidatorStore {

    private final FeedList feeds;

    public StoredValidators(FeedList feeds) {
        this.feeds = feeds;
    }

    @Override
    public Optional<Validators> get(URI uri) {
        return feeds.validators(uri.toString())
                .map(v -> new Validators(v.etag(), v.lastModified()));
    }

    @Override
    public void put(URI uri, Validators validators) {
        feeds.saveValidators(
                uri.toString(), new FetchValidators(validators.etag(), validators.lastModified()));
    }
}
