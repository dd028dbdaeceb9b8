package io.storytrace.analyze;

import io.storytrace.article.Article;
import io.storytrace.pipeline.Analyzer;
import java.util.List;

/** Composes the per-article analysis stages. PLACEHOLDER until the analysis stages land. */
public final class ArticleAnalyzer implements Analyzer {

    public static ArticleAnalyzer standard() {
        return new ArticleAnalyzer();
    }

    @Override
    public AnalyzedArticle analyze(Article article) {
        return new AnalyzedArticle(article, List.of(), List.of(), List.of(), List.of());
    }
}
