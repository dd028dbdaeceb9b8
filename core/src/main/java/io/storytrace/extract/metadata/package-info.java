/**
 * Reads what a page says about itself: headline, byline, publication time, outlet, canonical
 * address. {@link io.storytrace.extract.metadata.MetadataReader} asks JSON-LD first, then OpenGraph
 * and other meta tags, then {@code <time>} and itemprop markup, then the date in the URL.
 */
package io.storytrace.extract.metadata;
