package io.storytrace.ingest.warc;

import io.storytrace.article.RawDocument;
import io.storytrace.pipeline.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads the HTML pages archived in a WARC or ARC file, compressed or not, lazily and one record at
 * a time. Records that are not successful HTML responses (requests, metadata, images, redirects)
 * are skipped and reported to a counter. A truncated or corrupt record ends the file with a failure
 * naming its offset; the pages before it have already been delivered.
 */
public final class WarcArchiveReader {

    private final long maxRecordBytes;
    private final Consumer<String> skipped;

    /**
     * @param maxRecordBytes the largest page body read from one record
     * @param skipped told, per skipped record, why it was skipped
     */
    public WarcArchiveReader(long maxRecordBytes, Consumer<String> skipped) {
        this.maxRecordBytes = maxRecordBytes;
        this.skipped = skipped;
    }

    /** The pages in {@code file}; close the stream to close the file. */
    public Stream<Outcome<RawDocument>> read(Path file) {
        WarcReader reader;
        try {
            reader = new WarcReader(file);
        } catch (IOException | IllegalArgumentException e) {
            return Stream.of(
                    new Outcome.Failed<>(file.toString(), "not a readable WARC or ARC file: " + e));
        }
        Records records = new Records(file.toString(), reader);
        return StreamSupport.stream(
                        Spliterators.spliteratorUnknownSize(records, Spliterator.ORDERED), false)
                .onClose(records::close);
    }

    private final class Records implements Iterator<Outcome<RawDocument>> {
        private final String name;
        private final WarcReader reader;
        private Outcome<RawDocument> next;
        private boolean done;

        Records(String name, WarcReader reader) {
            this.name = name;
            this.reader = reader;
        }

        @Override
        public boolean hasNext() {
            if (next == null && !done) {
                next = advance();
                done = next == null;
            }
            return next != null;
        }

        @Override
        public Outcome<RawDocument> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Outcome<RawDocument> value = next;
            next = null;
            if (value instanceof Outcome.Failed<RawDocument> failed
                    && failed.reason().startsWith("truncated")) {
                done = true;
            }
            return value;
        }

        private Outcome<RawDocument> advance() {
            while (true) {
                long offset = reader.position();
                Optional<WarcRecord> record;
                try {
                    record = reader.next();
                } catch (IOException | RuntimeException e) {
                    return truncated(offset, e);
                }
                if (record.isEmpty()) {
                    close();
                    return null;
                }
                Outcome<RawDocument> page = page(record.get(), offset);
                if (page != null) {
                    return page;
                }
            }
        }

        private Outcome<RawDocument> page(WarcRecord record, long offset) {
            if (!(record instanceof WarcResponse response)) {
                skipped.accept("archive record of type " + record.type());
                return null;
            }
            String location = name + "@" + offset + " " + response.target();
            try {
                HttpResponse http = response.http();
                if (http.status() != 200) {
                    skipped.accept("archived response with HTTP status " + http.status());
                    return null;
                }
                MediaType type = http.contentType();
                String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
                if (!base.contains("html")) {
                    skipped.accept("archived response that is not HTML");
                    return null;
                }
                byte[] body;
                try (InputStream in = http.bodyDecoded().stream()) {
                    body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxRecordBytes + 1));
                }
                if (body.length > maxRecordBytes) {
                    return new Outcome.Failed<>(
                            location,
                            "page over " + maxRecordBytes / (1024 * 1024) + " MiB; skipped");
                }
                String charset = type.parameters().get("charset");
                return new Outcome.Ok<>(
                        location,
                        new RawDocument(location, response.target(), body, base, charset));
            } catch (IOException | RuntimeException e) {
                return truncated(offset, e);
            }
        }

        private Outcome<RawDocument> truncated(long offset, Exception e) {
            close();
            return new Outcome.Failed<>(
                    name + "@" + offset,
                    "truncated or corrupt record at byte "
                            + offset
                            + " ("
                            + (e.getMessage() == null
                                    ? e.getClass().getSimpleName()
                                    : e.getMessage())
                            + "); the records before it were read");
        }

        void close() {
            try {
                reader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
