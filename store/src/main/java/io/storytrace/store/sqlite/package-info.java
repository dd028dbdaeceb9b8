/**
 * The corpus's system of record: one SQLite database in WAL mode with numbered migrations, and the
 * row mappings of articles, analyses, derivations and stories.
 */
package io.storytrace.store.sqlite;
