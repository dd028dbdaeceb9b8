package io.storytrace.ingest.http;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * How the fetcher behaves; {@link #defaults()} lists every default in one place.
 *
 * @param userAgent the User-Agent header, naming Storytrace and where to read about it
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long to wait for a whole response
 * @param maxBodyBytes the most bytes read from the wire for one response
 * @param maxDecodedBytes the most bytes a compressed body may expand to
 * @param maxRedirects how many redirects are followed before giving up
 * @param perHostDelay the least time between two requests to one host
 * @param obeyRobots whether robots.txt is honoured (it is unless a user says otherwise)
 * @param allowPrivate whether loopback, link-local and private addresses may be fetched
 * @param privateHostsAllowed host names that may resolve to private addresses all the same
 */
public record FetchConfig(
        String userAgent,
        Duration connectTimeout,
        Duration requestTimeout,
        long maxBodyBytes,
        long maxDecodedBytes,
        int maxRedirects,
        Duration perHostDelay,
        boolean obeyRobots,
        boolean allowPrivate,
        Set<String> privateHostsAllowed) {

    /** The product token robots.txt rules are matched against. */
    public static final String ROBOT_NAME = "storytrace";

    public FetchConfig {
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(perHostDelay, "perHostDelay");
        privateHostsAllowed = Set.copyOf(privateHostsAllowed);
        if (maxBodyBytes <= 0 || maxDecodedBytes <= 0) {
            throw new IllegalArgumentException(
                    "size caps must be positive: " + maxBodyBytes + ", " + maxDecodedBytes);
        }
        if (maxRedirects < 0) {
            throw new IllegalArgumentException(
                    "maxRedirects must not be negative: " + maxRedirects);
        }
    }

    /** The defaults: polite to publishers and safe for the machine running Storytrace. */
    public static FetchConfig defaults() {
        return new FetchConfig(
                "Storytrace/0.1 (+https://github.com/storytrace/storytrace; news provenance reader)",
                Duration.ofSeconds(10),
                Duration.ofSeconds(30),
                8L * 1024 * 1024,
                32L * 1024 * 1024,
                5,
                Duration.ofSeconds(1),
                true,
                false,
                Set.of());
    }

    /** This configuration with private addresses allowed or not. */
    public FetchConfig withAllowPrivate(boolean value) {
        return new FetchConfig(
                userAgent,
                connectTimeout,
                requestTimeout,
                maxBodyBytes,
                maxDecodedBytes,
                maxRedirects,
                perHostDelay,
                obeyRobots,
                value,
                privateHostsAllowed);
    }
}
