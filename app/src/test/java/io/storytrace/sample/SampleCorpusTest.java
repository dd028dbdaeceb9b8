package io.storytrace.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.storytrace.article.RawDocument;
import io.storytrace.pipeline.Outcome;
import io.storytrace.pipeline.Pipeline;
import io.storytrace.provenance.Story;
import io.storytrace.provenance.StoryVersion;
import io.storytrace.provenance.UpstreamSource;
import io.storytrace.store.Corpus;
import io.storytrace.store.CorpusConfig;
import io.storytrace.store.CorpusLoader;
import io.storytrace.store.IngestResult;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Ingests the whole bundled sample corpus with the seed page and checks every family against its
 * truth file: the same versions, the right origin, the upstream outlets, and no article that must
 * stay apart merged in.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleCorpusTest {

    private Path dir;

    private final SampleCorpus sample = new SampleCorpus();
    private Corpus corpus;
    private final Map<String, Long> ids = new HashMap<>();

    @BeforeAll
    void ingest() throws java.io.IOException {
        dir = java.nio.file.Files.createTempDirectory("storytrace-sample-test");
        corpus = Corpus.open(CorpusConfig.defaults(dir.resolve("data")));
        List<RawDocument> documents = sample.documents();
        CorpusLoader.Summary summary =
                new CorpusLoader(corpus, Pipeline.standard(), 2, 256)
                        .load(
                                documents.stream().map(d -> new Outcome.Ok<>(d.location(), d)),
                                event -> {
                                    if (event instanceof CorpusLoader.Event.Stored s) {
                                        ids.put(s.input(), s.result().id());
                                    }
                                });
        assertThat(summary.failed()).isZero();
        assertThat(summary.added()).isEqualTo(documents.size());
    }

    @AfterAll
    void close() throws java.io.IOException {
        corpus.close();
        try (var files = java.nio.file.Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.deleteIfExists(p);
            }
        }
    }

    @Test
    void theSampleHasAtLeastEightFamiliesAndEveryKindOfVersion() {
        List<FamilyTruth> truths = sample.truths();

        assertThat(truths).hasSizeGreaterThanOrEqualTo(8);
        String all =
                truths.stream()
                        .flatMap(t -> t.versions().stream())
                        .collect(Collectors.joining(" "));
        assertThat(all)
                .contains(
                        "copy",
                        "trimmed",
                        "new-headline",
                        "rewrite",
                        "farm",
                        "translation",
                        "seed.txt");
        String apart =
                truths.stream()
                        .flatMap(t -> t.separate().stream())
                        .collect(Collectors.joining(" "));
        assertThat(apart).contains("independent", "unrelated");
    }

    @TestFactory
    List<DynamicTest> everyFamilyIsRecoveredWithItsOrigin() {
        return sample.truths().stream()
                .map(t -> DynamicTest.dynamicTest(t.folder(), () -> check(t)))
                .toList();
    }

    private void check(FamilyTruth truth) {
        long origin = ids.get(truth.origin());
        Story story = corpus.story(corpus.article(origin).orElseThrow().storyId()).orElseThrow();

        Set<Long> expected = truth.versions().stream().map(ids::get).collect(Collectors.toSet());
        Set<Long> actual =
                story.versions().stream().map(StoryVersion::articleId).collect(Collectors.toSet());
        assertThat(actual).as("versions of " + truth.folder()).isEqualTo(expected);
        assertThat(story.origin().articleId()).as("origin of " + truth.folder()).isEqualTo(origin);
        for (String apart : truth.separate()) {
            assertThat(actual).as(apart + " stays apart").doesNotContain(ids.get(apart));
        }
        assertThat(story.upstream().stream().filter(u -> !u.ingested()).map(UpstreamSource::outlet))
                .as("upstream of " + truth.folder())
                .containsExactlyInAnyOrderElementsOf(truth.upstream());
        for (StoryVersion v : story.versions().subList(1, story.versions().size())) {
            assertThat(v.relation().derived()).isTrue();
            assertThat(v.directionKnown()).as("direction of " + v.location()).isTrue();
        }
    }

    @Test
    void theGermanTranslationJoinsItsStoryAsATranslationOfTheWire() {
        long translation = ids.get("sample/06-museum-theft/altberger-rundschau-translation.html");
        long wire = ids.get("sample/06-museum-theft/continental-news.html");
        Story story =
                corpus.story(corpus.article(translation).orElseThrow().storyId()).orElseThrow();

        StoryVersion version =
                story.versions().stream()
                        .filter(v -> v.articleId() == translation)
                        .findFirst()
                        .orElseThrow();
        assertThat(version.relation()).isEqualTo(io.storytrace.match.Relation.TRANSLATION);
        assertThat(version.sourceId()).isEqualTo(wire);
    }

    @Test
    void ingestingTheSampleAgainAddsNothing() {
        for (RawDocument d : sample.documents().subList(0, 5)) {
            var analyzed =
                    ((Outcome.Ok<io.storytrace.analyze.AnalyzedArticle>)
                                    Pipeline.standard().process(d))
                            .value();
            assertThat(corpus.ingest(analyzed)).isInstanceOf(IngestResult.AlreadyPresent.class);
        }
    }
}
