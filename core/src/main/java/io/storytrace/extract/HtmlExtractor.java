package io.storytrace.extract;

import io.storytrace.article.Article;
import io.storytrace.article.DocumentHints;
import io.storytrace.article.PublishedTime;
import io.storytrace.article.RawDocument;
import io.storytrace.extract.body.Body;
import io.storytrace.extract.body.BodyExtractor;
import io.storytrace.extract.metadata.MetadataReader;
import io.storytrace.extract.metadata.PageMetadata;
import io.storytrace.pipeline.Extractor;
import io.storytrace.pipeline.InputException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Extracts an article from an HTML page: metadata by {@link MetadataReader}, the body by {@link
 * BodyExtractor}'s boilerplate removal. Where the page declares its full text in JSON-LD and the
 * markup yields much less, the declared text wins; where the page says nothing of its headline,
 * date, author or outlet, the source's hints (a feed item's fields) stand in.
 */
public final class HtmlExtractor implements Extractor {

    /** The markup's body must hold at least this share of the declared text's words. */
    private static final double MIN_SHARE_OF_DECLARED = 0.5;

    /** A declared body shorter than this many words is a summary, not the article. */
    private static final int MIN_DECLARED_WORDS = 80;

    private final HtmlDecoder decoder = new HtmlDecoder();
    private final MetadataReader metadata = new MetadataReader();
    private final BodyExtractor bodies = new BodyExtractor();

    @Override
    public Article extract(RawDocument document) {
        String base = document.url() == null ? "" : document.url();
        Document page = Jsoup.parse(decoder.decode(document), base);
        PageMetadata meta = metadata.read(page, document.url());
        Body body = bodies.extract(page, meta.headline());
        List<String> paragraphs = body.paragraphs();
        if (prefersDeclared(paragraphs, meta.articleBody())) {
            paragraphs = declaredParagraphs(meta.articleBody());
        }
        if (paragraphs.isEmpty()) {
            throw new InputException(document.location(), "no article text found in the page");
        }
        DocumentHints hints = document.hints();
        return Article.builder(document.location())
                .url(first(meta.url(), document.url()))
                .outlet(first(first(meta.outlet(), hints.outlet()), meta.host()))
                .headline(first(meta.headline(), hints.headline()))
                .byline(first(meta.byline(), hints.byline()))
                .published(published(meta, hints))
                .paragraphs(paragraphs)
                .links(body.links())
                .sourceMarker(body.sourceMarker())
                .build();
    }

    /** The markup's date, then the source's, then the one in the address. */
    private static PublishedTime published(PageMetadata meta, DocumentHints hints) {
        if (meta.published() != null) {
            return meta.published();
        }
        return hints.published() != null ? hints.published() : meta.addressDate();
    }

    private static boolean prefersDeclared(List<String> paragraphs, String declared) {
        if (declared == null) {
            return false;
        }
        int declaredWords = words(declared);
        if (declaredWords < MIN_DECLARED_WORDS) {
            return paragraphs.isEmpty();
        }
        return words(String.join(" ", paragraphs)) < MIN_SHARE_OF_DECLARED * declaredWords;
    }

    /** JSON-LD bodies come as plain text with line breaks, or now and then as HTML. */
    private static List<String> declaredParagraphs(String declared) {
        String text =
                declared.contains("<p") || declared.contains("<br")
                        ? Jsoup.parse(declared.replaceAll("(?i)<(/p|br\\s*/?)>", "$0\n"))
                                .wholeText()
                        : declared;
        List<String> paragraphs = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String clean = line.replaceAll("\\s+", " ").strip();
            if (!clean.isEmpty()) {
                paragraphs.add(clean);
            }
        }
        return paragraphs;
    }

    private static int words(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a.strip() : b;
    }
}
