package io.storytrace.ingest.jsonl;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storytrace.article.DocumentHints;
import io.storytrace.article.RawDocument;
import io.storytrace.extract.PublishedTimeParser;
import io.storytrace.pipeline.Outcome;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads articles from a JSON Lines file (gzipped or not), lazily: one object per line with {@code
 * url}, {@code headline} (or {@code title}), {@code published}, {@code outlet}, {@code byline} (or
 * {@code author}) and either {@code html} (a page) or {@code body} (plain text, paragraphs
 * separated by blank lines). A bad line is a failure naming its number; the lines after it are
 * still read.
 */
public final class JsonLinesReader {

    private final ObjectMapper json = new ObjectMapper();
    private final PublishedTimeParser times = new PublishedTimeParser();

    /** The articles in {@code file}; close the stream to close the file. */
    public Stream<Outcome<RawDocument>> read(Path file) {
        BufferedReader reader;
        try {
            InputStream in = Files.newInputStream(file);
            if (file.getFileName().toString().endsWith(".gz")) {
                in = new GZIPInputStream(in);
            }
            reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Stream.of(new Outcome.Failed<>(file.toString(), "cannot read: " + e));
        }
        AtomicInteger number = new AtomicInteger();
        return reader.lines()
                .map(line -> line(file, number.incrementAndGet(), line))
                .filter(outcome -> outcome != null)
                .onClose(
                        () -> {
                            try {
                                reader.close();
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        });
    }

    private Outcome<RawDocument> line(Path file, int number, String line) {
        if (line.isBlank()) {
            return null;
        }
        String location = file + ":" + number;
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JacksonException e) {
            return new Outcome.Failed<>(location, "not valid JSON: " + e.getOriginalMessage());
        }
        if (!node.isObject()) {
            return new Outcome.Failed<>(location, "not a JSON object");
        }
        String url = text(node, "url");
        DocumentHints hints =
                new DocumentHints(
                        first(text(node, "headline"), text(node, "title")),
                        first(text(node, "byline"), text(node, "author")),
                        times.find(text(node, "published")).orElse(null),
                        text(node, "outlet"));
        String html = text(node, "html");
        String body = text(node, "body");
        if (html != null) {
            return new Outcome.Ok<>(
                    location,
                    new RawDocument(
                            location,
                            url,
                            html.getBytes(StandardCharsets.UTF_8),
                            "text/html",
                            "UTF-8",
                            hints));
        }
        if (body != null) {
            return new Outcome.Ok<>(
                    location,
                    new RawDocument(
                            location,
                            url,
                            body.getBytes(StandardCharsets.UTF_8),
                            "text/plain",
                            "UTF-8",
                            hints));
        }
        return new Outcome.Failed<>(location, "the line has neither \"html\" nor \"body\"");
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}
