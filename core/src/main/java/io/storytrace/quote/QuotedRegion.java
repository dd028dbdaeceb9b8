package io.storytrace.quote;

import io.storytrace.text.Span;
import java.util.Objects;

/**
 * A stretch of text between paired quotation marks, before anyone has decided whether it is speech.
 *
 * @param open where the opening mark is
 * @param close where the closing mark is, or {@code -1} when the region ran to the end of its block
 *     without one
 * @param content the words between the marks, surrounding whitespace excluded
 * @param family which kind of marks enclose it
 * @param depth how many regions enclose it (0 for a region at the top level)
 * @param block the block (headline or paragraph) it lies in
 * @param runsOn whether it is left open at the end of its block and the next block opens again, the
 *     convention for a quotation over several paragraphs
 */
record QuotedRegion(
        int open, int close, Span content, Family family, int depth, int block, boolean runsOn) {

    /** The kinds of quotation marks. */
    enum Family {
        /** “…”, "…", „…“, «…» */
        DOUBLE,
        /** ‘…’, '…', ‚…‘, ‹…› */
        SINGLE,
        /** 「…」, 『…』 */
        CORNER
    }

    QuotedRegion {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(family, "family");
    }

    /** Whether the region has its own closing mark. */
    boolean closed() {
        return close >= 0;
    }

    /** Where the region ends: just past its closing mark, or at the end of its content. */
    int end() {
        return closed() ? close + 1 : content.end();
    }
}
