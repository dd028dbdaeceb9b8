package io.storytrace.lineage;

import io.storytrace.analyze.AnalyzedArticle;
import io.storytrace.finding.Finding;
import io.storytrace.finding.SourceArticle;
import java.util.Objects;

/**
 * One article of a story, as lineage sees it.
 *
 * @param id identifies the article in the story (its location or its key in the corpus)
 * @param analyzed the article and what analysis found in it
 */
public record Version(String id, AnalyzedArticle analyzed) {

    public Version {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(analyzed, "analyzed");
    }

    /** A version identified by the article's location. */
    public static Version of(AnalyzedArticle analyzed) {
        return new Version(analyzed.article().location(), analyzed);
    }

    /** The outlet's name, or the id when the outlet is unknown. */
    public String name() {
        String outlet = analyzed.article().outlet();
        return outlet != null ? outlet : id;
    }

    public SourceArticle source() {
        return SourceArticle.of(analyzed.article());
    }

    /**
     * Signs in the article itself that it rewrites someone else's report: first-person commentary
     * in a third-person report, a quotation that names its own speaker. Each sign is one count.
     */
    public int rewriteSigns() {
        boolean commentary =
                analyzed.findings().stream().anyMatch(f -> f instanceof Finding.Commentary);
        boolean selfAttributed =
                analyzed.findings().stream()
                        .anyMatch(f -> f instanceof Finding.AttributionInsideQuote);
        return (commentary ? 1 : 0) + (selfAttributed ? 1 : 0);
    }
}
