package io.storytrace.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the reuse format: JSON lines {@code {"id", "a": {"text", "published"?}, "b": {...},
 * "label": "derived"|"independent"}}. A bad line is an error naming the file and the line.
 */
public final class ReuseSetReader {

    private final ObjectMapper json = new ObjectMapper();

    public List<ReusePair> read(Path file) throws IOException {
        List<ReusePair> pairs = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            pairs.add(parse(line, file + ":" + n));
        }
        return pairs;
    }

    private ReusePair parse(String line, String where) {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(where + ": not JSON: " + e.getOriginalMessage());
        }
        String label = node.path("label").asText("");
        if (!label.equals("derived") && !label.equals("independent")) {
            throw new IllegalArgumentException(
                    where
                            + ": label must be \"derived\" or \"independent\", not \""
                            + label
                            + "\"");
        }
        return new ReusePair(
                node.path("id").asText(where),
                text(node.path("a"), where + " a"),
                published(node.path("a")),
                text(node.path("b"), where + " b"),
                published(node.path("b")),
                label.equals("derived"));
    }

    private static String text(JsonNode side, String where) {
        JsonNode text = side.path("text");
        if (!text.isTextual() || text.asText().isBlank()) {
            throw new IllegalArgumentException(where + ": missing \"text\"");
        }
        return text.asText();
    }

    private static String published(JsonNode side) {
        JsonNode p = side.path("published");
        return p.isTextual() && !p.asText().isBlank() ? p.asText() : null;
    }
}
