package io.storytrace.store.sqlite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storytrace.match.AlignedPair;
import io.storytrace.match.Alignment;
import io.storytrace.match.Derivation;
import io.storytrace.match.Direction;
import io.storytrace.match.DirectionCue;
import io.storytrace.match.Relation;
import io.storytrace.text.Span;
import java.util.ArrayList;
import java.util.List;

/** Writes a {@link Derivation}'s evidence (pairs, cues, reasons) as JSON and reads it back. */
public final class EvidenceCodec {

    private final ObjectMapper json = new ObjectMapper();

    public String write(Derivation d) {
        ObjectNode node = json.createObjectNode();
        Alignment a = d.alignment();
        node.put("ordered", round(a.ordered()));
        node.put("embedded", a.embedded());
        ArrayNode pairs = node.putArray("pairs");
        for (AlignedPair p : a.pairs()) {
            ArrayNode row = pairs.addArray();
            row.add(p.a())
                    .add(p.b())
                    .add(p.spanA().start())
                    .add(p.spanA().end())
                    .add(p.spanB().start())
                    .add(p.spanB().end())
                    .add(round(p.score()))
                    .add(p.kind().name())
                    .add(round(p.lexical()));
            if (Double.isNaN(p.semantic())) {
                row.addNull();
            } else {
                row.add(round(p.semantic()));
            }
        }
        ArrayNode cues = node.putArray("cues");
        for (DirectionCue c : d.cues()) {
            cues.addObject()
                    .put("favours", c.favours().name())
                    .put("kind", c.kind().name())
                    .put("weight", c.weight())
                    .put("reason", c.reason());
        }
        ArrayNode reasons = node.putArray("reasons");
        d.reasons().forEach(reasons::add);
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write evidence", e);
        }
    }

    /** The derivation stored with the given row values and evidence. */
    public Derivation read(
            Relation relation,
            Direction direction,
            double score,
            double coverageA,
            double coverageB,
            String evidence) {
        JsonNode node;
        try {
            node = json.readTree(evidence);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored evidence is not valid JSON", e);
        }
        List<AlignedPair> pairs = new ArrayList<>();
        for (JsonNode r : node.path("pairs")) {
            pairs.add(
                    new AlignedPair(
                            r.get(0).asInt(),
                            r.get(1).asInt(),
                            new Span(r.get(2).asInt(), r.get(3).asInt()),
                            new Span(r.get(4).asInt(), r.get(5).asInt()),
                            r.get(6).asDouble(),
                            AlignedPair.Kind.valueOf(r.get(7).asText()),
                            r.get(8).asDouble(),
                            r.get(9).isNull() ? Double.NaN : r.get(9).asDouble()));
        }
        List<DirectionCue> cues = new ArrayList<>();
        for (JsonNode c : node.path("cues")) {
            cues.add(
                    new DirectionCue(
                            Direction.valueOf(c.path("favours").asText()),
                            DirectionCue.Kind.valueOf(c.path("kind").asText()),
                            c.path("weight").asDouble(),
                            c.path("reason").asText()));
        }
        List<String> reasons = new ArrayList<>();
        node.path("reasons").forEach(r -> reasons.add(r.asText()));
        Alignment alignment =
                new Alignment(
                        pairs,
                        coverageA,
                        coverageB,
                        node.path("ordered").asDouble(),
                        node.path("embedded").asBoolean());
        return new Derivation(relation, direction, score, alignment, cues, reasons);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
