package io.storytrace.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.storytrace.embed.MiniLmEmbedder;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SentenceComparerTest {

    private final TermWeights flat = token -> 1.0;

    @Test
    void theSeedParaphraseAlignsThroughEmbeddings() {
        SentenceComparer comparer =
                new SentenceComparer(AlignerSettings.defaults(), Optional.of(new MiniLmEmbedder()));
        ArticleProfiler profiler = new ArticleProfiler();

        SentenceComparison c =
                comparer.compare(
                        profiler.sentence(
                                "I wouldn't say that we've outgrown the show, because the show is"
                                        + " growing in itself."),
                        profiler.sentence(
                                "It's not that we have outgrown the show, but rather, the show is"
                                        + " growing on its own."),
                        flat);

        assertThat(c.aligned()).isTrue();
        assertThat(c.kind()).isEqualTo(AlignedPair.Kind.PARAPHRASE);
        assertThat(c.semantic()).isGreaterThan(0.8);
    }

    @Test
    void sentencesWhoseNumbersDisagreeDoNotAlign() {
        SentenceComparer comparer =
                new SentenceComparer(AlignerSettings.defaults(), Optional.empty());
        ArticleProfiler profiler = new ArticleProfiler();

        SentenceComparison c =
                comparer.compare(
                        profiler.sentence(
                                "Consumer prices rose 3.1 percent in May from a year earlier."),
                        profiler.sentence(
                                "Consumer prices rose 3.6 percent in April from a year earlier."),
                        flat);

        assertThat(c.aligned()).isFalse();
    }
}
