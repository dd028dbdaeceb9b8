package io.storytrace.store.sqlite;

import io.storytrace.match.EmbeddingCache;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Keeps sentence vectors in the corpus database, so no sentence is embedded twice across runs. */
public final class SqliteEmbeddingCache implements EmbeddingCache {

    private final Statements sql;

    public SqliteEmbeddingCache(Database db) {
        this.sql = new Statements(db.connection());
    }

    @Override
    public Map<String, float[]> get(Set<String> hashes) {
        Map<String, float[]> out = new HashMap<>();
        try {
            PreparedStatement p = sql.get("SELECT vector FROM embeddings WHERE sentence_hash = ?");
            for (String hash : hashes) {
                p.setString(1, hash);
                try (ResultSet r = p.executeQuery()) {
                    if (r.next()) {
                        ByteBuffer b =
                                ByteBuffer.wrap(r.getBytes(1)).order(ByteOrder.LITTLE_ENDIAN);
                        float[] v = new float[b.remaining() / 4];
                        b.asFloatBuffer().get(v);
                        out.put(hash, v);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read cached embeddings: " + e.getMessage(), e);
        }
        return out;
    }

    @Override
    public void put(Map<String, float[]> vectors) {
        try {
            PreparedStatement p =
                    sql.get(
                            "INSERT OR IGNORE INTO embeddings (sentence_hash, vector) VALUES (?, ?)");
            for (Map.Entry<String, float[]> e : vectors.entrySet()) {
                ByteBuffer b =
                        ByteBuffer.allocate(e.getValue().length * 4).order(ByteOrder.LITTLE_ENDIAN);
                b.asFloatBuffer().put(e.getValue());
                p.setString(1, e.getKey());
                p.setBytes(2, b.array());
                p.addBatch();
            }
            p.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot cache embeddings: " + e.getMessage(), e);
        }
    }
}
