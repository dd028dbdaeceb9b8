package io.storytrace.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storytrace.outlet.OutletProfile;
import io.storytrace.outlet.ProfileSettings;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes outlet profiles as indented JSON: the minimum samples, then one object per outlet with
 * each count, what it is out of, its share ({@code null} below the minimum sample) and its evidence
 * (the location of each article counted, with the character range of each quotation counted).
 */
public final class OutletsJsonWriter {

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String write(List<OutletProfile> profiles, ProfileSettings settings) {
        ObjectNode root = json.createObjectNode();
        root.put("minArticles", settings.minArticles());
        root.put("minQuotes", settings.minQuotes());
        root.set("outlets", json.valueToTree(profiles));
        try {
            return json.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
