/**
 * Where documents come from. {@link io.storytrace.ingest.Source} names an input (a file, a folder,
 * later feeds, pages and archives) and {@link io.storytrace.ingest.Ingestor} reads it into raw
 * documents, one {@link io.storytrace.pipeline.Outcome} per document so that a bad one never stops
 * the rest.
 */
package io.storytrace.ingest;
