package io.storytrace.finding;

import io.storytrace.analyze.AnalyzedArticle;
import io.storytrace.text.Sentence;
import io.storytrace.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the commentary a derived article added to what it took: the sentences analysis flagged as
 * first-person opinion or evaluation whose words do not come from the article it derives from. A
 * sentence that only restates the source's content (a persona lede that retells the facts in the
 * first person) counts as added: the opinion is new even where the topic is not. It does not flag
 * commentary itself; the commentary detector of analysis does, on one article alone.
 */
public final class AddedCommentaryFinder {

    /**
     * The added commentary of {@code derived}, or nothing.
     *
     * @param derived the derived article, analysed
     * @param source the article it derives from
     * @param copied where the derived article's sentences whose words (the same or nearly) come
     *     from the source lie, in its text
     */
    public Optional<Finding> find(
            AnalyzedArticle derived, SourceArticle source, List<Span> copied) {
        List<Sentence> added = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (Finding finding : derived.findings()) {
            if (finding instanceof Finding.Commentary commentary) {
                boolean any = false;
                for (Sentence sentence : commentary.sentences()) {
                    if (copied.stream().noneMatch(c -> c.overlap(sentence.span()) > 0)) {
                        added.add(sentence);
                        any = true;
                    }
                }
                if (any) {
                    reasons.add(commentary.reason());
                }
            }
        }
        if (added.isEmpty()) {
            return Optional.empty();
        }
        String count = added.size() == 1 ? "1 sentence" : added.size() + " sentences";
        return Optional.of(
                new Finding.AddedCommentary(
                        added,
                        source,
                        count
                                + " of commentary not taken from "
                                + source.name()
                                + ", the article this one derives from ("
                                + String.join("; ", reasons)
                                + ")"));
    }
}
