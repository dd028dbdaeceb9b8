package io.storytrace.ingest;

import io.storytrace.article.RawDocument;
import io.storytrace.ingest.feed.Feed;
import io.storytrace.ingest.feed.FeedItemReader;
import io.storytrace.ingest.feed.FeedParser;
import io.storytrace.ingest.feed.OpmlReader;
import io.storytrace.ingest.feed.Subscription;
import io.storytrace.ingest.file.FileLoader;
import io.storytrace.ingest.http.FetchResult;
import io.storytrace.ingest.http.Fetcher;
import io.storytrace.ingest.jsonl.JsonLinesReader;
import io.storytrace.ingest.warc.WarcArchiveReader;
import io.storytrace.pipeline.InputException;
import io.storytrace.pipeline.Outcome;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Ingest's front door: reads a {@link Source} into raw documents, lazily, one outcome per document.
 * It reads and nothing more; extraction and analysis are the pipeline's, storage the corpus's.
 * Records it passes over on purpose (an archive's request records, an unchanged feed) are counted
 * in {@link #skipped()} rather than reported as failures.
 */
public final class Ingestor implements AutoCloseable {

    private final IngestConfig config;
    private final FileLoader files = new FileLoader();
    private final FeedParser feeds = new FeedParser();
    private final OpmlReader opml = new OpmlReader();
    private final JsonLinesReader jsonLines = new JsonLinesReader();
    private final Map<String, LongAdder> skips = new ConcurrentHashMap<>();
    private final WarcArchiveReader archives;
    private final Supplier<Fetcher> fetcherFactory;
    private Fetcher fetcher;

    /** An ingestor with the default configuration. */
    public Ingestor() {
        this(IngestConfig.defaults());
    }

    public Ingestor(IngestConfig config) {
        this(config, () -> new Fetcher(config.fetch()));
    }

    /** An ingestor whose web fetches go through the fetcher {@code fetcherFactory} makes. */
    public Ingestor(IngestConfig config, Supplier<Fetcher> fetcherFactory) {
        this.config = config;
        this.fetcherFactory = fetcherFactory;
        this.archives = new WarcArchiveReader(FileLoader.MAX_FILE_BYTES, this::skip);
    }

    /**
     * The documents in {@code source}, lazily, one outcome each. A source that cannot be read at
     * all gives a single failed outcome naming it. Close the stream when done with it.
     */
    public Stream<Outcome<RawDocument>> read(Source source) {
        return switch (source) {
            case Source.LocalFile file -> Stream.of(files.read(file.path()));
            case Source.Folder folder -> readFolder(folder.path());
            case Source.FeedFile feed -> readFeedFile(feed.path());
            case Source.OpmlFile list -> readOpml(list.path());
            case Source.WarcFile archive -> archives.read(archive.path());
            case Source.JsonLines lines -> jsonLines.read(lines.path());
            case Source.WebAddress address -> readWeb(address.uri(), config.fetchFullText());
            case Source.Subscribed feed ->
                    readWeb(
                            feed.subscription().feedUrl(),
                            config.fetchFullText() && feed.subscription().fetchFullText());
        };
    }

    /** How many records were passed over on purpose so far, by reason. */
    public Map<String, Long> skipped() {
        Map<String, Long> counts = new TreeMap<>();
        skips.forEach((reason, count) -> counts.put(reason, count.sum()));
        return counts;
    }

    @Override
    public synchronized void close() {
        if (fetcher != null) {
            fetcher.close();
            fetcher = null;
        }
    }

    private void skip(String reason) {
        skips.computeIfAbsent(reason, r -> new LongAdder()).increment();
    }

    private synchronized Fetcher fetcher() {
        if (fetcher == null) {
            fetcher = fetcherFactory.get();
        }
        return fetcher;
    }

    private Stream<Outcome<RawDocument>> readFolder(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> paths =
                    walk.filter(Files::isRegularFile)
                            .filter(p -> !p.getFileName().toString().startsWith("."))
                            .sorted()
                            .toList();
            return paths.stream().flatMap(path -> read(Source.ofFile(path)));
        } catch (IOException | java.io.UncheckedIOException e) {
            return Stream.of(
                    new Outcome.Failed<>(
                            folder.toString(), "cannot list folder: " + e.getMessage()));
        }
    }

    private Stream<Outcome<RawDocument>> readFeedFile(Path path) {
        Outcome<RawDocument> file = files.read(path);
        if (!(file instanceof Outcome.Ok<RawDocument> ok)) {
            return Stream.of(file);
        }
        try {
            Feed feed = feeds.parse(path.toString(), ok.value().content());
            return items(path.toString(), feed, config.fetchFullText());
        } catch (InputException e) {
            return Stream.of(new Outcome.Failed<>(path.toString(), e.reason()));
        }
    }

    private Stream<Outcome<RawDocument>> readOpml(Path path) {
        Outcome<RawDocument> file = files.read(path);
        if (!(file instanceof Outcome.Ok<RawDocument> ok)) {
            return Stream.of(file);
        }
        try {
            List<Subscription> subscriptions = opml.read(path.toString(), ok.value().content());
            return subscriptions.stream()
                    .flatMap(
                            s -> readWeb(s.feedUrl(), config.fetchFullText() && s.fetchFullText()));
        } catch (InputException e) {
            return Stream.of(new Outcome.Failed<>(path.toString(), e.reason()));
        }
    }

    private Stream<Outcome<RawDocument>> readWeb(URI uri, boolean fullText) {
        String name = uri.toString();
        try {
            FetchResult result = fetcher().fetch(uri);
            if (!(result instanceof FetchResult.Fetched fetched)) {
                skip("address not modified since the last fetch");
                return Stream.empty();
            }
            if (isFeed(fetched)) {
                return items(name, feeds.parse(name, fetched.body()), fullText);
            }
            return Stream.of(new Outcome.Ok<>(name, document(fetched)));
        } catch (InputException e) {
            return Stream.of(new Outcome.Failed<>(name, e.reason()));
        }
    }

    private Stream<Outcome<RawDocument>> items(String name, Feed feed, boolean fullText) {
        FeedItemReader reader = new FeedItemReader(this::page);
        return reader.read(name, feed, fullText);
    }

    /** A feed item's article page, fetched. */
    private RawDocument page(String link) {
        URI uri;
        try {
            uri = URI.create(link.strip());
        } catch (IllegalArgumentException e) {
            throw new InputException(link, "not a valid address");
        }
        if (!(fetcher().fetch(uri) instanceof FetchResult.Fetched fetched)) {
            throw new InputException(link, "not modified since the last fetch");
        }
        return document(fetched);
    }

    private static RawDocument document(FetchResult.Fetched fetched) {
        return new RawDocument(
                fetched.requested().toString(),
                fetched.finalUri().toString(),
                fetched.body(),
                fetched.mediaType(),
                fetched.charset());
    }

    private static boolean isFeed(FetchResult.Fetched fetched) {
        String type =
                fetched.mediaType() == null ? "" : fetched.mediaType().toLowerCase(Locale.ROOT);
        if (type.contains("html")) {
            return false;
        }
        return type.contains("rss")
                || type.contains("atom")
                || type.contains("feed+json")
                || FeedParser.looksLikeFeed(fetched.body());
    }
}
