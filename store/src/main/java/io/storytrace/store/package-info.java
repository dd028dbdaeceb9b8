/**
 * The embedded corpus: one data directory holding a SQLite database (the record) and a Lucene index
 * (candidates). {@link io.storytrace.store.Corpus} is the front door: ingest, stories, trace.
 */
package io.storytrace.store;
