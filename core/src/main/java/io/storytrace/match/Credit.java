package io.storytrace.match;

import io.storytrace.text.Span;
import java.util.Objects;

/**
 * An article's claim that material came from an outlet: "according to Variety", "told The Sunday
 * Times", a "Read More" line, or a link to another outlet's page.
 *
 * @param outlet the outlet named, as written ("The Sunday Times"), or the link's host when only a
 *     link names it
 * @param kind how the credit is given
 * @param span where the credit is written in the article's text, or {@code null} for a link or a
 *     source marker, which lie outside the text
 * @param url the address linked, or {@code null}
 */
public record Credit(String outlet, Kind kind, Span span, String url) {

    /** How an article credits an outlet. */
    public enum Kind {
        /** "according to X", "X reported", "first reported by X": the article relays X's report. */
        REPORT,
        /** "told X", "in an interview with X": a speaker gave X the words quoted. */
        INTERVIEW,
        /** A "Read More", "Source:" or "Via" line. */
        SOURCE_MARKER,
        /** A link in the body or on an attribution. */
        LINK
    }

    public Credit {
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(kind, "kind");
        if (outlet.isBlank()) {
            throw new IllegalArgumentException("a credit needs an outlet name");
        }
    }

    /** The outlet name reduced for comparison: lower case, no leading "the", single spaces. */
    public String key() {
        return OutletNames.key(outlet);
    }
}
