package io.storytrace.ingest;

import io.storytrace.article.RawDocument;
import io.storytrace.ingest.file.FileLoader;
import io.storytrace.pipeline.Outcome;
import java.util.stream.Stream;

/**
 * Ingest's front door: reads a {@link Source} into raw documents. It reads and nothing more;
 * extraction and analysis are the pipeline's, storage the corpus's.
 */
public final class Ingestor {

    private final FileLoader files = new FileLoader();

    /**
     * The documents in {@code source}, lazily, one outcome each. A source that cannot be read at
     * all gives a single failed outcome naming it.
     */
    public Stream<Outcome<RawDocument>> read(Source source) {
        return switch (source) {
            case Source.LocalFile file -> Stream.of(files.read(file.path()));
            case Source.Folder folder -> files.readFolder(folder.path());
        };
    }
}
