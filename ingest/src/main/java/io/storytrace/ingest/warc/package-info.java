/** Web archives: WARC and ARC files, gzipped or not, read record by record with jwarc. */
package io.storytrace.ingest.warc;
