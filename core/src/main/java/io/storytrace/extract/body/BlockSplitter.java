package io.storytrace.extract.body;

import io.storytrace.article.Link;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Splits a page into text blocks at block-level element boundaries and at double line breaks, in
 * document order. It does not judge the blocks; {@link ContentLocator} and {@link BlockSelector}
 * do.
 */
final class BlockSplitter {

    /** Elements that start and end a block of text. */
    static final Set<String> BLOCK_TAGS =
            Set.of(
                    "address",
                    "article",
                    "aside",
                    "blockquote",
                    "body",
                    "caption",
                    "center",
                    "dd",
                    "details",
                    "div",
                    "dl",
                    "dt",
                    "fieldset",
                    "figcaption",
                    "figure",
                    "footer",
                    "form",
                    "h1",
                    "h2",
                    "h3",
                    "h4",
                    "h5",
                    "h6",
                    "header",
                    "hr",
                    "html",
                    "li",
                    "main",
                    "nav",
                    "ol",
                    "p",
                    "pre",
                    "section",
                    "summary",
                    "table",
                    "tbody",
                    "td",
                    "tfoot",
                    "th",
                    "thead",
                    "tr",
                    "ul");

    /** The blocks of {@code root}'s text, in document order, leaving out {@code noise}. */
    List<TextBlock> split(Element root, Set<Element> noise) {
        Collector collector = new Collector(root, noise);
        NodeTraversor.filter(collector, root);
        collector.flush();
        return collector.blocks;
    }

    private static final class Collector implements NodeFilter {
        private final Set<Element> noise;
        private final List<TextBlock> blocks = new ArrayList<>();
        private final Deque<Element> owners = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();
        private final List<Link> links = new ArrayList<>();
        private int linkChars;
        private int linkDepth;
        private int linkStart;
        private int breaks;

        Collector(Element root, Set<Element> noise) {
            this.noise = noise;
            owners.push(root);
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof Element element && noise.contains(element)) {
                if (BLOCK_TAGS.contains(element.normalName())) {
                    // block-level noise still separates the text on either side of it
                    flush();
                }
                return FilterResult.SKIP_ENTIRELY;
            }
            if (node instanceof TextNode textNode) {
                appendText(textNode.getWholeText());
            } else if (node instanceof Element element) {
                String tag = element.normalName();
                if (BLOCK_TAGS.contains(tag) && depth > 0) {
                    flush();
                    owners.push(element);
                } else if (tag.equals("br")) {
                    if (++breaks >= 2) {
                        flush();
                    } else {
                        appendSpace();
                    }
                } else if (tag.equals("a")) {
                    if (linkDepth++ == 0) {
                        linkStart = text.length();
                    }
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element element)) {
                return FilterResult.CONTINUE;
            }
            String tag = element.normalName();
            if (BLOCK_TAGS.contains(tag) && depth > 0) {
                flush();
                owners.pop();
            } else if (tag.equals("a") && linkDepth > 0 && --linkDepth == 0) {
                closeLink(element);
            }
            return FilterResult.CONTINUE;
        }

        private void closeLink(Element anchor) {
            String anchorText = text.substring(Math.min(linkStart, text.length())).strip();
            linkChars += anchorText.length();
            String href = anchor.absUrl("href");
            if (href.isEmpty()) {
                href = anchor.attr("href");
            }
            if (!href.isBlank() && !href.startsWith("javascript:") && !href.startsWith("#")) {
                links.add(new Link(href, anchorText, Link.Role.BODY));
            }
        }

        private void appendText(String raw) {
            int n = raw.length();
            for (int i = 0; i < n; i++) {
                char c = raw.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b') {
                    appendSpace();
                } else {
                    text.append(c);
                    breaks = 0;
                }
            }
        }

        private void appendSpace() {
            int n = text.length();
            if (n > 0 && text.charAt(n - 1) != ' ') {
                text.append(' ');
            }
        }

        void flush() {
            breaks = 0;
            if (linkDepth > 0) {
                // a block boundary inside a link: the text so far in this block is link text
                linkChars += text.length() - Math.min(linkStart, text.length());
            }
            String value = text.toString().strip();
            if (!value.isEmpty()) {
                Element owner = owners.peek();
                blocks.add(
                        new TextBlock(
                                value,
                                owner,
                                kindOf(owner),
                                Math.min(linkChars, value.length()),
                                links));
            }
            text.setLength(0);
            links.clear();
            linkChars = 0;
            linkStart = 0;
        }

        private static TextBlock.Kind kindOf(Element owner) {
            return switch (owner.normalName()) {
                case "p" ->
                        owner.closest("blockquote") != null
                                ? TextBlock.Kind.QUOTE
                                : TextBlock.Kind.PARAGRAPH;
                case "h1", "h2", "h3", "h4", "h5", "h6" -> TextBlock.Kind.HEADING;
                case "li", "dd", "dt" -> TextBlock.Kind.LIST_ITEM;
                case "blockquote" -> TextBlock.Kind.QUOTE;
                case "td", "th" -> TextBlock.Kind.CELL;
                case "figcaption", "caption" -> TextBlock.Kind.CAPTION;
                default -> TextBlock.Kind.OTHER;
            };
        }
    }
}
