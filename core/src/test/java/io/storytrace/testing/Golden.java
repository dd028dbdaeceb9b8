package io.storytrace.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares an output with its golden file beside the fixture, {@code <name>.expected.json}. Run the
 * build with {@code -Dgolden.update=true} to rewrite the golden files from the current output; the
 * change then shows as a diff in review.
 */
public final class Golden {

    private static final ObjectMapper JSON =
            new ObjectMapper()
                    .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                    .enable(SerializationFeature.INDENT_OUTPUT);

    private Golden() {}

    /** Whether this run rewrites golden files instead of comparing with them. */
    public static boolean updating() {
        return Boolean.getBoolean("golden.update");
    }

    /**
     * Checks that {@code actual}, rendered as stable JSON (sorted keys, two-space indent), equals
     * the golden file at {@code expected} (a path under {@code src/test/resources}).
     */
    public static void assertMatchesJson(Object actual, Path expected) {
        assertMatchesText(stableJson(actual), expected);
    }

    /** Checks that {@code actual} equals the text of the golden file at {@code expected}. */
    public static void assertMatchesText(String actual, Path expected) {
        try {
            if (updating()) {
                Files.createDirectories(expected.toAbsolutePath().getParent());
                Files.writeString(expected, actual, StandardCharsets.UTF_8);
                return;
            }
            assertThat(expected)
                    .as("golden file %s is missing; run with -Dgolden.update=true", expected)
                    .exists();
            assertThat(actual)
                    .as("output differs from %s; run with -Dgolden.update=true to accept", expected)
                    .isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Renders any value as JSON with sorted keys and a trailing newline. */
    public static String stableJson(Object value) {
        try {
            JsonNode tree = value instanceof JsonNode node ? node : JSON.valueToTree(value);
            DefaultPrettyPrinter printer =
                    new DefaultPrettyPrinter()
                            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            Object sorted = JSON.treeToValue(tree, Object.class);
            return JSON.writer(printer).writeValueAsString(sorted) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot render as JSON: " + value, e);
        }
    }

    /**
     * The source path of a test resource, so that updates land in the source tree rather than in
     * {@code target/}. Tests run with the module directory as working directory.
     */
    public static Path resource(String relative) {
        return Path.of("src/test/resources").resolve(relative);
    }
}
