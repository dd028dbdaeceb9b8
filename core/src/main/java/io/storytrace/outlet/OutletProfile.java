package io.storytrace.outlet;

import io.storytrace.text.Span;
import java.util.List;
import java.util.Objects;

/**
 * One outlet's profile.
 *
 * @param outlet the outlet's name
 * @param articles how many of its articles were profiled
 * @param quotesCompared how many of its quotations were compared with an earlier printing
 * @param originals articles that are a story's origin or an independent report
 * @param copies articles that copy another's text
 * @param excerpts articles that print a part of another's text
 * @param rewrites articles that rewrite another's material
 * @param alteredQuotes quotations altered, paraphrased, merged or given another speaker, among
 *     those compared
 * @param addedCommentary derived articles that add commentary to what they took
 * @param uncreditedCopies derived articles that neither name nor link their source
 */
public record OutletProfile(
        String outlet,
        int articles,
        int quotesCompared,
        Count originals,
        Count copies,
        Count excerpts,
        Count rewrites,
        Count alteredQuotes,
        Count addedCommentary,
        Count uncreditedCopies) {

    /**
     * A count with what it is out of, its share when the sample is large enough, and the evidence.
     *
     * @param count how many
     * @param of out of how many
     * @param share {@code count / of}, or {@code null} when {@code of} is below the minimum sample
     * @param evidence what was counted, in the order met: articles, or quotations in articles
     */
    public record Count(int count, int of, Double share, List<Evidence> evidence) {
        public Count {
            evidence = List.copyOf(evidence);
            if (count < 0 || of < count) {
                throw new IllegalArgumentException("bad count " + count + " of " + of);
            }
        }
    }

    /**
     * One counted item.
     *
     * @param location the article's location
     * @param span where in the article's text the counted quotation lies, or {@code null} when the
     *     article itself was counted
     */
    public record Evidence(String location, Span span) {
        public Evidence {
            Objects.requireNonNull(location, "location");
        }
    }

    public OutletProfile {
        Objects.requireNonNull(outlet, "outlet");
    }
}
