package io.storytrace.batch;

import io.storytrace.ingest.IngestConfig;
import io.storytrace.ingest.Ingestor;
import io.storytrace.ingest.Source;
import io.storytrace.ingest.feed.Subscription;
import io.storytrace.ingest.http.Fetcher;
import io.storytrace.ingest.http.HostResolver;
import io.storytrace.pipeline.Pipeline;
import io.storytrace.store.Corpus;
import io.storytrace.store.CorpusLoader;
import io.storytrace.store.FollowedFeed;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fetches every followed feed once and adds its new articles to the corpus. Fetches are conditional
 * with the validators kept in the corpus, and one fetcher serves the whole round so that the
 * per-host delay holds across feeds of one site. What each feed gave is recorded with it.
 * Scheduling rounds is the caller's.
 */
public final class FeedPoller {

    /** What one feed gave in a round. */
    public record Polled(FollowedFeed feed, BatchSummary summary, boolean unchanged) {

        /** A short account, as recorded with the feed: "3 added, 1 failed" or "not modified". */
        public String describe() {
            if (unchanged && summary.failures().isEmpty()) {
                return "not modified";
            }
            return String.format(
                    Locale.ROOT,
                    "%d added, %d already present, %d failed",
                    summary.articles(),
                    summary.alreadyPresent(),
                    summary.failures().size());
        }
    }

    private static final String NOT_MODIFIED = "address not modified since the last fetch";

    private final Corpus corpus;
    private final Pipeline pipeline;
    private final IngestConfig config;
    private final int threads;
    private final Clock clock;

    public FeedPoller(
            Corpus corpus, Pipeline pipeline, IngestConfig config, int threads, Clock clock) {
        this.corpus = corpus;
        this.pipeline = pipeline;
        this.config = config;
        this.threads = threads;
        this.clock = clock;
    }

    /** Polls every followed feed once, in address order. */
    public List<Polled> pollOnce(Progress progress) {
        List<Polled> results = new ArrayList<>();
        StoredValidators validators = new StoredValidators(corpus.feeds());
        try (Ingestor ingestor =
                new Ingestor(
                        config,
                        () -> new Fetcher(config.fetch(), validators, HostResolver.system()))) {
            CorpusRun run =
                    new CorpusRun(ingestor, new CorpusLoader(corpus, pipeline, threads, 64));
            for (FollowedFeed feed : corpus.feeds().all()) {
                Map<String, Long> skippedBefore = new HashMap<>(ingestor.skipped());
                Source source = new Source.Subscribed(subscription(feed));
                BatchSummary summary = run.run(List.of(source), progress, stored -> {});
                long notModified =
                        ingestor.skipped().getOrDefault(NOT_MODIFIED, 0L)
                                - skippedBefore.getOrDefault(NOT_MODIFIED, 0L);
                Polled polled = new Polled(feed, summary, notModified > 0);
                corpus.feeds().polled(feed.url(), clock.instant(), polled.describe());
                results.add(polled);
            }
        }
        return results;
    }

    private static Subscription subscription(FollowedFeed feed) {
        return new Subscription(
                URI.create(feed.url()),
                feed.title(),
                feed.siteUrl() == null ? null : URI.create(feed.siteUrl()),
                feed.fullText());
    }
}
