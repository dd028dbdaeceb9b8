package io.storytrace.report;

import io.storytrace.analyze.AnalyzedArticle;
import io.storytrace.article.RawDocument;
import io.storytrace.ingest.Ingestor;
import io.storytrace.ingest.Source;
import io.storytrace.pipeline.Outcome;
import io.storytrace.pipeline.Pipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads sources, runs each document through the pipeline and collects the {@link TraceReport}. A
 * document that fails is listed with its reason and the others go on.
 */
public final class Tracer {

    private final Ingestor ingestor;
    private final Pipeline pipeline;

    public Tracer(Ingestor ingestor, Pipeline pipeline) {
        this.ingestor = ingestor;
        this.pipeline = pipeline;
    }

    /** The report on every document in {@code sources}, in the order given. */
    public TraceReport trace(List<Source> sources) {
        return trace(sources.stream().flatMap(ingestor::read));
    }

    /** The report on the given documents, in order. */
    public TraceReport trace(Stream<Outcome<RawDocument>> documents) {
        List<TraceReport.ArticleEntry> articles = new ArrayList<>();
        List<TraceReport.FailureEntry> failures = new ArrayList<>();
        documents.forEach(
                document -> {
                    switch (document.flatMap(pipeline::process)) {
                        case Outcome.Ok<AnalyzedArticle> ok ->
                                articles.add(TraceReport.entry(ok.value()));
                        case Outcome.Failed<AnalyzedArticle> failed ->
                                failures.add(
                                        new TraceReport.FailureEntry(
                                                failed.input(), failed.reason()));
                    }
                });
        return new TraceReport(TraceReport.FORMAT_VERSION, articles, failures);
    }
}
