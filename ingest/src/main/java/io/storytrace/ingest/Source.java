package io.storytrace.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** An input a user names on the command line: what it is, not yet what it holds. */
public sealed interface Source {

    /** How the source is named in messages. */
    String name();

    /** One local file: a plain-text dump or an HTML page. */
    record LocalFile(Path path) implements Source {
        public LocalFile {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public String name() {
            return path.toString();
        }
    }

    /** A folder whose files (recursively, in name order) are read as local files. */
    record Folder(Path path) implements Source {
        public Folder {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public String name() {
            return path.toString();
        }
    }

    /**
     * Classifies a command-line argument.
     *
     * @throws IllegalArgumentException when the argument names nothing that can be read
     */
    static Source of(String argument) {
        Path path = Path.of(argument);
        if (Files.isDirectory(path)) {
            return new Folder(path);
        }
        return new LocalFile(path);
    }
}
