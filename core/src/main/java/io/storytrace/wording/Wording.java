package io.storytrace.wording;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The words of a text in canonical form, in segments: an ellipsis in the text ("…", "...", "[…]")
 * marks where the writer left words out, so each segment is a run of words printed together.
 *
 * @param text the text as printed
 * @param segments the runs of words between ellipses, none empty
 */
public record Wording(String text, List<List<Word>> segments) {

    public Wording {
        Objects.requireNonNull(text, "text");
        segments = segments.stream().map(List::copyOf).toList();
        if (segments.stream().anyMatch(List::isEmpty)) {
            throw new IllegalArgumentException("empty segment in wording of: " + text);
        }
    }

    /** Reads {@code text} with the standard canonical form. */
    public static Wording of(String text) {
        return new Canonicalizer().canonicalize(text);
    }

    /** All words in order, across segments. */
    public List<Word> words() {
        List<Word> all = new ArrayList<>();
        segments.forEach(all::addAll);
        return all;
    }

    /** The comparison keys of all words, in order. */
    public List<String> keys() {
        return words().stream().map(Word::key).toList();
    }

    /** How many words the wording has. */
    public int size() {
        return segments.stream().mapToInt(List::size).sum();
    }

    public boolean isEmpty() {
        return segments.isEmpty();
    }

    /** The keys joined by single spaces, segments by " … ": equal for equal canonical wordings. */
    public String canonical() {
        return String.join(
                " … ",
                segments.stream()
                        .map(s -> String.join(" ", s.stream().map(Word::key).toList()))
                        .toList());
    }
}
