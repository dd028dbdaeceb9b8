package io.storytrace.quote;

import java.util.Objects;

/**
 * What a quoted region is, and why.
 *
 * @param kind speech or one of the things that are not
 * @param reason the rule that decided, in words
 */
record Verdict(Kind kind, String reason) {

    /** The things quotation marks enclose. */
    enum Kind {
        SPEECH,
        /** A work's title or a name: “Heartstopper”. */
        TITLE,
        /** A nickname inside a name: Dwayne “The Rock” Johnson. */
        NICKNAME,
        /** A word held at a distance, a term, a slogan or lyrics: so-called “experts”. */
        SCARE,
        /** A string in program code quoted in the text: console.log("Saved"). */
        CODE
    }

    Verdict {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
    }

    boolean speech() {
        return kind == Kind.SPEECH;
    }
}
