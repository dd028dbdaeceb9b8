/**
 * News feeds and subscription lists: RSS 0.9x/1.0/2.0 and Atom through Rome, JSON Feed through
 * Jackson, OPML import and export. {@link io.storytrace.ingest.feed.FeedParser} reads a feed and
 * {@link io.storytrace.ingest.feed.FeedItemReader} turns its items into raw documents.
 */
package io.storytrace.ingest.feed;
