package io.storytrace.eval;

import java.util.Locale;

/**
 * Renders an extraction evaluation as the one table {@code storytrace eval extraction} prints: one
 * line per extractor, ours first, then how often we found the publication time.
 */
public final class ExtractionTable {

    /** The table for {@code evaluation}. */
    public String render(ExtractionEvaluation evaluation) {
        StringBuilder out = new StringBuilder();
        out.append(
                String.format(
                        Locale.ROOT,
                        "%-18s %7s %9s %7s %8s %9s%n",
                        "extractor",
                        "F1",
                        "precision",
                        "recall",
                        "accuracy",
                        "pages/s"));
        for (ExtractionEvaluation.Row row : evaluation.rows()) {
            ExtractionScore s = row.score();
            out.append(
                    String.format(
                            Locale.ROOT,
                            "%-18s %7.3f %9.3f %7.3f %8.3f %9s%n",
                            row.name(),
                            s.f1(),
                            s.precision(),
                            s.recall(),
                            s.accuracy(),
                            row.pagesPerSecond() == null
                                    ? "-"
                                    : String.format(Locale.ROOT, "%.0f", row.pagesPerSecond())));
        }
        DateCoverage dates = evaluation.dates();
        out.append(
                String.format(
                        Locale.ROOT,
                        "%npublished time found on %d of %d pages whose markup carries one (%.1f%%);"
                                + " within a day of the URL's date on %d of %d%n",
                        dates.foundWithMarkup(),
                        dates.withDateMarkup(),
                        dates.withDateMarkup() == 0
                                ? 0.0
                                : 100.0 * dates.foundWithMarkup() / dates.withDateMarkup(),
                        dates.agreeingWithUrl(),
                        dates.withUrlDate()));
        if (!evaluation.failures().isEmpty()) {
            out.append(
                    String.format(
                            Locale.ROOT,
                            "%d pages gave no article:%n",
                            evaluation.failures().size()));
            evaluation
                    .failures()
                    .forEach(
                            (id, reason) ->
                                    out.append("  ")
                                            .append(id)
                                            .append(": ")
                                            .append(reason)
                                            .append('\n'));
        }
        return out.toString();
    }
}
