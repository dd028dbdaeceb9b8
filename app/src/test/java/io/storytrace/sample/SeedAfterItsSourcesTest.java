package io.storytrace.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.storytrace.analyze.AnalyzedArticle;
import io.storytrace.article.RawDocument;
import io.storytrace.pipeline.Outcome;
import io.storytrace.pipeline.Pipeline;
import io.storytrace.provenance.Story;
import io.storytrace.provenance.StoryVersion;
import io.storytrace.store.Corpus;
import io.storytrace.store.CorpusConfig;
import io.storytrace.store.CorpusLoader;
import io.storytrace.store.IngestResult;
import io.storytrace.store.Trace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The order a reader meets the seed story in: the trade report and its syndicated copy are in the
 * corpus, saved and reopened, before the content farm's paraphrase arrives. The paraphrase shares
 * few words and no quotation wording with its source, only names and facts; it must still find its
 * story, both when traced and when ingested.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeedAfterItsSourcesTest {

    private Path dir;
    private Corpus corpus;
    private AnalyzedArticle seed;

    @BeforeAll
    void loadTheSampleWithoutTheSeed() throws IOException {
        dir = Files.createTempDirectory("storytrace-seed-after");
        CorpusConfig config = CorpusConfig.defaults(dir.resolve("data"));
        List<RawDocument> documents = new SampleCorpus().documents();
        Pipeline pipeline = Pipeline.standard();
        try (Corpus first = Corpus.open(config)) {
            new CorpusLoader(first, pipeline, 2, 256)
                    .load(
                            documents.stream()
                                    .filter(d -> !d.location().equals(SampleCorpus.SEED))
                                    .map(d -> new Outcome.Ok<>(d.location(), d)),
                            event -> {});
        }
        corpus = Corpus.open(config);
        RawDocument page =
                documents.stream()
                        .filter(d -> d.location().equals(SampleCorpus.SEED))
                        .findFirst()
                        .orElseThrow();
        seed = ((Outcome.Ok<AnalyzedArticle>) pipeline.process(page)).value();
    }

    @AfterAll
    void close() throws IOException {
        corpus.close();
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Test
    @Order(1)
    void tracedTheSeedFindsItsStory() {
        Trace trace = corpus.trace(seed);

        assertThat(outlets(trace.story().orElseThrow()))
                .contains("Screen Dispatch", "Stage & Screen Daily");
    }

    @Test
    @Order(2)
    void ingestedTheSeedJoinsItsStory() {
        IngestResult.Added added = (IngestResult.Added) corpus.ingest(seed);

        Story story = corpus.story(added.story()).orElseThrow();
        assertThat(outlets(story)).contains("Screen Dispatch", "Stage & Screen Daily");
        assertThat(story.versions().getFirst().outlet()).isEqualTo("Screen Dispatch");
    }

    private static List<String> outlets(Story story) {
        return story.versions().stream().map(StoryVersion::outlet).toList();
    }
}
