package io.storytrace.ingest.http;

/**
 * What a server said about a response so that the next request can ask "has it changed?".
 *
 * @param etag the ETag header, or {@code null}
 * @param lastModified the Last-Modified header, or {@code null}
 */
public record Validators(String etag, String lastModified) {

    /** Whether there is anything to ask with. */
    public boolean isEmpty() {
        return etag == null && lastModified == null;
    }
}
