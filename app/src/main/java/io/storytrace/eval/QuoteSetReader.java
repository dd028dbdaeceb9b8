package io.storytrace.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storytrace.pipeline.InputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a quotes JSONL file, one article a line: {@code {"id":…, "text":…, "quotes":[{"start":…,
 * "end":…, "speaker":…|null, "outlet":…|null}]}}, offsets counted in characters (Unicode code
 * points, see {@link CharacterOffsets}). A malformed line, or a span outside its text, is an error
 * naming the file and the line.
 */
public final class QuoteSetReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> texts;

    /** A reader for sets whose lines carry their texts. */
    public QuoteSetReader() {
        this(Map.of());
    }

    /**
     * A reader for sets whose lines may carry labels alone ({@code {"id":…, "quotes":[…]}}), the
     * texts being kept elsewhere: {@code texts} gives each such id its text.
     */
    public QuoteSetReader(Map<String, String> texts) {
        this.texts = Map.copyOf(texts);
    }

    public List<LabelledArticle> read(Path file) {
        List<LabelledArticle> articles = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    articles.add(article(JSON.readTree(line)));
                } catch (IOException | IllegalArgumentException | NullPointerException e) {
                    throw new InputException(
                            file + ":" + number, "not a labelled article: " + e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read: " + e.getMessage(), e);
        }
        return articles;
    }

    private LabelledArticle article(JsonNode node) {
        List<QuoteLabel> quotes = new ArrayList<>();
        for (JsonNode quote : node.path("quotes")) {
            quotes.add(
                    new QuoteLabel(
                            quote.required("start").asInt(),
                            quote.required("end").asInt(),
                            text(quote.get("speaker")),
                            text(quote.get("outlet"))));
        }
        String id = node.required("id").asText();
        return new LabelledArticle(id, text(id, node.get("text")), quotes);
    }

    private String text(String id, JsonNode written) {
        if (written != null && !written.isNull()) {
            return written.asText();
        }
        String kept = texts.get(id);
        if (kept == null) {
            throw new IllegalArgumentException(
                    "article " + id + " has no text, and the texts given do not have it either");
        }
        return kept;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
