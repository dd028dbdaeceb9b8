package io.storytrace.match;

import java.net.URI;
import java.util.Locale;

/** Compares outlet names and web hosts ("The Daily Ledger", "dailyledger.com"). */
public final class OutletNames {

    private OutletNames() {}

    /** An outlet name reduced for comparison: lower case, letters and digits, no leading "the". */
    public static String key(String name) {
        String lower = name.toLowerCase(Locale.ROOT).strip();
        if (lower.startsWith("the ")) {
            lower = lower.substring(4);
        }
        return lower.replaceAll("[^\\p{L}\\p{Nd}]+", "");
    }

    /** The host of {@code url} without "www." and its last label, or {@code null}. */
    public static String hostKey(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            if (host.startsWith("www.")) {
                host = host.substring(4);
            }
            int dot = host.lastIndexOf('.');
            return (dot > 0 ? host.substring(0, dot) : host).replaceAll("[^a-z0-9]+", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Whether an outlet named {@code name} plausibly publishes at {@code url}'s host. */
    public static boolean sameOutlet(String name, String url) {
        String host = hostKey(url);
        return host != null && name != null && !host.isEmpty() && host.equals(key(name));
    }
}
