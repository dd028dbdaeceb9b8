package io.storytrace.extract.body;

import io.storytrace.article.Link;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article text of a parsed page: marks noise, splits the rest into blocks, locates the
 * container that holds the article and keeps its prose. It reads the page and leaves it unchanged;
 * metadata such as the headline and the date is read elsewhere.
 */
public final class BodyExtractor {

    private final NoiseFinder noise = new NoiseFinder();
    private final BlockSplitter splitter = new BlockSplitter();
    private final ContentLocator locator = new ContentLocator();
    private final BlockSelector selector = new BlockSelector();

    /** The body of {@code page}; empty paragraphs when the page holds no article text. */
    public Body extract(Document page) {
        Element root = page.body();
        Set<Element> skipped = noise.find(root);
        List<TextBlock> blocks = splitter.split(root, skipped);
        Element container = locator.locate(root, blocks);
        List<String> paragraphs = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (TextBlock block : selector.select(container, blocks)) {
            paragraphs.add(block.text());
            links.addAll(block.links());
        }
        return new Body(paragraphs, links);
    }
}
