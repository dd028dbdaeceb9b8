package io.storytrace.ingest.http;

import java.net.URI;
import java.util.Objects;

/** What a fetch brought back: a document, or word that it has not changed since last time. */
public sealed interface FetchResult {

    /** The address that was asked for. */
    URI requested();

    /**
     * A response with a body, already decompressed.
     *
     * @param requested the address asked for
     * @param finalUri the address the body came from, after redirects
     * @param mediaType the media type the server declared, lower case, or {@code null}
     * @param charset the charset the server declared, or {@code null}
     * @param body the decompressed body
     */
    record Fetched(URI requested, URI finalUri, String mediaType, String charset, byte[] body)
            implements FetchResult {
        public Fetched {
            Objects.requireNonNull(requested, "requested");
            Objects.requireNonNull(finalUri, "finalUri");
            Objects.requireNonNull(body, "body");
        }
    }

    /** The server said the document has not changed since the validators it was given. */
    record NotModified(URI requested) implements FetchResult {}
}
