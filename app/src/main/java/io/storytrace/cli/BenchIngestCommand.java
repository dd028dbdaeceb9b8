package io.storytrace.cli;

import io.storytrace.eval.FamilyRecovery;
import io.storytrace.ingest.Ingestor;
import io.storytrace.ingest.Source;
import io.storytrace.pipeline.Pipeline;
import io.storytrace.store.Corpus;
import io.storytrace.store.CorpusLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code storytrace bench ingest DIR}: ingests a scale corpus with matching on and reports articles
 * per second (overall and over the last tenth), peak heap, data directory size per article and,
 * with a {@code families.tsv}, family recovery.
 */
@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description = {
            "Ingests a generated scale corpus and measures speed, memory, size and recovery."
        })
final class BenchIngestCommand implements Callable<Integer> {

    @Spec private CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "A folder written by bench generate.")
    private Path dir;

    @Mixin private CorpusOptions corpus;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Worker threads (default: the cores).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(
            names = "--json",
            paramLabel = "FILE",
            description = "Where to write the figures as JSON.")
    private Path json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        AtomicLong peak = new AtomicLong();
        Thread sampler = heapSampler(peak);
        long total = countFiles();
        long tenth = Math.max(1, total / 10);
        AtomicInteger done = new AtomicInteger();
        AtomicLong lastTenthStart = new AtomicLong();
        long start = System.nanoTime();
        CorpusLoader.Summary summary;
        long embedded;
        Map<String, Long> stories;
        try (Corpus c = corpus.open()) {
            summary =
                    new CorpusLoader(c, Pipeline.standard(), threads, 256)
                            .load(
                                    new Ingestor()
                                            .read(Source.of(dir.resolve("articles").toString())),
                                    event -> {
                                        int n = done.incrementAndGet();
                                        if (n == total - tenth) {
                                            lastTenthStart.set(System.nanoTime());
                                        }
                                        if (n % 10000 == 0) {
                                            out.printf(
                                                    Locale.ROOT,
                                                    "  %d articles, %.1f s%n",
                                                    n,
                                                    (System.nanoTime() - start) / 1e9);
                                            out.flush();
                                        }
                                    });
            c.checkpoint();
            embedded = c.sentencesEmbedded();
            stories = c.storiesByLocation();
        }
        long end = System.nanoTime();
        sampler.interrupt();
        double seconds = (end - start) / 1e9;
        double lastSeconds =
                lastTenthStart.get() == 0 ? seconds : (end - lastTenthStart.get()) / 1e9;
        long bytes = size(corpus.data);
        int articles = summary.added() + summary.alreadyPresent();
        StringBuilder figures = new StringBuilder();
        figures.append(
                String.format(
                        Locale.ROOT,
                        "{\"articles\": %d, \"added\": %d, \"failed\": %d,",
                        articles,
                        summary.added(),
                        summary.failed()));
        figures.append(
                String.format(
                        Locale.ROOT,
                        " \"seconds\": %.1f, \"articlesPerSecond\": %.1f,",
                        seconds,
                        articles / seconds));
        figures.append(
                String.format(
                        Locale.ROOT,
                        " \"lastTenthArticlesPerSecond\": %.1f,",
                        Math.min(tenth, articles) / lastSeconds));
        figures.append(
                String.format(
                        Locale.ROOT,
                        " \"peakHeapMiB\": %.0f, \"dataBytes\": %d, \"bytesPerArticle\": %.0f, \"sentencesEmbedded\": %d",
                        peak.get() / 1048576.0,
                        bytes,
                        bytes / (double) Math.max(1, articles),
                        embedded));
        Path families = dir.resolve("families.tsv");
        if (Files.exists(families)) {
            FamilyRecovery r = FamilyRecovery.of(stories, truth(families));
            figures.append(
                    String.format(
                            Locale.ROOT,
                            ", \"families\": %d, \"pairPrecision\": %.4f, \"pairRecall\": %.4f, \"exactFamilies\": %.4f",
                            r.families(),
                            r.pairPrecision(),
                            r.pairRecall(),
                            r.exact()));
        }
        figures.append("}\n");
        out.print(figures);
        out.flush();
        if (json != null) {
            Files.writeString(json, figures, StandardCharsets.UTF_8);
        }
        return summary.failed() == 0 ? 0 : Main.EXIT_SOME_FAILED;
    }

    private Map<String, Integer> truth(Path families) throws IOException {
        Map<String, Integer> truth = new HashMap<>();
        for (String line :
                Files.readAllLines(families, StandardCharsets.UTF_8)
                        .subList(1, Files.readAllLines(families).size())) {
            String[] f = line.split("\t");
            truth.put(dir.resolve(f[0]).toString(), Integer.parseInt(f[1]));
        }
        return truth;
    }

    private long countFiles() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".txt")).count();
        }
    }

    private static long size(Path data) throws IOException {
        try (Stream<Path> files = Files.walk(data)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static Thread heapSampler(AtomicLong peak) {
        Thread t =
                new Thread(
                        () -> {
                            var memory = ManagementFactory.getMemoryMXBean();
                            while (!Thread.currentThread().isInterrupted()) {
                                peak.accumulateAndGet(
                                        memory.getHeapMemoryUsage().getUsed(), Math::max);
                                try {
                                    Thread.sleep(100);
                                } catch (InterruptedException e) {
                                    return;
                                }
                            }
                        },
                        "storytrace-heap-sampler");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
