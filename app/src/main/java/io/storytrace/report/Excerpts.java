package io.storytrace.report;

import io.storytrace.finding.SourceText;
import io.storytrace.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Quotes pieces of an article's text as one excerpt: pieces with only spaces between them are one
 * run, runs apart are joined by " … ", so that an excerpt never passes off text it leaves out.
 */
final class Excerpts {

    private static final String GAP = " … ";

    private Excerpts() {}

    /** The pieces in text order, those with only white space between them made one. */
    static List<Span> merged(List<Span> pieces, String text) {
        List<Span> sorted = new ArrayList<>(pieces);
        sorted.sort(null);
        List<Span> out = new ArrayList<>();
        for (Span piece : sorted) {
            if (!out.isEmpty()) {
                Span last = out.getLast();
                if (piece.start() <= last.end()
                        || text.substring(last.end(), piece.start()).isBlank()) {
                    out.set(
                            out.size() - 1,
                            new Span(last.start(), Math.max(last.end(), piece.end())));
                    continue;
                }
            }
            out.add(piece);
        }
        return out;
    }

    /** The merged pieces' text, runs apart joined by " … ". */
    static String joined(List<Span> merged, String text) {
        return String.join(GAP, merged.stream().map(s -> s.of(text)).toList());
    }

    /** Stretches of another article's text, in order, runs apart joined by " … ". */
    static String joined(List<SourceText> texts) {
        StringBuilder out = new StringBuilder();
        Span last = null;
        for (SourceText t : texts) {
            if (last != null) {
                out.append(t.span().start() <= last.end() + 2 ? " " : GAP);
            }
            out.append(t.text());
            last = t.span();
        }
        return out.toString();
    }
}
