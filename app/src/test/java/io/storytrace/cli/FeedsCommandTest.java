package io.storytrace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.storytrace.ingest.http.LoopbackServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedsCommandTest {

    private static final String ETAG = "\"harbour-v1\"";

    @TempDir Path dir;

    private final LoopbackServer server = new LoopbackServer();

    @AfterEach
    void stop() {
        server.close();
    }

    private String data() {
        return dir.resolve("data").toString();
    }

    private static String page(String headline, String... paragraphs) {
        StringBuilder html =
                new StringBuilder("<!DOCTYPE html><html><head><title>")
                        .append(headline)
                        .append("</title></head><body><article><h1>")
                        .append(headline)
                        .append("</h1>");
        for (String p : paragraphs) {
            html.append("<p>").append(p).append("</p>");
        }
        return html.append("</article></body></html>").toString();
    }

    /** A feed of two items whose pages carry the full text; 304 when asked with its ETag. */
    private void serveHarbourFeed() {
        String feed =
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Harbour Gazette</title>
                <link>%1$s</link><description>News</description>
                <item><title>Ferry fares frozen</title><link>%1$s/ferry</link>
                <description>Fares stay.</description><pubDate>Mon, 03 Mar 2025 09:00:00 GMT</pubDate></item>
                <item><title>Lighthouse reopens</title><link>%1$s/lighthouse</link>
                <description>It reopens.</description><pubDate>Tue, 04 Mar 2025 09:00:00 GMT</pubDate></item>
                </channel></rss>
                """
                        .formatted(server.uri("/news").toString());
        server.handle(
                "/feed.xml",
                exchange -> {
                    if (ETAG.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                        exchange.sendResponseHeaders(304, -1);
                        return;
                    }
                    exchange.getResponseHeaders().set("ETag", ETAG);
                    LoopbackServer.send(
                            exchange,
                            200,
                            "application/rss+xml",
                            feed.getBytes(StandardCharsets.UTF_8));
                });
        server.page(
                "/news/ferry",
                "text/html",
                page(
                        "Ferry fares frozen for a second year",
                        "The Westbay ferry company will keep its fares at 2024 levels until"
                                + " April 2026, its director Hanne Okafor said on Monday.",
                        "“Islanders have carried enough of the fuel bill,” Okafor said, adding"
                                + " that the freeze would cost the company about 1.2 million"
                                + " a year."));
        server.page(
                "/news/lighthouse",
                "text/html",
                page(
                        "Gull Point lighthouse reopens to visitors",
                        "The Gull Point lighthouse reopened on Tuesday after an 18-month"
                                + " restoration of its lantern room and iron stairway.",
                        "“The stairs are older than the town hall,” said keeper Tomas Brandt,"
                                + " who guided the first group of 24 visitors to the top."));
    }

    @Test
    void pollsAFollowedFeedOnceThenFindsItUnchanged() {
        serveHarbourFeed();
        String feed = server.uri("/feed.xml").toString();

        assertThat(CliTest.run("feeds", "add", "--data", data(), feed).out())
                .contains("following " + feed);

        CliTest.Run first = CliTest.run("poll", "--data", data(), "--allow-private");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains(feed + ": 2 added, 0 already present, 0 failed");

        CliTest.Run second = CliTest.run("poll", "--data", data(), "--allow-private");
        assertThat(second.code()).isZero();
        assertThat(second.out()).contains(feed + ": not modified");
        assertThat(server.seen())
                .filteredOn(s -> s.path().equals("/feed.xml"))
                .last()
                .satisfies(s -> assertThat(s.header("If-None-Match")).isEqualTo(ETAG));

        assertThat(CliTest.run("feeds", "list", "--data", data()).out())
                .contains(feed)
                .contains("full text fetched")
                .contains("not modified");
    }

    @Test
    void refusesToPollPrivateAddressesUnlessAllowed() {
        serveHarbourFeed();
        String feed = server.uri("/feed.xml").toString();
        CliTest.run("feeds", "add", "--data", data(), feed);

        CliTest.Run run = CliTest.run("poll", "--data", data());

        assertThat(run.code()).isEqualTo(Main.EXIT_SOME_FAILED);
        assertThat(run.out()).contains(feed + ": 0 added, 0 already present, 1 failed");
        assertThat(server.seen()).isEmpty();
    }

    @Test
    void importsAndExportsOpmlAndRemovesFeeds() throws IOException {
        Path opml = dir.resolve("list.opml");
        Files.writeString(
                opml,
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <opml version="2.0"><head><title>Mine</title></head><body>
                <outline text="Harbour Gazette" type="rss" xmlUrl="https://gazette.example/feed"/>
                <outline text="Tech" title="Tech">
                  <outline text="Circuit Weekly" type="rss" xmlUrl="https://circuit.example/rss"
                           fullText="false"/>
                </outline>
                </body></opml>
                """);

        assertThat(CliTest.run("feeds", "import-opml", "--data", data(), opml.toString()).out())
                .contains("2 feeds in " + opml + ": 2 added, 0 already followed");
        assertThat(CliTest.run("feeds", "import-opml", "--data", data(), opml.toString()).out())
                .contains("0 added, 2 already followed");

        String exported = CliTest.run("feeds", "export-opml", "--data", data()).out();
        assertThat(exported)
                .contains("xmlUrl=\"https://gazette.example/feed\"")
                .contains("xmlUrl=\"https://circuit.example/rss\"")
                .contains("fullText=\"false\"");

        assertThat(
                        CliTest.run(
                                        "feeds",
                                        "remove",
                                        "--data",
                                        data(),
                                        "https://circuit.example/rss")
                                .code())
                .isZero();
        assertThat(
                        CliTest.run(
                                        "feeds",
                                        "remove",
                                        "--data",
                                        data(),
                                        "https://circuit.example/rss")
                                .code())
                .isEqualTo(Main.EXIT_SOME_FAILED);
        assertThat(CliTest.run("feeds", "list", "--data", data()).out())
                .contains("https://gazette.example/feed")
                .doesNotContain("circuit.example");
    }

    @Test
    void refusesAnAddressThatIsNotAWebFeed() {
        CliTest.Run run = CliTest.run("feeds", "add", "--data", data(), "file:///etc/passwd");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("not an http(s) feed address: file:///etc/passwd");
    }

    @Test
    void anIntervalUnderAMinuteIsAUsageError() {
        CliTest.Run run = CliTest.run("poll", "--data", data(), "--every", "5s");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--every must be at least 1m");
    }
}
