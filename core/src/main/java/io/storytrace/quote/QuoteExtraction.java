package io.storytrace.quote;

import io.storytrace.mention.Mention;
import io.storytrace.text.Unresolved;
import java.util.List;

/**
 * What quote extraction found in one article.
 *
 * @param quotes the quotations, in order of their first part
 * @param reported the statements reported in the reporter's words, in order
 * @param works the titles found in quotation marks, as mentions of works
 * @param unresolved what could not be resolved: unpaired marks, quotations without a speaker
 */
public record QuoteExtraction(
        List<Quote> quotes,
        List<ReportedSpeech> reported,
        List<Mention> works,
        List<Unresolved> unresolved) {

    public QuoteExtraction {
        quotes = List.copyOf(quotes);
        reported = List.copyOf(reported);
        works = List.copyOf(works);
        unresolved = List.copyOf(unresolved);
    }
}
