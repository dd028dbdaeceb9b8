package io.storytrace.lineage;

import io.storytrace.wording.Word;
import io.storytrace.wording.WordDiff;
import io.storytrace.wording.WordDiffer;
import io.storytrace.wording.Wording;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Compares a later wording with earlier ones and names the relation, in this order of preference:
 * verbatim, trimmed, merged, altered, paraphrased, none. It judges words only; who spoke and where
 * the wordings were printed are for {@link VerdictClassifier}. A comparer remembers the diffs it
 * computed and is not safe to share between threads.
 */
public final class WordingComparer {

    /**
     * An earlier wording to compare with.
     *
     * @param wording its words
     * @param utterance an identifier shared by wordings that are parts of one utterance (a quote
     *     the printer split in two), so that joining them is not taken for a merge
     */
    public record Earlier(Wording wording, int utterance) {
        public Earlier {
            Objects.requireNonNull(wording, "wording");
        }
    }

    private final LineageSettings settings;
    private final ParaphraseJudge paraphrases;
    private final WordDiffer differ = new WordDiffer();

    public WordingComparer(LineageSettings settings, ParaphraseJudge paraphrases) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.paraphrases = Objects.requireNonNull(paraphrases, "paraphrases");
    }

    /** For wordings too long to diff: verbatim when the canonical words are equal, else none. */
    private static WordingMatch equalOnly(Wording later, List<Earlier> earlier) {
        String canonical = later.canonical().replace(" … ", " ");
        for (int i = 0; i < earlier.size(); i++) {
            Wording candidate = earlier.get(i).wording();
            if (candidate.canonical().replace(" … ", " ").equals(canonical)) {
                List<WordDiff.Edit> same =
                        List.of(
                                new WordDiff.Edit(
                                        WordDiff.Op.SAME, candidate.words(), later.words()));
                return new WordingMatch(
                        WordingMatch.Kind.VERBATIM, List.of(i), new WordDiff(same), null);
            }
        }
        return WordingMatch.none();
    }

    /** The paraphrase judgement of one pair of wordings, whatever else relates them. */
    public Paraphrase paraphrase(Wording earlier, Wording later) {
        return paraphrases.judge(earlier, later);
    }

    /** How {@code later} relates to {@code earlier}; the first of equally good sources wins. */
    public WordingMatch compare(Wording later, List<Earlier> earlier) {
        if (later.isEmpty() || earlier.isEmpty()) {
            return WordingMatch.none();
        }
        if (later.size() > settings.maxWords()
                || earlier.stream().anyMatch(e -> e.wording().size() > settings.maxWords())) {
            return equalOnly(later, earlier);
        }
        List<String> keys = later.keys();
        for (int i = 0; i < earlier.size(); i++) {
            Wording candidate = earlier.get(i).wording();
            if (candidate.keys().equals(keys)) {
                WordDiff same =
                        new WordDiff(
                                List.of(
                                        new WordDiff.Edit(
                                                WordDiff.Op.SAME,
                                                candidate.words(),
                                                later.words())));
                return new WordingMatch(WordingMatch.Kind.VERBATIM, List.of(i), same, null);
            }
        }
        for (int i = 0; i < earlier.size(); i++) {
            WordDiff trimmed = trimmed(earlier.get(i).wording(), later);
            if (trimmed != null) {
                return new WordingMatch(WordingMatch.Kind.TRIMMED, List.of(i), trimmed, null);
            }
        }
        List<WordDiff> diffs = new ArrayList<>(earlier.size());
        for (Earlier candidate : earlier) {
            diffs.add(differ.diff(candidate.wording(), later));
        }
        WordingMatch merged = merged(later, earlier, diffs);
        if (merged != null) {
            return merged;
        }
        int best = best(diffs);
        WordDiff window = diffs.get(best).window();
        if (window.kept() >= settings.alteredMinWords()
                && window.keptShare() >= settings.alteredMinKept()) {
            return new WordingMatch(WordingMatch.Kind.ALTERED, List.of(best), window, null);
        }
        return paraphrased(later, earlier, diffs);
    }

    /**
     * The diff of a trimmed printing: each segment of {@code later} found as a contiguous run of
     * {@code earlier}, in order, so that words are left out only where the later wording marks an
     * ellipsis. {@code null} when the later wording is not a trimmed form of the earlier one.
     */
    private static WordDiff trimmed(Wording earlier, Wording later) {
        List<Word> words = earlier.words();
        List<String> keys = earlier.keys();
        List<WordDiff.Edit> edits = new ArrayList<>();
        int from = 0;
        for (List<Word> segment : later.segments()) {
            List<String> wanted = segment.stream().map(Word::key).toList();
            int at = indexOf(keys, wanted, from);
            if (at < 0) {
                return null;
            }
            if (at > from && from > 0) {
                edits.add(
                        new WordDiff.Edit(WordDiff.Op.DROPPED, words.subList(from, at), List.of()));
            }
            edits.add(
                    new WordDiff.Edit(
                            WordDiff.Op.SAME, words.subList(at, at + wanted.size()), segment));
            from = at + wanted.size();
        }
        return new WordDiff(edits);
    }

    private static int indexOf(List<String> keys, List<String> wanted, int from) {
        int at = Collections.indexOfSubList(keys.subList(from, keys.size()), wanted);
        return at < 0 ? -1 : from + at;
    }

    private int best(List<WordDiff> diffs) {
        int best = 0;
        for (int i = 1; i < diffs.size(); i++) {
            if (diffs.get(i).window().keptShare() > diffs.get(best).window().keptShare()) {
                best = i;
            }
        }
        return best;
    }

    private WordingMatch paraphrased(Wording later, List<Earlier> earlier, List<WordDiff> diffs) {
        int best = -1;
        Paraphrase bestJudgement = null;
        for (int i = 0; i < earlier.size(); i++) {
            Paraphrase judgement = paraphrases.judge(earlier.get(i).wording(), later);
            if (judgement.same()
                    && (bestJudgement == null || judgement.overlap() > bestJudgement.overlap())) {
                best = i;
                bestJudgement = judgement;
            }
        }
        if (best < 0) {
            return WordingMatch.none();
        }
        return new WordingMatch(
                WordingMatch.Kind.PARAPHRASED, List.of(best), diffs.get(best), bestJudgement);
    }

    /**
     * A merge: two or more earlier wordings from different utterances whose unchanged runs together
     * cover most of the later wording, when no single one does.
     */
    private WordingMatch merged(Wording later, List<Earlier> earlier, List<WordDiff> diffs) {
        int size = later.size();
        List<BitSet> covers = diffs.stream().map(this::cover).toList();
        BitSet covered = new BitSet();
        List<Integer> parts = new ArrayList<>();
        while (true) {
            int pick = -1;
            int gain = settings.mergedMinPart() - 1;
            for (int i = 0; i < covers.size(); i++) {
                BitSet fresh = (BitSet) covers.get(i).clone();
                fresh.andNot(covered);
                if (fresh.cardinality() > gain) {
                    pick = i;
                    gain = fresh.cardinality();
                }
            }
            if (pick < 0) {
                break;
            }
            if (parts.isEmpty() && gain >= settings.mergedMinCover() * size) {
                return null;
            }
            parts.add(pick);
            covered.or(covers.get(pick));
        }
        long utterances = parts.stream().map(i -> earlier.get(i).utterance()).distinct().count();
        if (utterances < 2 || covered.cardinality() < settings.mergedMinCover() * size) {
            return null;
        }
        parts.sort(Comparator.comparingInt(i -> covers.get(i).nextSetBit(0)));
        List<List<Word>> joined = new ArrayList<>();
        for (int part : parts) {
            joined.add(coveredEarlierWords(diffs.get(part)));
        }
        Wording source =
                new Wording(
                        String.join(" … ", joined.stream().map(WordingComparer::text).toList()),
                        joined);
        return new WordingMatch(WordingMatch.Kind.MERGED, parts, differ.diff(source, later), null);
    }

    /** The positions of the later wording kept unchanged in runs long enough to be a part. */
    private BitSet cover(WordDiff diff) {
        BitSet cover = new BitSet();
        int position = 0;
        for (WordDiff.Edit edit : diff.edits()) {
            int length = edit.after().size();
            if (edit.op() == WordDiff.Op.SAME && length >= settings.mergedMinPart()) {
                cover.set(position, position + length);
            }
            position += length;
        }
        return cover;
    }

    /** The earlier words from the first to the last kept in a long enough run. */
    private List<Word> coveredEarlierWords(WordDiff diff) {
        List<Word> earlierWords = new ArrayList<>();
        int first = -1;
        int last = -1;
        for (WordDiff.Edit edit : diff.edits()) {
            if (edit.op() == WordDiff.Op.SAME && edit.before().size() >= settings.mergedMinPart()) {
                if (first < 0) {
                    first = earlierWords.size();
                }
                last = earlierWords.size() + edit.before().size();
            }
            earlierWords.addAll(edit.before());
        }
        return earlierWords.subList(first, last);
    }

    private static String text(List<Word> words) {
        return String.join(" ", words.stream().map(Word::printed).toList());
    }
}
