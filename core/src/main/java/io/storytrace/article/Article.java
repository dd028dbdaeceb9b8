package io.storytrace.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A news article as extracted from a document: metadata and clean body paragraphs.
 *
 * <p>Offsets everywhere in Storytrace (sentences, quotations, findings) refer to {@link #text()},
 * which is the headline followed by the paragraphs, separated by blank lines.
 *
 * @param location where the article was read from (file path, URL, archive record)
 * @param url the article's canonical web address, or {@code null} when unknown
 * @param outlet the publication's name, or {@code null} when unknown
 * @param headline the headline, empty when the document had none
 * @param byline the author line, or {@code null}
 * @param published when the article says it was published, or {@code null}
 * @param paragraphs the body paragraphs, each trimmed and non-empty
 * @param links links out of the body
 * @param sourceMarker a "Read More" or "Source:" line, or {@code null}
 */
public record Article(
        String location,
        String url,
        String outlet,
        String headline,
        String byline,
        PublishedTime published,
        List<String> paragraphs,
        List<Link> links,
        SourceMarker sourceMarker) {

    /** What separates the headline and the paragraphs in {@link #text()}. */
    public static final String PARAGRAPH_BREAK = "\n\n";

    public Article {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(headline, "headline");
        paragraphs = List.copyOf(paragraphs);
        links = List.copyOf(links);
        for (String paragraph : paragraphs) {
            if (paragraph.isBlank()) {
                throw new IllegalArgumentException("blank paragraph in " + location);
            }
        }
    }

    /** Starts an article read from {@code location}; the builder fills the optional fields. */
    public static Builder builder(String location) {
        return new Builder(location);
    }

    /** A builder holding this article's values, to derive a changed copy. */
    public Builder toBuilder() {
        return new Builder(location)
                .url(url)
                .outlet(outlet)
                .headline(headline)
                .byline(byline)
                .published(published)
                .paragraphs(paragraphs)
                .links(links)
                .sourceMarker(sourceMarker);
    }

    /** The headline (when there is one) and the paragraphs, separated by blank lines. */
    public String text() {
        List<String> parts = new ArrayList<>(paragraphs.size() + 1);
        if (!headline.isEmpty()) {
            parts.add(headline);
        }
        parts.addAll(paragraphs);
        return String.join(PARAGRAPH_BREAK, parts);
    }

    /** Where the first paragraph starts in {@link #text()}. */
    public int bodyStart() {
        return headline.isEmpty() ? 0 : headline.length() + PARAGRAPH_BREAK.length();
    }

    /** Collects an article's fields; only the location is required. */
    public static final class Builder {
        private final String location;
        private String url;
        private String outlet;
        private String headline = "";
        private String byline;
        private PublishedTime published;
        private List<String> paragraphs = List.of();
        private List<Link> links = List.of();
        private SourceMarker sourceMarker;

        private Builder(String location) {
            this.location = location;
        }

        public Builder url(String value) {
            url = value;
            return this;
        }

        public Builder outlet(String value) {
            outlet = value;
            return this;
        }

        public Builder headline(String value) {
            headline = value == null ? "" : value;
            return this;
        }

        public Builder byline(String value) {
            byline = value;
            return this;
        }

        public Builder published(PublishedTime value) {
            published = value;
            return this;
        }

        public Builder paragraphs(List<String> value) {
            paragraphs = value;
            return this;
        }

        public Builder links(List<Link> value) {
            links = value;
            return this;
        }

        public Builder sourceMarker(SourceMarker value) {
            sourceMarker = value;
            return this;
        }

        public Article build() {
            return new Article(
                    location,
                    url,
                    outlet,
                    headline,
                    byline,
                    published,
                    paragraphs,
                    links,
                    sourceMarker);
        }
    }
}
