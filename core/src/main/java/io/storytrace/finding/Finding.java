package io.storytrace.finding;

import io.storytrace.quote.Quote;
import io.storytrace.text.Sentence;
import io.storytrace.text.Span;
import java.util.List;
import java.util.Objects;

/** Something Storytrace found about an article, with the text that supports it. */
public sealed interface Finding {

    /** One sentence saying what was found, worded to claim no more than the evidence shows. */
    String reason();

    /** Where in the article's text the evidence lies. */
    Span evidenceSpan();

    /**
     * Sentences of first-person opinion or evaluation in what is otherwise a third-person report,
     * such as a persona lede ("As a cinephile…, I must say…").
     *
     * @param sentences the commentary sentences, in order
     * @param reason why they read as commentary (the first-person and evaluative cues found)
     */
    record Commentary(List<Sentence> sentences, String reason) implements Finding {
        public Commentary {
            sentences = List.copyOf(sentences);
            Objects.requireNonNull(reason, "reason");
            if (sentences.isEmpty()) {
                throw new IllegalArgumentException("commentary needs a sentence");
            }
        }

        @Override
        public Span evidenceSpan() {
            return new Span(sentences.getFirst().span().start(), sentences.getLast().span().end());
        }
    }

    /**
     * A quotation whose words name its own speaker in the third person with a cue verb ("…, which
     * Connor discussed with The Sunday Times."): the reporter's words sit inside the marks.
     *
     * @param quote the quotation
     * @param attribution where the attribution lies inside the quoted words
     * @param reason what was found
     */
    record AttributionInsideQuote(Quote quote, Span attribution, String reason) implements Finding {
        public AttributionInsideQuote {
            Objects.requireNonNull(quote, "quote");
            Objects.requireNonNull(attribution, "attribution");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public Span evidenceSpan() {
            return attribution;
        }
    }
}
