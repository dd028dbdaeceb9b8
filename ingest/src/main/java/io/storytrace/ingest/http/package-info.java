/**
 * A polite and careful HTTP client for news pages and feeds: {@link
 * io.storytrace.ingest.http.Fetcher} honours robots.txt, waits between requests to one host, asks
 * conditionally, caps redirects, time and size, and refuses private addresses.
 */
package io.storytrace.ingest.http;
