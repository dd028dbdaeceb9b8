package io.storytrace.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storytrace.pipeline.InputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads article texts kept apart from their labels: a JSON object mapping each id to {@code
 * {"articleBody": …}}, the layout of an extraction set's {@code ground-truth.json}. A quotes set
 * can then be published as labels alone and its texts taken from the set they were written on.
 */
public final class ArticleTextsReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Each id's text; an error naming the file when it is not such an object. */
    public Map<String, String> read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read texts: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new InputException(
                    file.toString(), "not a JSON object of id → {\"articleBody\": …}");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            JsonNode body = entry.getValue().get("articleBody");
            if (body != null && body.isTextual()) {
                texts.put(entry.getKey(), body.asText());
            }
        }
        return texts;
    }
}
