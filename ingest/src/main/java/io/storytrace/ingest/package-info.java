/**
 * Where documents come from. {@link io.storytrace.ingest.Source} names an input (a file, a folder,
 * a feed, an OPML list, a web address, a web archive, JSON Lines) and {@link
 * io.storytrace.ingest.Ingestor} reads it into raw documents, lazily, one {@link
 * io.storytrace.pipeline.Outcome} per document so that a bad one never stops the rest.
 */
package io.storytrace.ingest;
