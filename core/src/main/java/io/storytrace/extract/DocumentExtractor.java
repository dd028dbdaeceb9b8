package io.storytrace.extract;

import io.storytrace.article.Article;
import io.storytrace.article.RawDocument;
import io.storytrace.pipeline.Extractor;
import io.storytrace.pipeline.InputException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Chooses how to read a document: HTML pages go to {@link HtmlExtractor}, plain text to {@link
 * TextDumpExtractor}. The choice follows the declared media type, checked against the first bytes,
 * so an image or PDF saved with an {@code .html} name is refused with a reason instead of parsed.
 */
public final class DocumentExtractor implements Extractor {

    private final Extractor html;
    private final Extractor text;

    public DocumentExtractor(Extractor html, Extractor text) {
        this.html = html;
        this.text = text;
    }

    /** The standard extractors. */
    public static DocumentExtractor standard() {
        return new DocumentExtractor(new HtmlExtractor(), new TextDumpExtractor());
    }

    @Override
    public Article extract(RawDocument document) {
        String magic = ContentSniffer.binaryFormat(document.content());
        if (magic != null) {
            throw new InputException(
                    document.location(), "the content is " + magic + ", not an article");
        }
        return looksLikeHtml(document) ? html.extract(document) : text.extract(document);
    }

    private static boolean looksLikeHtml(RawDocument document) {
        String type =
                document.mediaType() == null ? "" : document.mediaType().toLowerCase(Locale.ROOT);
        if (type.contains("html") || type.contains("xml")) {
            return true;
        }
        if (type.startsWith("text/plain")) {
            return false;
        }
        int n = Math.min(document.content().length, 1024);
        String head =
                new String(document.content(), 0, n, StandardCharsets.ISO_8859_1)
                        .stripLeading()
                        .toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html")
                || head.startsWith("<html")
                || head.contains("<body");
    }
}
