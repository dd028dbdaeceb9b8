-- Feeds a user follows, and what servers said last time so the next fetch can be conditional.
CREATE TABLE feeds (
    url            TEXT    PRIMARY KEY,
    title          TEXT,
    site_url       TEXT,
    full_text      INTEGER NOT NULL,
    added_at       INTEGER NOT NULL,
    last_polled_at INTEGER,
    last_result    TEXT
);

CREATE TABLE fetch_state (
    url           TEXT    PRIMARY KEY,
    etag          TEXT,
    last_modified TEXT,
    updated_at    INTEGER NOT NULL
);
