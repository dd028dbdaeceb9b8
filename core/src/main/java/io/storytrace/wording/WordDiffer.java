package io.storytrace.wording;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes the word-level {@link WordDiff} between two wordings by their canonical keys, with
 * Myers' algorithm (java-diff-utils). Segment boundaries are ignored: the words are compared as one
 * sequence each.
 */
public final class WordDiffer {

    /** The edits that turn {@code before} into {@code after}. */
    public WordDiff diff(Wording before, Wording after) {
        List<Word> a = before.words();
        List<Word> b = after.words();
        List<AbstractDelta<String>> deltas = DiffUtils.diff(keys(a), keys(b), true).getDeltas();
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
        return new WordDiff(edits);
    }

    private static List<String> keys(List<Word> words) {
        return words.stream().map(Word::key).toList();
    }

    private static List<Word> slice(List<Word> words, Chunk<String> chunk) {
        return words.subList(chunk.getPosition(), chunk.getPosition() + chunk.size());
    }
}
