package io.storytrace.extract.metadata;

import io.storytrace.article.PublishedTime;
import io.storytrace.extract.PublishedTimeParser;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's metadata, asking each source in turn and keeping the first answer: JSON-LD
 * (NewsArticle and its kin), OpenGraph and {@code article:*} meta, other meta names, {@code <time>}
 * and itemprop markup, the page title, and finally the date in the URL and the host name as the
 * outlet. It reads the page and does not change it.
 */
public final class MetadataReader {

    private static final String[] PUBLISHED_META = {
        "article:published_time",
        "og:published_time",
        "article:published",
        "published_time",
        "datepublished",
        "pubdate",
        "publishdate",
        "publish-date",
        "publish_date",
        "date",
        "dc.date.issued",
        "dcterms.issued",
        "dc.date",
        "dcterms.date",
        "dcterms.created",
        "sailthru.date",
        "parsely-pub-date",
        "citation_publication_date",
        "article.published",
        "og:pubdate",
        "datecreated",
        "originalpublicationdate"
    };

    private static final String[] AUTHOR_META = {
        "author",
        "article:author",
        "byl",
        "parsely-author",
        "sailthru.author",
        "dc.creator",
        "dcterms.creator",
        "twitter:creator"
    };

    private final JsonLdReader jsonLd = new JsonLdReader();
    private final UrlDateReader urlDates = new UrlDateReader();
    private final PublishedTimeParser times = new PublishedTimeParser();

    /** The metadata of {@code page}, fetched from {@code url} (or {@code null} when unknown). */
    public PageMetadata read(Document page, String url) {
        JsonLdArticle ld = jsonLd.read(page);
        MetaTags meta = MetaTags.of(page);
        String canonical =
                first(
                        absolute(page.selectFirst("link[rel=canonical][href]")),
                        meta.first("og:url"),
                        ld.url(),
                        url);
        return new PageMetadata(
                headline(page, ld, meta),
                byline(page, ld, meta),
                published(page, ld, meta),
                urlDates.read(canonical).or(() -> urlDates.read(url)).orElse(null),
                outlet(ld, meta),
                host(canonical != null ? canonical : url),
                canonical,
                first(meta.first("og:description", "description"), ld.description()),
                ld.articleBody());
    }

    private static String headline(Document page, JsonLdArticle ld, MetaTags meta) {
        Element h1 = page.body().selectFirst("h1");
        return first(
                ld.headline(),
                meta.first("og:title", "twitter:title", "headline"),
                h1 == null ? null : h1.text(),
                page.title());
    }

    private static String byline(Document page, JsonLdArticle ld, MetaTags meta) {
        String author = null;
        for (String name : AUTHOR_META) {
            String value = meta.first(name);
            // a profile address or handle is not a name
            if (value != null && !value.startsWith("http") && !value.startsWith("@")) {
                author = value;
                break;
            }
        }
        Element rel = page.selectFirst("[rel=author], [itemprop=author]");
        String found = first(ld.author(), author, rel == null ? null : rel.text());
        return found == null ? null : found.replaceFirst("(?i)^by\\s+", "").strip();
    }

    private PublishedTime published(Document page, JsonLdArticle ld, MetaTags meta) {
        Optional<PublishedTime> found = times.find(ld.datePublished());
        for (String name : PUBLISHED_META) {
            if (found.isPresent()) {
                break;
            }
            found = times.find(meta.first(name));
        }
        for (Element time : timeCandidates(page)) {
            if (found.isPresent()) {
                break;
            }
            String value = time.hasAttr("datetime") ? time.attr("datetime") : time.attr("content");
            found = times.find(value.isEmpty() ? time.text() : value);
        }
        return found.orElse(null);
    }

    /** Time markup, the most specific first. */
    private static Iterable<Element> timeCandidates(Document page) {
        return page.select(
                "[itemprop=datePublished], time[pubdate], time[datetime][class*=publish],"
                        + " time[datetime]");
    }

    private static String outlet(JsonLdArticle ld, MetaTags meta) {
        return first(
                meta.first("og:site_name", "application-name", "al:android:app_name"),
                ld.publisher());
    }

    private static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String absolute(Element link) {
        if (link == null) {
            return null;
        }
        String href = link.absUrl("href");
        return href.isEmpty() ? null : href;
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
