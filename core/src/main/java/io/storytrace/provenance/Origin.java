package io.storytrace.provenance;

import java.util.List;

/**
 * The article a story starts from, with the reasons it was chosen.
 *
 * @param articleId the origin's id in the corpus
 * @param reasons the evidence, strongest first
 */
public record Origin(long articleId, List<String> reasons) {

    public Origin {
        reasons = List.copyOf(reasons);
    }
}
