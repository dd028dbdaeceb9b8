-- The corpus: articles and what matching and provenance found about them.
CREATE TABLE articles (
    id            INTEGER PRIMARY KEY,
    content_hash  TEXT    NOT NULL UNIQUE,
    body_hash     TEXT    NOT NULL,
    location      TEXT    NOT NULL,
    url           TEXT,
    outlet        TEXT,
    outlet_key    TEXT,
    headline      TEXT    NOT NULL,
    published     TEXT,
    published_at  INTEGER,
    ingested_at   INTEGER NOT NULL,
    article_json  TEXT    NOT NULL,
    story_id      INTEGER
);
CREATE INDEX articles_story ON articles (story_id);
CREATE INDEX articles_outlet ON articles (outlet_key);

CREATE TABLE sentences (
    article_id INTEGER NOT NULL,
    idx        INTEGER NOT NULL,
    block      INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;

CREATE TABLE quotes (
    article_id INTEGER NOT NULL,
    idx        INTEGER NOT NULL,
    text       TEXT    NOT NULL,
    kind       TEXT    NOT NULL,
    spans      TEXT    NOT NULL,
    speaker    TEXT,
    cue        TEXT,
    outlet     TEXT,
    PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;

CREATE TABLE mentions (
    article_id INTEGER NOT NULL,
    idx        INTEGER NOT NULL,
    text       TEXT    NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    type       TEXT    NOT NULL,
    canonical  TEXT    NOT NULL,
    PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;

CREATE TABLE credits (
    article_id INTEGER NOT NULL,
    idx        INTEGER NOT NULL,
    outlet     TEXT    NOT NULL,
    outlet_key TEXT    NOT NULL,
    kind       TEXT    NOT NULL,
    start      INTEGER,
    "end"      INTEGER,
    url        TEXT,
    PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;
CREATE INDEX credits_outlet ON credits (outlet_key);

-- LSH band keys are not stored: they follow from min_hash.
CREATE TABLE fingerprints (
    article_id      INTEGER PRIMARY KEY,
    min_hash        BLOB NOT NULL,
    signature_terms TEXT NOT NULL
);

-- a_id is the article matched when the row was written, b_id the candidate it was matched with.
CREATE TABLE derivations (
    a_id       INTEGER NOT NULL,
    b_id       INTEGER NOT NULL,
    relation   TEXT    NOT NULL,
    direction  TEXT    NOT NULL,
    score      REAL    NOT NULL,
    coverage_a REAL    NOT NULL,
    coverage_b REAL    NOT NULL,
    evidence   TEXT    NOT NULL,
    PRIMARY KEY (a_id, b_id)
) WITHOUT ROWID;
CREATE INDEX derivations_b ON derivations (b_id);

CREATE TABLE stories (
    id             INTEGER PRIMARY KEY,
    origin_id      INTEGER NOT NULL,
    origin_reasons TEXT    NOT NULL,
    upstream       TEXT    NOT NULL,
    size           INTEGER NOT NULL,
    last_activity  INTEGER NOT NULL
);

-- Unit vectors of 384 components, each stored as one signed byte (value times 127).
CREATE TABLE embeddings (
    sentence_hash TEXT PRIMARY KEY,
    vector        BLOB NOT NULL
);

CREATE TABLE corpus_state (
    key   TEXT PRIMARY KEY,
    value BLOB
) WITHOUT ROWID;
