package io.storytrace.store.sqlite;

import io.storytrace.article.Article;
import io.storytrace.match.Fingerprint;
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

    public void insertFingerprint(long id, Fingerprint f) throws SQLException {
        PreparedStatement p =
                sql.get(
                        "INSERT INTO fingerprints (article_id, min_hash, signature_terms)"
                                + " VALUES (?, ?, ?)");
        int[] minHash = f.minHash();
        ByteBuffer bytes = ByteBuffer.allocate(minHash.length * 4);
        bytes.asIntBuffer().put(minHash);
        p.setLong(1, id);
        p.setBytes(2, bytes.array());
        p.setString(3, String.join("\t", f.signatureTerms()));
        p.executeUpdate();
    }

    public Optional<Fingerprint> fingerprint(long id) throws SQLException {
        PreparedStatement p =
                sql.get(
                        "SELECT f.min_hash, f.signature_terms, a.body_hash"
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
                            r.getString(3),
                            minHash,
                            io.storytrace.match.Fingerprinter.bandKeys(minHash),
                            split(r.getString(2), "\t")));
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
