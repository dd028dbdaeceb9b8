package io.storytrace.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the MRPC layout: a header line, then {@code label<TAB>id1<TAB>id2<TAB>sentence1<TAB>
 * sentence2} with label 1 or 0. A bad line is an error naming the file and the line.
 */
public final class ParaphraseSetReader {

    public List<ParaphrasePair> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<ParaphrasePair> pairs = new ArrayList<>();
        for (int n = 1; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            String where = file + ":" + (n + 1);
            if (f.length < 5) {
                throw new IllegalArgumentException(
                        where + ": expected 5 tab-separated fields, found " + f.length);
            }
            String label = f[0].strip();
            if (!label.equals("0") && !label.equals("1")) {
                throw new IllegalArgumentException(where + ": label must be 0 or 1, not " + label);
            }
            pairs.add(
                    new ParaphrasePair(
                            f[1].strip() + "-" + f[2].strip(),
                            f[3].strip(),
                            f[4].strip(),
                            label.equals("1")));
        }
        return pairs;
    }
}
