package io.storytrace.extract.body;

import io.storytrace.article.Link;
import io.storytrace.article.SourceMarker;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells what the links of an article's body say about provenance: a "Read more" or "Source:" line
 * names where the story came from, and a link on "according to Variety" credits an outlet. Other
 * links are ordinary body links.
 */
final class LinkClassifier {

    /** A line that points readers to the story's source, as text dumps and pages print it. */
    static final Pattern MARKER =
            Pattern.compile(
                    "(?i)(?:this (?:story|article|report) (?:was |has been )?)?"
                            + "(read (?:more|the (?:full|original) (?:story|article))|source|via|"
                            + "reporting by|(?:first|originally) (?:published|appeared|reported)"
                            + "(?: (?:by|in|on|at))?)\\b[\\s:.\\-–—]*.*");

    /** "Harbor Wire contributed to this report." */
    private static final Pattern CONTRIBUTED =
            Pattern.compile(
                    "(?i).{2,80}?\\s(?:contributed|reported) (?:to )?this (?:report|story|article)\\.?");

    /** A line that is only a name in brackets or after a dash: "(Coastline Wire)", "— Wire". */
    private static final Pattern NAME_LINE =
            Pattern.compile("^[(\\[—–-]\\s*[^()\\[\\]]{2,80}[)\\]]?\\.?$");

    private static final Pattern CREDIT_CUE =
            Pattern.compile(
                    "(?i)(according to|reported by|first reported by|reports?|told|via|per|"
                            + "in an interview with|speaking to|said to|citing)\\s*(the\\s+)?$");

    /** The cue inside the link: "<a>according to Variety</a>". */
    private static final Pattern CUE_IN_ANCHOR =
            Pattern.compile("(?i)(according to|reported by|first reported by|via|per)\\b");

    private static final int MAX_MARKER_CHARS = 150;

    /** The last block that reads as a source marker, or {@code null}. */
    SourceMarker marker(List<TextBlock> blocks) {
        SourceMarker found = null;
        for (TextBlock block : blocks) {
            if (isMarker(block)) {
                String url = block.links().isEmpty() ? null : block.links().get(0).url();
                found = new SourceMarker(block.text(), url);
            }
        }
        return found;
    }

    /** The links of {@code block}, each with its role. */
    List<Link> classify(TextBlock block) {
        List<Link> links = new ArrayList<>();
        boolean marker = isMarker(block);
        int from = 0;
        for (Link link : block.links()) {
            Link.Role role = Link.Role.BODY;
            int at = link.text().isEmpty() ? -1 : block.text().indexOf(link.text(), from);
            if (marker) {
                role = Link.Role.SOURCE;
            } else if (at >= 0) {
                Matcher cue = CREDIT_CUE.matcher(block.text().substring(Math.max(0, at - 40), at));
                if (cue.find() || CUE_IN_ANCHOR.matcher(link.text()).lookingAt()) {
                    role = Link.Role.CREDIT;
                }
                from = at + link.text().length();
            }
            links.add(new Link(link.url(), link.text(), role));
        }
        return links;
    }

    static boolean isMarker(TextBlock block) {
        return isMarker(block.text(), !block.links().isEmpty());
    }

    /**
     * Whether a short line points readers to the story's source ("Source: X", "First published by
     * X").
     */
    static boolean isMarker(String text, boolean linked) {
        if (text.length() > MAX_MARKER_CHARS) {
            return false;
        }
        return MARKER.matcher(text).matches()
                || CONTRIBUTED.matcher(text).matches()
                || (linked && NAME_LINE.matcher(text).matches());
    }
}
