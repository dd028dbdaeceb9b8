package io.storytrace.eval;

import io.storytrace.article.Article;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often extraction finds a publication time where the page's markup carries one, and how often
 * it agrees with the date in the page's address. "Carries one" is judged from the raw HTML alone,
 * by patterns independent of the extractor: a JSON-LD {@code datePublished}, an {@code
 * article:published_time} or other date meta tag, an itemprop {@code datePublished}, or a {@code
 * <time datetime>} element.
 *
 * @param pages how many pages were looked at
 * @param withDateMarkup pages whose markup carries a publication time
 * @param foundWithMarkup of those, pages where extraction found a time
 * @param withUrlDate pages whose address holds a date such as {@code /2019/11/19/}
 * @param agreeingWithUrl of those, pages where the extracted day is within one day of it
 */
public record DateCoverage(
        int pages, int withDateMarkup, int foundWithMarkup, int withUrlDate, int agreeingWithUrl) {

    private static final Pattern DATE_MARKUP =
            Pattern.compile(
                    "(?i)\"datePublished\"\\s*:\\s*\"[^\"]+\""
                            + "|article:published_time[\"']\\s+content=[\"'][^\"']+"
                            + "|content=[\"'][^\"']+[\"']\\s+property=[\"']article:published_time"
                            + "|itemprop=[\"']datePublished[\"']|<time[^>]+datetime=[\"'][^\"']+[\"']"
                            + "|name=[\"'](?:pubdate|publishdate|publish-date|date|dc\\.date|"
                            + "dcterms\\.created|sailthru\\.date|parsely-pub-date)[\"']\\s+content=[\"'][^\"']+");

    private static final Pattern URL_DATE =
            Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})/");

    /** Counts over pages given as id to raw HTML, address and extracted article (or null). */
    static DateCoverage of(Map<String, Page> pages) {
        int withMarkup = 0;
        int found = 0;
        int withUrl = 0;
        int agree = 0;
        for (Page page : pages.values()) {
            boolean hasMarkup =
                    DATE_MARKUP
                            .matcher(new String(page.html(), StandardCharsets.ISO_8859_1))
                            .find();
            boolean hasTime = page.article() != null && page.article().published() != null;
            if (hasMarkup) {
                withMarkup++;
                found += hasTime ? 1 : 0;
            }
            Matcher m = page.url() == null ? null : URL_DATE.matcher(page.url());
            if (m != null && m.find()) {
                withUrl++;
                if (hasTime && closeTo(page.article(), m)) {
                    agree++;
                }
            }
        }
        return new DateCoverage(pages.size(), withMarkup, found, withUrl, agree);
    }

    private static boolean closeTo(Article article, Matcher m) {
        try {
            LocalDate inUrl =
                    LocalDate.of(
                            Integer.parseInt(m.group(1)),
                            Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)));
            LocalDate extracted = article.published().dateTime().toLocalDate();
            return Math.abs(ChronoUnit.DAYS.between(inUrl, extracted)) <= 1;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    /** One page as the coverage count needs it. */
    record Page(byte[] html, String url, Article article) {}
}
