package io.storytrace.report;

import io.storytrace.analyze.AnalyzedArticle;
import io.storytrace.article.RawDocument;
import io.storytrace.ingest.Ingestor;
import io.storytrace.ingest.Source;
import io.storytrace.pipeline.Outcome;
import io.storytrace.pipeline.Pipeline;
import io.storytrace.provenance.Story;
import io.storytrace.provenance.StoryVersion;
import io.storytrace.provenance.UpstreamSource;
import io.storytrace.store.Corpus;
import io.storytrace.store.Trace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads sources, runs each document through the pipeline and collects the {@link TraceReport}. A
 * document that fails is listed with its reason and the others go on.
 */
public final class Tracer {

    private final Ingestor ingestor;
    private final Pipeline pipeline;
    private final Corpus corpus;

    /** A tracer that reports on each article alone. */
    public Tracer(Ingestor ingestor, Pipeline pipeline) {
        this(ingestor, pipeline, null);
    }

    /** A tracer that also matches each article against {@code corpus} and shows its family. */
    public Tracer(Ingestor ingestor, Pipeline pipeline, Corpus corpus) {
        this.ingestor = ingestor;
        this.pipeline = pipeline;
        this.corpus = corpus;
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
        if (corpus == null) {
            return TraceReport.entry(analyzed);
        }
        Trace trace = corpus.trace(analyzed);
        List<TraceReport.LineageEntry> noLineage = new ArrayList<>();
        analyzed.quotes().forEach(q -> noLineage.add(null));
        return TraceReport.entry(analyzed, story(trace), noLineage, analyzed.findings())
                .withFamily(FamilyEntry.of(trace));
    }

    /** The corpus story of a traced article in the report's layout. */
    private static TraceReport.StoryEntry story(Trace trace) {
        Story story = trace.story().orElseThrow();
        long self = trace.storedId().orElse(Trace.TRACED);
        Map<Long, String> locations = new HashMap<>();
        story.versions().forEach(v -> locations.put(v.articleId(), v.location()));
        List<TraceReport.VersionEntry> versions = new ArrayList<>();
        for (StoryVersion v : story.versions()) {
            versions.add(
                    new TraceReport.VersionEntry(
                            v.location(),
                            v.outlet(),
                            v.headline(),
                            v.published() == null ? null : v.published().toIso(),
                            v.relation() == null ? "origin" : v.relation().label(),
                            v.sourceId() == null ? null : locations.get(v.sourceId()),
                            v.directionKnown(),
                            v.articleId() == self));
        }
        List<TraceReport.UpstreamEntry> upstream = new ArrayList<>();
        for (UpstreamSource u : story.upstream()) {
            upstream.add(
                    new TraceReport.UpstreamEntry(
                            u.outlet(),
                            u.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                            u.ingested()));
        }
        return new TraceReport.StoryEntry(story.origin().reasons(), versions, upstream);
    }
}
