package io.storytrace.match;

import static io.storytrace.match.Articles.article;
import static io.storytrace.match.Articles.profile;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SentenceAlignerTest {

    private final TermWeights flat = token -> 1.0;

    @Test
    void identicalSentencesAlignAsIdentical() {
        SentenceAligner aligner = new SentenceAligner(AlignerSettings.defaults(), Optional.empty());
        Alignment a =
                aligner.align(
                        profile(article("a", "One", Articles.WIRE).build()),
                        profile(article("b", "Two", Articles.WIRE).build()),
                        flat);

        assertThat(a.coverageA()).isEqualTo(1.0);
        assertThat(a.coverageB()).isEqualTo(1.0);
        assertThat(a.pairs())
                .filteredOn(p -> p.kind() == AlignedPair.Kind.IDENTICAL)
                .hasSize(Articles.WIRE.length);
        assertThat(a.embedded()).isFalse();
    }

    @Test
    void pairsCarryTheSpansOfBothSentences() {
        SentenceAligner aligner = new SentenceAligner(AlignerSettings.defaults(), Optional.empty());
        var x =
                profile(
                        article("a", "", "First sentence here about bridges.", Articles.WIRE[4])
                                .build());
        var y = profile(article("b", "", Articles.WIRE[4]).build());

        AlignedPair pair = aligner.align(x, y, flat).pairs().getFirst();

        assertThat(pair.spanA().of(x.article().text())).isEqualTo(Articles.WIRE[4]);
        assertThat(pair.spanB().of(y.article().text())).isEqualTo(Articles.WIRE[4]);
    }

    @Test
    void embeddingsAreAskedOnlyWhenWordsLeaveItOpen() {
        List<List<String>> asked = new ArrayList<>();
        SentenceEmbedder recording =
                sentences -> {
                    asked.add(sentences);
                    return sentences.stream().map(s -> new float[] {1, 0}).toList();
                };
        SentenceAligner aligner =
                new SentenceAligner(AlignerSettings.defaults(), Optional.of(recording));

        ArticleProfile wire = profile(article("a", "", Articles.WIRE).build());
        ArticleProfile unrelated = profile(article("u", "", Articles.UNRELATED).build());
        DocumentFrequencies weights = new DocumentFrequencies();
        for (ArticleProfile p : List.of(wire, unrelated)) {
            java.util.Set<String> terms = new java.util.HashSet<>();
            p.sentences().forEach(s -> terms.addAll(s.terms()));
            weights.add(terms);
        }

        aligner.align(wire, profile(article("b", "", Articles.WIRE).build()), weights);

        assertThat(asked).as("a verbatim copy needs no embeddings").isEmpty();

        aligner.align(wire, unrelated, weights);

        assertThat(asked).as("only sentences that share words are embedded").hasSize(1);
        assertThat(asked.getFirst())
                .hasSizeLessThan(wire.sentences().size() + unrelated.sentences().size())
                .anyMatch(s -> s.contains("22,000 vehicles a day"))
                .anyMatch(s -> s.contains("9,000 vehicles a day"));
    }
}
