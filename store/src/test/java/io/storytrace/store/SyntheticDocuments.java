package io.storytrace.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** Writes unrelated plain-text articles of invented words, reproducibly from a seed. */
final class SyntheticDocuments {

    private static final String[] SYLLABLES = {
        "ka", "lo", "mi", "ten", "bar", "su", "vel", "ron", "di", "pa", "tor", "en", "qui", "mas",
        "lin", "gor", "fe", "ul", "zan", "ho"
    };

    private SyntheticDocuments() {}

    /** Writes {@code count} documents into {@code folder} as {@code doc-00000.txt} and on. */
    static void write(Path folder, int count, long seed) throws IOException {
        Files.createDirectories(folder);
        Random random = new Random(seed);
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder();
            text.append(sentence(random, 6)).append("\n\n");
            for (int p = 0; p < 3; p++) {
                text.append(sentence(random, 12))
                        .append(' ')
                        .append(sentence(random, 10))
                        .append("\n\n");
            }
            text.append("Document number ").append(i).append('.');
            Files.writeString(
                    folder.resolve(String.format("doc-%05d.txt", i)), text, StandardCharsets.UTF_8);
        }
    }

    private static String sentence(Random random, int words) {
        StringBuilder s = new StringBuilder();
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                s.append(' ');
            }
            String word = word(random);
            s.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
        }
        return s.append('.').toString();
    }

    private static String word(Random random) {
        int n = 2 + random.nextInt(2);
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < n; i++) {
            w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return w.toString();
    }
}
