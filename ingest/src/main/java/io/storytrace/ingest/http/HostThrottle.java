package io.storytrace.ingest.http;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Spaces requests to one host by at least a delay, so that Storytrace never hammers a publisher.
 * Requests to different hosts do not wait for each other.
 */
final class HostThrottle {

    /** Waits; tests pass one that records instead of sleeping. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** Reads a monotonic clock in nanoseconds. */
    @FunctionalInterface
    interface Clock {
        long nanoTime();
    }

    private final Map<String, Long> nextAllowed = new HashMap<>();
    private final Sleeper sleeper;
    private final Clock clock;

    HostThrottle(Sleeper sleeper, Clock clock) {
        this.sleeper = sleeper;
        this.clock = clock;
    }

    /** Waits until a request to {@code host} is allowed, then books the next slot. */
    void await(String host, Duration delay) {
        long wait;
        synchronized (nextAllowed) {
            long now = clock.nanoTime();
            long slot = Math.max(now, nextAllowed.getOrDefault(host, now));
            nextAllowed.put(host, slot + delay.toNanos());
            wait = slot - now;
        }
        if (wait > 0) {
            try {
                sleeper.sleep(Duration.ofNanos(wait));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
