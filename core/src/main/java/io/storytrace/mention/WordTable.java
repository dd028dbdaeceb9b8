package io.storytrace.mention;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A table of word lists read from a tab-separated resource: each line is a kind, a tab, then the
 * entry; {@code #} starts a comment. Lists keep the lines as written and the words in lower case.
 */
public final class WordTable {

    private final Map<String, List<String>> lines;

    private WordTable(Map<String, List<String>> lines) {
        this.lines = lines;
    }

    /** Reads the resource {@code name} beside {@code anchor}; a missing one is a defect. */
    public static WordTable load(Class<?> anchor, String name) {
        InputStream in = anchor.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("resource " + name + " is missing beside " + anchor);
        }
        Map<String, List<String>> lines = new HashMap<>();
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    throw new IllegalStateException("no tab in line of " + name + ": " + line);
                }
                lines.computeIfAbsent(line.substring(0, tab), k -> new ArrayList<>())
                        .add(line.substring(tab + 1).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return new WordTable(lines);
    }

    /** The entries of {@code kind} as written, one per line. */
    public List<String> lines(String kind) {
        return List.copyOf(lines.getOrDefault(kind, List.of()));
    }

    /** Every space-separated word of {@code kind}, in lower case. */
    public Set<String> words(String kind) {
        Set<String> words = new HashSet<>();
        for (String line : lines.getOrDefault(kind, List.of())) {
            for (String word : line.split("\\s+")) {
                words.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(words);
    }
}
