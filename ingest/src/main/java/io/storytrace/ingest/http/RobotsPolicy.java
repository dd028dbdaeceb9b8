package io.storytrace.ingest.http;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import io.storytrace.pipeline.InputException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Honours each host's robots.txt, fetched once per host and run and read by crawler-commons. A
 * missing robots.txt (4xx) allows everything; one that cannot be fetched (5xx, network failure)
 * allows nothing for this run, as the robots.txt standard asks. A crawl delay is honoured up to a
 * minute.
 */
final class RobotsPolicy {

    /** Fetches a robots.txt: the status and body, after redirects. */
    @FunctionalInterface
    interface RobotsSource {
        Response get(URI robots);
    }

    /** A robots.txt response. */
    record Response(int status, byte[] body, String contentType) {}

    private static final Duration MAX_CRAWL_DELAY = Duration.ofMinutes(1);

    private final RobotsSource source;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final Map<String, BaseRobotRules> rules = new ConcurrentHashMap<>();

    RobotsPolicy(RobotsSource source) {
        this.source = source;
    }

    /**
     * Checks that {@code uri} may be fetched.
     *
     * @throws InputException when the host's robots.txt disallows it
     */
    void check(URI uri) {
        BaseRobotRules hostRules = rulesFor(uri);
        if (!hostRules.isAllowed(uri.toString())) {
            throw new InputException(
                    uri.toString(),
                    "robots.txt of " + uri.getHost() + " does not allow Storytrace to fetch it");
        }
    }

    /** The delay the host asks for between requests, or zero. */
    Duration crawlDelay(URI uri) {
        BaseRobotRules hostRules = rules.get(hostKey(uri));
        if (hostRules == null || hostRules.getCrawlDelay() <= 0) {
            return Duration.ZERO;
        }
        Duration asked = Duration.ofMillis(hostRules.getCrawlDelay());
        return asked.compareTo(MAX_CRAWL_DELAY) > 0 ? MAX_CRAWL_DELAY : asked;
    }

    private BaseRobotRules rulesFor(URI uri) {
        return rules.computeIfAbsent(hostKey(uri), key -> load(uri));
    }

    private BaseRobotRules load(URI uri) {
        URI robots = URI.create(hostKey(uri) + "/robots.txt");
        Response response;
        try {
            response = source.get(robots);
        } catch (InputException e) {
            return parser.failedFetch(503);
        }
        if (response.status() >= 200 && response.status() < 300) {
            return parser.parseContent(
                    robots.toString(),
                    response.body(),
                    response.contentType() == null ? "text/plain" : response.contentType(),
                    List.of(FetchConfig.ROBOT_NAME));
        }
        return parser.failedFetch(response.status());
    }

    static String hostKey(URI uri) {
        int port = uri.getPort();
        return uri.getScheme() + "://" + uri.getHost() + (port < 0 ? "" : ":" + port);
    }
}
