package io.storytrace.text;

import java.util.Objects;

/**
 * A stretch of text that analysis could not make sense of, such as a quotation mark with no partner
 * or a quotation whose speaker could not be told. Analysis reports these instead of guessing or
 * failing, so a reader can see what was left open.
 *
 * @param span where the problem lies
 * @param reason what could not be resolved, in words a reader understands
 */
public record Unresolved(Span span, String reason) {

    public Unresolved {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(reason, "reason");
    }
}
