package io.storytrace.finding;

import io.storytrace.quote.Quote;
import io.storytrace.text.Sentence;
import io.storytrace.text.Span;
import io.storytrace.wording.WordDiff;
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

    /**
     * A quotation whose words differ from the earliest printed version of the same quotation by a
     * few words substituted, inserted or dropped, most of the wording being kept.
     *
     * @param quote the quotation in this article
     * @param original the earliest printed version it was compared with
     * @param diff from the original's words to these
     * @param reason the counts, e.g. "3 words substituted, 5 dropped", and where the original is
     */
    record AlteredQuote(Quote quote, SourceQuote original, WordDiff diff, String reason)
            implements Finding {
        public AlteredQuote {
            Objects.requireNonNull(quote, "quote");
            Objects.requireNonNull(original, "original");
            Objects.requireNonNull(diff, "diff");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public Span evidenceSpan() {
            return quote.extent();
        }
    }

    /**
     * A quotation that keeps little of the earliest printed wording of the same statement while
     * keeping its content: a paraphrase presented inside quotation marks.
     *
     * @param quote the quotation in this article
     * @param original the earliest printed version of the statement
     * @param diff from the original's words to these
     * @param reason how much wording was kept and why the two were taken as the same statement
     */
    record ParaphrasedQuote(Quote quote, SourceQuote original, WordDiff diff, String reason)
            implements Finding {
        public ParaphrasedQuote {
            Objects.requireNonNull(quote, "quote");
            Objects.requireNonNull(original, "original");
            Objects.requireNonNull(diff, "diff");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public Span evidenceSpan() {
            return quote.extent();
        }
    }

    /**
     * A quotation that joins, as one utterance, parts of two or more quotations printed apart
     * earlier.
     *
     * @param quote the quotation in this article
     * @param parts the earlier quotations whose words it joins, in the order joined
     * @param diff from the joined earlier parts to these words
     * @param reason what was joined
     */
    record MergedQuote(Quote quote, List<SourceQuote> parts, WordDiff diff, String reason)
            implements Finding {
        public MergedQuote {
            Objects.requireNonNull(quote, "quote");
            parts = List.copyOf(parts);
            Objects.requireNonNull(diff, "diff");
            Objects.requireNonNull(reason, "reason");
            if (parts.size() < 2) {
                throw new IllegalArgumentException("a merged quote joins two parts or more");
            }
        }

        @Override
        public Span evidenceSpan() {
            return quote.extent();
        }
    }

    /**
     * A quotation attributed to someone other than the speaker named where it was first printed.
     *
     * @param quote the quotation in this article, with the speaker named here
     * @param original the earliest printed version, with the speaker named there
     * @param reason both speakers and where each is named
     */
    record SpeakerChanged(Quote quote, SourceQuote original, String reason) implements Finding {
        public SpeakerChanged {
            Objects.requireNonNull(quote, "quote");
            Objects.requireNonNull(original, "original");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public Span evidenceSpan() {
            return quote.extent();
        }
    }

    /**
     * A quotation in an article derived from earlier coverage that none of that coverage in the
     * corpus printed. It says only that: the words may come from a source the corpus lacks.
     *
     * @param quote the quotation in this article
     * @param searched the earlier versions whose quotations were searched
     * @param nearest the earlier text closest to the quoted words, outside any matching quotation
     *     (often the reporter's own account of what was said), or {@code null} when none is close
     * @param reason "not found in earlier coverage in this corpus" and what was searched
     */
    record QuoteNotFoundEarlier(
            Quote quote, List<SourceArticle> searched, SourceText nearest, String reason)
            implements Finding {
        public QuoteNotFoundEarlier {
            Objects.requireNonNull(quote, "quote");
            searched = List.copyOf(searched);
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public Span evidenceSpan() {
            return quote.extent();
        }
    }

    /**
     * Commentary sentences in a derived article that have no counterpart in its source: opinion the
     * rewrite added to the report it took.
     *
     * @param sentences the added sentences, in order
     * @param source the article it derives from
     * @param reason why the sentences read as commentary and that the source has no counterpart
     */
    record AddedCommentary(List<Sentence> sentences, SourceArticle source, String reason)
            implements Finding {
        public AddedCommentary {
            sentences = List.copyOf(sentences);
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(reason, "reason");
            if (sentences.isEmpty()) {
                throw new IllegalArgumentException("added commentary needs a sentence");
            }
        }

        @Override
        public Span evidenceSpan() {
            return new Span(sentences.getFirst().span().start(), sentences.getLast().span().end());
        }
    }

    /**
     * An article derived from another (a copy, excerpt or rewrite) that neither names nor links the
     * article it derives from, nor any outlet that article credits.
     *
     * @param source the article it derives from
     * @param relation how it derives: "copy", "excerpt" or "rewrite"
     * @param copied the sentences of this article matched in the source, in order
     * @param matched the source's sentences they were matched with, in the source's order
     * @param reason the relation, how much matched and what credit was looked for
     */
    record UncreditedCopy(
            SourceArticle source,
            String relation,
            List<Sentence> copied,
            List<SourceText> matched,
            String reason)
            implements Finding {
        public UncreditedCopy {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(relation, "relation");
            copied = List.copyOf(copied);
            matched = List.copyOf(matched);
            Objects.requireNonNull(reason, "reason");
            if (copied.isEmpty()) {
                throw new IllegalArgumentException("an uncredited copy needs copied sentences");
            }
        }

        @Override
        public Span evidenceSpan() {
            return new Span(copied.getFirst().span().start(), copied.getLast().span().end());
        }
    }
}
