package io.storytrace.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the hand-written form of a labelled quotes set: articles separated by {@code ### id} lines,
 * each quoted span written ⟦words⟧{speaker|outlet}. Removing the markup gives the article's text
 * and the offsets of its labelled spans.
 */
final class AnnotatedQuoteSet {

    private AnnotatedQuoteSet() {}

    /** {@code articles} in the JSONL layout of {@code storytrace eval quotes}, one a line. */
    static String jsonl(List<LabelledArticle> articles) {
        com.fasterxml.jackson.databind.ObjectMapper json =
                new com.fasterxml.jackson.databind.ObjectMapper();
        StringBuilder jsonl = new StringBuilder();
        for (LabelledArticle article : articles) {
            java.util.Map<String, Object> line = new java.util.LinkedHashMap<>();
            line.put("id", article.id());
            line.put("text", article.text());
            line.put("quotes", article.quotes());
            try {
                jsonl.append(json.writeValueAsString(line)).append('\n');
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(article.id() + ": " + e.getMessage(), e);
            }
        }
        return jsonl.toString();
    }

    static List<LabelledArticle> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<LabelledArticle> articles = new ArrayList<>();
        String id = null;
        StringBuilder body = new StringBuilder();
        for (String line : lines) {
            if (line.startsWith("### ")) {
                if (id != null) {
                    articles.add(article(id, body.toString().strip()));
                }
                id = line.substring(4).strip();
                body.setLength(0);
            } else if (id != null) {
                body.append(line).append('\n');
            }
        }
        if (id != null) {
            articles.add(article(id, body.toString().strip()));
        }
        return articles;
    }

    private static LabelledArticle article(String id, String annotated) {
        StringBuilder text = new StringBuilder();
        List<QuoteLabel> quotes = new ArrayList<>();
        int i = 0;
        while (i < annotated.length()) {
            char c = annotated.charAt(i);
            if (c != '⟦') {
                text.append(c);
                i++;
                continue;
            }
            int close = annotated.indexOf('⟧', i);
            int brace = close + 1;
            int end = annotated.indexOf('}', brace);
            if (close < 0
                    || brace >= annotated.length()
                    || annotated.charAt(brace) != '{'
                    || end < 0) {
                throw new IllegalArgumentException(id + ": bad markup at " + i);
            }
            int start = text.codePointCount(0, text.length());
            text.append(annotated, i + 1, close);
            String[] label = annotated.substring(brace + 1, end).split("\\|", -1);
            String speaker = label[0].isBlank() ? null : label[0].strip();
            String outlet = label.length > 1 && !label[1].isBlank() ? label[1].strip() : null;
            quotes.add(
                    new QuoteLabel(start, text.codePointCount(0, text.length()), speaker, outlet));
            i = end + 1;
        }
        return new LabelledArticle(id, text.toString(), quotes);
    }
}
