package io.storytrace.match;

import io.storytrace.article.Article;
import io.storytrace.text.Sentence;
import io.storytrace.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A plain rule-based sentence splitter used only when an analysed article arrives without
 * sentences. It cuts after {@code . ! ?} (and a closing quote or bracket) followed by white space
 * and a capital, digit or opening quote, except after common abbreviations and initials.
 */
final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS =
            Set.of(
                    "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "gov", "sen", "rep", "gen",
                    "col", "lt", "sgt", "capt", "no", "vs", "inc", "co", "corp", "ltd", "jan",
                    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                    "mt", "ft", "approx", "est", "dept", "univ", "etc", "e.g", "i.e", "u.s", "u.k");

    List<Sentence> split(Article article) {
        List<Sentence> sentences = new ArrayList<>();
        String text = article.text();
        int offset = 0;
        int block = 0;
        List<String> blocks = new ArrayList<>();
        if (!article.headline().isEmpty()) {
            blocks.add(article.headline());
        }
        blocks.addAll(article.paragraphs());
        for (String part : blocks) {
            int start = text.indexOf(part, offset);
            splitBlock(text, start, start + part.length(), block, sentences);
            offset = start + part.length();
            block++;
        }
        return sentences;
    }

    private static void splitBlock(
            String text, int start, int end, int block, List<Sentence> sentences) {
        int sentenceStart = start;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int close = i + 1;
            while (close < end && isCloser(text.charAt(close))) {
                close++;
            }
            if (close >= end || !Character.isWhitespace(text.charAt(close))) {
                continue;
            }
            int next = close;
            while (next < end && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if (next >= end || !startsSentence(text.charAt(next))) {
                continue;
            }
            if (c == '.' && isAbbreviation(text, sentenceStart, i)) {
                continue;
            }
            add(text, sentenceStart, close, block, sentences);
            sentenceStart = next;
            i = next - 1;
        }
        add(text, sentenceStart, end, block, sentences);
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']';
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c)
                || Character.isDigit(c)
                || c == '"'
                || c == '“'
                || c == '‘'
                || c == '\''
                || c == '(';
    }

    private static boolean isAbbreviation(String text, int sentenceStart, int dot) {
        int wordStart = dot;
        while (wordStart > sentenceStart && !Character.isWhitespace(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot).toLowerCase(java.util.Locale.ROOT);
        word = word.replaceAll("^[\"“‘'(]+", "");
        return word.length() == 1 && Character.isLetter(word.charAt(0))
                || ABBREVIATIONS.contains(word);
    }

    private static void add(String text, int start, int end, int block, List<Sentence> out) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new Sentence(out.size(), block, new Span(s, e), text.substring(s, e)));
        }
    }
}
