package io.storytrace.report;

import io.storytrace.provenance.Story;
import io.storytrace.provenance.StoryVersion;
import io.storytrace.provenance.UpstreamSource;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes stories as text: each story's origin first with its reasons, then every version. */
public final class StoriesTextWriter {

    public String write(List<Story> stories) {
        StringBuilder out = new StringBuilder();
        if (stories.isEmpty()) {
            return "No stories.\n";
        }
        for (Story story : stories) {
            write(story, out);
            out.append('\n');
        }
        return out.toString();
    }

    /** One story. */
    public void write(Story story, StringBuilder out) {
        Map<Long, StoryVersion> byId = new HashMap<>();
        story.versions().forEach(v -> byId.put(v.articleId(), v));
        StoryVersion origin = story.versions().getFirst();
        out.append("Story ")
                .append(story.id())
                .append(" · ")
                .append(story.versions().size())
                .append(story.versions().size() == 1 ? " version" : " versions")
                .append('\n');
        out.append("  ").append(origin.headline()).append('\n');
        out.append("  origin: ").append(name(origin));
        if (!story.origin().reasons().isEmpty()) {
            out.append(" (").append(String.join("; ", story.origin().reasons())).append(')');
        }
        out.append('\n');
        for (UpstreamSource up : story.upstream()) {
            out.append("  upstream: ")
                    .append(up.outlet())
                    .append(" (")
                    .append(
                            up.kind() == io.storytrace.match.Credit.Kind.INTERVIEW
                                    ? "interview given to it"
                                    : "credited as the source")
                    .append(up.ingested() ? "" : "; not ingested")
                    .append(")\n");
        }
        for (StoryVersion v : story.versions()) {
            out.append("  ")
                    .append(v == origin ? "* " : "- ")
                    .append(pad(name(v), 28))
                    .append(' ')
                    .append(pad(v.published() == null ? "(no date)" : v.published().toIso(), 22))
                    .append(' ')
                    .append(relation(v, byId))
                    .append('\n');
        }
        if (!story.related().isEmpty()) {
            out.append("  same event reported independently: stories ")
                    .append(story.related())
                    .append('\n');
        }
    }

    private static String relation(StoryVersion v, Map<Long, StoryVersion> byId) {
        if (v.relation() == null) {
            return "origin";
        }
        StoryVersion source = byId.get(v.sourceId());
        String other = source == null ? "article " + v.sourceId() : name(source);
        String label = v.relation().label();
        return v.directionKnown()
                ? label + " of " + other
                : label + " (with " + other + "; which came first is undecided)";
    }

    static String name(StoryVersion v) {
        String where = v.outlet() != null ? v.outlet() : fileName(v.location());
        return where + " [" + v.articleId() + "]";
    }

    private static String fileName(String location) {
        int slash = Math.max(location.lastIndexOf('/'), location.lastIndexOf('\\'));
        return location.substring(slash + 1);
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
