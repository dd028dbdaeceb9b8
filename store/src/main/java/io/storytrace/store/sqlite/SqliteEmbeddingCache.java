package io.storytrace.store.sqlite;

import io.storytrace.match.EmbeddingCache;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Keeps sentence vectors in the corpus database, so no sentence is embedded twice across runs.
 * Components of the unit vectors are stored as signed bytes (times 127), which moves cosines by
 * well under 0.01 and takes a quarter of the room. A stored vector of another length (written by an
 * earlier build that kept whole floats, or by another model) counts as absent and is replaced.
 */
public final class SqliteEmbeddingCache implements EmbeddingCache {

    private final Statements sql;
    private final int dimension;

    /** A cache for vectors of {@code dimension} components. */
    public SqliteEmbeddingCache(Database db, int dimension) {
        this.sql = new Statements(db.connection());
        this.dimension = dimension;
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
                        byte[] stored = r.getBytes(1);
                        if (stored.length == dimension) {
                            out.put(hash, decode(stored));
                        }
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
                            "INSERT OR REPLACE INTO embeddings (sentence_hash, vector) VALUES (?, ?)");
            for (Map.Entry<String, float[]> e : vectors.entrySet()) {
                if (e.getValue().length != dimension) {
                    throw new IllegalArgumentException(
                            "a vector of "
                                    + e.getValue().length
                                    + " components in a cache of "
                                    + dimension);
                }
                p.setString(1, e.getKey());
                p.setBytes(2, encode(e.getValue()));
                p.addBatch();
            }
            p.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot cache embeddings: " + e.getMessage(), e);
        }
    }

    static byte[] encode(float[] vector) {
        byte[] out = new byte[vector.length];
        for (int i = 0; i < vector.length; i++) {
            out[i] = (byte) Math.max(-127, Math.min(127, Math.round(vector[i] * 127)));
        }
        return out;
    }

    static float[] decode(byte[] bytes) {
        float[] v = new float[bytes.length];
        double norm = 0;
        for (int i = 0; i < bytes.length; i++) {
            v[i] = bytes[i] / 127f;
            norm += v[i] * v[i];
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < v.length; i++) {
            v[i] *= scale;
        }
        return v;
    }
}
