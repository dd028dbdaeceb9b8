package io.storytrace.quote;

import java.util.Objects;
import java.util.Set;

/**
 * A verb that attributes speech, as listed in {@code cues.tsv}.
 *
 * @param lemma the verb's base form ("say")
 * @param confidence how surely the verb beside a quotation names its speaker, 0 to 1
 * @param uses what the verb can introduce
 */
record Cue(String lemma, double confidence, Set<Use> uses) {

    /** What a cue verb can introduce. */
    enum Use {
        /** Direct quotations, on either side. */
        SPEECH,
        /** Reported speech with "that" or "how". */
        REPORTED,
        /** Takes the listener (a person or an outlet) as its object. */
        LISTENER,
        /** Frames a partial quotation after an object ("called the plan “flawed”"). */
        NAMING,
        /** Speech only right beside a quotation. */
        WEAK
    }

    Cue {
        Objects.requireNonNull(lemma, "lemma");
        uses = Set.copyOf(uses);
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence out of range for " + lemma);
        }
    }

    boolean can(Use use) {
        return uses.contains(use);
    }
}
