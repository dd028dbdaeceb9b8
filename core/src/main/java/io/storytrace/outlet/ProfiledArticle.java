package io.storytrace.outlet;

import io.storytrace.finding.Finding;
import java.util.List;
import java.util.Objects;

/**
 * What a profile counts about one article.
 *
 * @param location identifies the article, as the evidence a count links to
 * @param outlet its outlet; articles of unknown outlet are not profiled
 * @param role how it stands in its story
 * @param quotesCompared how many of its quotations were compared with an earlier printing
 * @param findings the findings about it, from lineage and from its derivation
 */
public record ProfiledArticle(
        String location,
        String outlet,
        ArticleRole role,
        int quotesCompared,
        List<Finding> findings) {

    public ProfiledArticle {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(role, "role");
        findings = List.copyOf(findings);
        if (quotesCompared < 0) {
            throw new IllegalArgumentException("negative quote count for " + location);
        }
    }
}
