package io.storytrace.extract;

import io.storytrace.article.Article;
import io.storytrace.article.DocumentHints;
import io.storytrace.article.PublishedTime;
import io.storytrace.article.RawDocument;
import io.storytrace.article.SourceMarker;
import io.storytrace.pipeline.Extractor;
import io.storytrace.pipeline.InputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the plain-text dump format of saved news pages: a headline line, a blank line, paragraphs
 * separated by blank lines, then optionally a source marker such as "Read More" and a timestamp
 * line. Every part but the body may be missing; CRLF line ends and a byte-order mark are accepted.
 *
 * <p>When the source already named the headline (a JSONL record, a feed item), every block is body
 * and the source's byline, date and outlet are kept.
 *
 * <p>Lines inside one block are joined with a space, so hard-wrapped text reads as one paragraph.
 */
public final class TextDumpExtractor implements Extractor {

    /** A headline longer than this is more likely a first paragraph. */
    private static final int MAX_HEADLINE_LENGTH = 300;

    private static final Pattern MARKER =
            Pattern.compile(
                    "(?i)(read (?:more|the full (?:story|article))|source|via|originally"
                            + " (?:published|appeared)(?: (?:in|on|at))?)\\b[\\s:.\\-–—]*(.*)");
    private static final Pattern URL = Pattern.compile("https?://\\S+");

    private final TextDecoder decoder = new TextDecoder();
    private final PublishedTimeParser times = new PublishedTimeParser();

    @Override
    public Article extract(RawDocument document) {
        String text = decoder.decode(document.location(), document.content(), document.charset());
        List<String> blocks = blocks(text);
        if (blocks.isEmpty()) {
            throw new InputException(document.location(), "no text found");
        }
        DocumentHints hints = document.hints();
        Article.Builder article =
                Article.builder(document.location())
                        .url(document.url())
                        .outlet(hints.outlet())
                        .byline(hints.byline())
                        .published(hints.published());
        int end = blocks.size();
        Optional<PublishedTime> published = times.parse(blocks.get(end - 1));
        if (published.isPresent() && end > 1) {
            article.published(published.get());
            end--;
        }
        SourceMarker marker = end > 1 ? marker(blocks.get(end - 1)) : null;
        if (marker != null) {
            article.sourceMarker(marker);
            end--;
        }
        int start = 0;
        if (hints.headline() != null) {
            // the source named the headline; every block is body
            article.headline(hints.headline());
        } else if (end - start > 1 && looksLikeHeadline(blocks.get(0))) {
            article.headline(blocks.get(0));
            start = 1;
        }
        List<String> paragraphs = blocks.subList(start, end);
        if (paragraphs.isEmpty()) {
            throw new InputException(document.location(), "no body paragraphs found");
        }
        return article.paragraphs(paragraphs).build();
    }

    /** Splits text into blank-line separated blocks, each with its lines joined by a space. */
    static List<String> blocks(String text) {
        List<String> blocks = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        for (String line : text.split("\\R", -1)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                flush(block, blocks);
            } else {
                if (!block.isEmpty()) {
                    block.append(' ');
                }
                block.append(trimmed);
            }
        }
        flush(block, blocks);
        return blocks;
    }

    private static void flush(StringBuilder block, List<String> blocks) {
        if (!block.isEmpty()) {
            blocks.add(block.toString());
            block.setLength(0);
        }
    }

    private static boolean looksLikeHeadline(String block) {
        return block.length() <= MAX_HEADLINE_LENGTH;
    }

    /** A short closing line that points to the source, or {@code null}. */
    private static SourceMarker marker(String block) {
        if (block.length() > 120) {
            return null;
        }
        Matcher m = MARKER.matcher(block);
        if (!m.matches()) {
            return null;
        }
        Matcher url = URL.matcher(block);
        return new SourceMarker(block, url.find() ? url.group() : null);
    }
}
