package io.storytrace.article;

import java.util.Objects;

/**
 * A link out of an article's body.
 *
 * @param url the absolute target address
 * @param text the anchor text as shown, possibly empty
 * @param role why the link matters to provenance
 */
public record Link(String url, String text, Role role) {

    /** What a link says about where the article came from. */
    public enum Role {
        /** An ordinary link in the body. */
        BODY,
        /** A "Read More", "Source:" or "Via" link that names the source of the text. */
        SOURCE,
        /** A link on an attribution such as "according to Variety". */
        CREDIT
    }

    public Link {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(role, "role");
    }
}
