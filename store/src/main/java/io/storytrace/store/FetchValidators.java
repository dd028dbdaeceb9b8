package io.storytrace.store;

/**
 * What a server said about a response so that the next request can ask whether it changed.
 *
 * @param etag the ETag header, or {@code null}
 * @param lastModified the Last-Modified header, or {@code null}
 */
public record FetchValidators(String etag, String lastModified) {}
