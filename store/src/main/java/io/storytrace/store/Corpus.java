package io.storytrace.store;

import io.storytrace.analyze.AnalyzedArticle;
import io.storytrace.article.Article;
import io.storytrace.embed.MiniLmEmbedder;
import io.storytrace.match.ArticleProfile;
import io.storytrace.match.ArticleProfiler;
import io.storytrace.match.CachingEmbedder;
import io.storytrace.match.CreditFinder;
import io.storytrace.match.DerivationFinder;
import io.storytrace.match.DerivationJudge;
import io.storytrace.match.DocumentFrequencies;
import io.storytrace.match.Fingerprint;
import io.storytrace.match.Fingerprinter;
import io.storytrace.match.OutletNames;
import io.storytrace.match.ProfiledSentence;
import io.storytrace.match.SentenceAligner;
import io.storytrace.match.SentenceEmbedder;
import io.storytrace.provenance.Story;
import io.storytrace.provenance.StoryMember;
import io.storytrace.quote.Quote;
import io.storytrace.store.index.IndexedArticle;
import io.storytrace.store.index.SearchIndex;
import io.storytrace.store.sqlite.AnalysisRows;
import io.storytrace.store.sqlite.ArticleRows;
import io.storytrace.store.sqlite.Database;
import io.storytrace.store.sqlite.DerivationRows;
import io.storytrace.store.sqlite.FeedRows;
import io.storytrace.store.sqlite.SqliteEmbeddingCache;
import io.storytrace.store.sqlite.StateRows;
import io.storytrace.store.sqlite.StoryRows;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's front door: a corpus in one data directory. Ingest stores an analysed article, finds
 * its relatives (candidates from the index, sentence alignment, derivation) and places it in a
 * story, all in one database transaction; the same content ingested again is a no-op. Reads list
 * stories and trace an article against the corpus without storing it.
 *
 * <p>One thread at a time may use a corpus, except {@link #prepare}, which any thread may call. The
 * database is the record: on open, the index is brought back in line with it (articles a crash left
 * out are indexed again, articles the database does not hold are removed).
 */
public final class Corpus implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Corpus.class);

    private final CorpusConfig config;
    private final Database db;
    private final SearchIndex index;
    private final ArticleRows articles;
    private final AnalysisRows analysis;
    private final DerivationRows derivations;
    private final StateRows state;
    private final StoryKeeper stories;
    private final StoryRows storyRows;
    private final FeedList feeds;
    private final Set<String> outlets = ConcurrentHashMap.newKeySet();
    private final ArticleProfiler profiler =
            new ArticleProfiler(new CreditFinder(outlets::contains));
    private final Fingerprinter fingerprinter = new Fingerprinter();
    private final CachingEmbedder embedder;
    private final RelativeFinder relatives;
    private final DocumentFrequencies frequencies;
    private int sinceCommit;

    private Corpus(CorpusConfig config, Database db, SearchIndex index) throws SQLException {
        this.config = config;
        this.db = db;
        this.index = index;
        this.articles = new ArticleRows(db);
        this.analysis = new AnalysisRows(db);
        this.derivations = new DerivationRows(db);
        this.state = new StateRows(db);
        this.storyRows = new StoryRows(db);
        this.feeds = new FeedList(new FeedRows(db), config.dataDirectory().toString());
        this.outlets.addAll(articles.outletKeys());
        this.stories =
                new StoryKeeper(articles, analysis, derivations, storyRows, outlets::contains);
        this.frequencies = state.loadFrequencies().orElseGet(DocumentFrequencies::new);
        this.embedder =
                config.embeddings()
                        ? new CachingEmbedder(
                                new MiniLmEmbedder(),
                                new SqliteEmbeddingCache(db, MiniLmEmbedder.DIMENSION))
                        : null;
        DerivationFinder onWords =
                new DerivationFinder(
                        new SentenceAligner(config.aligner(), Optional.empty()),
                        new DerivationJudge(config.judge()));
        DerivationFinder forIngest = null;
        DerivationFinder thorough = null;
        if (embedder != null) {
            forIngest =
                    new DerivationFinder(
                            new SentenceAligner(
                                    config.aligner()
                                            .withEmbedBelowCoverage(config.judge().derived()),
                                    Optional.<SentenceEmbedder>of(embedder)),
                            new DerivationJudge(config.judge()));
            thorough =
                    new DerivationFinder(
                            new SentenceAligner(
                                    config.aligner(), Optional.<SentenceEmbedder>of(embedder)),
                            new DerivationJudge(config.judge()));
        }
        this.relatives =
                new RelativeFinder(
                        index, articles, analysis, profiler, onWords, forIngest, thorough);
    }

    /** Opens the corpus in {@code config.dataDirectory()}, creating it when absent. */
    public static Corpus open(CorpusConfig config) {
        Path dir = config.dataDirectory();
        Database db = null;
        SearchIndex index = null;
        try {
            Files.createDirectories(dir);
            db = Database.open(dir.resolve("corpus.db"));
            index = SearchIndex.open(dir.resolve("index"));
            Corpus corpus = new Corpus(config, db, index);
            corpus.reconcile();
            return corpus;
        } catch (IOException | SQLException | RuntimeException e) {
            closeQuietly(db, index);
            throw new CorpusException(
                    "cannot open the corpus in " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * An analysed article made ready for {@link #ingest(Prepared)}: its content hash and profile.
     * Safe to call from any thread.
     *
     * @param analyzed the article
     * @param contentHash what makes ingest idempotent
     * @param profile what matching needs
     * @param minHash the MinHash signature of its body
     */
    public record Prepared(
            AnalyzedArticle analyzed, String contentHash, ArticleProfile profile, int[] minHash) {}

    public Prepared prepare(AnalyzedArticle analyzed) {
        ArticleProfile profile = profiler.profile(analyzed);
        return new Prepared(
                analyzed,
                ContentHash.of(analyzed.article()),
                profile,
                fingerprinter.minHash(profile));
    }

    /** Stores {@code analyzed}, or finds it already stored. */
    public IngestResult ingest(AnalyzedArticle analyzed) {
        return ingest(prepare(analyzed));
    }

    /** Stores a prepared article, or finds it already stored. */
    public IngestResult ingest(Prepared prepared) {
        try {
            Optional<Long> existing = articles.idByContentHash(prepared.contentHash());
            if (existing.isPresent()) {
                return new IngestResult.AlreadyPresent(existing.get());
            }
            ArticleProfile profile = prepared.profile();
            Article article = profile.article();
            Fingerprint fingerprint =
                    fingerprinter.fingerprint(profile, frequencies, prepared.minHash());
            Long publishedAt = epoch(article);
            List<Relative> found =
                    relatives.find(
                            profile,
                            fingerprint,
                            RelativeFinder.query(fingerprint, publishedAt, config),
                            frequencies,
                            false);
            long id = store(prepared, fingerprint, publishedAt, found);
            afterStore(id, profile, fingerprint, publishedAt);
            long story = articles.storyOf(id).orElseThrow();
            return new IngestResult.Added(id, story, found);
        } catch (SQLException | IOException e) {
            throw new CorpusException(
                    "cannot store "
                            + prepared.analyzed().article().location()
                            + " in "
                            + config.dataDirectory()
                            + ": "
                            + e.getMessage(),
                    e);
        }
    }

    private long store(
            Prepared prepared, Fingerprint fingerprint, Long publishedAt, List<Relative> relatives)
            throws SQLException {
        ArticleProfile profile = prepared.profile();
        Article article = profile.article();
        Connection c = db.connection();
        c.setAutoCommit(false);
        try {
            long now = Instant.now().getEpochSecond();
            long id =
                    articles.insert(
                            new ArticleRows.NewArticle(
                                    prepared.contentHash(),
                                    fingerprint.bodyHash(),
                                    article,
                                    outletKey(article),
                                    publishedAt,
                                    now));
            analysis.insertSentences(
                    id, profile.sentences().stream().map(ProfiledSentence::sentence).toList());
            analysis.insertQuotes(id, prepared.analyzed().quotes());
            analysis.insertMentions(id, prepared.analyzed().mentions());
            analysis.insertCredits(id, profile.credits());
            articles.insertFingerprint(id, fingerprint);
            Set<Long> relativeStories = new TreeSet<>();
            for (Relative r : relatives) {
                derivations.insert(id, r.articleId(), r.derivation());
                if (r.derivation().relation().derived()) {
                    articles.storyOf(r.articleId()).ifPresent(relativeStories::add);
                }
            }
            stories.place(
                    id, relativeStories, publishedAt == null ? now : Math.max(publishedAt, 0));
            c.commit();
            return id;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private void afterStore(
            long id, ArticleProfile profile, Fingerprint fingerprint, Long publishedAt)
            throws IOException, SQLException {
        Article article = profile.article();
        index.add(
                new IndexedArticle(
                        id, article.text(), outletKey(article), publishedAt, fingerprint));
        relatives.added(id, profile, fingerprint, publishedAt);
        Set<String> terms = new HashSet<>();
        for (ProfiledSentence s : profile.sentences()) {
            terms.addAll(s.terms());
        }
        frequencies.add(terms);
        String outlet = outletKey(article);
        if (outlet != null) {
            outlets.add(outlet);
        }
        if (relatives.unrefreshed() >= config.refreshEvery()) {
            index.refresh();
            relatives.refreshed();
        }
        if (++sinceCommit >= config.commitEvery()) {
            checkpoint();
        }
    }

    /** Matches {@code analyzed} against the corpus and shows its family, storing nothing. */
    public Trace trace(AnalyzedArticle analyzed) {
        try {
            Prepared prepared = prepare(analyzed);
            Optional<Long> stored = articles.idByContentHash(prepared.contentHash());
            if (stored.isPresent()) {
                long id = stored.get();
                // Stored derivations may rest on words alone; a report aligns them again with
                // embeddings so that paraphrased sentences show as pairs too.
                List<Relative> known = new ArrayList<>();
                for (StoredDerivation d : derivations(id)) {
                    relatives.derive(prepared.profile(), d.b(), frequencies).ifPresent(known::add);
                }
                known.sort(Comparator.comparingDouble((Relative r) -> -r.derivation().score()));
                long story = articles.storyOf(id).orElseThrow();
                return new Trace(analyzed, stored, known, stories.story(story));
            }
            ArticleProfile profile = prepared.profile();
            Fingerprint fingerprint = fingerprinter.fingerprint(profile, frequencies);
            Long publishedAt = epoch(analyzed.article());
            List<Relative> found =
                    relatives.find(
                            profile,
                            fingerprint,
                            RelativeFinder.query(fingerprint, publishedAt, config),
                            frequencies,
                            true);
            StoryMember traced =
                    new StoryMember(
                            Trace.TRACED,
                            analyzed.article(),
                            profile.credits(),
                            analyzed.quotes().stream().map(Quote::text).toList());
            Optional<Long> story = Optional.empty();
            for (Relative r : found) {
                if (r.derivation().relation().derived()) {
                    story = articles.storyOf(r.articleId());
                    break;
                }
            }
            Story family =
                    story.isPresent()
                            ? stories.withTraced(story.get(), traced, found)
                            : stories.alone(traced);
            return new Trace(analyzed, Optional.empty(), found, Optional.of(family));
        } catch (SQLException | RuntimeException e) {
            throw new CorpusException(
                    "cannot trace " + analyzed.article().location() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Stories of at least {@code minSize} versions with a version published (or, when undated,
     * ingested) at or after {@code since}, most recent first.
     */
    public List<Story> stories(Instant since, int minSize, int limit) {
        try {
            List<Story> out = new ArrayList<>();
            for (StoryRows.Row row : stories.since(since.getEpochSecond(), minSize, limit)) {
                stories.story(row.id()).ifPresent(out::add);
            }
            return out;
        } catch (SQLException e) {
            throw failure("cannot list stories", e);
        }
    }

    public Optional<Story> story(long id) {
        try {
            return stories.story(id);
        } catch (SQLException e) {
            throw failure("cannot read story " + id, e);
        }
    }

    public Optional<StoredArticle> article(long id) {
        try {
            return articles.article(id)
                    .map(
                            r ->
                                    new StoredArticle(
                                            r.id(),
                                            r.article(),
                                            r.storyId() == null ? 0 : r.storyId()));
        } catch (SQLException e) {
            throw failure("cannot read article " + id, e);
        }
    }

    /** The stored article with its sentences, quotations and names (findings are recomputed). */
    public Optional<AnalyzedArticle> analyzed(long id) {
        try {
            Optional<ArticleRows.Row> row = articles.article(id);
            return row.isEmpty()
                    ? Optional.empty()
                    : Optional.of(analysis.analyzed(id, row.get().article()));
        } catch (SQLException e) {
            throw failure("cannot read article " + id, e);
        }
    }

    /** Every derivation recorded between {@code id} and another article, seen from {@code id}. */
    public List<StoredDerivation> derivations(long id) {
        try {
            return derivations.of(id).stream()
                    .map(r -> new StoredDerivation(r.a(), r.b(), r.derivation()))
                    .toList();
        } catch (SQLException e) {
            throw failure("cannot read derivations of " + id, e);
        }
    }

    /** The feeds the user follows and the fetch state of every address, kept in this corpus. */
    public FeedList feeds() {
        return feeds;
    }

    public long articleCount() {
        try {
            return articles.count();
        } catch (SQLException e) {
            throw failure("cannot count articles", e);
        }
    }

    public long storyCount() {
        try {
            return storyRows.count();
        } catch (SQLException e) {
            throw failure("cannot count stories", e);
        }
    }

    /** The ids of all stored articles, in order. */
    public List<Long> articleIds() {
        try {
            return articles.ids();
        } catch (SQLException e) {
            throw failure("cannot list articles", e);
        }
    }

    /** Each stored article's story, by the location it was read from. */
    public Map<String, Long> storiesByLocation() {
        try {
            Map<String, Long> out = new java.util.HashMap<>();
            articles.forEachPlacement((id, location, story) -> out.put(location, story));
            return out;
        } catch (SQLException e) {
            throw failure("cannot list placements", e);
        }
    }

    /** The ids of all articles in the search index. */
    public Set<Long> indexedIds() {
        try {
            return index.ids();
        } catch (IOException e) {
            throw failure("cannot read the index", e);
        }
    }

    /** The database's answer to {@code PRAGMA integrity_check}: "ok" when sound. */
    public String integrityCheck() {
        try {
            return db.integrityCheck();
        } catch (SQLException e) {
            throw failure("cannot check the database", e);
        }
    }

    /** How many sentences reached the embedding model in this session. */
    public long sentencesEmbedded() {
        return embedder == null ? 0 : embedder.computed();
    }

    /** Makes the index durable and saves the word statistics. */
    public void checkpoint() {
        try {
            index.commit();
            state.saveFrequencies(frequencies);
            sinceCommit = 0;
        } catch (IOException | SQLException e) {
            throw failure("cannot checkpoint", e);
        }
    }

    /** Brings the index in line with the database after a crash or an interrupted run. */
    private void reconcile() throws SQLException, IOException {
        Set<Long> indexed = index.ids();
        List<Long> stored = articles.ids();
        Set<Long> storedSet = new HashSet<>(stored);
        int added = 0;
        for (long id : stored) {
            if (!indexed.contains(id)) {
                ArticleRows.Row row = articles.article(id).orElseThrow();
                Fingerprint f = articles.fingerprint(id).orElseThrow();
                index.add(
                        new IndexedArticle(
                                id,
                                row.article().text(),
                                outletKey(row.article()),
                                row.publishedAt(),
                                f));
                added++;
            }
        }
        int removed = 0;
        for (long id : indexed) {
            if (!storedSet.contains(id)) {
                index.delete(id);
                removed++;
            }
        }
        if (added > 0 || removed > 0) {
            LOG.info(
                    "index brought in line with the database: {} added, {} removed",
                    added,
                    removed);
            index.commit();
        }
        index.refresh();
    }

    private static String outletKey(Article article) {
        return article.outlet() == null ? null : OutletNames.key(article.outlet());
    }

    private static Long epoch(Article article) {
        return article.published() == null
                ? null
                : article.published().toInstantAssumingUtc().getEpochSecond();
    }

    private CorpusException failure(String what, Exception e) {
        return new CorpusException(
                what + " in " + config.dataDirectory() + ": " + e.getMessage(), e);
    }

    @Override
    public void close() {
        try {
            checkpoint();
        } finally {
            closeQuietly(db, index);
        }
    }

    private static void closeQuietly(Database db, SearchIndex index) {
        try {
            if (index != null) {
                index.close();
            }
        } catch (IOException e) {
            LOG.warn("closing the index failed: {}", e.getMessage());
        }
        try {
            if (db != null) {
                db.close();
            }
        } catch (SQLException e) {
            LOG.warn("closing the database failed: {}", e.getMessage());
        }
    }
}
