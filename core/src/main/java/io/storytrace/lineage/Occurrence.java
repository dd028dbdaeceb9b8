package io.storytrace.lineage;

import io.storytrace.quote.Quote;
import io.storytrace.wording.Wording;
import java.util.Objects;

/**
 * One printing of a quotation: which version printed it and how.
 *
 * @param version the id of the version that printed it
 * @param index the quotation's position among that version's quotations
 * @param quote the quotation, with its spans in that version's text
 * @param wording its words in canonical form
 */
public record Occurrence(String version, int index, Quote quote, Wording wording) {

    public Occurrence {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(wording, "wording");
        if (index < 0) {
            throw new IllegalArgumentException("negative quote index " + index);
        }
    }

    public static Occurrence of(String version, int index, Quote quote) {
        return new Occurrence(version, index, quote, Wording.of(quote.text()));
    }
}
