package io.storytrace.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.storytrace.article.RawDocument;
import io.storytrace.ingest.http.FetchConfig;
import io.storytrace.ingest.http.LoopbackServer;
import io.storytrace.pipeline.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest of web addresses, feeds and subscription lists, served on loopback. */
class IngestorWebTest {

    private final LoopbackServer server = new LoopbackServer();
    private final Ingestor ingestor =
            new Ingestor(
                    new IngestConfig(
                            new FetchConfig(
                                    FetchConfig.defaults().userAgent(),
                                    Duration.ofSeconds(2),
                                    Duration.ofSeconds(5),
                                    1024 * 1024,
                                    1024 * 1024,
                                    3,
                                    Duration.ZERO,
                                    true,
                                    true,
                                    Set.of()),
                            true));

    @TempDir Path dir;

    @AfterEach
    void stop() {
        ingestor.close();
        server.close();
    }

    private String rss(String... items) {
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Loopback Ledger</title>"
                + "<link>"
                + server.uri("/")
                + "</link><description>d</description>"
                + String.join("", items)
                + "</channel></rss>";
    }

    private static String item(String title, String link, String description) {
        return "<item><title>"
                + title
                + "</title><link>"
                + link
                + "</link><description>"
                + description
                + "</description></item>";
    }

    private List<Outcome<RawDocument>> read(Source source) {
        try (Stream<Outcome<RawDocument>> outcomes = ingestor.read(source)) {
            return outcomes.toList();
        }
    }

    @Test
    void readsAFeedAddressAndFetchesTheArticlesOfSummaryItems() {
        server.page(
                        "/feed",
                        "application/rss+xml",
                        rss(item("Seawall plan", server.uri("/news/seawall").toString(), "Short…")))
                .page("/news/seawall", "text/html", "<article><p>The full story.</p></article>");

        List<Outcome<RawDocument>> outcomes = read(Source.of(server.uri("/feed").toString()));

        assertThat(outcomes).hasSize(1);
        RawDocument page = ((Outcome.Ok<RawDocument>) outcomes.get(0)).value();
        assertThat(page.url()).isEqualTo(server.uri("/news/seawall").toString());
        assertThat(new String(page.content(), StandardCharsets.UTF_8)).contains("The full story.");
        assertThat(page.hints().headline()).isEqualTo("Seawall plan");
        assertThat(page.hints().outlet()).isEqualTo("Loopback Ledger");
    }

    @Test
    void aFeedWhoseItemsAllFailReportsEachAndStillEnds() {
        server.page(
                "/broken-feed",
                "application/rss+xml",
                rss(
                        item("Gone", server.uri("/gone/1").toString(), "Cut…"),
                        item("Also gone", server.uri("/gone/2").toString(), "Cut…")));

        List<Outcome<RawDocument>> outcomes =
                read(Source.of(server.uri("/broken-feed").toString()));

        assertThat(outcomes).hasSize(2).allMatch(o -> o instanceof Outcome.Failed);
        assertThat(outcomes)
                .extracting(o -> ((Outcome.Failed<RawDocument>) o).reason())
                .containsOnly("the server answered HTTP 404");
    }

    @Test
    void readsAPageAddressAsOneDocument() {
        server.page("/story", "text/html; charset=utf-8", "<p>Hello</p>");

        List<Outcome<RawDocument>> outcomes = read(Source.of(server.uri("/story").toString()));

        RawDocument page = ((Outcome.Ok<RawDocument>) outcomes.get(0)).value();
        assertThat(page.mediaType()).isEqualTo("text/html");
        assertThat(page.charset()).isEqualTo("utf-8");
    }

    @Test
    void readsEveryFeedOfAnOpmlListAndCountsUnchangedOnes() throws IOException {
        server.handle(
                "/feed",
                exchange -> {
                    if (exchange.getRequestHeaders().getFirst("If-None-Match") != null) {
                        LoopbackServer.send(exchange, 304, null, new byte[0]);
                        return;
                    }
                    exchange.getResponseHeaders().set("ETag", "\"1\"");
                    LoopbackServer.send(
                            exchange,
                            200,
                            "application/rss+xml",
                            rss(item(
                                            "Kept",
                                            server.uri("/x").toString(),
                                            "<p>" + "word ".repeat(160) + "end.</p>"))
                                    .getBytes(StandardCharsets.UTF_8));
                });
        Path opml =
                Files.writeString(
                        dir.resolve("subs.opml"),
                        "<opml version=\"2.0\"><head><title>t</title></head><body>"
                                + "<outline type=\"rss\" text=\"A\" xmlUrl=\""
                                + server.uri("/feed")
                                + "\"/>"
                                + "<outline type=\"rss\" text=\"A again\" xmlUrl=\""
                                + server.uri("/feed")
                                + "\"/>"
                                + "</body></opml>");

        List<Outcome<RawDocument>> outcomes = read(Source.of(opml.toString()));

        assertThat(outcomes).hasSize(1).allMatch(o -> o instanceof Outcome.Ok);
        assertThat(ingestor.skipped())
                .containsEntry("address not modified since the last fetch", 1L);
    }

    @Test
    void refusesPrivateAddressesByDefault() {
        server.page("/story", "text/html", "<p>Hello</p>");
        try (Ingestor strict = new Ingestor()) {
            List<Outcome<RawDocument>> outcomes;
            try (Stream<Outcome<RawDocument>> stream =
                    strict.read(Source.of(server.uri("/story").toString()))) {
                outcomes = stream.toList();
            }

            assertThat(outcomes).hasSize(1);
            assertThat(((Outcome.Failed<RawDocument>) outcomes.get(0)).reason())
                    .contains("private or local address 127.0.0.1");
        }
        assertThat(server.seen()).isEmpty();
    }
}
