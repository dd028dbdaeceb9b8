package io.storytrace.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteEmbeddingCacheTest {

    @TempDir Path dir;

    @Test
    void vectorsComeBackAsUnitVectorsCloseToWhatWasStored() throws Exception {
        try (Database db = Database.open(dir.resolve("corpus.db"))) {
            SqliteEmbeddingCache cache = new SqliteEmbeddingCache(db, 4);
            cache.put(Map.of("a", new float[] {0.5f, 0.5f, 0.5f, 0.5f}));

            float[] back = cache.get(Set.of("a", "b")).get("a");

            assertThat(cache.get(Set.of("b"))).isEmpty();
            assertThat(back).hasSize(4);
            assertThat(back[0]).isCloseTo(0.5f, within(0.01f));
        }
    }

    @Test
    void aStoredVectorOfAnotherLengthCountsAsAbsentAndIsReplaced() throws Exception {
        try (Database db = Database.open(dir.resolve("corpus.db"))) {
            // what an earlier build wrote: four bytes a component
            try (PreparedStatement p =
                    db.connection()
                            .prepareStatement(
                                    "INSERT INTO embeddings (sentence_hash, vector) VALUES (?, ?)")) {
                p.setString(1, "old");
                p.setBytes(2, new byte[16]);
                p.executeUpdate();
            }
            SqliteEmbeddingCache cache = new SqliteEmbeddingCache(db, 4);

            assertThat(cache.get(Set.of("old"))).isEmpty();

            cache.put(Map.of("old", new float[] {1, 0, 0, 0}));
            assertThat(cache.get(Set.of("old")).get("old")).containsExactly(1f, 0f, 0f, 0f);
        }
    }

    @Test
    void aVectorOfTheWrongLengthIsRefused() throws Exception {
        try (Database db = Database.open(dir.resolve("corpus.db"))) {
            SqliteEmbeddingCache cache = new SqliteEmbeddingCache(db, 4);

            assertThatThrownBy(() -> cache.put(Map.of("x", new float[3])))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("3 components");
        }
    }
}
