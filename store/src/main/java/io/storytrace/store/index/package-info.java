/**
 * The corpus's search index: Lucene with full text (English analyzer), signature terms, LSH band
 * keys, outlet and publication time, used to find candidates. It is derived from the database and
 * rebuilt from it where the two disagree.
 */
package io.storytrace.store.index;
