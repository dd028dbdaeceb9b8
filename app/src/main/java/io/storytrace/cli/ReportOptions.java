package io.storytrace.cli;

import io.storytrace.report.HtmlReportWriter;
import io.storytrace.report.JsonReportWriter;
import io.storytrace.report.TextReportWriter;
import io.storytrace.report.TraceReport;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** The {@code --format} option shared by the commands that print a trace report. */
final class ReportOptions {

    @Option(
            names = "--format",
            defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private ReportFormat format;

    /** Whether the report is printed as text for a person. */
    boolean isText() {
        return format == ReportFormat.text;
    }

    /** Prints {@code report} in the chosen format. */
    void print(TraceReport report, PrintWriter out) {
        out.print(
                switch (format) {
                    case text -> new TextReportWriter().write(report);
                    case json -> new JsonReportWriter().write(report);
                    case html -> new HtmlReportWriter().write(report);
                });
        out.flush();
    }
}
