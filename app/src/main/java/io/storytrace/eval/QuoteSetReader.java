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

/**
 * Reads a quotes JSONL file, one article a line: {@code {"id":…, "text":…, "quotes":[{"start":…,
 * "end":…, "speaker":…|null, "outlet":…|null}]}}, offsets counted in characters (Unicode code
 * points, see {@link CharacterOffsets}). A malformed line, or a span outside its text, is an error
 * naming the file and the line.
 */
public final class QuoteSetReader {

    private static final ObjectMapper JSON = new ObjectMapper();

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

    private static LabelledArticle article(JsonNode node) {
        List<QuoteLabel> quotes = new ArrayList<>();
        for (JsonNode quote : node.path("quotes")) {
            quotes.add(
                    new QuoteLabel(
                            quote.required("start").asInt(),
                            quote.required("end").asInt(),
                            text(quote.get("speaker")),
                            text(quote.get("outlet"))));
        }
        return new LabelledArticle(
                node.required("id").asText(), node.required("text").asText(), quotes);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
