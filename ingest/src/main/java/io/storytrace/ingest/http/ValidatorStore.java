package io.storytrace.ingest.http;

import java.net.URI;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Keeps the validators of each fetched address between runs, for conditional GET. The corpus will
 * persist them; {@link #inMemory()} keeps them for one run.
 */
public interface ValidatorStore {

    /** The validators last seen for {@code uri}. */
    Optional<Validators> get(URI uri);

    /** Remembers {@code validators} for {@code uri}. */
    void put(URI uri, Validators validators);

    /** A store that lives as long as the process. */
    static ValidatorStore inMemory() {
        ConcurrentMap<URI, Validators> map = new ConcurrentHashMap<>();
        return new ValidatorStore() {
            @Override
            public Optional<Validators> get(URI uri) {
                return Optional.ofNullable(map.get(uri));
            }

            @Override
            public void put(URI uri, Validators validators) {
                map.put(uri, validators);
            }
        };
    }
}
