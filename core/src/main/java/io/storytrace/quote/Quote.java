package io.storytrace.quote;

import io.storytrace.text.Span;
import java.util.List;
import java.util.Objects;

/**
 * A quotation in an article: the quoted words, where they are, who said them and to whom.
 *
 * @param text the quoted words without the marks; the parts of a split quote joined by a space
 * @param spans where the quoted words lie, one span per contiguous part, marks excluded
 * @param kind whether the quote is a whole utterance, a fragment inside a sentence, or joined
 * @param speaker the speaker's name in its fullest form in the article, or {@code null} when the
 *     evidence is too weak to name one
 * @param basis what the text offers for the speaker; {@code null} when there is no speaker, or for
 *     a quotation stored before the basis was recorded
 * @param cue the verb that introduces the quote as written ("said", "told"), or {@code null}
 * @param outlet the outlet the quote was given to ("The Sunday Times"), or {@code null}
 * @param outletBasis where the text credits the outlet; {@code null} when there is no outlet, or
 *     for a quotation stored before the basis was recorded
 */
public record Quote(
        String text,
        List<Span> spans,
        Kind kind,
        String speaker,
        SpeakerBasis basis,
        String cue,
        String outlet,
        OutletBasis outletBasis) {

    /** How a quotation sits in its sentence. */
    public enum Kind {
        /** A whole utterance: one or more sentences of speech. */
        FULL,
        /** A fragment of speech inside the reporter's sentence: called it “totally foreign”. */
        PARTIAL,
        /** One utterance split by its attribution (“A,” she said, “B.”), parts joined. */
        SPLIT
    }

    public Quote {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        spans = List.copyOf(spans);
        if (spans.isEmpty()) {
            throw new IllegalArgumentException("a quote needs at least one span: " + text);
        }
        if (kind == Kind.SPLIT && spans.size() < 2) {
            throw new IllegalArgumentException("a split quote needs two spans or more: " + text);
        }
    }

    /** From the start of the first part to the end of the last. */
    public Span extent() {
        return new Span(spans.getFirst().start(), spans.getLast().end());
    }
}
