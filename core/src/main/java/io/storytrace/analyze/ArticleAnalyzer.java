package io.storytrace.analyze;

import io.storytrace.article.Article;
import io.storytrace.finding.AttributionInsideQuoteDetector;
import io.storytrace.finding.CommentaryDetector;
import io.storytrace.finding.Finding;
import io.storytrace.mention.Mention;
import io.storytrace.mention.NameFinder;
import io.storytrace.mention.NameLexicon;
import io.storytrace.mention.Names;
import io.storytrace.pipeline.Analyzer;
import io.storytrace.quote.QuoteExtraction;
import io.storytrace.quote.QuoteExtractor;
import io.storytrace.quote.QuoteLexicon;
import io.storytrace.text.Passage;
import io.storytrace.text.PrintedMarks;
import io.storytrace.text.SentenceSplitter;
import io.storytrace.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Analyses one article on its own: splits it into sentences, finds the names in it, its quotations
 * with speakers and outlets, the speech it reports, and the findings that need no other article
 * (commentary, attribution inside a quotation). It compares nothing across articles; matching does.
 */
public final class ArticleAnalyzer implements Analyzer {

    private final SentenceSplitter splitter;
    private final Tokenizer tokenizer;
    private final NameFinder names;
    private final QuoteExtractor quotes;
    private final CommentaryDetector commentary;
    private final AttributionInsideQuoteDetector insideQuote;

    public ArticleAnalyzer(
            SentenceSplitter splitter,
            NameFinder names,
            QuoteExtractor quotes,
            CommentaryDetector commentary,
            AttributionInsideQuoteDetector insideQuote) {
        this.splitter = splitter;
        this.tokenizer = new Tokenizer();
        this.names = names;
        this.quotes = quotes;
        this.commentary = commentary;
        this.insideQuote = insideQuote;
    }

    /** The standard stages with the word lists shipped with Storytrace. */
    public static ArticleAnalyzer standard() {
        QuoteLexicon lexicon = QuoteLexicon.standard();
        return new ArticleAnalyzer(
                new SentenceSplitter(),
                new NameFinder(NameLexicon.standard()),
                new QuoteExtractor(lexicon),
                new CommentaryDetector(),
                new AttributionInsideQuoteDetector(lexicon));
    }

    @Override
    public AnalyzedArticle analyze(Article article) {
        String text = PrintedMarks.read(article.text());
        Passage passage =
                Passage.of(text, splitter.split(text), !article.headline().isEmpty(), tokenizer);
        Names found = names.find(passage);
        QuoteExtraction extraction = quotes.extract(passage, found);
        List<Mention> mentions = new ArrayList<>(found.mentions());
        mentions.addAll(extraction.works());
        mentions.sort((a, b) -> a.span().compareTo(b.span()));
        List<Finding> findings = new ArrayList<>();
        findings.addAll(commentary.detect(passage, extraction));
        findings.addAll(insideQuote.detect(passage, extraction));
        findings.sort((a, b) -> a.evidenceSpan().compareTo(b.evidenceSpan()));
        return new AnalyzedArticle(
                article,
                passage.sentences(),
                extraction.quotes(),
                mentions,
                findings,
                extraction.reported(),
                extraction.unresolved());
    }
}
