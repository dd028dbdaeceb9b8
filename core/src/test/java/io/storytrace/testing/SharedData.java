package io.storytrace.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates the shared, read-only evaluation data beside the checkout ({@code ../shared/data}). Tests
 * that need it skip, with a message saying why, when it is absent, as in a user's clone.
 */
public final class SharedData {

    private SharedData() {}

    /** The shared data folder, or a skipped test when it is not there. */
    public static Path require(String relative) {
        String configured = System.getProperty("storytrace.shared.data");
        Path root = configured == null ? Path.of("../../shared/data") : Path.of(configured);
        Path path = root.resolve(relative);
        Assumptions.assumeTrue(
                Files.exists(path),
                "skipped: shared data " + path + " is absent (it sits beside the checkout)");
        return path;
    }
}
