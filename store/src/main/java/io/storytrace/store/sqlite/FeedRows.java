package io.storytrace.store.sqlite;

import io.storytrace.store.FetchValidators;
import io.storytrace.store.FollowedFeed;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The followed feeds and the per-address fetch validators (ETag, Last-Modified). */
public final class FeedRows {

    private final Statements sql;

    public FeedRows(Database db) {
        this.sql = new Statements(db.connection());
    }

    /** Adds {@code feed}; returns false when a feed with its address is already followed. */
    public boolean add(FollowedFeed feed) throws SQLException {
        PreparedStatement p =
                sql.get(
                        "INSERT OR IGNORE INTO feeds (url, title, site_url, full_text, added_at)"
                                + " VALUES (?, ?, ?, ?, ?)");
        p.setString(1, feed.url());
        p.setString(2, feed.title());
        p.setString(3, feed.siteUrl());
        p.setInt(4, feed.fullText() ? 1 : 0);
        p.setLong(5, feed.added().toEpochMilli());
        return p.executeUpdate() == 1;
    }

    /** Stops following {@code url}; returns false when it was not followed. */
    public boolean remove(String url) throws SQLException {
        PreparedStatement p = sql.get("DELETE FROM feeds WHERE url = ?");
        p.setString(1, url);
        return p.executeUpdate() == 1;
    }

    /** Every followed feed, by address. */
    public List<FollowedFeed> list() throws SQLException {
        PreparedStatement p =
                sql.get(
                        "SELECT url, title, site_url, full_text, added_at, last_polled_at,"
                                + " last_result FROM feeds ORDER BY url");
        List<FollowedFeed> feeds = new ArrayList<>();
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                long polled = r.getLong(6);
                Instant lastPolled = r.wasNull() ? null : Instant.ofEpochMilli(polled);
                feeds.add(
                        new FollowedFeed(
                                r.getString(1),
                                r.getString(2),
                                r.getString(3),
                                r.getInt(4) == 1,
                                Instant.ofEpochMilli(r.getLong(5)),
                                lastPolled,
                                r.getString(7)));
            }
        }
        return feeds;
    }

    /** Records when {@code url} was polled and what came of it. */
    public void polled(String url, Instant at, String result) throws SQLException {
        PreparedStatement p =
                sql.get("UPDATE feeds SET last_polled_at = ?, last_result = ? WHERE url = ?");
        p.setLong(1, at.toEpochMilli());
        p.setString(2, result);
        p.setString(3, url);
        p.executeUpdate();
    }

    /** The validators last seen for {@code url}. */
    public Optional<FetchValidators> validators(String url) throws SQLException {
        PreparedStatement p = sql.get("SELECT etag, last_modified FROM fetch_state WHERE url = ?");
        p.setString(1, url);
        try (ResultSet r = p.executeQuery()) {
            return r.next()
                    ? Optional.of(new FetchValidators(r.getString(1), r.getString(2)))
                    : Optional.empty();
        }
    }

    /** Remembers the validators a server sent for {@code url}. */
    public void saveValidators(String url, FetchValidators validators, Instant at)
            throws SQLException {
        PreparedStatement p =
                sql.get(
                        "INSERT OR REPLACE INTO fetch_state (url, etag, last_modified, updated_at)"
                                + " VALUES (?, ?, ?, ?)");
        p.setString(1, url);
        p.setString(2, validators.etag());
        p.setString(3, validators.lastModified());
        p.setLong(4, at.toEpochMilli());
        p.executeUpdate();
    }
}
