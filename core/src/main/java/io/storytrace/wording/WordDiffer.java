package io.storytrace.wording;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the word-level {@link WordDiff} between two wordings by their canonical keys, with
 * Myers' algorithm (java-diff-utils). Segment boundaries are ignored: the words are compared as one
 * sequence each.
 *
 * <p>A differ remembers the shape of the diffs it computed (which runs of how many words), keyed by
 * the two key sequences, so that a story whose versions print the same quotations over and over
 * diffs each distinct pair once; the words of each diff are always the pair's own. Use one differ
 * per piece of work rather than one for a whole run: it keeps up to {@link #REMEMBERED} shapes.
 */
public final class WordDiffer {

    /** The most diff shapes a differ keeps. */
    public static final int REMEMBERED = 20_000;

    /** One run of a diff: what happened to how many words on each side. */
    private record Run(WordDiff.Op op, int before, int after) {}

    private final Map<String, List<Run>> shapes =
            new LinkedHashMap<>(256, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, List<Run>> eldest) {
                    return size() > REMEMBERED;
                }
            };

    /** The edits that turn {@code before} into {@code after}. */
    public WordDiff diff(Wording before, Wording after) {
        List<Word> a = before.words();
        List<Word> b = after.words();
        List<String> keysA = keys(a);
        List<String> keysB = keys(b);
        String key = String.join(" ", keysA) + "\n" + String.join(" ", keysB);
        List<Run> shape = shapes.get(key);
        if (shape == null) {
            shape =
                    slideGapsLeft(leadingRunToItsLastPlace(myers(a, b, keysA, keysB))).stream()
                            .map(WordDiffer::run)
                            .toList();
            shapes.put(key, shape);
        }
        List<WordDiff.Edit> edits = new ArrayList<>(shape.size());
        int i = 0;
        int j = 0;
        for (Run run : shape) {
            edits.add(
                    new WordDiff.Edit(
                            run.op(),
                            a.subList(i, i + run.before()),
                            b.subList(j, j + run.after())));
            i += run.before();
            j += run.after();
        }
        return new WordDiff(edits);
    }

    private static Run run(WordDiff.Edit edit) {
        return new Run(edit.op(), edit.before().size(), edit.after().size());
    }

    private static List<WordDiff.Edit> myers(
            List<Word> a, List<Word> b, List<String> keysA, List<String> keysB) {
        List<AbstractDelta<String>> deltas = DiffUtils.diff(keysA, keysB, true).getDeltas();
        List<WordDiff.Edit> edits = new ArrayList<>(deltas.size());
        for (AbstractDelta<String> delta : deltas) {
            List<Word> was = slice(a, delta.getSource());
            List<Word> now = slice(b, delta.getTarget());
            WordDiff.Op op =
                    switch (delta.getType()) {
                        case EQUAL -> WordDiff.Op.SAME;
                        case CHANGE -> WordDiff.Op.SUBSTITUTED;
                        case INSERT -> WordDiff.Op.INSERTED;
                        case DELETE -> WordDiff.Op.DROPPED;
                    };
            edits.add(new WordDiff.Edit(op, was, now));
        }
        return edits;
    }

    /**
     * Of the alignments with the fewest changes, prefers the one that keeps a leading unchanged run
     * where it occurs last before the next unchanged words: "[We] shot … and honestly we used" →
     * "Barely used" aligns the later "We" with the earlier "we" right before "used", so that the
     * words the later wording leaves out sit at the start, as a cut, and a quotation that covers
     * only the end of an earlier one is compared with that end.
     */
    private static List<WordDiff.Edit> leadingRunToItsLastPlace(List<WordDiff.Edit> edits) {
        if (edits.size() < 3
                || edits.get(0).op() != WordDiff.Op.SAME
                || edits.get(1).op() != WordDiff.Op.SUBSTITUTED) {
            return edits;
        }
        WordDiff.Edit run = edits.get(0);
        WordDiff.Edit changed = edits.get(1);
        List<Word> gone = changed.before();
        int n = run.before().size();
        if (gone.size() <= n
                || !keys(gone.subList(gone.size() - n, gone.size())).equals(keys(run.before()))) {
            return edits;
        }
        List<Word> dropped = new ArrayList<>(run.before());
        dropped.addAll(gone.subList(0, gone.size() - n));
        List<WordDiff.Edit> out = new ArrayList<>();
        out.add(new WordDiff.Edit(WordDiff.Op.DROPPED, dropped, List.of()));
        out.add(
                new WordDiff.Edit(
                        WordDiff.Op.SAME, gone.subList(gone.size() - n, gone.size()), run.after()));
        out.add(new WordDiff.Edit(WordDiff.Op.INSERTED, List.of(), changed.after()));
        out.addAll(edits.subList(2, edits.size()));
        return out;
    }

    /**
     * Of the alignments with the fewest changes, prefers the one whose dropped or inserted runs sit
     * as far left as they can: "the [permits … summer. The] boats" becomes "[the permits … summer.]
     * The boats", which keeps the unchanged words together and leaves a cut at the edge of the
     * quotation rather than inside it.
     */
    private static List<WordDiff.Edit> slideGapsLeft(List<WordDiff.Edit> edits) {
        List<WordDiff.Edit> out = new ArrayList<>(edits);
        for (int i = 1; i < out.size(); i++) {
            WordDiff.Edit gap = out.get(i);
            boolean drop = gap.op() == WordDiff.Op.DROPPED;
            if (!drop && gap.op() != WordDiff.Op.INSERTED) {
                continue;
            }
            while (i > 0 && out.get(i - 1).op() == WordDiff.Op.SAME) {
                WordDiff.Edit same = out.get(i - 1);
                List<Word> moved = drop ? gap.before() : gap.after();
                if (!same.before().getLast().key().equals(moved.getLast().key())) {
                    break;
                }
                Word sameBefore = same.before().getLast();
                Word sameAfter = same.after().getLast();
                List<Word> shifted = new ArrayList<>();
                shifted.add(drop ? sameBefore : sameAfter);
                shifted.addAll(moved.subList(0, moved.size() - 1));
                Word freedBefore = drop ? moved.getLast() : sameBefore;
                Word freedAfter = drop ? sameAfter : moved.getLast();
                gap =
                        drop
                                ? new WordDiff.Edit(WordDiff.Op.DROPPED, shifted, List.of())
                                : new WordDiff.Edit(WordDiff.Op.INSERTED, List.of(), shifted);
                out.set(i, gap);
                prependSame(out, i + 1, freedBefore, freedAfter);
                if (same.before().size() == 1) {
                    out.remove(i - 1);
                    i--;
                } else {
                    out.set(
                            i - 1,
                            new WordDiff.Edit(
                                    WordDiff.Op.SAME,
                                    same.before().subList(0, same.before().size() - 1),
                                    same.after().subList(0, same.after().size() - 1)));
                }
            }
        }
        return out;
    }

    /** Puts one unchanged word pair at the start of the run at {@code index}, or a new run. */
    private static void prependSame(List<WordDiff.Edit> edits, int index, Word before, Word after) {
        if (index < edits.size() && edits.get(index).op() == WordDiff.Op.SAME) {
            WordDiff.Edit next = edits.get(index);
            List<Word> b = new ArrayList<>(List.of(before));
            b.addAll(next.before());
            List<Word> a = new ArrayList<>(List.of(after));
            a.addAll(next.after());
            edits.set(index, new WordDiff.Edit(WordDiff.Op.SAME, b, a));
        } else {
            edits.add(index, new WordDiff.Edit(WordDiff.Op.SAME, List.of(before), List.of(after)));
        }
    }

    private static List<String> keys(List<Word> words) {
        return words.stream().map(Word::key).toList();
    }

    private static List<Word> slice(List<Word> words, Chunk<String> chunk) {
        return words.subList(chunk.getPosition(), chunk.getPosition() + chunk.size());
    }
}
