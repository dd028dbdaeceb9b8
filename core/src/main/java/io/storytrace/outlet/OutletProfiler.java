package io.storytrace.outlet;

import io.storytrace.finding.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Sums profiled articles into one profile per outlet, sorted by outlet name. Outlet names that
 * differ only in case or a leading "The" are one outlet, named as first met.
 */
public final class OutletProfiler {

    private final ProfileSettings settings;

    public OutletProfiler(ProfileSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public List<OutletProfile> profile(List<ProfiledArticle> articles) {
        Map<String, List<ProfiledArticle>> byOutlet = new TreeMap<>();
        Map<String, String> names = new TreeMap<>();
        for (ProfiledArticle article : articles) {
            String key = key(article.outlet());
            names.putIfAbsent(key, article.outlet());
            byOutlet.computeIfAbsent(key, k -> new ArrayList<>()).add(article);
        }
        List<OutletProfile> profiles = new ArrayList<>();
        byOutlet.forEach((key, list) -> profiles.add(profile(names.get(key), list)));
        return profiles;
    }

    private OutletProfile profile(String outlet, List<ProfiledArticle> articles) {
        int n = articles.size();
        int quotes = articles.stream().mapToInt(ProfiledArticle::quotesCompared).sum();
        return new OutletProfile(
                outlet,
                n,
                quotes,
                articleCount(articles, a -> a.role() == ArticleRole.ORIGINAL),
                articleCount(articles, a -> a.role() == ArticleRole.COPY),
                articleCount(articles, a -> a.role() == ArticleRole.EXCERPT),
                articleCount(articles, a -> a.role() == ArticleRole.REWRITE),
                alteredQuotes(articles, quotes),
                articleCount(articles, a -> has(a, Finding.AddedCommentary.class)),
                articleCount(articles, a -> has(a, Finding.UncreditedCopy.class)));
    }

    private OutletProfile.Count articleCount(
            List<ProfiledArticle> articles, Predicate<ProfiledArticle> test) {
        List<OutletProfile.Evidence> evidence = new ArrayList<>();
        for (ProfiledArticle article : articles) {
            if (test.test(article)) {
                evidence.add(new OutletProfile.Evidence(article.location(), null));
            }
        }
        return count(evidence, articles.size(), settings.minArticles());
    }

    /** Quotations whose wording or speaker changed, each counted once. */
    private OutletProfile.Count alteredQuotes(List<ProfiledArticle> articles, int quotes) {
        List<OutletProfile.Evidence> evidence = new ArrayList<>();
        for (ProfiledArticle article : articles) {
            article.findings().stream()
                    .filter(
                            f ->
                                    f instanceof Finding.AlteredQuote
                                            || f instanceof Finding.ParaphrasedQuote
                                            || f instanceof Finding.MergedQuote
                                            || f instanceof Finding.SpeakerChanged)
                    .map(Finding::evidenceSpan)
                    .distinct()
                    .forEach(
                            span ->
                                    evidence.add(
                                            new OutletProfile.Evidence(article.location(), span)));
        }
        return count(evidence, quotes, settings.minQuotes());
    }

    private static OutletProfile.Count count(
            List<OutletProfile.Evidence> evidence, int of, int minimum) {
        Double share = of >= minimum ? (double) evidence.size() / of : null;
        return new OutletProfile.Count(evidence.size(), of, share, evidence);
    }

    private static boolean has(ProfiledArticle article, Class<? extends Finding> type) {
        return article.findings().stream().anyMatch(type::isInstance);
    }

    private static String key(String outlet) {
        return outlet.strip().toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "");
    }
}
