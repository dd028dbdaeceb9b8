package io.storytrace.ingest.file;

import io.storytrace.article.RawDocument;
import io.storytrace.pipeline.Outcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads local files into raw documents, guessing the media type from the file name. It refuses
 * files over a size cap and reports unreadable paths as failures; decoding is left to extraction.
 */
public final class FileLoader {

    /** Larger files are refused: no news article is this big, and reading it would cost memory. */
    public static final long MAX_FILE_BYTES = 32L * 1024 * 1024;

    /** One file, as a document or as the reason it cannot be read. */
    public Outcome<RawDocument> read(Path path) {
        String name = path.toString();
        try {
            if (Files.isDirectory(path)) {
                return new Outcome.Failed<>(name, "is a folder, not a file");
            }
            long size = Files.size(path);
            if (size > MAX_FILE_BYTES) {
                return new Outcome.Failed<>(
                        name,
                        "file is "
                                + size / (1024 * 1024)
                                + " MiB, over the "
                                + MAX_FILE_BYTES / (1024 * 1024)
                                + " MiB limit for one article");
            }
            return new Outcome.Ok<>(
                    name, RawDocument.ofFile(name, Files.readAllBytes(path), mediaType(path)));
        } catch (NoSuchFileException e) {
            return new Outcome.Failed<>(name, "no such file");
        } catch (AccessDeniedException e) {
            return new Outcome.Failed<>(name, "permission denied");
        } catch (IOException e) {
            return new Outcome.Failed<>(name, "cannot read: " + e.getMessage());
        }
    }

    /**
     * Every regular file under {@code folder}, recursively, in path order; hidden files are
     * skipped.
     */
    public Stream<Outcome<RawDocument>> readFolder(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk
                    .filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList()
                    .stream()
                    .map(this::read);
        } catch (IOException | UncheckedIOException e) {
            return Stream.of(
                    new Outcome.Failed<>(
                            folder.toString(), "cannot list folder: " + e.getMessage()));
        }
    }

    private static String mediaType(Path path) {
        String file = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (file.endsWith(".html") || file.endsWith(".htm") || file.endsWith(".xhtml")) {
            return "text/html";
        }
        if (file.endsWith(".txt") || file.endsWith(".text")) {
            return "text/plain";
        }
        return null;
    }
}
