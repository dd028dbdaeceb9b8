package io.storytrace.quote;

import static org.assertj.core.api.Assertions.assertThat;

import io.storytrace.mention.NameFinder;
import io.storytrace.mention.NameLexicon;
import io.storytrace.text.Passage;
import io.storytrace.text.SentenceSplitter;
import io.storytrace.text.Tokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteExtractorTest {

    private static final QuoteExtractor EXTRACTOR = QuoteExtractor.standard();

    static QuoteExtraction extract(String text, boolean headline) {
        Passage passage =
                Passage.of(text, new SentenceSplitter().split(text), headline, new Tokenizer());
        return EXTRACTOR.extract(passage, new NameFinder(NameLexicon.standard()).find(passage));
    }

    static List<Quote> quotes(String text) {
        return extract(text, false).quotes();
    }

    @Test
    void creditsTheOutletToldAfterTheQuote() {
        List<Quote> quotes =
                quotes(
                        "Lena Varga chairs the board.\n\n“We did not argue,” Varga told the Harbour Gazette.");

        assertThat(quotes)
                .singleElement()
                .satisfies(
                        q -> {
                            assertThat(q.speaker()).isEqualTo("Lena Varga");
                            assertThat(q.cue()).isEqualTo("told");
                            assertThat(q.outlet()).isEqualTo("The Harbour Gazette");
                        });
    }
}
