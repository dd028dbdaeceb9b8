package io.storytrace.match;

import io.storytrace.analyze.ArticleAnalyzer;
import io.storytrace.article.Article;
import io.storytrace.article.Link;
import io.storytrace.article.PublishedTime;
import io.storytrace.article.SourceMarker;
import java.time.OffsetDateTime;
import java.util.List;

/** Small articles for matching tests. */
final class Articles {

    private Articles() {}

    static Article.Builder article(String location, String headline, String... paragraphs) {
        return Article.builder(location).headline(headline).paragraphs(List.of(paragraphs));
    }

    static ArticleProfile profile(Article article) {
        return new ArticleProfiler().profile(ArticleAnalyzer.standard().analyze(article));
    }

    static PublishedTime at(String iso) {
        return PublishedTime.of(OffsetDateTime.parse(iso));
    }

    static Link link(String url, String text) {
        return new Link(url, text, Link.Role.BODY);
    }

    static SourceMarker readMore() {
        return new SourceMarker("Read More", null);
    }

    static final String[] WIRE = {
        "The Port Alder city council voted 7-2 on Tuesday night to replace the 61-year-old Harbor"
                + " Street bridge, approving a $48 million plan that will close the crossing for about"
                + " 14 months.",
        "The bridge carries roughly 22,000 vehicles a day between the waterfront and the Eastmere"
                + " neighborhood and was rated structurally deficient last year.",
        "“We have patched this bridge for two decades,” Mayor Lorna Vasquez said before the vote.",
        "The city will pay with $31 million from a federal grant and $17 million in bonds.",
        "Construction bids are due in June."
    };

    static final String[] REWRITE = {
        "Port Alder’s aging Harbor Street bridge is coming down after the council signed off 7-2 on"
                + " Tuesday on a $48 million replacement that will shut the span for roughly 14"
                + " months.",
        "Built 61 years ago, the crossing links the waterfront to Eastmere, handles about 22,000"
                + " cars daily and was labeled structurally deficient last year.",
        "Mayor Lorna Vasquez said the city had spent twenty years patching the bridge.",
        "A $31 million federal grant plus $17 million in city bonds will fund the work.",
        "Contractors must submit bids by June."
    };

    static final String[] UNRELATED = {
        "Officials in Lakeview County are considering a weekday toll on the Miller Creek overpass"
                + " to cover repairs estimated at $12 million.",
        "The overpass, built in 1971, carries about 9,000 vehicles a day.",
        "Commissioners will hold two public hearings in April before deciding."
    };
}
