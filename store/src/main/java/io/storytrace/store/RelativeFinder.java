package io.storytrace.store;

import io.storytrace.analyze.AnalyzedArticle;
import io.storytrace.match.ArticleProfile;
import io.storytrace.match.ArticleProfiler;
import io.storytrace.match.Candidate;
import io.storytrace.match.CandidateFinder;
import io.storytrace.match.CandidateQuery;
import io.storytrace.match.Derivation;
import io.storytrace.match.DerivationFinder;
import io.storytrace.match.Fingerprint;
import io.storytrace.match.Relation;
import io.storytrace.match.TermWeights;
import io.storytrace.store.index.SearchIndex;
import io.storytrace.store.sqlite.AnalysisRows;
import io.storytrace.store.sqlite.ArticleRows;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds an article's relatives in the corpus: candidates from the index and from the articles added
 * since its last refresh, then a derivation with each. Words decide first for every candidate;
 * sentence embeddings are consulted only for candidates that words leave outside the stories the
 * article already joins, where they could still change a story. Keeps the profiles of recent
 * articles so that candidates are rarely read back from the database.
 */
final class RelativeFinder implements CandidateFinder {

    private static final int PROFILE_CACHE = 4096;

    /** The most candidates per article that ingest aligns with embeddings. */
    private static final int EMBEDDING_PASSES = 2;

    private final SearchIndex index;
    private final ArticleRows articles;
    private final AnalysisRows analysis;
    private final ArticleProfiler profiler;
    private final DerivationFinder withEmbeddings;
    private final DerivationFinder thorough;
    private final DerivationFinder onWords;
    private final RecentArticles recent = new RecentArticles();
    private final Map<Long, ArticleProfile> profiles =
            new LinkedHashMap<>(256, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, ArticleProfile> eldest) {
                    return size() > PROFILE_CACHE;
                }
            };

    /**
     * A finder over {@code index} and the database rows. {@code withEmbeddings} consults embeddings
     * only while they could change a decision (ingest), {@code thorough} wherever words leave
     * sentences open (reports); both are {@code null} when paraphrases are decided on words alone.
     */
    RelativeFinder(
            SearchIndex index,
            ArticleRows articles,
            AnalysisRows analysis,
            ArticleProfiler profiler,
            DerivationFinder onWords,
            DerivationFinder withEmbeddings,
            DerivationFinder thorough) {
        this.index = index;
        this.articles = articles;
        this.analysis = analysis;
        this.profiler = profiler;
        this.onWords = onWords;
        this.withEmbeddings = withEmbeddings;
        this.thorough = thorough;
    }

    /**
     * The relatives of {@code profile}, strongest first; unrelated candidates are left out. When
     * {@code thorough}, every candidate is aligned with embeddings where words leave sentences
     * open, so that the evidence pairs paraphrases too (for reports); otherwise (for ingest)
     * embeddings serve only candidates that could still change the article's story.
     */
    List<Relative> find(
            ArticleProfile profile,
            Fingerprint fingerprint,
            CandidateQuery query,
            TermWeights weights,
            boolean thorough)
            throws SQLException {
        DerivationFinder first = thorough && this.thorough != null ? this.thorough : onWords;
        List<Relative> relatives = new ArrayList<>();
        List<Candidate> open = new ArrayList<>();
        Set<Long> joined = new HashSet<>();
        Map<Long, ArticleProfile> others = new HashMap<>();
        Map<Long, Derivation> words = new HashMap<>();
        for (Candidate candidate : find(query)) {
            Optional<ArticleProfile> other = profile(candidate.articleId());
            if (other.isEmpty()) {
                continue;
            }
            others.put(candidate.articleId(), other.get());
            Derivation d = first.derive(profile, other.get(), weights);
            if (d.relation().derived()) {
                articles.storyOf(candidate.articleId()).ifPresent(joined::add);
            }
            if (d.relation().derived() || first == this.thorough || withEmbeddings == null) {
                keep(relatives, candidate.articleId(), other.get(), d);
            } else {
                open.add(candidate);
                words.put(candidate.articleId(), d);
            }
        }
        // Embeddings for the most promising open candidates only, so their cost per article stays
        // bounded however many weak candidates a large corpus offers.
        open.sort(Comparator.comparingDouble((Candidate c) -> -words.get(c.articleId()).score()));
        int passes = 0;
        for (Candidate candidate : open) {
            ArticleProfile other = others.get(candidate.articleId());
            Optional<Long> story = articles.storyOf(candidate.articleId());
            boolean settled = story.isPresent() && joined.contains(story.get());
            Derivation d = words.get(candidate.articleId());
            if (!settled && passes < EMBEDDING_PASSES) {
                passes++;
                d = withEmbeddings.derive(profile, other, weights);
            }
            keep(relatives, candidate.articleId(), other, d);
        }
        relatives.sort(Comparator.comparingDouble((Relative r) -> -r.derivation().score()));
        return relatives;
    }

    private static void keep(
            List<Relative> relatives, long id, ArticleProfile other, Derivation d) {
        if (d.relation() != Relation.UNRELATED) {
            relatives.add(new Relative(id, other.article(), d));
        }
    }

    /** Candidates from the index and from the recent articles, best first. */
    @Override
    public List<Candidate> find(CandidateQuery query) {
        Map<Long, Candidate> merged = new LinkedHashMap<>();
        try {
            for (Candidate c : index.candidates(query)) {
                merged.merge(c.articleId(), c, RelativeFinder::combine);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the index", e);
        }
        for (Candidate c : recent.candidates(query)) {
            merged.merge(c.articleId(), c, RelativeFinder::combine);
        }
        return merged.values().stream()
                .sorted(Comparator.comparingDouble((Candidate c) -> -c.score()))
                .limit(query.limit())
                .toList();
    }

    /** Derives {@code profile} against stored article {@code other} with embeddings if any. */
    Optional<Relative> derive(ArticleProfile profile, long other, TermWeights weights)
            throws SQLException {
        Optional<ArticleProfile> p = profile(other);
        if (p.isEmpty()) {
            return Optional.empty();
        }
        DerivationFinder finder = thorough != null ? thorough : onWords;
        return Optional.of(
                new Relative(other, p.get().article(), finder.derive(profile, p.get(), weights)));
    }

    /** Remembers a stored article until the next refresh of the index. */
    void added(long id, ArticleProfile profile, Fingerprint fingerprint, Long publishedAt) {
        recent.add(id, fingerprint, publishedAt);
        profiles.put(id, profile);
    }

    /** How many articles the index does not show yet. */
    int unrefreshed() {
        return recent.size();
    }

    /** Forgets the recent articles once the index shows them. */
    void refreshed() {
        recent.clear();
    }

    /** A query for {@code fingerprint} published at {@code publishedAt} (epoch seconds). */
    static CandidateQuery query(Fingerprint fingerprint, Long publishedAt, CorpusConfig config) {
        return new CandidateQuery(
                fingerprint,
                publishedAt == null ? null : Instant.ofEpochSecond(publishedAt),
                config.window(),
                config.candidates());
    }

    private Optional<ArticleProfile> profile(long id) throws SQLException {
        ArticleProfile cached = profiles.get(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<ArticleRows.Row> row = articles.article(id);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        AnalyzedArticle analyzed = analysis.analyzed(id, row.get().article());
        ArticleProfile profile = profiler.profile(analyzed);
        profiles.put(id, profile);
        return Optional.of(profile);
    }

    private static Candidate combine(Candidate x, Candidate y) {
        Set<Candidate.Via> via = new LinkedHashSet<>(x.via());
        via.addAll(y.via());
        return new Candidate(x.articleId(), Math.max(x.score(), y.score()), via);
    }
}
