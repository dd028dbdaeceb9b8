package io.storytrace.report;

import io.storytrace.outlet.OutletProfile;
import io.storytrace.outlet.OutletProfile.Count;
import io.storytrace.outlet.ProfileSettings;
import java.util.List;
import java.util.Locale;

/**
 * Writes outlet profiles as text: per outlet, each count with what it is out of and, where the
 * sample is large enough, its share. Under each count of altered quotations, added commentary and
 * uncredited copies it lists the evidence (the article, and the characters of each quotation), so
 * that every claim can be traced with {@code storytrace trace}; the articles behind the counts of
 * roles only when asked.
 */
public final class OutletsTextWriter {

    public String write(List<OutletProfile> profiles, ProfileSettings settings, boolean roles) {
        if (profiles.isEmpty()) {
            return "No outlets: the corpus holds no article of a known outlet.\n";
        }
        StringBuilder out = new StringBuilder();
        out.append(
                String.format(
                        Locale.ROOT,
                        "Shares are shown for outlets with at least %s (quotations: at least %d"
                                + " compared).%n%n",
                        settings.minArticles() == 1
                                ? "1 article"
                                : settings.minArticles() + " articles",
                        settings.minQuotes()));
        for (OutletProfile p : profiles) {
            out.append(p.outlet())
                    .append(" · ")
                    .append(p.articles())
                    .append(p.articles() == 1 ? " article" : " articles")
                    .append(" · ")
                    .append(p.quotesCompared())
                    .append(p.quotesCompared() == 1 ? " quotation" : " quotations")
                    .append(" compared with an earlier printing\n");
            line(out, "originals", p.originals(), roles);
            line(out, "copies", p.copies(), roles);
            line(out, "excerpts", p.excerpts(), roles);
            line(out, "rewrites", p.rewrites(), roles);
            line(out, "altered quotations", p.alteredQuotes(), true);
            line(out, "added commentary", p.addedCommentary(), true);
            line(out, "uncredited copies", p.uncreditedCopies(), true);
            out.append('\n');
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String name, Count count, boolean evidence) {
        out.append(String.format(Locale.ROOT, "  %-20s %d of %d", name, count.count(), count.of()));
        if (count.share() != null) {
            out.append(String.format(Locale.ROOT, " (%.0f%%)", 100 * count.share()));
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
