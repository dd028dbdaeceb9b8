/**
 * Batch ingest from the command line: {@link io.storytrace.batch.IngestRun} reads sources, extracts
 * each document and writes the articles as JSON Lines, reporting progress as it goes. The corpus
 * will take over the writing once it exists.
 */
package io.storytrace.batch;
