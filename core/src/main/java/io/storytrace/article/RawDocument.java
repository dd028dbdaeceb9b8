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
 */
public record RawDocument(
        String location, String url, byte[] content, String mediaType, String charset) {

    public RawDocument {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(content, "content");
        if (location.isBlank()) {
            throw new IllegalArgumentException("location must not be blank");
        }
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
                && Objects.equals(charset, that.charset);
    }

    @Override
    public int hashCode() {
        return Objects.hash(location, url, java.util.Arrays.hashCode(content), mediaType, charset);
    }

    @Override
    public String toString() {
        return "RawDocument[" + location + ", " + content.length + " bytes, " + mediaType + "]";
    }
}
