package io.storytrace.store.index;

import io.storytrace.match.Candidate;
import io.storytrace.match.CandidateQuery;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene index of a data directory. Articles added since the last refresh are not yet visible
 * to searches; {@link io.storytrace.store.Corpus} covers them with its own recent list. Nothing is
 * durable before {@link #commit()}; the database is the record and the index is rebuilt from it.
 */
public final class SearchIndex implements AutoCloseable {

    static final String ID = "id";
    static final String TEXT = "text";
    static final String SIGNATURE = "sig";
    static final String BAND = "band";
    static final String BODY = "body";
    static final String OUTLET = "outlet";
    static final String PUBLISHED = "published";
    static final String TIMED = "timed";

    /** At most this many near-copies are taken from the LSH bands. */
    private static final int LSH_HITS = 20;

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    /** Documents are analysed and added on this thread, so ingest does not wait for them. */
    private final java.util.concurrent.ExecutorService adder =
            java.util.concurrent.Executors.newSingleThreadExecutor(
                    r -> {
                        Thread t = new Thread(r, "storytrace-index");
                        t.setDaemon(true);
                        return t;
                    });

    private final java.util.concurrent.atomic.AtomicReference<IOException> failure =
            new java.util.concurrent.atomic.AtomicReference<>();

    private SearchIndex(Directory directory, IndexWriter writer) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
    }

    /** Opens (creating when absent) the index in {@code folder}. */
    public static SearchIndex open(Path folder) throws IOException {
        Directory directory = FSDirectory.open(folder);
        Analyzer analyzer = new PerFieldAnalyzerWrapper(new EnglishAnalyzer(), Map.of());
        IndexWriterConfig config =
                new IndexWriterConfig(analyzer)
                        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                        .setRAMBufferSizeMB(64);
        return new SearchIndex(directory, new IndexWriter(directory, config));
    }

    /**
     * Queues {@code article} for the index; it is visible after the next {@link #refresh()} and
     * durable after the next {@link #commit()}, both of which wait for the queue. A failure to add
     * is reported by the next call that waits.
     */
    public void add(IndexedArticle article) throws IOException {
        rethrow();
        adder.execute(
                () -> {
                    try {
                        writer.addDocument(document(article));
                    } catch (IOException e) {
                        failure.compareAndSet(null, e);
                    }
                });
    }

    /** Waits until every queued article is in the writer. */
    private void drain() throws IOException {
        try {
            adder.submit(() -> {}).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while indexing", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("indexing failed", e.getCause());
        }
        rethrow();
    }

    private void rethrow() throws IOException {
        IOException e = failure.getAndSet(null);
        if (e != null) {
            throw new IOException("indexing an article failed: " + e.getMessage(), e);
        }
    }

    private static Document document(IndexedArticle article) {
        Document doc = new Document();
        doc.add(new LongPoint(ID, article.id()));
        doc.add(new NumericDocValuesField(ID, article.id()));
        doc.add(new TextField(TEXT, article.text(), Field.Store.NO));
        for (String term : article.fingerprint().signatureTerms()) {
            doc.add(new StringField(SIGNATURE, term, Field.Store.NO));
        }
        for (String band : article.fingerprint().bandKeys()) {
            doc.add(new StringField(BAND, band, Field.Store.NO));
        }
        doc.add(new StringField(BODY, article.fingerprint().bodyHash(), Field.Store.NO));
        if (article.outletKey() != null) {
            doc.add(new StringField(OUTLET, article.outletKey(), Field.Store.NO));
        }
        if (article.publishedAt() != null) {
            doc.add(new LongPoint(PUBLISHED, article.publishedAt()));
            doc.add(new StringField(TIMED, "1", Field.Store.NO));
        } else {
            doc.add(new StringField(TIMED, "0", Field.Store.NO));
        }
        return doc;
    }

    public void delete(long id) throws IOException {
        drain();
        writer.deleteDocuments(LongPoint.newExactQuery(ID, id));
    }

    /** Makes everything added so far visible to searches. */
    public void refresh() throws IOException {
        drain();
        searchers.maybeRefreshBlocking();
    }

    /** Makes everything added so far durable. */
    public void commit() throws IOException {
        drain();
        writer.commit();
    }

    /** The ids of every article in the index, committed or not, after a refresh. */
    public Set<Long> ids() throws IOException {
        refresh();
        Set<Long> ids = new HashSet<>();
        IndexSearcher searcher = searchers.acquire();
        try {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                NumericDocValues values = leaf.reader().getNumericDocValues(ID);
                var live = leaf.reader().getLiveDocs();
                if (values == null) {
                    continue;
                }
                int doc;
                while ((doc = values.nextDoc()) != NumericDocValues.NO_MORE_DOCS) {
                    if (live == null || live.get(doc)) {
                        ids.add(values.longValue());
                    }
                }
            }
        } finally {
            searchers.release(searcher);
        }
        return ids;
    }

    /** Candidates from the visible part of the index, best first. */
    public List<Candidate> candidates(CandidateQuery query) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            Map<Long, Found> found = new LinkedHashMap<>();
            Query window = window(query);
            search(searcher, bands(query), window, LSH_HITS, Candidate.Via.LSH, 1, found);
            Query signature = signature(query);
            if (signature != null) {
                search(
                        searcher,
                        signature,
                        window,
                        query.limit(),
                        Candidate.Via.SIGNATURE,
                        0.1,
                        found);
            }
            List<Candidate> out = new ArrayList<>();
            for (Map.Entry<Long, Found> e : found.entrySet()) {
                out.add(new Candidate(e.getKey(), e.getValue().score, e.getValue().via));
            }
            return out;
        } finally {
            searchers.release(searcher);
        }
    }

    private static final class Found {
        double score;
        final EnumSet<Candidate.Via> via = EnumSet.noneOf(Candidate.Via.class);
    }

    private static void search(
            IndexSearcher searcher,
            Query query,
            Query window,
            int limit,
            Candidate.Via via,
            double weight,
            Map<Long, Found> found)
            throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
        if (window != null) {
            b.add(window, BooleanClause.Occur.FILTER);
        }
        TopDocs top = searcher.search(b.build(), limit);
        Map<Integer, Long> ids = ids(searcher, top.scoreDocs);
        for (ScoreDoc hit : top.scoreDocs) {
            Found f = found.computeIfAbsent(ids.get(hit.doc), k -> new Found());
            f.score += weight * hit.score;
            f.via.add(via);
        }
    }

    private static Map<Integer, Long> ids(IndexSearcher searcher, ScoreDoc[] hits)
            throws IOException {
        Map<Integer, Long> ids = new HashMap<>();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (ScoreDoc hit : hits) {
            LeafReaderContext leaf =
                    leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(hit.doc, leaves));
            NumericDocValues values = leaf.reader().getNumericDocValues(ID);
            int doc = hit.doc - leaf.docBase;
            if (values != null && values.advanceExact(doc)) {
                ids.put(hit.doc, values.longValue());
            }
        }
        return ids;
    }

    private static Query bands(CandidateQuery query) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String band : query.fingerprint().bandKeys()) {
            b.add(
                    new ConstantScoreQuery(new TermQuery(new Term(BAND, band))),
                    BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    private static Query signature(CandidateQuery query) {
        List<String> terms = query.fingerprint().signatureTerms();
        if (terms.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String term : terms) {
            b.add(new TermQuery(new Term(SIGNATURE, term)), BooleanClause.Occur.SHOULD);
        }
        b.setMinimumNumberShouldMatch(Math.min(3, Math.max(1, terms.size() / 4)));
        return b.build();
    }

    private static Query window(CandidateQuery query) {
        if (query.published() == null) {
            return null;
        }
        long at = query.published().getEpochSecond();
        long span = query.window().toSeconds();
        return new BooleanQuery.Builder()
                .add(
                        LongPoint.newRangeQuery(PUBLISHED, at - span, at + span),
                        BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(TIMED, "0")), BooleanClause.Occur.SHOULD)
                .build();
    }

    @Override
    public void close() throws IOException {
        try {
            drain();
        } finally {
            adder.shutdown();
        }
        searchers.close();
        writer.close();
        directory.close();
    }
}
