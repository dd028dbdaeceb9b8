package io.storytrace.mention;

/**
 * The grammatical gender a text gives a person, as far as it can be told: from a courtesy title
 * ("Ms. Reyes"), a given name ("Helen"), a gendered noun ("the actress") or a pronoun that already
 * refers to them. It decides which of "he" and "she" can point at the person.
 */
public enum Gender {
    MALE,
    FEMALE,
    UNKNOWN;

    /** Whether a person of this gender can be the one {@code other} points at. */
    public boolean agrees(Gender other) {
        return this == UNKNOWN || other == UNKNOWN || this == other;
    }

    /** This gender when known, else {@code other}. */
    public Gender orElse(Gender other) {
        return this == UNKNOWN ? other : this;
    }
}
