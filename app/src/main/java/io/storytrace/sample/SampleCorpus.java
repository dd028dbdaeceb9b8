package io.storytrace.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storytrace.article.RawDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the bundled sample corpus from the class path: the files listed in {@code
 * sample/files.txt}, the seed page ({@code demo/seed.txt}), and each family's truth file. Locations
 * are the resource names, such as {@code sample/01-harbor-bridge/coastline-wire.html}.
 */
public final class SampleCorpus {

    /** The list of the sample's article files, one resource name under {@code sample/} a line. */
    static final String FILES = "sample/files.txt";

    /** The seed page, which belongs to the last family. */
    public static final String SEED = "demo/seed.txt";

    private final ObjectMapper json = new ObjectMapper();

    /** Every article of the sample, then the seed page, in a fixed order. */
    public List<RawDocument> documents() {
        List<RawDocument> out = new ArrayList<>();
        for (String file : files()) {
            String location = "sample/" + file;
            out.add(RawDocument.ofFile(location, bytes(location), mediaType(location)));
        }
        out.add(RawDocument.ofFile(SEED, bytes(SEED), "text/plain"));
        return out;
    }

    /** The truth of every family. */
    public List<FamilyTruth> truths() {
        Set<String> folders = new LinkedHashSet<>();
        for (String file : files()) {
            folders.add(file.substring(0, file.indexOf('/')));
        }
        List<FamilyTruth> out = new ArrayList<>();
        for (String folder : folders) {
            out.add(truth(folder));
        }
        return out;
    }

    private FamilyTruth truth(String folder) {
        String base = "sample/" + folder + "/";
        try {
            JsonNode node = json.readTree(bytes(base + "truth.json"));
            List<String> versions = new ArrayList<>();
            for (JsonNode v : node.path("versions")) {
                versions.add(
                        v.has("resource")
                                ? v.get("resource").asText()
                                : base + v.get("file").asText());
            }
            List<String> separate = new ArrayList<>();
            node.path("separate").forEach(s -> separate.add(base + s.get("file").asText()));
            List<String> upstream = new ArrayList<>();
            node.path("upstream").forEach(u -> upstream.add(u.get("outlet").asText()));
            return new FamilyTruth(
                    folder,
                    node.path("story").asText(),
                    base + node.path("origin").asText(),
                    versions,
                    separate,
                    upstream);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + base + "truth.json", e);
        }
    }

    private List<String> files() {
        return new String(bytes(FILES), StandardCharsets.UTF_8)
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .toList();
    }

    private static String mediaType(String location) {
        return location.endsWith(".html") ? "text/html" : "text/plain";
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = SampleCorpus.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the build lacks the bundled file " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled file " + resource, e);
        }
    }
}
