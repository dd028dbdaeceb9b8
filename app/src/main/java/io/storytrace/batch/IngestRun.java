package io.storytrace.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.storytrace.article.Article;
import io.storytrace.article.RawDocument;
import io.storytrace.ingest.Ingestor;
import io.storytrace.ingest.Source;
import io.storytrace.pipeline.Extractor;
import io.storytrace.pipeline.InputException;
import io.storytrace.pipeline.Outcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads sources through ingest, extracts each document and writes one JSON line per article. A
 * document that cannot be read or extracted is a failure with its reason and the batch goes on;
 * each line is flushed as written, so what was written survives a later crash.
 */
public final class IngestRun {

    private final Ingestor ingestor;
    private final Extractor extractor;
    private final ArticleJson articles = new ArticleJson();
    private final ObjectMapper json = new ObjectMapper();

    public IngestRun(Ingestor ingestor, Extractor extractor) {
        this.ingestor = ingestor;
        this.extractor = extractor;
    }

    /** Runs the batch over {@code sources}, writing articles to {@code out}. */
    public BatchSummary run(List<Source> sources, Writer out, Progress progress) {
        long start = System.nanoTime();
        List<Outcome.Failed<?>> failures = new ArrayList<>();
        long written = 0;
        for (int i = 0; i < sources.size(); i++) {
            Source source = sources.get(i);
            progress.source(source.name(), i, sources.size());
            try (Stream<Outcome<RawDocument>> documents = ingestor.read(source)) {
                for (var it = documents.iterator(); it.hasNext(); ) {
                    Outcome<Article> outcome = extract(it.next());
                    switch (outcome) {
                        case Outcome.Ok<Article> ok -> {
                            write(out, ok.value());
                            written++;
                            progress.item(true);
                        }
                        case Outcome.Failed<Article> failed -> {
                            failures.add(failed);
                            progress.item(false);
                        }
                    }
                }
            }
        }
        progress.source("", sources.size(), sources.size());
        progress.done();
        return new BatchSummary(
                sources.size(),
                written,
                0,
                failures,
                ingestor.skipped(),
                (System.nanoTime() - start) / 1e9);
    }

    private Outcome<Article> extract(Outcome<RawDocument> document) {
        return switch (document) {
            case Outcome.Failed<RawDocument> failed ->
                    new Outcome.Failed<>(failed.input(), failed.reason());
            case Outcome.Ok<RawDocument> ok -> {
                try {
                    yield new Outcome.Ok<>(ok.input(), extractor.extract(ok.value()));
                } catch (InputException e) {
                    yield new Outcome.Failed<>(ok.input(), e.reason());
                } catch (RuntimeException e) {
                    yield new Outcome.Failed<>(ok.input(), "internal error: " + e);
                }
            }
        };
    }

    private void write(Writer out, Article article) {
        try {
            out.write(json.writeValueAsString(articles.toJson(article)));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the articles: " + e.getMessage(), e);
        }
    }
}
