package io.storytrace.eval;

import io.storytrace.match.WordTokenizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a corpus for scale measurements from real article bodies: each story family starts from a
 * window of one body's sentences whose words, names and numbers are replaced through a mapping of
 * its own (so families made from the same body do not share text), then gets versions that copy it,
 * cut it, drop, reorder and reword sentences, or splice in sentences of another family. Files are
 * named in publication order so a folder ingest runs in time order, and {@code families.tsv}
 * records each file's family and how it was made.
 */
public final class ScaleCorpusGenerator {

    private static final Pattern SENTENCE_END =
            Pattern.compile("(?<=[.!?][\"”’]?)\\s+(?=[A-Z\"“‘])");
    private static final Pattern WORD = Pattern.compile("\\p{L}+|\\d[\\d,.]*");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final LocalDateTime START = LocalDateTime.of(2025, 1, 1, 0, 0);

    private final Random random;
    private final List<List<String>> bodies = new ArrayList<>();
    private final List<String> vocabulary = new ArrayList<>();
    private final List<String> names = new ArrayList<>();

    /**
     * A generator over {@code articleBodies} (one string per real article), reproducible by seed.
     */
    public ScaleCorpusGenerator(List<String> articleBodies, long seed) {
        this.random = new Random(seed);
        Map<String, Integer> counts = new TreeMap<>();
        for (String body : articleBodies) {
            List<String> sentences = new ArrayList<>();
            for (String s : SENTENCE_END.split(body.replaceAll("\\s+", " ").strip())) {
                if (s.split(" ").length >= 5) {
                    sentences.add(s);
                }
            }
            if (sentences.size() >= 4) {
                bodies.add(sentences);
            }
            Matcher m = WORD.matcher(body);
            while (m.find()) {
                String w = m.group();
                if (w.length() >= 3
                        && Character.isLowerCase(w.charAt(0))
                        && !WordTokenizer.isStopword(w)) {
                    counts.merge(w, 1, Integer::sum);
                }
            }
        }
        // Sampling from a list with repeats follows the words' real frequencies.
        counts.forEach(
                (w, n) -> {
                    for (int i = 0; i < Math.min(n, 50); i++) {
                        vocabulary.add(w);
                    }
                });
        String[] parts = {
            "ka", "vel", "dor", "mi", "ran", "tes", "lo", "bra", "quin", "sol", "fen", "ar"
        };
        for (int i = 0; i < 4000; i++) {
            String n =
                    parts[i % parts.length]
                            + parts[(i / parts.length) % parts.length]
                            + parts[(i / 144) % parts.length];
            names.add(Character.toUpperCase(n.charAt(0)) + n.substring(1));
        }
    }

    /** One generated article. */
    record Generated(LocalDateTime time, boolean dated, int family, String role, String text) {}

    /** Writes {@code count} articles under {@code out} and the families file; returns families. */
    public int generate(int count, Path out) throws IOException {
        List<Generated> articles = new ArrayList<>(count);
        List<List<String>> originals = new ArrayList<>();
        int family = 0;
        while (articles.size() < count) {
            List<String> original = family(family);
            originals.add(original);
            LocalDateTime t0 = START.plusMinutes(random.nextInt(60 * 24 * 60));
            int size =
                    random.nextDouble() < 0.4
                            ? 1
                            : 2 + Math.min(6, (int) (-Math.log(random.nextDouble()) * 1.5));
            articles.add(article(t0, family, "original", original));
            for (int v = 1; v < size && articles.size() < count; v++) {
                LocalDateTime t = t0.plusMinutes(1 + random.nextInt(48 * 60));
                String role = role();
                List<String> other = originals.get(random.nextInt(originals.size()));
                articles.add(article(t, family, role, version(original, role, other)));
            }
            family++;
        }
        articles.sort((a, b) -> a.time().compareTo(b.time()));
        StringBuilder truth = new StringBuilder("file\tfamily\trole\n");
        for (int i = 0; i < articles.size(); i++) {
            Generated g = articles.get(i);
            String name = String.format(Locale.ROOT, "articles/%03d/a%06d.txt", i / 1000, i);
            Path file = out.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, g.text(), StandardCharsets.UTF_8);
            truth.append(name)
                    .append('\t')
                    .append(g.family())
                    .append('\t')
                    .append(g.role())
                    .append('\n');
        }
        Files.writeString(out.resolve("families.tsv"), truth, StandardCharsets.UTF_8);
        return family;
    }

    private Generated article(LocalDateTime time, int family, String role, List<String> sentences) {
        boolean dated = random.nextDouble() >= 0.15;
        StringBuilder text = new StringBuilder();
        String first = sentences.getFirst();
        String[] words = first.split(" ");
        String headline =
                String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, 9)));
        if (role.equals("copy-new-headline")) {
            headline =
                    "Report: "
                            + String.join(
                                    " ",
                                    java.util.Arrays.copyOfRange(
                                            words,
                                            Math.min(2, words.length - 1),
                                            Math.min(words.length, 10)));
        }
        text.append(headline.replaceAll("[.,;:]$", "")).append("\n\n");
        for (int i = 0; i < sentences.size(); i++) {
            text.append(sentences.get(i));
            text.append(i % 3 == 2 || i == sentences.size() - 1 ? "\n\n" : " ");
        }
        if (dated) {
            text.append(time.format(STAMP)).append('\n');
        }
        return new Generated(time, dated, family, role, text.toString());
    }

    private String role() {
        double r = random.nextDouble();
        return r < 0.15
                ? "copy"
                : r < 0.25
                        ? "copy-new-headline"
                        : r < 0.45 ? "excerpt" : r < 0.85 ? "rewrite" : "splice";
    }

    /** The original of a family: a window of a body with its own words, names and numbers. */
    private List<String> family(int family) {
        List<String> body = bodies.get(family % bodies.size());
        int length = Math.min(body.size(), 8 + random.nextInt(25));
        int start = body.size() == length ? 0 : random.nextInt(body.size() - length + 1);
        Map<String, String> mapping = new HashMap<>();
        List<String> out = new ArrayList<>(length);
        for (String s : body.subList(start, start + length)) {
            out.add(map(s, mapping));
        }
        return out;
    }

    /**
     * Maps every word but English function words: numbers to other numbers, capitalised words to
     * invented names (or, first in a sentence, to a capitalised common word), other words to words
     * drawn from the real vocabulary, so that families built from one body share no content.
     */
    private String map(String sentence, Map<String, String> mapping) {
        Matcher m = WORD.matcher(sentence);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String w = m.group();
            String lower = w.toLowerCase(Locale.ROOT);
            String replacement = w;
            if (Character.isDigit(w.charAt(0))) {
                replacement =
                        mapping.computeIfAbsent(w, k -> Integer.toString(2 + random.nextInt(9998)));
            } else if (WordTokenizer.isStopword(lower) || w.length() < 2) {
                replacement = w;
            } else if (Character.isUpperCase(w.charAt(0)) && m.start() > 0) {
                replacement =
                        mapping.computeIfAbsent(w, k -> names.get(random.nextInt(names.size())));
            } else if (Character.isUpperCase(w.charAt(0))) {
                String common =
                        mapping.computeIfAbsent(
                                lower, k -> vocabulary.get(random.nextInt(vocabulary.size())));
                replacement = Character.toUpperCase(common.charAt(0)) + common.substring(1);
            } else {
                replacement =
                        mapping.computeIfAbsent(
                                lower, k -> vocabulary.get(random.nextInt(vocabulary.size())));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private List<String> version(List<String> original, String role, List<String> other) {
        List<String> s = new ArrayList<>(original);
        switch (role) {
            case "copy", "copy-new-headline" -> {}
            case "excerpt" ->
                    s =
                            new ArrayList<>(
                                    s.subList(
                                            0,
                                            Math.max(
                                                    3,
                                                    (int)
                                                            (s.size()
                                                                    * (0.4
                                                                            + 0.3
                                                                                    * random
                                                                                            .nextDouble())))));
            case "rewrite" -> {
                s.removeIf(x -> random.nextDouble() < 0.12 && original.size() > 4);
                for (int i = 0; i + 1 < s.size(); i++) {
                    if (random.nextDouble() < 0.15) {
                        String a = s.get(i);
                        s.set(i, s.get(i + 1));
                        s.set(i + 1, a);
                    }
                }
                Map<String, String> synonyms = new HashMap<>();
                s.replaceAll(x -> reword(x, synonyms));
            }
            default -> {
                // A quarter of the other original at most, so the splice stays a minor borrowing.
                int at = random.nextInt(s.size());
                int n = Math.min(2, other.size() / 4);
                s.addAll(at, other.subList(0, n));
            }
        }
        return s;
    }

    /** Replaces about a third of the longer lower-case words, keeping names and numbers. */
    private String reword(String sentence, Map<String, String> synonyms) {
        Matcher m = WORD.matcher(sentence);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String w = m.group();
            String replacement = w;
            if (w.length() >= 4
                    && Character.isLowerCase(w.charAt(0))
                    && random.nextDouble() < 0.35) {
                replacement =
                        synonyms.computeIfAbsent(
                                w, k -> vocabulary.get(random.nextInt(vocabulary.size())));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
