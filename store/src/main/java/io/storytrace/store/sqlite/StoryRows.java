package io.storytrace.store.sqlite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.storytrace.match.Credit;
import io.storytrace.provenance.Origin;
import io.storytrace.provenance.UpstreamSource;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes story rows: the origin with its reasons and the upstream outlets. */
public final class StoryRows {

    /**
     * A story as stored.
     *
     * @param id the story's id
     * @param origin its origin
     * @param upstream outlets credited upstream
     * @param size how many versions it has
     * @param lastActivity the latest publication or ingest time of a version, epoch seconds
     */
    public record Row(
            long id, Origin origin, List<UpstreamSource> upstream, int size, long lastActivity) {}

    private final Statements sql;
    private final ObjectMapper json = new ObjectMapper();

    public StoryRows(Database db) {
        this.sql = new Statements(db.connection());
    }

    /** Creates a story for its first article and returns the story's id. */
    public long create(long firstArticle, long activity) throws SQLException {
        PreparedStatement p =
                sql.get(
                        "INSERT INTO stories (origin_id, origin_reasons, upstream, size,"
                                + " last_activity) VALUES (?, '[]', '[]', 1, ?) RETURNING id");
        p.setLong(1, firstArticle);
        p.setLong(2, activity);
        try (ResultSet r = p.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    public void update(Row row) throws SQLException {
        PreparedStatement p =
                sql.get(
                        "UPDATE stories SET origin_id = ?, origin_reasons = ?, upstream = ?,"
                                + " size = ?, last_activity = MAX(last_activity, ?) WHERE id = ?");
        p.setLong(1, row.origin().articleId());
        p.setString(2, write(reasons(row.origin().reasons())));
        p.setString(3, write(upstream(row.upstream())));
        p.setInt(4, row.size());
        p.setLong(5, row.lastActivity());
        p.setLong(6, row.id());
        p.executeUpdate();
    }

    public void delete(long id) throws SQLException {
        PreparedStatement p = sql.get("DELETE FROM stories WHERE id = ?");
        p.setLong(1, id);
        p.executeUpdate();
    }

    public java.util.Optional<Row> get(long id) throws SQLException {
        PreparedStatement p =
                sql.get(
                        "SELECT id, origin_id, origin_reasons, upstream, size, last_activity"
                                + " FROM stories WHERE id = ?");
        p.setLong(1, id);
        List<Row> rows = read(p);
        return rows.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(rows.get(0));
    }

    /**
     * Stories of at least {@code minSize} versions active at or after {@code since} (epoch
     * seconds), most recent first.
     */
    public List<Row> since(long since, int minSize, int limit) throws SQLException {
        PreparedStatement p =
                sql.get(
                        "SELECT id, origin_id, origin_reasons, upstream, size, last_activity"
                                + " FROM stories WHERE last_activity >= ? AND size >= ?"
                                + " ORDER BY last_activity DESC, id LIMIT ?");
        p.setLong(1, since);
        p.setInt(2, minSize);
        p.setInt(3, limit);
        return read(p);
    }

    public long count() throws SQLException {
        try (ResultSet r = sql.get("SELECT COUNT(*) FROM stories").executeQuery()) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    private List<Row> read(PreparedStatement p) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                rows.add(
                        new Row(
                                r.getLong(1),
                                new Origin(r.getLong(2), readReasons(r.getString(3))),
                                readUpstream(r.getString(4)),
                                r.getInt(5),
                                r.getLong(6)));
            }
        }
        return rows;
    }

    private ArrayNode reasons(List<String> reasons) {
        ArrayNode a = json.createArrayNode();
        reasons.forEach(a::add);
        return a;
    }

    private ArrayNode upstream(List<UpstreamSource> upstream) {
        ArrayNode a = json.createArrayNode();
        for (UpstreamSource u : upstream) {
            ArrayNode by = json.createArrayNode();
            u.creditedBy().forEach(by::add);
            a.addObject()
                    .put("outlet", u.outlet())
                    .put("kind", u.kind().name())
                    .put("ingested", u.ingested())
                    .set("creditedBy", by);
        }
        return a;
    }

    private List<String> readReasons(String text) {
        List<String> out = new ArrayList<>();
        parse(text).forEach(n -> out.add(n.asText()));
        return out;
    }

    private List<UpstreamSource> readUpstream(String text) {
        List<UpstreamSource> out = new ArrayList<>();
        for (JsonNode n : parse(text)) {
            List<Long> by = new ArrayList<>();
            n.path("creditedBy").forEach(b -> by.add(b.asLong()));
            out.add(
                    new UpstreamSource(
                            n.path("outlet").asText(),
                            Credit.Kind.valueOf(n.path("kind").asText()),
                            by,
                            n.path("ingested").asBoolean()));
        }
        return out;
    }

    private JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored story is not valid JSON", e);
        }
    }

    private String write(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write story", e);
        }
    }
}
