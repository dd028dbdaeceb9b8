package io.storytrace.pipeline;

import io.storytrace.analyze.AnalyzedArticle;
import io.storytrace.article.Article;

/**
 * The analyze stage: finds sentences, quotations, names and findings in one article on its own,
 * without looking at any other article.
 */
public interface Analyzer {

    AnalyzedArticle analyze(Article article);
}
