package io.storytrace.pipeline;

import io.storytrace.analyze.AnalyzedArticle;
import io.storytrace.analyze.ArticleAnalyzer;
import io.storytrace.article.RawDocument;
import io.storytrace.extract.DocumentExtractor;
import java.util.Objects;

/**
 * Core's front door: runs the per-document stages, extract then analyze, and reports each
 * document's outcome as a value. It does not fetch or store anything; sources hand it documents and
 * the corpus takes what it returns.
 */
public final class Pipeline {

    private final Extractor extractor;
    private final Analyzer analyzer;

    public Pipeline(Extractor extractor, Analyzer analyzer) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    }

    /** The standard stages. */
    public static Pipeline standard() {
        return new Pipeline(DocumentExtractor.standard(), ArticleAnalyzer.standard());
    }

    /**
     * Extracts and analyses one document. A document that cannot be read comes back as {@link
     * Outcome.Failed} with the reason; nothing is thrown for bad input.
     */
    public Outcome<AnalyzedArticle> process(RawDocument document) {
        try {
            return new Outcome.Ok<>(
                    document.location(), analyzer.analyze(extractor.extract(document)));
        } catch (InputException e) {
            return new Outcome.Failed<>(document.location(), e.reason());
        } catch (RuntimeException e) {
            // A defect in a stage must not stop the batch; the message names the stage's failure.
            return new Outcome.Failed<>(
                    document.location(),
                    "internal error: "
                            + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }
}
