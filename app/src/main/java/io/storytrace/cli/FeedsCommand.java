package io.storytrace.cli;

import io.storytrace.ingest.feed.OpmlReader;
import io.storytrace.ingest.feed.OpmlWriter;
import io.storytrace.ingest.feed.Subscription;
import io.storytrace.pipeline.InputException;
import io.storytrace.store.Corpus;
import io.storytrace.store.FollowedFeed;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code storytrace feeds ...}: the feeds the corpus follows, and OPML in and out. */
@Command(
        name = "feeds",
        mixinStandardHelpOptions = true,
        description = {"Follows feeds (polled by storytrace poll) and moves lists as OPML."},
        subcommands = {
            FeedsCommand.Add.class,
            FeedsCommand.ListFeeds.class,
            FeedsCommand.Remove.class,
            FeedsCommand.ImportOpml.class,
            FeedsCommand.ExportOpml.class
        })
final class FeedsCommand implements Runnable {

    @Spec private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reads a feed address given on the command line, refusing anything but http(s). */
    static URI feedAddress(CommandSpec spec, String text) {
        try {
            URI uri = new URI(text.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        throw new ParameterException(spec.commandLine(), "not an http(s) feed address: " + text);
    }

    static FollowedFeed followed(Subscription s) {
        return new FollowedFeed(
                s.feedUrl().toString(),
                s.title(),
                s.siteUrl() == null ? null : s.siteUrl().toString(),
                s.fetchFullText(),
                Instant.now(),
                null,
                null);
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Follows a feed.")
    static final class Add implements Callable<Integer> {
        @Spec private CommandSpec spec;
        @Mixin private CorpusOptions corpus;

        @Parameters(paramLabel = "URL", description = "The feed's address.")
        private String url;

        @Option(names = "--title", description = "A name for the feed.")
        private String title;

        @Option(
                names = "--no-full-text",
                description = "Keep items as the feed gives them, without fetching their pages.")
        private boolean noFullText;

        @Override
        public Integer call() {
            URI uri = feedAddress(spec, url);
            try (Corpus c = corpus.open()) {
                boolean added =
                        c.feeds().follow(followed(new Subscription(uri, title, null, !noFullText)));
                spec.commandLine()
                        .getOut()
                        .println((added ? "following " : "already following ") + uri);
                return 0;
            }
        }
    }

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "Lists the feeds followed, with what their last poll gave.")
    static final class ListFeeds implements Callable<Integer> {
        @Spec private CommandSpec spec;
        @Mixin private CorpusOptions corpus;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Corpus c = corpus.open()) {
                List<FollowedFeed> feeds = c.feeds().all();
                if (feeds.isEmpty()) {
                    out.println("no feeds followed; add one with: storytrace feeds add URL");
                }
                for (FollowedFeed f : feeds) {
                    out.println(f.url() + (f.title() == null ? "" : "  (" + f.title() + ")"));
                    out.println(
                            "    "
                                    + (f.fullText() ? "full text fetched" : "items as given")
                                    + " · last poll: "
                                    + (f.lastPolled() == null
                                            ? "never"
                                            : f.lastPolled() + ", " + f.lastResult()));
                }
                out.flush();
                return 0;
            }
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Unfollows a feed.")
    static final class Remove implements Callable<Integer> {
        @Spec private CommandSpec spec;
        @Mixin private CorpusOptions corpus;

        @Parameters(paramLabel = "URL", description = "The feed's address.")
        private String url;

        @Override
        public Integer call() {
            try (Corpus c = corpus.open()) {
                if (c.feeds().unfollow(url.strip())) {
                    spec.commandLine().getOut().println("no longer following " + url.strip());
                    return 0;
                }
                spec.commandLine().getErr().println("not following " + url.strip());
                return Main.EXIT_SOME_FAILED;
            }
        }
    }

    @Command(
            name = "import-opml",
            mixinStandardHelpOptions = true,
            description = "Follows every feed listed in an OPML file.")
    static final class ImportOpml implements Callable<Integer> {
        @Spec private CommandSpec spec;
        @Mixin private CorpusOptions corpus;

        @Parameters(paramLabel = "FILE", description = "The OPML file.")
        private Path file;

        @Override
        public Integer call() throws IOException {
            List<Subscription> subscriptions;
            try {
                subscriptions = new OpmlReader().read(file.toString(), Files.readAllBytes(file));
            } catch (NoSuchFileException e) {
                throw new ParameterException(spec.commandLine(), file + ": no such file");
            } catch (InputException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return Main.EXIT_SOME_FAILED;
            }
            int added = 0;
            try (Corpus c = corpus.open()) {
                for (Subscription s : subscriptions) {
                    added += c.feeds().follow(followed(s)) ? 1 : 0;
                }
            }
            spec.commandLine()
                    .getOut()
                    .printf(
                            "%d feeds in %s: %d added, %d already followed%n",
                            subscriptions.size(), file, added, subscriptions.size() - added);
            return 0;
        }
    }

    @Command(
            name = "export-opml",
            mixinStandardHelpOptions = true,
            description = "Writes the feeds followed as OPML, to a file or to the output.")
    static final class ExportOpml implements Callable<Integer> {
        @Spec private CommandSpec spec;
        @Mixin private CorpusOptions corpus;

        @Parameters(arity = "0..1", paramLabel = "FILE", description = "Where to write.")
        private Path file;

        @Override
        public Integer call() throws IOException {
            List<Subscription> subscriptions;
            try (Corpus c = corpus.open()) {
                subscriptions =
                        c.feeds().all().stream()
                                .map(
                                        f ->
                                                new Subscription(
                                                        URI.create(f.url()),
                                                        f.title(),
                                                        f.siteUrl() == null
                                                                ? null
                                                                : URI.create(f.siteUrl()),
                                                        f.fullText()))
                                .toList();
            }
            String opml = new OpmlWriter().write("Storytrace subscriptions", subscriptions);
            if (file == null) {
                spec.commandLine().getOut().print(opml);
                spec.commandLine().getOut().flush();
            } else {
                Files.writeString(file, opml, StandardCharsets.UTF_8);
                spec.commandLine()
                        .getOut()
                        .printf("%d feeds written to %s%n", subscriptions.size(), file);
            }
            return 0;
        }
    }
}
