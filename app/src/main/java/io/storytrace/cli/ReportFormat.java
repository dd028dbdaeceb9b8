package io.storytrace.cli;

/** How a command prints its report. */
enum ReportFormat {
    text,
    json,
    html
}
