package io.storytrace.lineage;

import io.storytrace.finding.Finding;
import io.storytrace.quote.Quote;
import io.storytrace.text.Span;
import io.storytrace.wording.Word;
import io.storytrace.wording.WordDiff;
import io.storytrace.wording.WordDiffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Gives each printing of a quotation its verdict against the original form: the wording's relation
 * and diff, a changed speaker, and attribution inside the quoted words. It takes the groups and
 * first appearances as given.
 */
final class VerdictClassifier {

    private final WordingComparer comparer;
    private final VersionOrder order;
    private final List<Counterpart> counterparts;
    private final List<Occurrence[]> placed;
    private final LineageSettings settings;
    private final WordDiffer differ = new WordDiffer();

    VerdictClassifier(
            WordingComparer comparer,
            VersionOrder order,
            List<Counterpart> counterparts,
            List<Occurrence[]> placed,
            LineageSettings settings) {
        this.comparer = comparer;
        this.order = order;
        this.counterparts = counterparts;
        this.placed = placed;
        this.settings = settings;
    }

    /** The verdict for a later printing of a group whose first appearance is {@code first}. */
    Verdict later(Occurrence printing, Occurrence first, List<Occurrence> group) {
        List<Occurrence> sources = new ArrayList<>();
        sources.add(first);
        group.stream().filter(o -> o != first && o != printing).forEach(sources::add);
        for (Occurrence source : sources) {
            WordingMatch match =
                    comparer.compare(
                            printing.wording(),
                            List.of(new WordingComparer.Earlier(source.wording(), 0)));
            if (match.kind() != WordingMatch.Kind.NONE
                    && match.kind() != WordingMatch.Kind.MERGED) {
                Verdict verdict =
                        Verdict.compared(
                                kind(match.kind()),
                                List.of(source),
                                match.diff(),
                                match.paraphrase());
                return withSpeakerAndAttribution(verdict, printing, speaker(first, group));
            }
        }
        for (Occurrence source : sources) {
            Paraphrase.Context context = context(printing, source);
            if (context != Paraphrase.Context.NONE) {
                return withSpeakerAndAttribution(
                        inContext(printing, source, context), printing, speaker(first, group));
            }
        }
        // Grouped through a printing that covers more of the original: list every difference.
        Verdict verdict =
                Verdict.compared(
                        Verdict.Kind.ALTERED,
                        List.of(first),
                        differ.diff(first.wording(), printing.wording()),
                        null);
        return withSpeakerAndAttribution(verdict, printing, speaker(first, group));
    }

    /** What, beyond the words, pairs the two printings; {@code NONE} when nothing does. */
    private Paraphrase.Context context(Occurrence printing, Occurrence source) {
        if (counterparts.stream().anyMatch(c -> c.holds(printing, source))) {
            return Paraphrase.Context.ALIGNED_SENTENCES;
        }
        if (placed.stream()
                .anyMatch(
                        p ->
                                (p[0] == printing && p[1] == source)
                                        || (p[0] == source && p[1] == printing))) {
            return Paraphrase.Context.SAME_PLACE;
        }
        return Paraphrase.Context.NONE;
    }

    /**
     * A pair known from its context to be one statement: altered when most words are kept,
     * otherwise paraphrased, the context named as the evidence.
     */
    private Verdict inContext(Occurrence printing, Occurrence source, Paraphrase.Context context) {
        WordDiff diff = differ.diff(source.wording(), printing.wording());
        if (diff.keptShare() >= settings.alteredMinKept()) {
            return Verdict.compared(Verdict.Kind.ALTERED, List.of(source), diff, null);
        }
        Paraphrase paraphrase =
                comparer.paraphrase(source.wording(), printing.wording()).in(context);
        return Verdict.compared(Verdict.Kind.PARAPHRASED, List.of(source), diff, paraphrase);
    }

    /** The verdict for a printing that joins parts of the given earlier first appearances. */
    Verdict merged(Occurrence printing, List<Occurrence> parts) {
        List<WordingComparer.Earlier> earlier = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            earlier.add(new WordingComparer.Earlier(parts.get(i).wording(), i));
        }
        WordingMatch match = comparer.compare(printing.wording(), earlier);
        List<Occurrence> joined =
                match.kind() == WordingMatch.Kind.MERGED
                        ? match.sources().stream().map(parts::get).toList()
                        : parts;
        WordDiff diff =
                match.kind() == WordingMatch.Kind.MERGED
                        ? match.diff()
                        : differ.diff(parts.getFirst().wording(), printing.wording());
        return withSpeakerAndAttribution(
                Verdict.compared(Verdict.Kind.MERGED, joined, diff, null),
                printing,
                joined.getFirst().quote());
    }

    /** The verdict for a first appearance: original, or not found when its version derives. */
    Verdict first(Occurrence printing, boolean derived) {
        Verdict verdict = derived ? Verdict.notFound() : Verdict.first();
        Span inside = analysedAttribution(printing);
        return inside == null ? verdict : verdict.withAttributionInside(inside);
    }

    private static Verdict.Kind kind(WordingMatch.Kind kind) {
        return switch (kind) {
            case VERBATIM -> Verdict.Kind.VERBATIM;
            case TRIMMED -> Verdict.Kind.TRIMMED;
            case MERGED -> Verdict.Kind.MERGED;
            case ALTERED -> Verdict.Kind.ALTERED;
            case PARAPHRASED -> Verdict.Kind.PARAPHRASED;
            case NONE -> throw new IllegalArgumentException("no verdict for an unmatched wording");
        };
    }

    /**
     * The printing whose speaker stands for the original: the original form's, or else the first
     * other printing that names one; null when none does.
     */
    private static Quote speaker(Occurrence first, List<Occurrence> group) {
        if (first.quote().speaker() != null) {
            return first.quote();
        }
        return group.stream()
                .map(Occurrence::quote)
                .filter(q -> q.speaker() != null)
                .findFirst()
                .orElse(null);
    }

    private Verdict withSpeakerAndAttribution(
            Verdict verdict, Occurrence printing, Quote original) {
        String speaker = printing.quote().speaker();
        String originalSpeaker = original == null ? null : original.speaker();
        if (!inHeadline(printing)
                && original != null
                && Speakers.differ(original, printing.quote())) {
            verdict =
                    verdict.withSpeakerChange(new Verdict.SpeakerChange(originalSpeaker, speaker));
        }
        Span inside = analysedAttribution(printing);
        if (inside == null) {
            inside = addedAttribution(verdict.diff(), printing, originalSpeaker);
        }
        return inside == null ? verdict : verdict.withAttributionInside(inside);
    }

    /**
     * Whether the printing is in its article's headline, where a quotation has no attribution of
     * its own and its speaker is at best inferred.
     */
    private boolean inHeadline(Occurrence printing) {
        return printing.quote().extent().start()
                < order.version(printing.version()).analyzed().article().bodyStart();
    }

    /** The attribution analysis found inside this quotation, if any. */
    private Span analysedAttribution(Occurrence printing) {
        for (Finding finding : order.version(printing.version()).analyzed().findings()) {
            if (finding instanceof Finding.AttributionInsideQuote inside
                    && inside.quote().extent().overlap(printing.quote().extent()) > 0) {
                return inside.attribution();
            }
        }
        return null;
    }

    /**
     * Words added inside the quotation that name the speaker, when the original form does not: the
     * reporter's attribution moved inside the marks.
     */
    private Span addedAttribution(WordDiff diff, Occurrence printing, String speaker) {
        String name = speaker != null ? speaker : printing.quote().speaker();
        if (diff == null || name == null) {
            return null;
        }
        String[] parts = name.toLowerCase(Locale.ROOT).split("\\s+");
        String last = parts[parts.length - 1];
        boolean inOriginal =
                diff.edits().stream()
                        .flatMap(e -> e.before().stream())
                        .anyMatch(w -> w.key().equals(last));
        if (inOriginal) {
            return null;
        }
        for (WordDiff.Edit edit : diff.edits()) {
            if ((edit.op() == WordDiff.Op.INSERTED || edit.op() == WordDiff.Op.SUBSTITUTED)
                    && edit.after().stream().anyMatch(w -> w.key().equals(last))) {
                return locate(edit.after(), printing);
            }
        }
        return null;
    }

    /** Where the given words lie in the printing's article, searched inside the quotation. */
    private Span locate(List<Word> words, Occurrence printing) {
        String text = order.version(printing.version()).analyzed().article().text();
        Quote quote = printing.quote();
        int from = text.indexOf(words.getFirst().printed(), quote.extent().start());
        if (from < 0 || from >= quote.extent().end()) {
            return null;
        }
        Word last = words.getLast();
        int end = text.indexOf(last.printed(), from);
        if (end < 0 || end >= quote.extent().end()) {
            return null;
        }
        return new Span(from, end + last.printed().length());
    }
}
