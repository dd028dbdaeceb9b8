package io.storytrace.cli;

import io.storytrace.batch.FeedPoller;
import io.storytrace.batch.Progress;
import io.storytrace.ingest.IngestConfig;
import io.storytrace.ingest.http.FetchConfig;
import io.storytrace.pipeline.Pipeline;
import io.storytrace.store.Corpus;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code storytrace poll [--every 15m]}: fetches the followed feeds once or on a schedule. */
@Command(
        name = "poll",
        mixinStandardHelpOptions = true,
        description = {
            "Fetches every followed feed (conditionally: an unchanged feed costs one short"
                    + " response) and adds new articles to the corpus."
        })
final class PollCommand implements Callable<Integer> {

    @Spec private CommandSpec spec;

    @Mixin private CorpusOptions corpus;

    @Option(
            names = "--every",
            paramLabel = "DURATION",
            converter = DurationConverter.class,
            description = "Poll again after this long (e.g. 15m), until stopped.")
    private Duration every;

    @Option(
            names = "--allow-private",
            description = "Fetch loopback, link-local and private addresses too.")
    private boolean allowPrivate;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Worker threads for extraction and analysis (default: the cores).")
    private int threads = Runtime.getRuntime().availableProcessors();

    /** Shorter intervals would hammer publishers for no gain. */
    private static final Duration SHORTEST_INTERVAL = Duration.ofMinutes(1);

    @Override
    public Integer call() throws InterruptedException {
        if (every != null && every.compareTo(SHORTEST_INTERVAL) < 0) {
            throw new ParameterException(
                    spec.commandLine(), "--every must be at least 1m, not " + every);
        }
        PrintWriter out = spec.commandLine().getOut();
        IngestConfig config =
                new IngestConfig(FetchConfig.defaults().withAllowPrivate(allowPrivate), true);
        try (Corpus c = corpus.open()) {
            FeedPoller poller =
                    new FeedPoller(c, Pipeline.standard(), config, threads, Clock.systemUTC());
            while (true) {
                List<FeedPoller.Polled> round = poller.pollOnce(Progress.NONE);
                if (round.isEmpty()) {
                    out.println("no feeds followed; add one with: storytrace feeds add URL");
                }
                boolean failed = false;
                for (FeedPoller.Polled polled : round) {
                    out.println(polled.feed().url() + ": " + polled.describe());
                    for (var failure : polled.summary().failures()) {
                        out.println("    " + failure.input() + ": " + failure.reason());
                    }
                    failed |= !polled.summary().failures().isEmpty();
                }
                out.flush();
                if (every == null) {
                    return failed ? Main.EXIT_SOME_FAILED : 0;
                }
                c.checkpoint();
                Thread.sleep(every.toMillis());
            }
        }
    }
}
