package io.storytrace.quote;

import io.storytrace.quote.QuotedRegion.Family;
import io.storytrace.text.Passage;
import io.storytrace.text.Sentence;
import io.storytrace.text.Span;
import io.storytrace.text.Unresolved;
import java.util.ArrayList;
import java.util.List;

/**
 * Pairs the quotation marks of a text into regions, block by block, in one pass. Each mark is first
 * read from its neighbours (an apostrophe in "don’t", "’90s" or "rock ’n’ roll" is no mark; a mark
 * with a space before and a word after opens), then opening and closing marks are matched on a
 * small stack, so a single-quoted region may sit inside a double-quoted one and the reverse. A
 * region left open at the end of a paragraph whose successor opens again is a quotation over
 * several paragraphs; any other unpaired mark is reported as unresolved.
 *
 * <p>It does not decide what a region is (speech, title, scare quote): {@link SpeechClassifier}
 * does.
 */
final class MarkPairer {

    /** Deeper nesting than this is noise, not writing. */
    private static final int MAX_DEPTH = 4;

    /** The regions in order of their opening mark, and what could not be paired. */
    record Pairing(List<QuotedRegion> regions, List<Unresolved> unresolved) {}

    Pairing pair(Passage passage) {
        CharSequence text = passage.text();
        List<Span> blocks = blocks(passage);
        List<QuotedRegion> regions = new ArrayList<>();
        List<Unresolved> unresolved = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            Span block = blocks.get(b);
            boolean nextOpens = b + 1 < blocks.size() && opensWithMark(text, blocks.get(b + 1));
            new BlockPairing(text, block, b, nextOpens, regions, unresolved).run();
        }
        regions.sort((x, y) -> Integer.compare(x.open(), y.open()));
        return new Pairing(regions, unresolved);
    }

    private static List<Span> blocks(Passage passage) {
        List<Span> blocks = new ArrayList<>();
        int current = -1;
        for (Sentence sentence : passage.sentences()) {
            if (sentence.block() != current) {
                blocks.add(sentence.span());
                current = sentence.block();
            } else {
                Span last = blocks.removeLast();
                blocks.add(new Span(last.start(), sentence.span().end()));
            }
        }
        return blocks;
    }

    private static boolean opensWithMark(CharSequence text, Span block) {
        if (block.length() == 0) {
            return false;
        }
        Mark mark = Mark.read(text, block.start(), block);
        return mark != null && (mark.role() == Mark.Role.OPEN || mark.role() == Mark.Role.EITHER);
    }

    /** The pairing of one block; it appends to the shared result lists. */
    private static final class BlockPairing {
        private final CharSequence text;
        private final Span block;
        private final int index;
        private final boolean nextOpens;
        private final List<QuotedRegion> regions;
        private final List<Unresolved> unresolved;
        private final List<Mark> stack = new ArrayList<>();

        BlockPairing(
                CharSequence text,
                Span block,
                int index,
                boolean nextOpens,
                List<QuotedRegion> regions,
                List<Unresolved> unresolved) {
            this.text = text;
            this.block = block;
            this.index = index;
            this.nextOpens = nextOpens;
            this.regions = regions;
            this.unresolved = unresolved;
        }

        void run() {
            List<Mark> marks = new ArrayList<>();
            for (int i = block.start(); i < block.end(); i++) {
                Mark mark = Mark.read(text, i, block);
                if (mark != null && mark.role() != Mark.Role.NONE) {
                    marks.add(mark);
                }
            }
            marks = doubledApostrophes(marks);
            boolean[] strongCloseAhead = strongSingleClosesAhead(marks);
            for (int k = 0; k < marks.size(); k++) {
                accept(marks.get(k), strongCloseAhead[k], nestsAhead(marks, k));
            }
            finish();
        }

        /**
         * The marks with each pair of straight apostrophes written for a double mark, as archives
         * of American papers print them (''Bombast doesn't cut it,'' he said), read as one double
         * mark: an opening pair at its first apostrophe, a closing pair at its second. Of three
         * closing together, the first closes a quotation inside (''… 'old-school,''' said X).
         */
        private List<Mark> doubledApostrophes(List<Mark> marks) {
            List<Mark> read = new ArrayList<>(marks.size());
            int k = 0;
            while (k < marks.size()) {
                int run = 1;
                while (k + run < marks.size()
                        && apostrophe(marks.get(k + run))
                        && marks.get(k + run).at() == marks.get(k + run - 1).at() + 1
                        && marks.get(k + run).role() == marks.get(k).role()) {
                    run++;
                }
                Mark first = marks.get(k);
                if (run < 2 || !apostrophe(first)) {
                    read.add(first);
                    k++;
                    continue;
                }
                if (first.role() == Mark.Role.OPEN) {
                    read.add(new Mark(first.at(), Family.DOUBLE, Mark.Role.OPEN));
                    read.addAll(marks.subList(k + 2, k + run));
                } else if (first.role() == Mark.Role.CLOSE) {
                    if (run % 2 == 1) {
                        read.add(first);
                    }
                    Mark second = marks.get(k + run - 1);
                    read.add(new Mark(second.at(), Family.DOUBLE, Mark.Role.CLOSE));
                } else {
                    read.addAll(marks.subList(k, k + run));
                }
                k += run;
            }
            return read;
        }

        private boolean apostrophe(Mark mark) {
            return text.charAt(mark.at()) == '\'';
        }

        /** Whether {@code mark} is a pair of straight apostrophes read as one double mark. */
        private boolean doubled(Mark mark) {
            return mark.family() == Family.DOUBLE && text.charAt(mark.at()) == '\'';
        }

        /**
         * For each mark, whether a sure single closing mark follows before the next single opener.
         */
        private static boolean[] strongSingleClosesAhead(List<Mark> marks) {
            boolean[] ahead = new boolean[marks.size()];
            boolean seen = false;
            for (int k = marks.size() - 1; k >= 0; k--) {
                ahead[k] = seen;
                Mark mark = marks.get(k);
                if (mark.family() == Family.SINGLE) {
                    if (mark.role() == Mark.Role.CLOSE) {
                        seen = true;
                    } else if (mark.role() == Mark.Role.OPEN) {
                        seen = false;
                    }
                }
            }
            return ahead;
        }

        /**
         * Whether the double opener at {@code k} opens a quotation inside another written with the
         * same marks: the next two double marks after it both close (“A … “B” … C”), so the first
         * is still open, not left unclosed.
         */
        private static boolean nestsAhead(List<Mark> marks, int k) {
            Mark mark = marks.get(k);
            if (mark.family() != Family.DOUBLE || mark.role() != Mark.Role.OPEN) {
                return false;
            }
            int closes = 0;
            for (int j = k + 1; j < marks.size(); j++) {
                Mark next = marks.get(j);
                if (next.family() != Family.DOUBLE) {
                    continue;
                }
                if (next.role() != Mark.Role.CLOSE) {
                    return false;
                }
                if (++closes == 2) {
                    return true;
                }
            }
            return false;
        }

        private void accept(Mark mark, boolean strongCloseAhead, boolean nests) {
            int open = openOf(mark.family());
            if (open >= 0) {
                boolean closes =
                        switch (mark.role()) {
                            case CLOSE, EITHER, PRIME -> true;
                            case WEAK_CLOSE -> !strongCloseAhead;
                            case OPEN, NONE -> false;
                        };
                if (closes || rightHandClosing(mark)) {
                    close(open, mark);
                } else if (nests || otherGlyph(stack.get(open), mark)) {
                    push(mark);
                } else if (mark.role() == Mark.Role.OPEN) {
                    reopen(open, mark);
                }
                return;
            }
            switch (mark.role()) {
                case OPEN, EITHER -> push(mark);
                case CLOSE -> {
                    if (mark.family() != Family.SINGLE) {
                        unresolved.add(
                                new Unresolved(
                                        new Span(mark.at(), mark.at() + 1),
                                        "closing quotation mark without an opening one"));
                    }
                }
                case WEAK_CLOSE, PRIME, NONE -> {}
            }
        }

        /**
         * Whether a right-hand double mark read as opening (a space before it and a word after: “A
         * Most Violent Year, ”out on Dec. 31) closes the double quotation open before it, as its
         * shape says.
         */
        private boolean rightHandClosing(Mark mark) {
            return mark.role() == Mark.Role.OPEN
                    && mark.family() == Family.DOUBLE
                    && text.charAt(mark.at()) == '”';
        }

        /**
         * Whether double opener {@code second} is written with the other glyph than the one still
         * open, straight against curly: "The department isn’t about “Equal Justice” anymore. …" in
         * a quoted block whose paragraphs open with straight marks nests the curly quotation, not a
         * second quotation that leaves the first unclosed.
         */
        private boolean otherGlyph(Mark open, Mark second) {
            return open.family() == Family.DOUBLE
                    && second.family() == Family.DOUBLE
                    && (text.charAt(open.at()) == '"') != (text.charAt(second.at()) == '"');
        }

        private int openOf(Family family) {
            for (int k = stack.size() - 1; k >= 0; k--) {
                if (stack.get(k).family() == family) {
                    return k;
                }
            }
            return -1;
        }

        private void push(Mark mark) {
            if (stack.size() >= MAX_DEPTH) {
                unresolved.add(
                        new Unresolved(
                                new Span(mark.at(), mark.at() + 1),
                                "quotation marks nested too deep to follow"));
                return;
            }
            stack.add(mark);
        }

        private void close(int open, Mark closing) {
            dropAbove(open, closing.at());
            Mark opening = stack.removeLast();
            int end = doubled(closing) ? closing.at() - 1 : closing.at();
            add(opening, closing.at(), end, false);
        }

        /** A second opener of the same kind: the first was never closed. */
        private void reopen(int open, Mark second) {
            dropAbove(open, second.at());
            Mark first = stack.removeLast();
            if (first.family() != Family.SINGLE) {
                add(first, -1, second.at(), false);
                unresolved.add(
                        new Unresolved(
                                new Span(first.at(), second.at()),
                                "quotation opened again before it was closed"));
            }
            push(second);
        }

        /** Inner regions still open when an outer one closes were not regions after all. */
        private void dropAbove(int open, int at) {
            while (stack.size() > open + 1) {
                Mark inner = stack.removeLast();
                if (inner.family() != Family.SINGLE) {
                    unresolved.add(
                            new Unresolved(
                                    new Span(inner.at(), at),
                                    "inner quotation not closed before the outer one"));
                }
            }
        }

        private void finish() {
            for (int k = 0; k < stack.size(); k++) {
                Mark opening = stack.get(k);
                boolean runsOn = nextOpens && k == 0;
                if (opening.family() == Family.SINGLE && !runsOn) {
                    unresolved.add(
                            new Unresolved(
                                    new Span(opening.at(), opening.at() + 1),
                                    "single quotation mark without a partner"));
                    continue;
                }
                add(opening, -1, block.end(), runsOn);
                if (!runsOn) {
                    unresolved.add(
                            new Unresolved(
                                    new Span(opening.at(), block.end()),
                                    "quotation not closed before the paragraph ends"));
                }
            }
            stack.clear();
        }

        private void add(Mark opening, int close, int contentEnd, boolean runsOn) {
            int start = opening.at() + (doubled(opening) ? 2 : 1);
            int end = contentEnd;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (start == end) {
                return;
            }
            int depth = 0;
            for (Mark outer : stack) {
                depth += outer.at() < opening.at() ? 1 : 0;
            }
            regions.add(
                    new QuotedRegion(
                            opening.at(),
                            close,
                            new Span(start, end),
                            opening.family(),
                            depth,
                            index,
                            runsOn));
        }
    }
}
