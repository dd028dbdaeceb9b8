package io.storytrace.store;

import io.storytrace.analyze.AnalyzedArticle;
import io.storytrace.article.RawDocument;
import io.storytrace.pipeline.Outcome;
import io.storytrace.pipeline.Pipeline;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Loads a stream of raw documents into a corpus: extraction, analysis and profiling run on a named
 * pool of worker threads, a chunk at a time; each chunk is then ordered by publication time
 * (undated articles keep their place after the dated ones) and stored one article after another, so
 * that stories grow in time order. A document that fails is reported and the rest go on.
 */
public final class CorpusLoader {

    /** What happened to one document. */
    public sealed interface Event {
        String input();

        record Stored(String input, IngestResult result) implements Event {}

        record Failed(String input, String reason) implements Event {}
    }

    /** Counts of a finished load. */
    public record Summary(int added, int alreadyPresent, int failed) {}

    private final Corpus corpus;
    private final Pipeline pipeline;
    private final int threads;
    private final int chunk;

    public CorpusLoader(Corpus corpus, Pipeline pipeline, int threads, int chunk) {
        if (threads < 1 || chunk < 1) {
            throw new IllegalArgumentException("threads and chunk must be positive");
        }
        this.corpus = corpus;
        this.pipeline = pipeline;
        this.threads = threads;
        this.chunk = chunk;
    }

    /** Loads every document, telling {@code events} about each one as it is stored or fails. */
    public Summary load(Stream<Outcome<RawDocument>> documents, Consumer<Event> events) {
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool =
                Executors.newFixedThreadPool(
                        threads,
                        r -> {
                            Thread t = new Thread(r, "storytrace-prepare-" + n.incrementAndGet());
                            t.setDaemon(true);
                            return t;
                        });
        int added = 0;
        int present = 0;
        int failed = 0;
        try {
            Iterator<Outcome<RawDocument>> it = documents.iterator();
            // The next chunk is prepared on the pool while this thread stores the current one.
            List<Future<Object>> current = submit(it, pool);
            while (!current.isEmpty()) {
                List<Future<Object>> next = submit(it, pool);
                List<Corpus.Prepared> ready = new ArrayList<>();
                for (Future<Object> f : current) {
                    Object value = get(f);
                    if (value instanceof Corpus.Prepared p) {
                        ready.add(p);
                    } else {
                        failed++;
                        events.accept((Event.Failed) value);
                    }
                }
                ready.sort(
                        Comparator.comparing(
                                CorpusLoader::published,
                                Comparator.nullsLast(Comparator.naturalOrder())));
                for (Corpus.Prepared p : ready) {
                    String input = p.analyzed().article().location();
                    try {
                        IngestResult result = corpus.ingest(p);
                        if (result instanceof IngestResult.Added) {
                            added++;
                        } else {
                            present++;
                        }
                        events.accept(new Event.Stored(input, result));
                    } catch (CorpusException e) {
                        failed++;
                        events.accept(new Event.Failed(input, e.getMessage()));
                    }
                }
                current = next;
            }
        } finally {
            pool.shutdownNow();
        }
        return new Summary(added, present, failed);
    }

    private List<Future<Object>> submit(Iterator<Outcome<RawDocument>> it, ExecutorService pool) {
        List<Future<Object>> futures = new ArrayList<>(chunk);
        for (int i = 0; i < chunk && it.hasNext(); i++) {
            Outcome<RawDocument> document = it.next();
            futures.add(pool.submit(() -> prepare(document)));
        }
        return futures;
    }

    private Object prepare(Outcome<RawDocument> document) {
        return switch (document.flatMap(pipeline::process)) {
            case Outcome.Ok<AnalyzedArticle> ok -> {
                try {
                    yield corpus.prepare(ok.value());
                } catch (RuntimeException e) {
                    yield new Event.Failed(ok.input(), "internal error: " + e);
                }
            }
            case Outcome.Failed<AnalyzedArticle> f -> new Event.Failed(f.input(), f.reason());
        };
    }

    private static Instant published(Corpus.Prepared p) {
        var t = p.analyzed().article().published();
        return t == null ? null : t.toInstantAssumingUtc();
    }

    private static Object get(Future<Object> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a worker failed: " + e.getCause(), e.getCause());
        }
    }
}
