package io.storytrace.ingest.http;

import io.storytrace.pipeline.InputException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches one web address politely and safely: it refuses private and loopback addresses (after
 * DNS, and again at every redirect), honours robots.txt, waits between requests to one host, asks
 * conditionally with the validators kept from last time, follows a capped number of redirects, and
 * caps the time, the bytes read and the bytes decompressed. It fetches and decodes the transfer;
 * reading the document is extraction's work.
 */
public final class Fetcher implements AutoCloseable {

    private static final String ACCEPT =
            "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                    + "application/feed+json,application/xml;q=0.9,*/*;q=0.8";

    private final FetchConfig config;
    private final ValidatorStore validators;
    private final AddressGuard guard;
    private final RobotsPolicy robots;
    private final HostThrottle throttle;
    private final BodyDecoder decoder;
    private final ExecutorService executor;
    private final HttpClient client;

    /** A fetcher with validators kept in memory and the system's DNS. */
    public Fetcher(FetchConfig config) {
        this(config, ValidatorStore.inMemory(), HostResolver.system());
    }

    public Fetcher(FetchConfig config, ValidatorStore validators, HostResolver resolver) {
        this(config, validators, resolver, new HostThrottle(Thread::sleep, System::nanoTime));
    }

    Fetcher(
            FetchConfig config,
            ValidatorStore validators,
            HostResolver resolver,
            HostThrottle throttle) {
        this.config = config;
        this.validators = validators;
        this.guard = new AddressGuard(config, resolver);
        this.throttle = throttle;
        this.decoder = new BodyDecoder(config.maxDecodedBytes());
        this.robots = new RobotsPolicy(this::robotsFile);
        this.executor =
                Executors.newCachedThreadPool(
                        Thread.ofPlatform().name("storytrace-http-", 0).daemon(true).factory());
        this.client =
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(config.connectTimeout())
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .executor(executor)
                        .build();
    }

    /**
     * Fetches {@code uri}.
     *
     * @throws InputException naming the address and the reason when it cannot or may not be fetched
     */
    public FetchResult fetch(URI uri) {
        Validators known = validators.get(uri).orElse(new Validators(null, null));
        Exchange exchange = exchange(uri, known, true);
        int status = exchange.response().statusCode();
        if (status == 304) {
            return new FetchResult.NotModified(uri);
        }
        if (status < 200 || status >= 300) {
            throw new InputException(uri.toString(), "the server answered HTTP " + status);
        }
        HttpHeaders headers = exchange.response().headers();
        byte[] body =
                decoder.decode(
                        uri.toString(),
                        exchange.response().body(),
                        headers.firstValue("content-encoding").orElse(null));
        Validators seen =
                new Validators(
                        headers.firstValue("etag").orElse(null),
                        headers.firstValue("last-modified").orElse(null));
        if (!seen.isEmpty()) {
            validators.put(uri, seen);
        }
        String contentType = headers.firstValue("content-type").orElse(null);
        return new FetchResult.Fetched(
                uri, exchange.uri(), mediaType(contentType), charset(contentType), body);
    }

    @Override
    public void close() {
        client.close();
        executor.shutdownNow();
    }

    private record Exchange(URI uri, HttpResponse<byte[]> response) {}

    private Exchange exchange(URI start, Validators known, boolean checkRobots) {
        URI current = start;
        Validators ask = known;
        for (int redirects = 0; ; redirects++) {
            try {
                guard.check(current);
                if (checkRobots && config.obeyRobots()) {
                    robots.check(current);
                }
            } catch (InputException e) {
                if (redirects == 0) {
                    throw e;
                }
                // name what the user asked for, and where the redirects led
                throw new InputException(
                        start.toString(), "redirected to " + current + ", " + e.reason());
            }
            Duration delay = config.perHostDelay();
            Duration asked = robots.crawlDelay(current);
            throttle.await(
                    RobotsPolicy.hostKey(current), asked.compareTo(delay) > 0 ? asked : delay);
            HttpResponse<byte[]> response = send(start, current, ask);
            int status = response.statusCode();
            var location = response.headers().firstValue("location");
            if (status >= 300 && status < 400 && status != 304 && location.isPresent()) {
                if (redirects >= config.maxRedirects()) {
                    throw new InputException(
                            start.toString(),
                            "more than " + config.maxRedirects() + " redirects; gave up");
                }
                current = resolve(start, current, location.get());
                ask = new Validators(null, null);
                continue;
            }
            return new Exchange(current, response);
        }
    }

    private static URI resolve(URI start, URI current, String location) {
        try {
            return current.resolve(location.strip());
        } catch (IllegalArgumentException e) {
            throw new InputException(
                    start.toString(), "the server redirected to a bad address: " + location);
        }
    }

    private HttpResponse<byte[]> send(URI start, URI uri, Validators ask) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri)
                        .GET()
                        .timeout(config.requestTimeout())
                        .header("User-Agent", config.userAgent())
                        .header("Accept", ACCEPT)
                        .header("Accept-Encoding", "gzip, deflate, br");
        if (ask.etag() != null) {
            request.header("If-None-Match", ask.etag());
        }
        if (ask.lastModified() != null) {
            request.header("If-Modified-Since", ask.lastModified());
        }
        var future =
                client.sendAsync(
                        request.build(),
                        info ->
                                new CappedBodySubscriber(
                                        config.maxBodyBytes(),
                                        info.headers()
                                                .firstValueAsLong("content-length")
                                                .orElse(-1)));
        try {
            return future.get(config.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new InputException(start.toString(), "timed out fetching " + uri);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new InputException(start.toString(), "interrupted while fetching " + uri);
        } catch (ExecutionException e) {
            throw new InputException(start.toString(), reason(uri, e.getCause()));
        }
    }

    private static String reason(URI uri, Throwable cause) {
        if (cause instanceof CappedBodySubscriber.TooLarge tooLarge) {
            return tooLarge.getMessage();
        }
        if (cause instanceof HttpTimeoutException) {
            return "timed out fetching " + uri;
        }
        if (cause instanceof ConnectException) {
            return "cannot connect to " + uri.getHost();
        }
        if (cause instanceof IOException io
                && io.getCause() instanceof CappedBodySubscriber.TooLarge t) {
            return t.getMessage();
        }
        return "cannot fetch " + uri + ": " + cause;
    }

    private RobotsPolicy.Response robotsFile(URI robotsUri) {
        HttpResponse<byte[]> response =
                exchange(robotsUri, new Validators(null, null), false).response();
        byte[] body =
                response.statusCode() == 200
                        ? decoder.decode(
                                robotsUri.toString(),
                                response.body(),
                                response.headers().firstValue("content-encoding").orElse(null))
                        : new byte[0];
        return new RobotsPolicy.Response(
                response.statusCode(),
                body,
                response.headers().firstValue("content-type").orElse(null));
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        String type = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
        return type.strip().toLowerCase(Locale.ROOT);
    }

    private static String charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                return p.substring("charset=".length()).replace("\"", "").strip();
            }
        }
        return null;
    }
}
