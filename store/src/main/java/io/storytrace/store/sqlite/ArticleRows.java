package io.storytrace.store.sqlite;

import io.storytrace.analyze.AnalyzedArticle;
import io.storytrace.article.Article;
import io.storytrace.match.Credit;
import io.storytrace.match.Fingerprint;
import io.storytrace.mention.Mention;
import io.storytrace.quote.Quote;
import io.storytrace.text.Sentence;
import io.storytrace.text.Span;
import java.nio.ByteBuffer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads and writes the rows of articles and of what analysis and fingerprinting found in them. */
public final class ArticleRows {

    private final Statements sql;
    private final ArticleCodec codec = new ArticleCodec();

    public ArticleRows(Database db) {
        this.sql = new Statements(db.connection());
    }

    /**
     * A new article's row values.
     *
     * @param contentHash the hash that makes ingest idempotent
     * @param bodyHash the hash of the body's tokens
     * @param article the article
     * @param outletKey the outlet's comparison key, or {@code null}
     * @param publishedAt the publication time in epoch seconds, or {@code null}
     * @param ingestedAt when it was ingested, in epoch seconds
     */
    public record NewArticle(
            String contentHash,
            String bodyHash,
            Article article,
            String outletKey,
            Long publishedAt,
            long ingestedAt) {}

    /** An article row as stored. */
    public record Row(long id, Article article, Long storyId, Long publishedAt, long ingestedAt) {}

    public Optional<Long> idByContentHash(String contentHash) throws SQLException {
        PreparedStatement p = sql.get("SELECT id FROM articles WHERE content_hash = ?");
        p.setString(1, contentHash);
        try (ResultSet r = p.executeQuery()) {
            return r.next() ? Optional.of(r.getLong(1)) : Optional.empty();
        }
    }

    public long insert(NewArticle a) throws SQLException {
        PreparedStatement p =
                sql.get(
                        "INSERT INTO articles (content_hash, body_hash, location, url, outlet,"
                                + " outlet_key, headline, published, published_at, ingested_at,"
                                + " article_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                + " RETURNING id");
        Article article = a.article();
        p.setString(1, a.contentHash());
        p.setString(2, a.bodyHash());
        p.setString(3, article.location());
        p.setString(4, article.url());
        p.setString(5, article.outlet());
        p.setString(6, a.outletKey());
        p.setString(7, article.headline());
        p.setString(8, article.published() == null ? null : article.published().toIso());
        setLong(p, 9, a.publishedAt());
        p.setLong(10, a.ingestedAt());
        p.setString(11, codec.write(article));
        try (ResultSet r = p.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    public void insertSentences(long id, List<Sentence> sentences) throws SQLException {
        PreparedStatement p =
                sql.get(
                        "INSERT INTO sentences (article_id, idx, block, start, \"end\")"
                                + " VALUES (?, ?, ?, ?, ?)");
        for (Sentence s : sentences) {
            p.setLong(1, id);
            p.setInt(2, s.index());
            p.setInt(3, s.block());
            p.setInt(4, s.span().start());
            p.setInt(5, s.span().end());
            p.addBatch();
        }
        p.executeBatch();
    }

    public void insertQuotes(long id, List<Quote> quotes) throws SQLException {
        PreparedStatement p =
                sql.get(
                        "INSERT INTO quotes (article_id, idx, text, kind, spans, speaker, cue,"
                                + " outlet) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        int i = 0;
        for (Quote q : quotes) {
            p.setLong(1, id);
            p.setInt(2, i++);
            p.setString(3, q.text());
            p.setString(4, q.kind().name());
            p.setString(5, spans(q.spans()));
            p.setString(6, q.speaker());
            p.setString(7, q.cue());
            p.setString(8, q.outlet());
            p.addBatch();
        }
        p.executeBatch();
    }

    public void insertMentions(long id, List<Mention> mentions) throws SQLException {
        PreparedStatement p =
                sql.get(
                        "INSERT INTO mentions (article_id, idx, text, start, \"end\", type,"
                                + " canonical) VALUES (?, ?, ?, ?, ?, ?, ?)");
        int i = 0;
        for (Mention m : mentions) {
            p.setLong(1, id);
            p.setInt(2, i++);
            p.setString(3, m.text());
            p.setInt(4, m.span().start());
            p.setInt(5, m.span().end());
            p.setString(6, m.type().name());
            p.setString(7, m.canonical());
            p.addBatch();
        }
        p.executeBatch();
    }

    public void insertCredits(long id, List<Credit> credits) throws SQLException {
        PreparedStatement p =
                sql.get(
                        "INSERT INTO credits (article_id, idx, outlet, outlet_key, kind, start,"
                                + " \"end\", url) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        int i = 0;
        for (Credit c : credits) {
            p.setLong(1, id);
            p.setInt(2, i++);
            p.setString(3, c.outlet());
            p.setString(4, c.key());
            p.setString(5, c.kind().name());
            setLong(p, 6, c.span() == null ? null : (long) c.span().start());
            setLong(p, 7, c.span() == null ? null : (long) c.span().end());
            p.setString(8, c.url());
            p.addBatch();
        }
        p.executeBatch();
    }

    public void insertFingerprint(long id, Fingerprint f) throws SQLException {
        PreparedStatement p =
                sql.get(
                        "INSERT INTO fingerprints (article_id, min_hash, band_keys,"
                                + " signature_terms) VALUES (?, ?, ?, ?)");
        int[] minHash = f.minHash();
        ByteBuffer bytes = ByteBuffer.allocate(minHash.length * 4);
        bytes.asIntBuffer().put(minHash);
        p.setLong(1, id);
        p.setBytes(2, bytes.array());
        p.setString(3, String.join(" ", f.bandKeys()));
        p.setString(4, String.join("\t", f.signatureTerms()));
        p.executeUpdate();
    }

    public Optional<Fingerprint> fingerprint(long id) throws SQLException {
        PreparedStatement p =
                sql.get(
                        "SELECT f.min_hash, f.band_keys, f.signature_terms, a.body_hash"
                                + " FROM fingerprints f JOIN articles a ON a.id = f.article_id"
                                + " WHERE f.article_id = ?");
        p.setLong(1, id);
        try (ResultSet r = p.executeQuery()) {
            if (!r.next()) {
                return Optional.empty();
            }
            byte[] bytes = r.getBytes(1);
            int[] minHash = new int[bytes.length / 4];
            ByteBuffer.wrap(bytes).asIntBuffer().get(minHash);
            return Optional.of(
                    new Fingerprint(
                            r.getString(4),
                            minHash,
                            split(r.getString(2), " "),
                            split(r.getString(3), "\t")));
        }
    }

    public Optional<Row> article(long id) throws SQLException {
        PreparedStatement p =
                sql.get(
                        "SELECT article_json, story_id, published_at, ingested_at FROM articles"
                                + " WHERE id = ?");
        p.setLong(1, id);
        try (ResultSet r = p.executeQuery()) {
            if (!r.next()) {
                return Optional.empty();
            }
            return Optional.of(
                    new Row(
                            id,
                            codec.read(r.getString(1)),
                            nullableLong(r, 2),
                            nullableLong(r, 3),
                            r.getLong(4)));
        }
    }

    /** The article with its stored sentences, quotations and names (findings are not stored). */
    public Optional<AnalyzedArticle> analyzed(long id) throws SQLException {
        Optional<Row> row = article(id);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Article article = row.get().article();
        String text = article.text();
        List<Sentence> sentences = new ArrayList<>();
        PreparedStatement p =
                sql.get(
                        "SELECT idx, block, start, \"end\" FROM sentences WHERE article_id = ?"
                                + " ORDER BY idx");
        p.setLong(1, id);
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                Span span = new Span(r.getInt(3), r.getInt(4));
                sentences.add(new Sentence(r.getInt(1), r.getInt(2), span, span.of(text)));
            }
        }
        List<Mention> mentions = new ArrayList<>();
        p =
                sql.get(
                        "SELECT text, start, \"end\", type, canonical FROM mentions WHERE article_id = ?"
                                + " ORDER BY idx");
        p.setLong(1, id);
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                mentions.add(
                        new Mention(
                                r.getString(1),
                                new Span(r.getInt(2), r.getInt(3)),
                                Mention.Type.valueOf(r.getString(4)),
                                r.getString(5)));
            }
        }
        return Optional.of(
                new AnalyzedArticle(article, sentences, quotes(id), mentions, List.of()));
    }

    public List<Quote> quotes(long id) throws SQLException {
        List<Quote> quotes = new ArrayList<>();
        PreparedStatement p =
                sql.get(
                        "SELECT text, kind, spans, speaker, cue, outlet FROM quotes"
                                + " WHERE article_id = ? ORDER BY idx");
        p.setLong(1, id);
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                quotes.add(
                        new Quote(
                                r.getString(1),
                                parseSpans(r.getString(3)),
                                Quote.Kind.valueOf(r.getString(2)),
                                r.getString(4),
                                r.getString(5),
                                r.getString(6)));
            }
        }
        return quotes;
    }

    public List<Credit> credits(long id) throws SQLException {
        List<Credit> credits = new ArrayList<>();
        PreparedStatement p =
                sql.get(
                        "SELECT outlet, kind, start, \"end\", url FROM credits WHERE article_id = ?"
                                + " ORDER BY idx");
        p.setLong(1, id);
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                Long start = nullableLong(r, 3);
                Span span = start == null ? null : new Span(start.intValue(), r.getInt(4));
                credits.add(
                        new Credit(
                                r.getString(1),
                                Credit.Kind.valueOf(r.getString(2)),
                                span,
                                r.getString(5)));
            }
        }
        return credits;
    }

    public void setStory(long id, long story) throws SQLException {
        PreparedStatement p = sql.get("UPDATE articles SET story_id = ? WHERE id = ?");
        p.setLong(1, story);
        p.setLong(2, id);
        p.executeUpdate();
    }

    /** Moves every article of story {@code from} into story {@code to}. */
    public void moveStory(long from, long to) throws SQLException {
        PreparedStatement p = sql.get("UPDATE articles SET story_id = ? WHERE story_id = ?");
        p.setLong(1, to);
        p.setLong(2, from);
        p.executeUpdate();
    }

    public Optional<Long> storyOf(long id) throws SQLException {
        PreparedStatement p = sql.get("SELECT story_id FROM articles WHERE id = ?");
        p.setLong(1, id);
        try (ResultSet r = p.executeQuery()) {
            return r.next() ? Optional.ofNullable(nullableLong(r, 1)) : Optional.empty();
        }
    }

    /**
     * The members of a story as origin finding needs them, read in three queries: each article's
     * address, outlet, headline and time (no body), its credits and its quotations' words.
     */
    public List<io.storytrace.provenance.StoryMember> memberSummaries(long story)
            throws SQLException {
        java.util.Map<Long, Article> articles = new java.util.LinkedHashMap<>();
        PreparedStatement p =
                sql.get(
                        "SELECT id, location, url, outlet, headline, published_at FROM articles"
                                + " WHERE story_id = ? ORDER BY id");
        p.setLong(1, story);
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                Long at = nullableLong(r, 6);
                articles.put(
                        r.getLong(1),
                        Article.builder(r.getString(2))
                                .url(r.getString(3))
                                .outlet(r.getString(4))
                                .headline(r.getString(5))
                                .published(
                                        at == null
                                                ? null
                                                : io.storytrace.article.PublishedTime.of(
                                                        java.time.Instant.ofEpochSecond(at)
                                                                .atOffset(
                                                                        java.time.ZoneOffset.UTC)))
                                .build());
            }
        }
        java.util.Map<Long, List<Credit>> credits = new java.util.HashMap<>();
        p =
                sql.get(
                        "SELECT c.article_id, c.outlet, c.kind, c.start, c.\"end\", c.url FROM credits c"
                                + " JOIN articles a ON a.id = c.article_id WHERE a.story_id = ?"
                                + " ORDER BY c.article_id, c.idx");
        p.setLong(1, story);
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                Long start = nullableLong(r, 4);
                credits.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                        .add(
                                new Credit(
                                        r.getString(2),
                                        Credit.Kind.valueOf(r.getString(3)),
                                        start == null
                                                ? null
                                                : new Span(start.intValue(), r.getInt(5)),
                                        r.getString(6)));
            }
        }
        java.util.Map<Long, List<String>> quotes = new java.util.HashMap<>();
        p =
                sql.get(
                        "SELECT q.article_id, q.text FROM quotes q JOIN articles a ON a.id = q.article_id"
                                + " WHERE a.story_id = ? ORDER BY q.article_id, q.idx");
        p.setLong(1, story);
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                quotes.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(r.getString(2));
            }
        }
        List<io.storytrace.provenance.StoryMember> out = new ArrayList<>();
        articles.forEach(
                (id, article) ->
                        out.add(
                                new io.storytrace.provenance.StoryMember(
                                        id,
                                        article,
                                        credits.getOrDefault(id, List.of()),
                                        quotes.getOrDefault(id, List.of()))));
        return out;
    }

    public List<Long> members(long story) throws SQLException {
        PreparedStatement p = sql.get("SELECT id FROM articles WHERE story_id = ? ORDER BY id");
        p.setLong(1, story);
        return longs(p);
    }

    public List<Long> ids() throws SQLException {
        return longs(sql.get("SELECT id FROM articles ORDER BY id"));
    }

    public long count() throws SQLException {
        try (ResultSet r = sql.get("SELECT COUNT(*) FROM articles").executeQuery()) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    /** Every article's location, id and story, for evaluations over a whole corpus. */
    public void forEachPlacement(PlacementConsumer consumer) throws SQLException {
        try (ResultSet r =
                sql.get("SELECT id, location, story_id FROM articles ORDER BY id").executeQuery()) {
            while (r.next()) {
                consumer.accept(r.getLong(1), r.getString(2), r.getLong(3));
            }
        }
    }

    /** Receives one article's placement. */
    @FunctionalInterface
    public interface PlacementConsumer {
        void accept(long id, String location, long story);
    }

    public Set<String> outletKeys() throws SQLException {
        Set<String> keys = new HashSet<>();
        try (ResultSet r =
                sql.get("SELECT DISTINCT outlet_key FROM articles WHERE outlet_key IS NOT NULL")
                        .executeQuery()) {
            while (r.next()) {
                keys.add(r.getString(1));
            }
        }
        return keys;
    }

    private static List<Long> longs(PreparedStatement p) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                out.add(r.getLong(1));
            }
        }
        return out;
    }

    private static List<String> split(String text, String separator) {
        return text.isEmpty() ? List.of() : Arrays.asList(text.split(separator));
    }

    private static String spans(List<Span> spans) {
        StringBuilder out = new StringBuilder();
        for (Span s : spans) {
            if (!out.isEmpty()) {
                out.append(',');
            }
            out.append(s.start()).append('-').append(s.end());
        }
        return out.toString();
    }

    private static List<Span> parseSpans(String text) {
        List<Span> spans = new ArrayList<>();
        for (String part : text.split(",")) {
            int dash = part.indexOf('-');
            spans.add(
                    new Span(
                            Integer.parseInt(part.substring(0, dash)),
                            Integer.parseInt(part.substring(dash + 1))));
        }
        return spans;
    }

    static void setLong(PreparedStatement p, int index, Long value) throws SQLException {
        if (value == null) {
            p.setNull(index, Types.INTEGER);
        } else {
            p.setLong(index, value);
        }
    }

    static Long nullableLong(ResultSet r, int column) throws SQLException {
        long v = r.getLong(column);
        return r.wasNull() ? null : v;
    }
}
