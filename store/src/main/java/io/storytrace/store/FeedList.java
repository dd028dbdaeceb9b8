package io.storytrace.store;

import io.storytrace.store.sqlite.FeedRows;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The feeds a user follows and the fetch validators of every address fetched, kept in the corpus's
 * database so that they survive between runs. It keeps records and nothing more; fetching is
 * ingest's. Obtained from {@link Corpus#feeds()} and used on the corpus's thread.
 */
public final class FeedList {

    private final FeedRows rows;
    private final String where;

    FeedList(FeedRows rows, String where) {
        this.rows = rows;
        this.where = where;
    }

    /** Follows {@code feed}; false when its address was already followed. */
    public boolean follow(FollowedFeed feed) {
        try {
            return rows.add(feed);
        } catch (SQLException e) {
            throw failure("cannot add the feed " + feed.url(), e);
        }
    }

    /** Stops following {@code url}; false when it was not followed. */
    public boolean unfollow(String url) {
        try {
            return rows.remove(url);
        } catch (SQLException e) {
            throw failure("cannot remove the feed " + url, e);
        }
    }

    /** Every followed feed, by address. */
    public List<FollowedFeed> all() {
        try {
            return rows.list();
        } catch (SQLException e) {
            throw failure("cannot list the feeds", e);
        }
    }

    /** Records that {@code url} was polled at {@code at} with {@code result}. */
    public void polled(String url, Instant at, String result) {
        try {
            rows.polled(url, at, result);
        } catch (SQLException e) {
            throw failure("cannot record the poll of " + url, e);
        }
    }

    /** The validators last seen for {@code url}. */
    public Optional<FetchValidators> validators(String url) {
        try {
            return rows.validators(url);
        } catch (SQLException e) {
            throw failure("cannot read the fetch state of " + url, e);
        }
    }

    /** Remembers the validators a server sent for {@code url}. */
    public void saveValidators(String url, FetchValidators validators) {
        try {
            rows.saveValidators(url, validators, Instant.now());
        } catch (SQLException e) {
            throw failure("cannot save the fetch state of " + url, e);
        }
    }

    private CorpusException failure(String what, SQLException e) {
        return new CorpusException(what + " in " + where + ": " + e.getMessage(), e);
    }
}
