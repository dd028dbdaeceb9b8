package io.storytrace.eval;

import java.util.Collection;

/**
 * One extractor's figures over a labelled set: precision and recall are means over pages (each over
 * the pages where it is defined), F1 is their harmonic mean, accuracy the share of pages extracted
 * word for word.
 *
 * @param f1 the harmonic mean of precision and recall
 * @param precision the mean page precision
 * @param recall the mean page recall
 * @param accuracy the share of pages whose words equal the truth exactly
 * @param pages how many pages were scored
 */
public record ExtractionScore(
        double f1, double precision, double recall, double accuracy, int pages) {

    /** Aggregates page scores as the article-extraction benchmark does. */
    public static ExtractionScore of(Collection<PageScore> scores) {
        double precisionSum = 0;
        int precisionPages = 0;
        double recallSum = 0;
        int recallPages = 0;
        int exact = 0;
        for (PageScore score : scores) {
            double p = score.precision();
            if (!Double.isNaN(p)) {
                precisionSum += p;
                precisionPages++;
            }
            double r = score.recall();
            if (!Double.isNaN(r)) {
                recallSum += r;
                recallPages++;
            }
            if (score.exact()) {
                exact++;
            }
        }
        double precision = precisionPages == 0 ? 0 : precisionSum / precisionPages;
        double recall = recallPages == 0 ? 0 : recallSum / recallPages;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        double accuracy = scores.isEmpty() ? 0 : (double) exact / scores.size();
        return new ExtractionScore(f1, precision, recall, accuracy, scores.size());
    }
}
