package io.storytrace.store.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Opens the SQLite database of a data directory in WAL mode and brings its schema up to date with
 * the numbered migrations in this package's resources, each applied in its own transaction and
 * recorded in {@code schema_migrations}.
 */
public final class Database implements AutoCloseable {

    /** Migrations in order; the number is the position, from 1. Never edit one that shipped. */
    static final List<String> MIGRATIONS =
            List.of(
                    "V1__corpus.sql",
                    "V2__feeds.sql",
                    "V3__speaker_basis.sql",
                    "V4__outlet_basis.sql");

    private final Connection connection;

    private Database(Connection connection) {
        this.connection = connection;
    }

    /** Opens (creating when absent) the database at {@code file}. */
    public static Database open(Path file) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            // NORMAL in WAL mode: a committed transaction survives a crash of the process; only a
            // power loss may take back the last commits before a checkpoint.
            s.execute("PRAGMA synchronous=NORMAL");
            s.execute("PRAGMA busy_timeout=10000");
            s.execute("PRAGMA cache_size=-65536");
            s.execute("PRAGMA temp_store=MEMORY");
        }
        Database db = new Database(c);
        db.migrate();
        return db;
    }

    public Connection connection() {
        return connection;
    }

    /** The schema version: the number of migrations applied. */
    public int version() throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet r =
                        s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    /** Runs {@code PRAGMA integrity_check} and returns its answer, "ok" when sound. */
    public String integrityCheck() throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
            StringBuilder out = new StringBuilder();
            while (r.next()) {
                if (!out.isEmpty()) {
                    out.append('\n');
                }
                out.append(r.getString(1));
            }
            return out.toString();
        }
    }

    private void migrate() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(
                    "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY,"
                            + " name TEXT NOT NULL)");
        }
        int current = version();
        for (int i = current; i < MIGRATIONS.size(); i++) {
            apply(i + 1, MIGRATIONS.get(i));
        }
    }

    private void apply(int version, String name) throws SQLException {
        String sql = resource(name);
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            for (String statement : statements(sql)) {
                s.execute(statement);
            }
            try (PreparedStatement p =
                    connection.prepareStatement(
                            "INSERT INTO schema_migrations (version, name) VALUES (?, ?)")) {
                p.setInt(1, version);
                p.setString(2, name);
                p.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw new SQLException("migration " + name + " failed: " + e.getMessage(), e);
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** Splits a migration into statements at semicolons that end a line, dropping comments. */
    static List<String> statements(String sql) {
        StringBuilder clean = new StringBuilder();
        for (String line : sql.split("\n")) {
            String stripped = line.strip();
            if (!stripped.startsWith("--")) {
                clean.append(line).append('\n');
            }
        }
        return java.util.Arrays.stream(clean.toString().split(";\\s*\n"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static String resource(String name) {
        try (InputStream in = Database.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("migration " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + name, e);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
