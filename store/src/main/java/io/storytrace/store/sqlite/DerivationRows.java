package io.storytrace.store.sqlite;

import io.storytrace.match.Derivation;
import io.storytrace.match.Direction;
import io.storytrace.match.Relation;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes derivations: how two articles relate, with the evidence. */
public final class DerivationRows {

    /**
     * A stored derivation, seen from article a.
     *
     * @param a the article matched when the row was written
     * @param b the candidate it was matched with
     * @param derivation how a relates to b
     */
    public record Row(long a, long b, Derivation derivation) {

        /** The same derivation seen from {@code id}, which must be a or b. */
        public Row from(long id) {
            if (id == a) {
                return this;
            }
            if (id != b) {
                throw new IllegalArgumentException(id + " is neither side of " + a + "/" + b);
            }
            return new Row(b, a, derivation.swapped());
        }
    }

    private final Statements sql;
    private final EvidenceCodec codec = new EvidenceCodec();

    public DerivationRows(Database db) {
        this.sql = new Statements(db.connection());
    }

    public void insert(long a, long b, Derivation d) throws SQLException {
        PreparedStatement p =
                sql.get(
                        "INSERT OR REPLACE INTO derivations (a_id, b_id, relation, direction,"
                                + " score, coverage_a, coverage_b, evidence)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        p.setLong(1, a);
        p.setLong(2, b);
        p.setString(3, d.relation().name());
        p.setString(4, d.direction().name());
        p.setDouble(5, d.score());
        p.setDouble(6, d.alignment().coverageA());
        p.setDouble(7, d.alignment().coverageB());
        p.setString(8, codec.write(d));
        p.executeUpdate();
    }

    /** Every derivation that involves {@code id}, seen from it. */
    public List<Row> of(long id) throws SQLException {
        PreparedStatement p =
                sql.get(
                        "SELECT a_id, b_id, relation, direction, score, coverage_a, coverage_b,"
                                + " evidence FROM derivations WHERE a_id = ?1 OR b_id = ?1");
        p.setLong(1, id);
        List<Row> rows = read(p);
        return rows.stream().map(r -> r.from(id)).toList();
    }

    /** The derivations between members of story {@code story}. */
    public List<Row> within(long story) throws SQLException {
        PreparedStatement p =
                sql.get(
                        "SELECT d.a_id, d.b_id, d.relation, d.direction, d.score, d.coverage_a,"
                                + " d.coverage_b, d.evidence FROM derivations d"
                                + " JOIN articles x ON x.id = d.a_id JOIN articles y ON y.id ="
                                + " d.b_id WHERE x.story_id = ?1 AND y.story_id = ?1");
        p.setLong(1, story);
        return read(p);
    }

    /**
     * The derivations between members of story {@code story} without their evidence: relation,
     * direction, score and coverage, enough to weigh an origin.
     *
     * @param a the article matched when the row was written
     * @param b the candidate
     */
    public record Summary(
            long a,
            long b,
            Relation relation,
            Direction direction,
            double score,
            double coverageA,
            double coverageB) {}

    public List<Summary> summariesWithin(long story) throws SQLException {
        PreparedStatement p =
                sql.get(
                        "SELECT d.a_id, d.b_id, d.relation, d.direction, d.score, d.coverage_a,"
                                + " d.coverage_b FROM derivations d"
                                + " JOIN articles x ON x.id = d.a_id JOIN articles y ON y.id ="
                                + " d.b_id WHERE x.story_id = ?1 AND y.story_id = ?1");
        p.setLong(1, story);
        List<Summary> out = new ArrayList<>();
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                out.add(
                        new Summary(
                                r.getLong(1),
                                r.getLong(2),
                                Relation.valueOf(r.getString(3)),
                                Direction.valueOf(r.getString(4)),
                                r.getDouble(5),
                                r.getDouble(6),
                                r.getDouble(7)));
            }
        }
        return out;
    }

    /** Stories linked to {@code story} by same-event derivations. */
    public List<Long> relatedStories(long story) throws SQLException {
        PreparedStatement p =
                sql.get(
                        "SELECT DISTINCT y.story_id FROM derivations d"
                                + " JOIN articles x ON x.id = d.a_id JOIN articles y ON y.id = d.b_id"
                                + " WHERE d.relation = 'SAME_EVENT' AND x.story_id = ?1"
                                + " AND y.story_id <> ?1"
                                + " UNION SELECT DISTINCT x.story_id FROM derivations d"
                                + " JOIN articles x ON x.id = d.a_id JOIN articles y ON y.id = d.b_id"
                                + " WHERE d.relation = 'SAME_EVENT' AND y.story_id = ?1"
                                + " AND x.story_id <> ?1 ORDER BY 1");
        p.setLong(1, story);
        List<Long> out = new ArrayList<>();
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                out.add(r.getLong(1));
            }
        }
        return out;
    }

    private List<Row> read(PreparedStatement p) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                rows.add(
                        new Row(
                                r.getLong(1),
                                r.getLong(2),
                                codec.read(
                                        Relation.valueOf(r.getString(3)),
                                        Direction.valueOf(r.getString(4)),
                                        r.getDouble(5),
                                        r.getDouble(6),
                                        r.getDouble(7),
                                        r.getString(8))));
            }
        }
        return rows;
    }
}
