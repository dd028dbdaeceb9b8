package io.storytrace.lineage;

import io.storytrace.wording.Wording;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Judges whether a later wording says the same as an earlier one in other words. On wording alone
 * it asks for several shared content words and a fair overlap of them, which catches the plain
 * cases ("we have outgrown the show … growing on its own" against "we've outgrown the show …
 * growing in itself"); with a {@link TextSimilarity} it also accepts a pair that shares fewer words
 * but is close in meaning. It does not say how the wordings differ: {@link
 * io.storytrace.wording.WordDiffer} does.
 */
public final class ParaphraseJudge {

    private final LineageSettings settings;
    private final TextSimilarity similarity;

    /** A judge on wording alone. */
    public ParaphraseJudge(LineageSettings settings) {
        this(settings, null);
    }

    /** A judge that also consults {@code similarity}, when it is not {@code null}. */
    public ParaphraseJudge(LineageSettings settings, TextSimilarity similarity) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.similarity = similarity;
    }

    /** Whether {@code later} restates {@code earlier}, and why. */
    public Paraphrase judge(Wording earlier, Wording later) {
        Map<String, String> before = ContentWords.words(earlier);
        Set<String> after = ContentWords.of(later);
        List<String> shared = new ArrayList<>();
        before.forEach(
                (stem, word) -> {
                    if (after.contains(stem)) {
                        shared.add(word);
                    }
                });
        int total = before.size() + after.size();
        double overlap = total == 0 ? 0 : 2.0 * shared.size() / total;
        if (Math.min(before.size(), after.size()) < settings.paraphraseMinWords()) {
            return new Paraphrase(shared, overlap, -1, false);
        }
        boolean lexical =
                shared.size() >= settings.paraphraseMinShared()
                        && overlap >= settings.paraphraseMinOverlap();
        if (lexical || similarity == null || shared.isEmpty()) {
            return new Paraphrase(shared, overlap, -1, lexical);
        }
        double meaning = similarity.between(earlier.text(), later.text());
        return new Paraphrase(
                shared, overlap, meaning, meaning >= settings.paraphraseMinSimilarity());
    }
}
