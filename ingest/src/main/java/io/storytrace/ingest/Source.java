package io.storytrace.ingest;

import io.storytrace.ingest.feed.Subscription;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
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

    /** A folder whose files (recursively, in name order) are each read as what they are. */
    record Folder(Path path) implements Source {
        public Folder {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public String name() {
            return path.toString();
        }
    }

    /** A feed saved as a file: RSS, RDF, Atom or JSON Feed. */
    record FeedFile(Path path) implements Source {
        public FeedFile {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public String name() {
            return path.toString();
        }
    }

    /** An OPML list of feed subscriptions; each feed in it is fetched and read. */
    record OpmlFile(Path path) implements Source {
        public OpmlFile {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public String name() {
            return path.toString();
        }
    }

    /** A web archive: WARC or ARC, gzipped or not. */
    record WarcFile(Path path) implements Source {
        public WarcFile {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public String name() {
            return path.toString();
        }
    }

    /** Articles as JSON Lines, gzipped or not. */
    record JsonLines(Path path) implements Source {
        public JsonLines {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public String name() {
            return path.toString();
        }
    }

    /** A web address: a page or a feed, told apart by what the server returns. */
    record WebAddress(URI uri) implements Source {
        public WebAddress {
            Objects.requireNonNull(uri, "uri");
        }

        @Override
        public String name() {
            return uri.toString();
        }
    }

    /** A feed the user follows, fetched with its own choice about full text. */
    record Subscribed(Subscription subscription) implements Source {
        public Subscribed {
            Objects.requireNonNull(subscription, "subscription");
        }

        @Override
        public String name() {
            return subscription.feedUrl().toString();
        }
    }

    /**
     * Classifies a command-line argument: an http(s) address, a folder, or a file by its name
     * (.warc/.arc, .jsonl/.ndjson, .opml, .rss/.atom/.rdf/.xml, with or without .gz), anything else
     * being a page or text dump.
     *
     * @throws IllegalArgumentException when the argument is blank or a malformed address
     */
    static Source of(String argument) {
        if (argument == null || argument.isBlank()) {
            throw new IllegalArgumentException("empty source name");
        }
        String lower = argument.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            try {
                return new WebAddress(URI.create(argument.strip()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("not a valid web address: " + argument, e);
            }
        }
        Path path = Path.of(argument);
        if (Files.isDirectory(path)) {
            return new Folder(path);
        }
        return ofFile(path);
    }

    /** Classifies a file by its name. */
    static Source ofFile(Path path) {
        String file = path.getFileName() == null ? "" : path.getFileName().toString();
        String name = file.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        if (name.endsWith(".warc") || name.endsWith(".arc")) {
            return new WarcFile(path);
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return new JsonLines(path);
        }
        if (name.endsWith(".opml")) {
            return new OpmlFile(path);
        }
        if (name.endsWith(".rss")
                || name.endsWith(".atom")
                || name.endsWith(".rdf")
                || name.endsWith(".xml")
                || name.endsWith(".feed.json")) {
            return new FeedFile(path);
        }
        return new LocalFile(path);
    }
}
