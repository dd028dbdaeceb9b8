package io.storytrace.report;

import io.storytrace.outlet.OutletProfile;
import io.storytrace.outlet.OutletProfile.Count;
import io.storytrace.outlet.ProfileSettings;
import java.util.List;

/**
 * Writes outlet profiles as text: one line per outlet with each count and, where the sample is
 * large enough, its share; with evidence, the articles behind each count.
 */
public final class OutletsTextWriter {

    public String write(List<OutletProfile> profiles, ProfileSettings settings, boolean evidence) {
        if (profiles.isEmpty()) {
            return "No outlets: the corpus holds no article of a known outlet.\n";
        }
        StringBuilder out = new StringBuilder();
        out.append(
                String.format(
                        "Shares are shown for outlets with at least %d articles (quotations: at least"
                                + " %d compared).%n%n",
                        settings.minArticles(), settings.minQuotes()));
        for (OutletProfile p : profiles) {
            out.append(p.outlet())
                    .append(" · ")
                    .append(p.articles())
                    .append(p.articles() == 1 ? " article" : " articles")
                    .append('\n');
            line(out, "originals", p.originals(), evidence);
            line(out, "copies", p.copies(), evidence);
            line(out, "excerpts", p.excerpts(), evidence);
            line(out, "rewrites", p.rewrites(), evidence);
            line(out, "altered quotations", p.alteredQuotes(), evidence);
            line(out, "added commentary", p.addedCommentary(), evidence);
            line(out, "uncredited copies", p.uncreditedCopies(), evidence);
            out.append('\n');
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String name, Count count, boolean evidence) {
        out.append(String.format("  %-20s %d of %d", name, count.count(), count.of()));
        if (count.share() != null) {
            out.append(String.format(" (%.0f%%)", 100 * count.share()));
        }
        out.append('\n');
        if (evidence) {
            for (OutletProfile.Evidence e : count.evidence()) {
                out.append("      ")
                        .append(e.location())
                        .append(
                                e.span() == null
                                        ? ""
                                        : " chars " + e.span().start() + "–" + e.span().end())
                        .append('\n');
            }
        }
    }
}
