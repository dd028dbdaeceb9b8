/** Articles given as JSON Lines, one object per line, as other tools export them. */
package io.storytrace.ingest.jsonl;
