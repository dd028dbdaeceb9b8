package io.storytrace.eval;

import io.storytrace.analyze.AnalyzedArticle;
import io.storytrace.article.Article;
import io.storytrace.pipeline.Analyzer;
import io.storytrace.quote.Quote;
import io.storytrace.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs the analysis on a plain text and returns its quotations as spans of that text, one per
 * contiguous part, in characters (code points) as the labelled sets count them. The text is read as
 * lines: each non-blank line is a paragraph, and the first is the headline when it reads like one
 * (short, not ending a sentence, more lines following).
 */
public final class QuotePredictor {

    private static final int MAX_HEADLINE = 200;

    private final Analyzer analyzer;

    public QuotePredictor(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    public List<QuoteLabel> predict(String id, String text) {
        List<Span> blocks = blocks(text);
        if (blocks.isEmpty()) {
            return List.of();
        }
        boolean headline = blocks.size() > 1 && looksLikeHeadline(blocks.getFirst().of(text));
        List<String> paragraphs = new ArrayList<>();
        for (Span block : blocks.subList(headline ? 1 : 0, blocks.size())) {
            paragraphs.add(block.of(text));
        }
        Article article =
                Article.builder(id)
                        .headline(headline ? blocks.getFirst().of(text) : "")
                        .paragraphs(paragraphs)
                        .build();
        AnalyzedArticle analyzed = analyzer.analyze(article);
        OffsetMap offsets = new OffsetMap(blocks, Article.PARAGRAPH_BREAK.length());
        CharacterOffsets characters = new CharacterOffsets(text);
        List<QuoteLabel> predicted = new ArrayList<>();
        for (Quote quote : analyzed.quotes()) {
            for (Span span : quote.spans()) {
                predicted.add(
                        new QuoteLabel(
                                characters.character(offsets.original(span.start())),
                                characters.character(offsets.original(span.end() - 1) + 1),
                                quote.speaker(),
                                quote.outlet(),
                                quote.basis() == null ? null : quote.basis().name()));
            }
        }
        return predicted;
    }

    /** The non-blank lines of {@code text}, stripped. */
    static List<Span> blocks(String text) {
        List<Span> blocks = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            int from = start;
            int to = end;
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            if (to > from) {
                blocks.add(new Span(from, to));
            }
            start = end + 1;
        }
        return blocks;
    }

    private static boolean looksLikeHeadline(String line) {
        String stripped = line.replaceAll("[”’\"')\\]]+$", "");
        return line.length() <= MAX_HEADLINE
                && (!stripped.matches("(?s).*[.!?:;,]$") || titleCased(stripped));
    }

    /** Short words a headline in title case may leave in lower case: "Goes After Trump As the". */
    private static final Set<String> SMALL_WORDS =
            Set.of(
                    "a", "an", "the", "and", "but", "or", "nor", "for", "of", "to", "in", "on",
                    "at", "by", "as", "vs", "vs.", "via", "with", "from", "into", "over", "per",
                    "if", "than", "so", "yet");

    /** How many words a line in title case has at least: "Clinton Breaks With Obama". */
    private static final int TITLE_WORDS = 4;

    /**
     * Whether every word but the small ones opens with a capital, as headlines set in title case
     * do, some with a stop at the end: "Clinton Breaks With Obama On 9/11 Lawsuit Bill."
     */
    static boolean titleCased(String line) {
        int words = 0;
        for (String raw : line.split("\\s+")) {
            String word = raw.replaceAll("^[\\p{Punct}“”‘’«»]+|[\\p{Punct}“”‘’«»]+$", "");
            if (word.isEmpty() || !Character.isLetter(word.codePointAt(0))) {
                continue;
            }
            if (SMALL_WORDS.contains(word)) {
                words++;
                continue;
            }
            if (!Character.isUpperCase(word.codePointAt(0))) {
                return false;
            }
            words++;
        }
        return words >= TITLE_WORDS;
    }

    /** Maps offsets in the article's text back to the labelled text. */
    private record OffsetMap(List<Span> blocks, int separator) {
        int original(int offset) {
            int start = 0;
            for (Span block : blocks) {
                if (offset < start + block.length()) {
                    return block.start() + Math.max(0, offset - start);
                }
                start += block.length() + separator;
            }
            Span last = blocks.getLast();
            return last.end();
        }
    }
}
