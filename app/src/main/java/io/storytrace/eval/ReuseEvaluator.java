package io.storytrace.eval;

import io.storytrace.analyze.AnalyzedArticle;
import io.storytrace.article.Article;
import io.storytrace.article.RawDocument;
import io.storytrace.extract.PublishedTimeParser;
import io.storytrace.match.ArticleProfile;
import io.storytrace.match.ArticleProfiler;
import io.storytrace.match.Derivation;
import io.storytrace.match.DerivationFinder;
import io.storytrace.match.DocumentFrequencies;
import io.storytrace.match.ProfiledSentence;
import io.storytrace.pipeline.Outcome;
import io.storytrace.pipeline.Pipeline;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Scores the reuse task: each pair's texts go through the standard pipeline and matching, and the
 * pair is predicted "derived" when the derivation's relation is copy, excerpt or rewrite. Word
 * weights come from the document frequencies of all the texts in the set, as a corpus would give
 * them.
 */
public final class ReuseEvaluator {

    private final Pipeline pipeline;
    private final ArticleProfiler profiler = new ArticleProfiler();
    private final DerivationFinder matcher;

    public ReuseEvaluator(Pipeline pipeline, DerivationFinder matcher) {
        this.pipeline = pipeline;
        this.matcher = matcher;
    }

    public EvalResult evaluate(List<ReusePair> pairs) {
        List<ArticleProfile[]> profiles = new ArrayList<>();
        DocumentFrequencies frequencies = new DocumentFrequencies();
        Set<String> seen = new HashSet<>();
        for (ReusePair pair : pairs) {
            ArticleProfile a = profile(pair.id() + "/a", pair.a(), pair.aPublished());
            ArticleProfile b = profile(pair.id() + "/b", pair.b(), pair.bPublished());
            profiles.add(new ArticleProfile[] {a, b});
            count(a, pair.a(), seen, frequencies);
            count(b, pair.b(), seen, frequencies);
        }
        List<Prediction> predictions = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            ArticleProfile[] p = profiles.get(i);
            Derivation d = matcher.derive(p[0], p[1], frequencies);
            predictions.add(
                    new Prediction(
                            pairs.get(i).id(),
                            d.score(),
                            d.relation().derived(),
                            pairs.get(i).derived()));
        }
        return EvalResult.of("reuse", "derived", predictions);
    }

    /** Counts each distinct text once, as a corpus would. */
    private static void count(
            ArticleProfile p, String text, Set<String> seen, DocumentFrequencies frequencies) {
        if (!seen.add(text)) {
            return;
        }
        Set<String> terms = new HashSet<>();
        for (ProfiledSentence s : p.sentences()) {
            terms.addAll(s.terms());
        }
        frequencies.add(terms);
    }

    private ArticleProfile profile(String location, String text, String published) {
        RawDocument doc =
                RawDocument.ofFile(location, text.getBytes(StandardCharsets.UTF_8), "text/plain");
        AnalyzedArticle analyzed =
                switch (pipeline.process(doc)) {
                    case Outcome.Ok<AnalyzedArticle> ok -> ok.value();
                    case Outcome.Failed<AnalyzedArticle> f ->
                            throw new IllegalArgumentException(location + ": " + f.reason());
                };
        if (published != null) {
            var time = new PublishedTimeParser().parse(published);
            if (time.isPresent()) {
                Article dated = analyzed.article().toBuilder().published(time.get()).build();
                analyzed =
                        new AnalyzedArticle(
                                dated,
                                analyzed.sentences(),
                                analyzed.quotes(),
                                analyzed.mentions(),
                                analyzed.findings());
            }
        }
        return profiler.profile(analyzed);
    }
}
