package io.storytrace.wording;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The word-level difference between an earlier wording and a later one, as a list of edits that
 * turn the earlier words into the later words.
 *
 * @param edits the edits in order; runs of unchanged words are {@link Op#SAME} edits
 */
public record WordDiff(List<Edit> edits) {

    /** What happened to a run of words. */
    public enum Op {
        /** Printed the same in both. */
        SAME,
        /** Earlier words replaced by other words. */
        SUBSTITUTED,
        /** Words in the later wording only. */
        INSERTED,
        /** Words in the earlier wording only. */
        DROPPED
    }

    /**
     * One run of words.
     *
     * @param op what happened
     * @param before the earlier words (empty for an insertion)
     * @param after the later words (empty for a drop)
     */
    public record Edit(Op op, List<Word> before, List<Word> after) {

        public Edit {
            Objects.requireNonNull(op, "op");
            before = List.copyOf(before);
            after = List.copyOf(after);
            boolean valid =
                    switch (op) {
                        case SAME -> before.size() == after.size() && !before.isEmpty();
                        case SUBSTITUTED -> !before.isEmpty() && !after.isEmpty();
                        case INSERTED -> before.isEmpty() && !after.isEmpty();
                        case DROPPED -> !before.isEmpty() && after.isEmpty();
                    };
            if (!valid) {
                throw new IllegalArgumentException(
                        "bad " + op + " edit: " + before + " -> " + after);
            }
        }

        /** The earlier words as printed, joined by spaces. */
        public String beforeText() {
            return join(before);
        }

        /** The later words as printed, joined by spaces. */
        public String afterText() {
            return join(after);
        }
    }

    public WordDiff {
        edits = List.copyOf(edits);
    }

    /** Words printed the same in both wordings. */
    public int kept() {
        return count(Op.SAME, true);
    }

    /** Earlier words replaced by other words. */
    public int substituted() {
        return count(Op.SUBSTITUTED, true);
    }

    /** Words only the later wording has, outside substitutions. */
    public int inserted() {
        return count(Op.INSERTED, false);
    }

    /** Earlier words the later wording leaves out, outside substitutions. */
    public int dropped() {
        return count(Op.DROPPED, true);
    }

    /** How many words the earlier wording has. */
    public int beforeSize() {
        return edits.stream().mapToInt(e -> e.before().size()).sum();
    }

    /** How many words the later wording has. */
    public int afterSize() {
        return edits.stream().mapToInt(e -> e.after().size()).sum();
    }

    /** Whether nothing changed. */
    public boolean unchanged() {
        return edits.stream().allMatch(e -> e.op() == Op.SAME);
    }

    /**
     * The share of words kept, counted on both sides (the Dice coefficient of the two word
     * sequences under this alignment): 1 when unchanged, 0 when no word is shared.
     */
    public double keptShare() {
        int total = beforeSize() + afterSize();
        return total == 0 ? 1 : 2.0 * kept() / total;
    }

    /** The edits other than unchanged runs. */
    public List<Edit> changes() {
        return edits.stream().filter(e -> e.op() != Op.SAME).toList();
    }

    /**
     * This diff without the runs of earlier words dropped at its start and end: the part of the
     * earlier wording that the later one covers, for a later wording that quotes only part.
     */
    public WordDiff window() {
        int from = 0;
        int to = edits.size();
        while (from < to && edits.get(from).op() == Op.DROPPED) {
            from++;
        }
        while (to > from && edits.get(to - 1).op() == Op.DROPPED) {
            to--;
        }
        return new WordDiff(new ArrayList<>(edits.subList(from, to)));
    }

    /** Counts like "3 words substituted, 5 dropped"; "no words changed" when unchanged. */
    public String summary() {
        List<String> parts = new ArrayList<>();
        if (substituted() > 0) {
            parts.add(words(substituted()) + " substituted");
        }
        if (inserted() > 0) {
            parts.add((parts.isEmpty() ? words(inserted()) : inserted()) + " inserted");
        }
        if (dropped() > 0) {
            parts.add((parts.isEmpty() ? words(dropped()) : dropped()) + " dropped");
        }
        return parts.isEmpty() ? "no words changed" : String.join(", ", parts);
    }

    private int count(Op op, boolean beforeSide) {
        return edits.stream()
                .filter(e -> e.op() == op)
                .mapToInt(e -> beforeSide ? e.before().size() : e.after().size())
                .sum();
    }

    private static String words(int n) {
        return n == 1 ? "1 word" : n + " words";
    }

    private static String join(List<Word> words) {
        return String.join(" ", words.stream().map(Word::printed).toList());
    }
}
