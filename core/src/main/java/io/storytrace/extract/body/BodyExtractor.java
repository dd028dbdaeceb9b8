package io.storytrace.extract.body;

import io.storytrace.article.Link;
import io.storytrace.article.SourceMarker;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article text of a parsed page: marks noise, splits the rest into blocks, locates the
 * container that holds the article and keeps its prose, with the links in it and any "Read more" or
 * "Source:" line. It reads the page and leaves it unchanged; metadata such as the headline and the
 * date is read by {@link io.storytrace.extract.metadata.MetadataReader}.
 */
public final class BodyExtractor {

    private final NoiseFinder noise = new NoiseFinder();
    private final BlockSplitter splitter = new BlockSplitter();
    private final ContentLocator locator = new ContentLocator();
    private final BlockSelector selector = new BlockSelector();
    private final LinkClassifier links = new LinkClassifier();

    /**
     * The body of {@code page}; empty paragraphs when the page holds no article text.
     *
     * @param headline the article's headline, left out of the body when the page repeats it, or
     *     {@code null}
     */
    public Body extract(Document page, String headline) {
        Element root = page.body();
        Set<Element> skipped = noise.find(root);
        List<TextBlock> blocks = splitter.split(root, skipped);
        Element container = locator.locate(root, blocks);
        List<TextBlock> inside = BlockSelector.inside(container, blocks);
        SourceMarker marker = links.marker(inside);
        List<String> paragraphs = new ArrayList<>();
        List<Link> found = new ArrayList<>();
        for (TextBlock block : selector.select(inside, headline)) {
            if (isCreditLine(block)) {
                // Kept from the noise only for its source: the marker holds it, not the body.
                continue;
            }
            paragraphs.add(block.text());
            found.addAll(links.classify(block));
        }
        if (marker != null && marker.url() != null) {
            found.add(new Link(marker.url(), marker.text(), Link.Role.SOURCE));
        }
        return new Body(paragraphs, found, marker);
    }

    /** A source line in an element the page styles as a credit, such as a syndication note. */
    private static boolean isCreditLine(TextBlock block) {
        return LinkClassifier.isMarker(block) && ClassHints.isBoilerplate(block.owner());
    }
}
