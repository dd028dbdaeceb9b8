package io.storytrace.lineage;

import io.storytrace.text.Span;
import io.storytrace.wording.WordDiff;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What lineage concluded about one printing of a quotation, against the original form.
 *
 * @param kind how the wording relates to the original form
 * @param originals the printings compared with: the first appearance, or for a merge each part's;
 *     empty for an original or a quotation not found earlier
 * @param diff from the original form's words to this printing's; {@code null} when nothing was
 *     compared
 * @param paraphrase the paraphrase judgement, for {@link Kind#PARAPHRASED}; otherwise {@code null}
 * @param speakerChange the speakers when this printing names another speaker than the original
 *     form; otherwise {@code null}
 * @param attributionInside where, inside the quoted words, the reporter's attribution lies ("…,
 *     which Connor discussed with The Sunday Times"); otherwise {@code null}
 */
public record Verdict(
        Kind kind,
        List<Occurrence> originals,
        WordDiff diff,
        Paraphrase paraphrase,
        SpeakerChange speakerChange,
        Span attributionInside) {

    /** How a printing's wording relates to the original form. */
    public enum Kind {
        /** The first appearance: the original form itself. */
        ORIGINAL,
        VERBATIM,
        /** A contiguous part of the original, or parts of it joined by an ellipsis. */
        TRIMMED,
        /** Parts of two or more earlier quotations joined as one. */
        MERGED,
        /** Words substituted, inserted or dropped, most of the wording kept. */
        ALTERED,
        /** Little wording kept, the same statement: a paraphrase inside quotation marks. */
        PARAPHRASED,
        /** In a version derived from earlier coverage, but printed by none of it in the corpus. */
        NOT_FOUND_IN_EARLIER_COVERAGE;

        /** The kind in words: "not found in earlier coverage". */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    /**
     * Who said the words, by the original form and by this printing.
     *
     * @param before the speaker named with the original form
     * @param after the speaker named here
     */
    public record SpeakerChange(String before, String after) {
        public SpeakerChange {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }
    }

    public Verdict {
        Objects.requireNonNull(kind, "kind");
        originals = List.copyOf(originals);
        boolean compared = kind != Kind.ORIGINAL && kind != Kind.NOT_FOUND_IN_EARLIER_COVERAGE;
        if (compared == originals.isEmpty() || compared == (diff == null)) {
            throw new IllegalArgumentException(kind + " with " + originals.size() + " originals");
        }
        if ((kind == Kind.PARAPHRASED) != (paraphrase != null)) {
            throw new IllegalArgumentException("a paraphrase judgement belongs to a paraphrase");
        }
    }

    /** The verdict for a first appearance. */
    public static Verdict first() {
        return new Verdict(Kind.ORIGINAL, List.of(), null, null, null, null);
    }

    /** The verdict for a quotation in a derived version that no earlier version printed. */
    public static Verdict notFound() {
        return new Verdict(Kind.NOT_FOUND_IN_EARLIER_COVERAGE, List.of(), null, null, null, null);
    }

    /** The verdict for a printing compared with the original form. */
    public static Verdict compared(
            Kind kind, List<Occurrence> originals, WordDiff diff, Paraphrase paraphrase) {
        return new Verdict(kind, originals, diff, paraphrase, null, null);
    }

    public Verdict withSpeakerChange(SpeakerChange change) {
        return new Verdict(kind, originals, diff, paraphrase, change, attributionInside);
    }

    public Verdict withAttributionInside(Span span) {
        return new Verdict(kind, originals, diff, paraphrase, speakerChange, span);
    }

    /** The main original compared with, for verdicts other than a merge. */
    public Occurrence original() {
        return originals.getFirst();
    }

    /**
     * Whether the diff covers only a part of the original's words: a printing that quotes part of
     * the original and changes it.
     */
    public boolean comparedWithPart() {
        return diff != null
                && kind != Kind.MERGED
                && diff.beforeSize() < original().wording().size();
    }

    /**
     * Every label that applies, the wording's first: "paraphrased", "speaker changed", "attribution
     * inside the quote".
     */
    public List<String> labels() {
        List<String> labels = new ArrayList<>();
        labels.add(kind.label());
        if (speakerChange != null) {
            labels.add("speaker changed");
        }
        if (attributionInside != null) {
            labels.add("attribution inside the quote");
        }
        return labels;
    }
}
