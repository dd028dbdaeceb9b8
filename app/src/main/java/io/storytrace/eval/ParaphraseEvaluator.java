package io.storytrace.eval;

import io.storytrace.match.ArticleProfiler;
import io.storytrace.match.DocumentFrequencies;
import io.storytrace.match.ProfiledSentence;
import io.storytrace.match.SentenceComparer;
import io.storytrace.match.SentenceComparison;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Scores the paraphrase task: the sentence comparer judges each pair on its own and its decision
 * (aligned or not) is the prediction. Word weights come from all the sentences in the set.
 */
public final class ParaphraseEvaluator {

    private final SentenceComparer comparer;
    private final ArticleProfiler profiler = new ArticleProfiler();

    public ParaphraseEvaluator(SentenceComparer comparer) {
        this.comparer = comparer;
    }

    public EvalResult evaluate(List<ParaphrasePair> pairs) {
        DocumentFrequencies frequencies = new DocumentFrequencies();
        List<ProfiledSentence[]> profiled = new ArrayList<>();
        for (ParaphrasePair pair : pairs) {
            ProfiledSentence x = profiler.sentence(pair.first());
            ProfiledSentence y = profiler.sentence(pair.second());
            frequencies.add(new HashSet<>(x.terms()));
            frequencies.add(new HashSet<>(y.terms()));
            profiled.add(new ProfiledSentence[] {x, y});
        }
        List<Prediction> predictions = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            ProfiledSentence[] p = profiled.get(i);
            SentenceComparison c = comparer.compare(p[0], p[1], frequencies);
            predictions.add(
                    new Prediction(
                            pairs.get(i).id(), c.score(), c.aligned(), pairs.get(i).paraphrase()));
        }
        return EvalResult.of("paraphrase", "1", predictions);
    }
}
