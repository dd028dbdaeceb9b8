package io.storytrace.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storytrace.pipeline.InputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FetcherTest {

    private static final long MIB = 1024 * 1024;

    private final LoopbackServer server = new LoopbackServer();
    private final List<Fetcher> fetchers = new ArrayList<>();

    @AfterEach
    void stop() {
        fetchers.forEach(Fetcher::close);
        server.close();
    }

    /** Loopback allowed, no waiting, small caps. */
    private static FetchConfig testConfig() {
        return new FetchConfig(
                FetchConfig.defaults().userAgent(),
                Duration.ofSeconds(2),
                Duration.ofSeconds(5),
                8 * MIB,
                8 * MIB,
                2,
                Duration.ZERO,
                true,
                true,
                Set.of());
    }

    private Fetcher fetcher(FetchConfig config) {
        return fetcher(config, HostResolver.system());
    }

    private Fetcher fetcher(FetchConfig config, HostResolver resolver) {
        Fetcher fetcher = new Fetcher(config, ValidatorStore.inMemory(), resolver);
        fetchers.add(fetcher);
        return fetcher;
    }

    private static FetchResult.Fetched fetched(FetchResult result) {
        assertThat(result).isInstanceOf(FetchResult.Fetched.class);
        return (FetchResult.Fetched) result;
    }

    @Test
    void fetchesAPageNamingStorytraceAndKeepsTheDeclaredCharset() {
        server.page("/story", "text/html; charset=ISO-8859-1", "<p>Hello</p>");

        FetchResult.Fetched page = fetched(fetcher(testConfig()).fetch(server.uri("/story")));

        assertThat(new String(page.body())).isEqualTo("<p>Hello</p>");
        assertThat(page.mediaType()).isEqualTo("text/html");
        assertThat(page.charset()).isEqualTo("ISO-8859-1");
        LoopbackServer.Seen request =
                server.seen().stream().filter(s -> s.path().equals("/story")).findFirst().get();
        assertThat(request.header("User-Agent")).startsWith("Storytrace/");
        assertThat(request.header("Accept-Encoding")).contains("br");
    }

    @Test
    void honoursRobotsTxt() {
        server.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private\n")
                .page("/private/memo", "text/html", "<p>Secret</p>")
                .page("/public", "text/html", "<p>Open</p>");
        Fetcher fetcher = fetcher(testConfig());

        assertThat(fetched(fetcher.fetch(server.uri("/public"))).body()).isNotEmpty();
        assertThatThrownBy(() -> fetcher.fetch(server.uri("/private/memo")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("robots.txt of 127.0.0.1 does not allow Storytrace");
        assertThat(server.seen())
                .extracting(LoopbackServer.Seen::path)
                .doesNotContain("/private/memo");
        assertThat(server.seen())
                .extracting(LoopbackServer.Seen::path)
                .containsOnlyOnce("/robots.txt");
    }

    @Test
    void asksConditionallyTheSecondTime() {
        server.handle(
                "/feed",
                exchange -> {
                    if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                        LoopbackServer.send(exchange, 304, null, new byte[0]);
                        return;
                    }
                    exchange.getResponseHeaders().set("ETag", "\"v1\"");
                    exchange.getResponseHeaders()
                            .set("Last-Modified", "Tue, 14 May 2024 22:41:00 GMT");
                    LoopbackServer.send(exchange, 200, "application/rss+xml", "<rss/>".getBytes());
                });
        Fetcher fetcher = fetcher(testConfig());

        assertThat(fetcher.fetch(server.uri("/feed"))).isInstanceOf(FetchResult.Fetched.class);
        assertThat(fetcher.fetch(server.uri("/feed"))).isInstanceOf(FetchResult.NotModified.class);

        LoopbackServer.Seen second =
                server.seen().stream().filter(s -> s.path().equals("/feed")).toList().get(1);
        assertThat(second.header("If-None-Match")).isEqualTo("\"v1\"");
        assertThat(second.header("If-Modified-Since")).isEqualTo("Tue, 14 May 2024 22:41:00 GMT");
    }

    @Test
    void waitsBetweenRequestsToOneHost() {
        server.page("/a", "text/html", "a").page("/b", "text/html", "b");
        AtomicLong now = new AtomicLong();
        List<Duration> waits = new ArrayList<>();
        HostThrottle throttle =
                new HostThrottle(
                        d -> {
                            waits.add(d);
                            now.addAndGet(d.toNanos());
                        },
                        now::get);
        FetchConfig config =
                new FetchConfig(
                        testConfig().userAgent(),
                        Duration.ofSeconds(2),
                        Duration.ofSeconds(5),
                        MIB,
                        MIB,
                        2,
                        Duration.ofMillis(700),
                        true,
                        true,
                        Set.of());
        Fetcher fetcher =
                new Fetcher(config, ValidatorStore.inMemory(), HostResolver.system(), throttle);
        fetchers.add(fetcher);

        fetcher.fetch(server.uri("/a"));
        fetcher.fetch(server.uri("/b"));

        // robots.txt first, then /a and /b, each 700 ms after the one before
        assertThat(waits).containsExactly(Duration.ofMillis(700), Duration.ofMillis(700));
    }

    @Test
    void followsRedirectsUpToTheCap() {
        server.handle(
                        "/hops/",
                        exchange -> {
                            String path = exchange.getRequestURI().getPath();
                            int n = Integer.parseInt(path.substring("/hops/".length()));
                            exchange.getResponseHeaders()
                                    .set("Location", n == 0 ? "/end" : "/hops/" + (n - 1));
                            LoopbackServer.send(exchange, 302, null, new byte[0]);
                        })
                .page("/end", "text/html", "<p>Arrived</p>");
        Fetcher fetcher = fetcher(testConfig());

        assertThat(fetched(fetcher.fetch(server.uri("/hops/1"))).finalUri())
                .isEqualTo(server.uri("/end"));
        assertThatThrownBy(() -> fetcher.fetch(server.uri("/hops/5")))
                .isInstanceOf(InputException.class)
                .hasMessage(server.uri("/hops/5") + ": more than 2 redirects; gave up");
    }

    @Test
    void refusesARedirectChainThatEndsAtTheLoopbackAddress() {
        server.handle(
                        "/go",
                        exchange -> {
                            exchange.getResponseHeaders()
                                    .set("Location", server.localhost("/hop").toString());
                            LoopbackServer.send(exchange, 301, null, new byte[0]);
                        })
                .handle(
                        "/hop",
                        exchange -> {
                            exchange.getResponseHeaders()
                                    .set("Location", server.uri("/admin").toString());
                            LoopbackServer.send(exchange, 302, null, new byte[0]);
                        })
                .page("/admin", "text/html", "<p>Router admin</p>");
        // "localhost" stands in for a public site; 127.0.0.1 itself is not allowed
        FetchConfig config =
                new FetchConfig(
                        testConfig().userAgent(),
                        Duration.ofSeconds(2),
                        Duration.ofSeconds(5),
                        MIB,
                        MIB,
                        5,
                        Duration.ZERO,
                        false,
                        false,
                        Set.of("localhost"));

        assertThatThrownBy(() -> fetcher(config).fetch(server.localhost("/go")))
                .isInstanceOfSatisfying(
                        InputException.class,
                        e -> {
                            assertThat(e.input()).isEqualTo(server.localhost("/go").toString());
                            assertThat(e.reason())
                                    .contains("private or local address 127.0.0.1")
                                    .contains("--allow-private");
                        });
        assertThat(server.seen())
                .extracting(LoopbackServer.Seen::path)
                .containsExactly("/go", "/hop");
    }

    @Test
    void refusesNamesThatResolveToPrivateAddresses() throws IOException {
        FetchConfig strict = testConfig().withAllowPrivate(false);
        HostResolver sneaky =
                host ->
                        host.equals("news.example")
                                ? new InetAddress[] {InetAddress.getByName("10.1.2.3")}
                                : InetAddress.getAllByName(host);

        assertThatThrownBy(() -> fetcher(strict, sneaky).fetch(URI.create("http://news.example/x")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(
                        "news.example resolves to the private or local address 10.1.2.3");
        assertThatThrownBy(() -> fetcher(strict).fetch(server.uri("/")))
                .hasMessageContaining("127.0.0.1");
        assertThatThrownBy(() -> fetcher(strict).fetch(URI.create("http://[::1]:9/")))
                .hasMessageContaining("private or local address");
        assertThatThrownBy(() -> fetcher(strict).fetch(URI.create("http://169.254.169.254/latest")))
                .hasMessageContaining("169.254.169.254");
        assertThatThrownBy(() -> fetcher(strict).fetch(URI.create("file:///etc/passwd")))
                .hasMessageContaining("only http and https");
        assertThat(server.seen()).isEmpty();
    }

    @Test
    void decodesGzipDeflateAndBrotli() throws IOException {
        byte[] html = Files.readAllBytes(Path.of("src/test/resources/fixtures/http/hello.html"));
        byte[] brotli =
                Files.readAllBytes(Path.of("src/test/resources/fixtures/http/hello.html.br"));
        serveEncoded("/gzip", "gzip", gzip(html));
        serveEncoded("/deflate", "deflate", deflate(html));
        serveEncoded("/br", "br", brotli);
        Fetcher fetcher = fetcher(testConfig());

        for (String path : List.of("/gzip", "/deflate", "/br")) {
            assertThat(fetched(fetcher.fetch(server.uri(path))).body()).as(path).isEqualTo(html);
        }
    }

    @Test
    void refusesAGzipBombAtTheDecodedCap() throws IOException {
        // 200 MiB of zeros, about 200 KiB on the wire
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (OutputStream gzip = new GZIPOutputStream(bomb)) {
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 200; i++) {
                gzip.write(zeros);
            }
        }
        serveEncoded("/bomb", "gzip", bomb.toByteArray());

        assertThatThrownBy(() -> fetcher(testConfig()).fetch(server.uri("/bomb")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("expands past 8 MiB when decompressed")
                .hasMessageContaining("refused");
    }

    @Test
    void refusesA200MegabytePageWithoutReadingItAll() {
        AtomicBoolean sentAll = new AtomicBoolean();
        server.handle(
                "/huge",
                exchange -> {
                    exchange.getResponseHeaders().set("Content-Type", "text/html");
                    exchange.sendResponseHeaders(200, 0); // chunked: the size is not announced
                    byte[] block = new byte[64 * 1024];
                    try (OutputStream out = exchange.getResponseBody()) {
                        for (long sent = 0; sent < 200 * MIB; sent += block.length) {
                            out.write(block);
                        }
                        sentAll.set(true);
                    } catch (IOException e) {
                        // the client hung up at its cap
                    }
                });
        server.handle(
                "/announced",
                exchange -> {
                    exchange.sendResponseHeaders(200, 200 * MIB);
                    exchange.getResponseBody().close();
                });
        Fetcher fetcher = fetcher(testConfig());

        assertThatThrownBy(() -> fetcher.fetch(server.uri("/huge")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("the response is over 8 MiB; refused");
        assertThat(sentAll).isFalse();
    }

    @Test
    void givesUpOnASlowServer() {
        server.handle(
                "/slow",
                exchange -> {
                    try {
                        Thread.sleep(3000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
        FetchConfig impatient =
                new FetchConfig(
                        testConfig().userAgent(),
                        Duration.ofSeconds(1),
                        Duration.ofMillis(300),
                        MIB,
                        MIB,
                        2,
                        Duration.ZERO,
                        false,
                        true,
                        Set.of());

        assertThatThrownBy(() -> fetcher(impatient).fetch(server.uri("/slow")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("timed out");
    }

    @Test
    void reportsHttpErrorsByStatus() {
        assertThatThrownBy(() -> fetcher(testConfig()).fetch(server.uri("/nowhere")))
                .isInstanceOf(InputException.class)
                .hasMessage(server.uri("/nowhere") + ": the server answered HTTP 404");
    }

    private void serveEncoded(String path, String encoding, byte[] body) {
        server.handle(
                path,
                exchange -> {
                    exchange.getResponseHeaders().set("Content-Encoding", encoding);
                    LoopbackServer.send(exchange, 200, "text/html; charset=utf-8", body);
                });
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(data);
        }
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream deflate = new DeflaterOutputStream(out, new Deflater())) {
            deflate.write(data);
        }
        return out.toByteArray();
    }
}
