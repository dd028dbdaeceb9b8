package io.storytrace.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * A labelled extraction set on disk: {@code html/<id>.html.gz} pages, {@code ground-truth.json}
 * mapping each id to its article body and URL, and optionally {@code output/<tool>.json} with other
 * extractors' answers on the same pages.
 *
 * @param folder the set's folder
 * @param truth each page's id mapped to its true article body and URL, sorted by id
 * @param peers each peer tool's name mapped to its answers (id to article body), sorted by name
 */
public record ExtractionBenchmark(
        Path folder, Map<String, Page> truth, Map<String, Map<String, String>> peers) {

    /** One labelled page. */
    public record Page(String articleBody, String url) {}

    public ExtractionBenchmark {
        truth = Collections.unmodifiableSortedMap(new TreeMap<>(truth));
        peers = Collections.unmodifiableSortedMap(new TreeMap<>(peers));
    }

    /**
     * Reads the set in {@code folder}.
     *
     * @throws IllegalArgumentException when the folder is not such a set
     */
    public static ExtractionBenchmark read(Path folder) {
        Path truthFile = folder.resolve("ground-truth.json");
        if (!Files.isRegularFile(truthFile) || !Files.isDirectory(folder.resolve("html"))) {
            throw new IllegalArgumentException(
                    folder + " is not an extraction set: it needs ground-truth.json and html/");
        }
        ObjectMapper json = new ObjectMapper();
        try {
            Map<String, Page> truth = new TreeMap<>();
            for (Map.Entry<String, JsonNode> e : fields(json.readTree(truthFile.toFile()))) {
                truth.put(
                        e.getKey(),
                        new Page(
                                e.getValue().path("articleBody").asText(""),
                                e.getValue().path("url").asText(null)));
            }
            return new ExtractionBenchmark(
                    folder, truth, readPeers(json, folder.resolve("output")));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + truthFile + ": " + e.getMessage());
        }
    }

    /** Scores {@code answers} (page id to article body; a missing id counts as empty). */
    public ExtractionScore score(Map<String, String> answers) {
        java.util.List<PageScore> scores = new java.util.ArrayList<>();
        truth.forEach(
                (id, page) ->
                        scores.add(PageScore.of(page.articleBody(), answers.getOrDefault(id, ""))));
        return ExtractionScore.of(scores);
    }

    /** The gunzipped bytes of page {@code id}. */
    public byte[] html(String id) {
        Path file = folder.resolve("html").resolve(id + ".html.gz");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static Map<String, Map<String, String>> readPeers(ObjectMapper json, Path output)
            throws IOException {
        Map<String, Map<String, String>> peers = new TreeMap<>();
        if (!Files.isDirectory(output)) {
            return peers;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(output, "*.json")) {
            for (Path file : files) {
                JsonNode root = json.readTree(file.toFile());
                // published outputs come either bare or wrapped as {"output": {...}, "version":
                // ...}
                JsonNode answers = root.path("output").isObject() ? root.get("output") : root;
                Map<String, String> bodies = new TreeMap<>();
                for (Map.Entry<String, JsonNode> e : fields(answers)) {
                    bodies.put(e.getKey(), e.getValue().path("articleBody").asText(""));
                }
                String name = file.getFileName().toString();
                peers.put(name.substring(0, name.length() - ".json".length()), bodies);
            }
        }
        return peers;
    }

    private static Iterable<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
        return () -> it;
    }
}
