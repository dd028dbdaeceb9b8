package io.storytrace.lineage;

import java.util.Objects;

/**
 * Evidence, other than publication times, that one version of a story took material from another: a
 * credit by name, a link, or a derivation found by comparing the texts.
 *
 * @param earlier the version material was taken from
 * @param later the version that took it
 * @param basis the evidence in words ("names Daily Ledger", "links to dailyledger.example")
 */
public record Precedence(String earlier, String later, String basis) {

    public Precedence {
        Objects.requireNonNull(earlier, "earlier");
        Objects.requireNonNull(later, "later");
        Objects.requireNonNull(basis, "basis");
        if (earlier.equals(later)) {
            throw new IllegalArgumentException("a version cannot precede itself: " + earlier);
        }
    }
}
