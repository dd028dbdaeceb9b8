package io.storytrace.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.storytrace.analyze.AnalyzedArticle;
import io.storytrace.analyze.ArticleAnalyzer;
import io.storytrace.article.Article;
import io.storytrace.article.PublishedTime;
import io.storytrace.match.Relation;
import io.storytrace.provenance.Story;
import io.storytrace.provenance.StoryVersion;
import io.storytrace.quote.OutletBasis;
import io.storytrace.quote.Quote;
import io.storytrace.quote.SpeakerBasis;
import io.storytrace.store.sqlite.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {

    @TempDir Path dir;

    private static final List<String> WIRE =
            List.of(
                    "The Port Alder city council voted 7-2 on Tuesday night to replace the"
                            + " 61-year-old Harbor Street bridge, approving a $48 million plan.",
                    "The bridge carries roughly 22,000 vehicles a day between the waterfront and"
                            + " Eastmere and was rated structurally deficient last year.",
                    "“We have patched this bridge for two decades,” Mayor Lorna Vasquez said.",
                    "The city will pay with $31 million from a federal grant and $17 million in"
                            + " bonds.");

    private static AnalyzedArticle analyzed(Article article) {
        return ArticleAnalyzer.standard().analyze(article);
    }

    private static Article wire() {
        return Article.builder("wire.html")
                .outlet("Coastline Wire")
                .url("https://coastlinewire.example/bridge")
                .headline("Council approves bridge")
                .published(PublishedTime.of(OffsetDateTime.parse("2025-03-04T09:15:00Z")))
                .paragraphs(WIRE)
                .build();
    }

    private static Article copy() {
        return Article.builder("copy.html")
                .outlet("Bayside Daily")
                .headline("Harbor bridge to close")
                .paragraphs(
                        Stream.concat(
                                        WIRE.stream(),
                                        Stream.of(
                                                "This article was first published by Coastline Wire."))
                                .toList())
                .build();
    }

    private static Article unrelated() {
        return Article.builder("toll.html")
                .outlet("Lakeview Ledger")
                .headline("County weighs toll")
                .paragraphs(
                        List.of(
                                "Officials in Lakeview County are considering a weekday toll on the"
                                        + " Miller Creek overpass.",
                                "The overpass carries about 9,000 vehicles a day."))
                .build();
    }

    private Corpus open() {
        return Corpus.open(CorpusConfig.defaults(dir.resolve("data")).withEmbeddings(false));
    }

    @Test
    void ingestGroupsACopyWithItsSourceAndKeepsUnrelatedApart() {
        try (Corpus corpus = open()) {
            IngestResult.Added w = (IngestResult.Added) corpus.ingest(analyzed(wire()));
            IngestResult.Added c = (IngestResult.Added) corpus.ingest(analyzed(copy()));
            IngestResult.Added u = (IngestResult.Added) corpus.ingest(analyzed(unrelated()));

            assertThat(c.story()).isEqualTo(w.story());
            assertThat(u.story()).isNotEqualTo(w.story());
            Story story = corpus.story(w.story()).orElseThrow();
            assertThat(story.origin().articleId()).isEqualTo(w.id());
            StoryVersion version = story.versions().get(1);
            assertThat(version.relation()).isEqualTo(Relation.COPY);
            assertThat(version.sourceId()).isEqualTo(w.id());
            assertThat(version.directionKnown()).isTrue();
            assertThat(corpus.stories(Instant.EPOCH, 2, 10))
                    .extracting(Story::id)
                    .containsExactly(w.story());
        }
    }

    @Test
    void theSameContentTwiceIsStoredOnce() {
        try (Corpus corpus = open()) {
            long first = corpus.ingest(analyzed(wire())).id();
            IngestResult again = corpus.ingest(analyzed(wire().toBuilder().build()));

            assertThat(again).isEqualTo(new IngestResult.AlreadyPresent(first));
            assertThat(corpus.articleCount()).isEqualTo(1);
        }
    }

    @Test
    void derivationsKeepAlignedSentencesWithOffsetsIntoEachText() {
        try (Corpus corpus = open()) {
            long w = corpus.ingest(analyzed(wire())).id();
            long c = corpus.ingest(analyzed(copy())).id();

            StoredDerivation d = corpus.derivations(w).getFirst();

            assertThat(d.b()).isEqualTo(c);
            var pair = d.derivation().alignment().pairs().get(1);
            String wireText = corpus.article(w).orElseThrow().article().text();
            String copyText = corpus.article(c).orElseThrow().article().text();
            assertThat(pair.spanA().of(wireText)).isEqualTo(pair.spanB().of(copyText));
        }
    }

    @Test
    void aReopenedCorpusKeepsItsStoriesAndRebuildsALostIndex() throws Exception {
        long story;
        try (Corpus corpus = open()) {
            story = ((IngestResult.Added) corpus.ingest(analyzed(wire()))).story();
            corpus.ingest(analyzed(copy()));
        }
        try (Stream<Path> files = Files.walk(dir.resolve("data/index"))) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        try (Corpus corpus = open()) {
            assertThat(corpus.indexedIds())
                    .containsExactlyInAnyOrderElementsOf(corpus.articleIds());
            assertThat(corpus.story(story).orElseThrow().versions()).hasSize(2);
            IngestResult.Added third =
                    (IngestResult.Added)
                            corpus.ingest(analyzed(copy().toBuilder().outlet("Other").build()));
            assertThat(third.story()).isEqualTo(story);
        }
    }

    @Test
    void traceShowsTheFamilyOfAnArticleItDoesNotStore() {
        try (Corpus corpus = open()) {
            long w = corpus.ingest(analyzed(wire())).id();
            corpus.ingest(analyzed(unrelated()));

            Trace trace = corpus.trace(analyzed(copy()));

            assertThat(trace.storedId()).isEmpty();
            assertThat(trace.relatives()).extracting(Relative::articleId).containsExactly(w);
            Story family = trace.story().orElseThrow();
            assertThat(family.origin().articleId()).isEqualTo(w);
            assertThat(family.versions())
                    .extracting(StoryVersion::articleId)
                    .containsExactly(w, Trace.TRACED);
            assertThat(corpus.articleCount()).isEqualTo(2);
        }
    }

    @Test
    void theSchemaIsMigratedOnceAndRecorded() throws Exception {
        try (Corpus corpus = open()) {
            corpus.ingest(analyzed(wire()));
        }
        try (Database db = Database.open(dir.resolve("data/corpus.db"))) {
            assertThat(db.version()).isEqualTo(4);
            assertThat(db.integrityCheck()).isEqualTo("ok");
        }
    }

    private static Article interview() {
        return Article.builder("interview.html")
                .outlet("Coastline Wire")
                .headline("Mayor defends bridge plan")
                .paragraphs(
                        List.of(
                                "“We have patched this bridge for two decades,” Mayor Lorna"
                                        + " Vasquez told the Harbour Gazette on Tuesday.",
                                "“The money is there now, and it will not be there again.”"))
                .build();
    }

    @Test
    void eachQuotationKeepsWhatTheTextOfferedForItsSpeaker() {
        AnalyzedArticle analyzed = analyzed(interview());
        long id;
        try (Corpus corpus = open()) {
            id = corpus.ingest(analyzed).id();
        }
        try (Corpus corpus = open()) {
            assertThat(corpus.analyzed(id).orElseThrow().quotes())
                    .extracting(Quote::speaker, Quote::basis, Quote::outletBasis)
                    .containsExactly(
                            tuple("Lorna Vasquez", SpeakerBasis.NAMED, OutletBasis.CREDITED),
                            tuple("Lorna Vasquez", SpeakerBasis.CONTINUED, OutletBasis.CARRIED))
                    .isEqualTo(
                            analyzed.quotes().stream()
                                    .map(q -> tuple(q.speaker(), q.basis(), q.outletBasis()))
                                    .toList());
        }
    }

    @Test
    void quotationsStoredBeforeTheBasisWasKeptSurviveTheMigration() throws Exception {
        long id;
        try (Corpus corpus = open()) {
            id = corpus.ingest(analyzed(interview())).id();
        }
        try (Connection c =
                        DriverManager.getConnection(
                                "jdbc:sqlite:" + dir.resolve("data/corpus.db"));
                Statement s = c.createStatement()) {
            // the database as schema version 2 left it
            s.execute("ALTER TABLE quotes DROP COLUMN speaker_basis");
            s.execute("ALTER TABLE quotes DROP COLUMN outlet_basis");
            s.execute("DELETE FROM schema_migrations WHERE version >= 3");
        }
        try (Corpus corpus = open()) {
            List<Quote> quotes = corpus.analyzed(id).orElseThrow().quotes();
            assertThat(quotes)
                    .extracting(Quote::speaker, Quote::basis, Quote::outlet, Quote::outletBasis)
                    .containsExactly(
                            tuple("Lorna Vasquez", null, "The Harbour Gazette", null),
                            tuple("Lorna Vasquez", null, "The Harbour Gazette", null));
            long later = corpus.ingest(analyzed(wire())).id();
            assertThat(corpus.analyzed(later).orElseThrow().quotes())
                    .extracting(Quote::basis)
                    .containsExactly(SpeakerBasis.NAMED);
        }
        try (Database db = Database.open(dir.resolve("data/corpus.db"))) {
            assertThat(db.version()).isEqualTo(4);
        }
    }
}
