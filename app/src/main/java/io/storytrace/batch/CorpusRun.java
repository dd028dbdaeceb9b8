package io.storytrace.batch;

import io.storytrace.article.RawDocument;
import io.storytrace.ingest.Ingestor;
import io.storytrace.ingest.Source;
import io.storytrace.pipeline.Outcome;
import io.storytrace.store.CorpusLoader;
import io.storytrace.store.IngestResult;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Reads sources through ingest and loads every document into the corpus, telling a {@link Progress}
 * about each one. A document that fails is kept with its reason and the batch goes on. Storing,
 * matching and story building are the loader's; this class only drives and counts.
 */
public final class CorpusRun {

    private final Ingestor ingestor;
    private final CorpusLoader loader;

    public CorpusRun(Ingestor ingestor, CorpusLoader loader) {
        this.ingestor = ingestor;
        this.loader = loader;
    }

    /**
     * Loads every document of {@code sources}; {@code stored} hears about each one stored (added or
     * already present).
     */
    public BatchSummary run(
            List<Source> sources, Progress progress, Consumer<CorpusLoader.Event.Stored> stored) {
        long start = System.nanoTime();
        List<Outcome.Failed<?>> failures = new ArrayList<>();
        Stream<Outcome<RawDocument>> documents =
                IntStream.range(0, sources.size())
                        .boxed()
                        .flatMap(
                                i -> {
                                    progress.source(sources.get(i).name(), i, sources.size());
                                    return ingestor.read(sources.get(i));
                                });
        CorpusLoader.Summary summary;
        try (documents) {
            summary =
                    loader.load(
                            documents,
                            event -> {
                                switch (event) {
                                    case CorpusLoader.Event.Stored s -> {
                                        stored.accept(s);
                                        progress.item(true);
                                    }
                                    case CorpusLoader.Event.Failed f -> {
                                        failures.add(new Outcome.Failed<>(f.input(), f.reason()));
                                        progress.item(false);
                                    }
                                }
                            });
        }
        progress.source("", sources.size(), sources.size());
        progress.done();
        return new BatchSummary(
                sources.size(),
                summary.added(),
                summary.alreadyPresent(),
                failures,
                ingestor.skipped(),
                (System.nanoTime() - start) / 1e9);
    }

    /** One line saying what happened to a stored document. */
    public static String describe(CorpusLoader.Event.Stored stored) {
        return switch (stored.result()) {
            case IngestResult.Added a ->
                    "added "
                            + stored.input()
                            + " as article "
                            + a.id()
                            + " in story "
                            + a.story()
                            + " ("
                            + a.relatives().size()
                            + " related)";
            case IngestResult.AlreadyPresent p ->
                    "already present: " + stored.input() + " (article " + p.id() + ")";
        };
    }
}
