package io.storytrace.article;

import java.util.Objects;

/**
 * A document as a source delivered it: the bytes, where they came from, and what the source said
 * about their type and encoding. Extraction turns it into an {@link Article}.
 *
 * @param location names the input in messages: a file path, a URL, or a record inside an archive
 * @param url the document's own web address when known, otherwise {@code null}
 * @param content the bytes as delivered, not decoded
 * @param mediaType the declared or guessed media type such as {@code text/html}, or {@code null}
 * @param charset the declared character set name, or {@code null} when none was declared
 * @param hints what the source said about the document (feed item title, date...), never null
 */
public record RawDocument(
        String location,
        String url,
        byte[] content,
        String mediaType,
        String charset,
        DocumentHints hints) {

    public RawDocument {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(hints, "hints");
        if (location.isBlank()) {
            throw new IllegalArgumentException("location must not be blank");
        }
    }

    /** A document with no hints from its source. */
    public RawDocument(
            String location, String url, byte[] content, String mediaType, String charset) {
        this(location, url, content, mediaType, charset, DocumentHints.NONE);
    }

    /** This document with {@code value} as its hints. */
    public RawDocument withHints(DocumentHints value) {
        return new RawDocument(location, url, content, mediaType, charset, value);
    }

    /** A local file's bytes with a media type guessed from its name. */
    public static RawDocument ofFile(String location, byte[] content, String mediaType) {
        return new RawDocument(location, null, content, mediaType, null);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RawDocument that
                && location.equals(that.location)
                && Objects.equals(url, that.url)
                && java.util.Arrays.equals(content, that.content)
                && Objects.equals(mediaType, that.mediaType)
                && Objects.equals(charset, that.charset)
                && hints.equals(that.hints);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                location, url, java.util.Arrays.hashCode(content), mediaType, charset, hints);
    }

    @Override
    public String toString() {
        return "RawDocument[" + location + ", " + content.length + " bytes, " + mediaType + "]";
    }
}
