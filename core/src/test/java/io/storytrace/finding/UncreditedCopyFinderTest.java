package io.storytrace.finding;

import static org.assertj.core.api.Assertions.assertThat;

import io.storytrace.analyze.AnalyzedArticle;
import io.storytrace.article.Article;
import io.storytrace.article.SourceMarker;
import io.storytrace.match.AlignedPair;
import io.storytrace.match.Credit;
import io.storytrace.text.Sentence;
import io.storytrace.text.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class UncreditedCopyFinderTest {

    private static final String FACT = "The council voted 7-2 to replace the bridge.";
    private static final String QUOTE = "“Tonight we stop gambling,” the mayor said.";
    private static final String OWN = "Traffic was light on Wednesday.";

    private static final Article WIRE =
            Article.builder("wire.html")
                    .url("https://coastlinewire.example/bridge")
                    .outlet("Coastline Wire")
                    .paragraphs(List.of(FACT, QUOTE))
                    .build();

    private final UncreditedCopyFinder finder = new UncreditedCopyFinder();

    /** A copy of the wire's two paragraphs and one of its own, with a "Read More" line. */
    private static AnalyzedArticle copy() {
        Article article =
                Article.builder("herald.html")
                        .outlet("North Shore Herald")
                        .paragraphs(List.of(FACT, QUOTE, OWN))
                        .sourceMarker(new SourceMarker("Read More", null))
                        .build();
        return new AnalyzedArticle(article, sentences(article), List.of(), List.of(), List.of());
    }

    private static List<Sentence> sentences(Article article) {
        String text = article.text();
        int at = article.bodyStart();
        List<Sentence> out = new java.util.ArrayList<>();
        for (String paragraph : article.paragraphs()) {
            out.add(
                    new Sentence(
                            out.size(),
                            out.size(),
                            new Span(at, at + paragraph.length()),
                            paragraph));
            at += paragraph.length() + Article.PARAGRAPH_BREAK.length();
        }
        assertThat(out.getLast().span().end()).isEqualTo(text.length());
        return out;
    }

    /** The copy's first two sentences aligned with the wire's. */
    private static List<AlignedPair> pairs(AnalyzedArticle copy) {
        List<Sentence> mine = copy.sentences();
        List<Sentence> theirs = sentences(WIRE);
        return List.of(
                new AlignedPair(
                        0,
                        0,
                        mine.get(0).span(),
                        theirs.get(0).span(),
                        1,
                        AlignedPair.Kind.IDENTICAL,
                        1,
                        Double.NaN),
                new AlignedPair(
                        1,
                        1,
                        mine.get(1).span(),
                        theirs.get(1).span(),
                        1,
                        AlignedPair.Kind.IDENTICAL,
                        1,
                        Double.NaN));
    }

    private UncreditedCopyFinder.Derived derived(List<Credit> credits, List<Credit> wireCredits) {
        AnalyzedArticle copy = copy();
        return new UncreditedCopyFinder.Derived(
                copy, credits, WIRE, wireCredits, "copy", pairs(copy));
    }

    @Test
    void aCopyThatNamesNoSourceIsFoundWithTheMatchedSentencesOnBothSides() {
        Finding finding = finder.find(derived(List.of(), List.of())).orElseThrow();

        Finding.UncreditedCopy copy = (Finding.UncreditedCopy) finding;
        assertThat(copy.copied()).extracting(Sentence::text).containsExactly(FACT, QUOTE);
        assertThat(copy.matched()).extracting(SourceText::text).containsExactly(FACT, QUOTE);
        assertThat(copy.reason())
                .startsWith("a copy of Coastline Wire (2 of 3 sentences have a counterpart there)")
                .contains("its “Read More” line links nowhere");
    }

    @Test
    void namingTheSourceOrLinkingItsHostIsACredit() {
        Credit named = new Credit("Coastline Wire", Credit.Kind.REPORT, new Span(0, 14), null);
        Credit linked =
                new Credit(
                        "coastlinewire", Credit.Kind.LINK, null, "https://coastlinewire.example/x");

        assertThat(finder.find(derived(List.of(named), List.of()))).isEmpty();
        assertThat(finder.find(derived(List.of(linked), List.of()))).isEmpty();
    }

    @Test
    void creditingTheReportTheSourceRelaysIsACredit() {
        Credit variety = new Credit("Variety", Credit.Kind.REPORT, new Span(0, 7), null);

        assertThat(finder.find(derived(List.of(variety), List.of(variety)))).isEmpty();
    }

    @Test
    void namingAnOutletOnlyAsTheOneAnInterviewWasGivenToIsNoCredit() {
        Credit told = new Credit("The Sunday Times", Credit.Kind.INTERVIEW, new Span(0, 16), null);

        Finding finding = finder.find(derived(List.of(told), List.of(told))).orElseThrow();

        assertThat(finding.reason())
                .contains("it names The Sunday Times only as the outlet an interview was given to");
    }

    @Test
    void aSourceOfUnknownOutletAndAddressCannotBeChecked() {
        Article anonymous = Article.builder("dump.txt").paragraphs(List.of(FACT, QUOTE)).build();
        AnalyzedArticle copy = copy();

        assertThat(
                        finder.find(
                                new UncreditedCopyFinder.Derived(
                                        copy,
                                        List.of(),
                                        anonymous,
                                        List.of(),
                                        "copy",
                                        pairs(copy))))
                .isEmpty();
    }
}
