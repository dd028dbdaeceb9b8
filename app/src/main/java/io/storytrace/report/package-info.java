/**
 * Reports on analysed articles as the CLI prints them: a stable JSON layout ({@link
 * io.storytrace.report.TraceReport}) and a plain-text rendering of the same values.
 */
package io.storytrace.report;
