package io.storytrace.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storytrace.provenance.Story;
import io.storytrace.provenance.StoryVersion;
import io.storytrace.provenance.UpstreamSource;
import java.io.UncheckedIOException;
import java.util.List;

/** Writes stories as indented JSON: origin with reasons, upstream outlets, versions. */
public final class StoriesJsonWriter {

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String write(List<Story> stories) {
        ArrayNode array = json.createArrayNode();
        stories.forEach(s -> array.add(node(s)));
        try {
            return json.writeValueAsString(json.createObjectNode().set("stories", array)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One story as a JSON object. */
    public ObjectNode node(Story story) {
        ObjectNode node = json.createObjectNode();
        node.put("id", story.id());
        ObjectNode origin = node.putObject("origin");
        origin.put("article", story.origin().articleId());
        ArrayNode reasons = origin.putArray("reasons");
        story.origin().reasons().forEach(reasons::add);
        ArrayNode upstream = node.putArray("upstream");
        for (UpstreamSource u : story.upstream()) {
            ObjectNode n = upstream.addObject();
            n.put("outlet", u.outlet());
            n.put("credit", StoriesTextWriter.lower(u.kind()));
            n.put("ingested", u.ingested());
            ArrayNode by = n.putArray("creditedBy");
            u.creditedBy().forEach(by::add);
        }
        ArrayNode versions = node.putArray("versions");
        for (StoryVersion v : story.versions()) {
            ObjectNode n = versions.addObject();
            n.put("article", v.articleId());
            n.put("location", v.location());
            n.put("url", v.url());
            n.put("outlet", v.outlet());
            n.put("headline", v.headline());
            n.put("published", v.published() == null ? null : v.published().toIso());
            n.put("relation", v.relation() == null ? "origin" : v.relation().label());
            if (v.sourceId() == null) {
                n.putNull("source");
            } else {
                n.put("source", v.sourceId());
            }
            n.put("directionKnown", v.directionKnown());
            ArrayNode r = n.putArray("reasons");
            v.reasons().forEach(r::add);
        }
        ArrayNode related = node.putArray("sameEvent");
        story.related().forEach(related::add);
        return node;
    }
}
