/**
 * Findings: claims about what a publisher did to a text, each carrying the evidence that supports
 * it and worded to claim no more than that evidence shows.
 */
package io.storytrace.finding;
