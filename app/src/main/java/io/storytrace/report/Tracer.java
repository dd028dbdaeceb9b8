package io.storytrace.report;

import io.storytrace.analyze.AnalyzedArticle;
import io.storytrace.article.RawDocument;
import io.storytrace.ingest.Ingestor;
import io.storytrace.ingest.Source;
import io.storytrace.pipeline.Outcome;
import io.storytrace.pipeline.Pipeline;
import io.storytrace.store.Corpus;
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
    private final CorpusReporter reporter;

    /** A tracer that reports on each article alone. */
    public Tracer(Ingestor ingestor, Pipeline pipeline) {
        this(ingestor, pipeline, null);
    }

    /** A tracer that also matches each article against {@code corpus} and shows its family. */
    public Tracer(Ingestor ingestor, Pipeline pipeline, Corpus corpus) {
        this.ingestor = ingestor;
        this.pipeline = pipeline;
        this.reporter = corpus == null ? null : CorpusReporter.standard(corpus);
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
                        case Outcome.Ok<AnalyzedArticle> ok -> articles.add(entry(ok.value()));
                        case Outcome.Failed<AnalyzedArticle> failed ->
                                failures.add(
                                        new TraceReport.FailureEntry(
                                                failed.input(), failed.reason()));
                    }
                });
        return new TraceReport(TraceReport.FORMAT_VERSION, articles, failures);
    }

    private TraceReport.ArticleEntry entry(AnalyzedArticle analyzed) {
        return reporter == null ? TraceReport.entry(analyzed) : reporter.report(analyzed);
    }
}
