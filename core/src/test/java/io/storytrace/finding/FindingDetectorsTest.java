package io.storytrace.finding;

import static org.assertj.core.api.Assertions.assertThat;

import io.storytrace.mention.NameFinder;
import io.storytrace.mention.NameLexicon;
import io.storytrace.quote.QuoteExtraction;
import io.storytrace.quote.QuoteExtractor;
import io.storytrace.quote.QuoteLexicon;
import io.storytrace.text.Passage;
import io.storytrace.text.SentenceSplitter;
import io.storytrace.text.Tokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingDetectorsTest {

    private record Analysed(Passage passage, QuoteExtraction extraction) {}

    private static Analysed analyse(String text) {
        Passage passage =
                Passage.of(text, new SentenceSplitter().split(text), false, new Tokenizer());
        return new Analysed(
                passage,
                QuoteExtractor.standard()
                        .extract(passage, new NameFinder(NameLexicon.standard()).find(passage)));
    }

    private static List<Finding> commentary(String text) {
        Analysed analysed = analyse(text);
        return new CommentaryDetector().detect(analysed.passage(), analysed.extraction());
    }

    private static List<Finding> inside(String text) {
        Analysed analysed = analyse(text);
        return new AttributionInsideQuoteDetector(QuoteLexicon.standard())
                .detect(analysed.passage(), analysed.extraction());
    }

    @Test
    void flagsAFirstPersonLedeAndTheEvaluativeSentenceAfterIt() {
        List<Finding> findings =
                commentary(
                        "As a fan, I must say the show is stunning. It is truly a triumph. The museum"
                                + " opened on Monday.\n\nIt cost £14m. “I love it,” said Ana Ruiz.");

        assertThat(findings)
                .singleElement()
                .satisfies(
                        f -> {
                            Finding.Commentary commentary = (Finding.Commentary) f;
                            assertThat(commentary.sentences())
                                    .extracting(s -> s.text())
                                    .containsExactly(
                                            "As a fan, I must say the show is stunning.",
                                            "It is truly a triumph.");
                            assertThat(commentary.reason()).contains("“I”").contains("“must say”");
                        });
    }

    @Test
    void firstPersonInsideQuotationsIsNotCommentary() {
        assertThat(commentary("“I think we won,” said Ana Ruiz. “My team was better,” she added."))
                .isEmpty();
    }

    @Test
    void aColumnWrittenInTheFirstPersonThroughoutIsLeftAlone() {
        assertThat(
                        commentary(
                                "I went to the show. I loved it. My friend did too. I will go again."))
                .isEmpty();
    }

    @Test
    void flagsAQuoteThatNamesItsOwnSpeakerWithACueVerb() {
        List<Finding> findings =
                inside(
                        "Kit Arden spoke to The Sunday Times.\n\n“We filmed a lot, which Arden discussed"
                                + " with The Sunday Times. It took hours,” Arden said.");

        assertThat(findings)
                .singleElement()
                .satisfies(
                        f -> {
                            assertThat(f).isInstanceOf(Finding.AttributionInsideQuote.class);
                            assertThat(f.reason())
                                    .contains("which Arden discussed with The Sunday Times");
                        });
    }

    @Test
    void aQuoteAboutWhatSomeoneElseSaidIsNotFlagged() {
        assertThat(inside("Ana Ruiz spoke. “Tom Hale told me it was over,” Ruiz said.")).isEmpty();
    }
}
