/** Local files and folders of saved pages and plain-text dumps. */
package io.storytrace.ingest.file;
