package io.storytrace.store.sqlite;

import io.storytrace.match.DocumentFrequencies;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Corpus-wide state kept between runs: the document frequencies that weigh words. They are saved
 * from time to time, not with every article: a crash leaves them a little behind, which only shifts
 * word weights slightly.
 */
public final class StateRows {

    private static final String FREQUENCIES = "document_frequencies";

    private final Statements sql;

    public StateRows(Database db) {
        this.sql = new Statements(db.connection());
    }

    public void saveFrequencies(DocumentFrequencies frequencies) throws SQLException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes))) {
            Map<String, Integer> counts = frequencies.counts();
            out.writeInt(frequencies.documents());
            out.writeInt(counts.size());
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PreparedStatement p =
                sql.get("INSERT OR REPLACE INTO corpus_state (key, value) VALUES (?, ?)");
        p.setString(1, FREQUENCIES);
        p.setBytes(2, bytes.toByteArray());
        p.executeUpdate();
    }

    public Optional<DocumentFrequencies> loadFrequencies() throws SQLException {
        PreparedStatement p = sql.get("SELECT value FROM corpus_state WHERE key = ?");
        p.setString(1, FREQUENCIES);
        try (ResultSet r = p.executeQuery()) {
            if (!r.next()) {
                return Optional.empty();
            }
            try (DataInputStream in =
                    new DataInputStream(
                            new GZIPInputStream(new ByteArrayInputStream(r.getBytes(1))))) {
                int documents = in.readInt();
                int size = in.readInt();
                Map<String, Integer> counts = new HashMap<>(size * 2);
                for (int i = 0; i < size; i++) {
                    counts.put(in.readUTF(), in.readInt());
                }
                return Optional.of(DocumentFrequencies.of(counts, documents));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
