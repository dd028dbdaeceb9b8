package io.storytrace.match;

import io.storytrace.article.Article;
import io.storytrace.article.Link;
import io.storytrace.text.Span;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where an article credits another outlet: attribution phrases ("according to Variety", "told
 * The Sunday Times", "first reported by"), its source marker and its links. A credited name counts
 * as an outlet when it looks like one (a leading "The", a word such as Times, News or Post) or when
 * {@code knownOutlet} knows it; people ("told Anna Ruiz") are left out.
 */
public final class CreditFinder {

    private static final String NAME =
            "((?:[Tt]he )?\\p{Lu}[\\p{L}\\p{Nd}&'’.-]*(?: (?:\\p{Lu}[\\p{L}\\p{Nd}&'’.-]*|of|and|&|de|du)){0,5})";

    private static final Pattern REPORT =
            Pattern.compile(
                    "(?:(?i:according to|source:|via|credit:)"
                            // the same credits in the languages whose articles most often
                            // translate English news
                            + "|(?i:mit material von|quelle:|laut|selon|d'après|source :|según"
                            + "|fuente:|secondo|fonte:|volgens|bron:)"
                            + "|reported by|first reported by|as reported (?:by|in)|cited by"
                            + "|a report (?:by|from|in)|first published (?:by|in)|reporting by"
                            + "|(?:originally )?(?:appeared|published) (?:in|on|at)"
                            + "|(?:a|an) (?:article|story|piece) (?:by|in|from))\\s+"
                            + NAME);
    private static final Pattern REPORTED =
            Pattern.compile(
                    NAME
                            + "\\s+(?:first )?(?:reported|broke the news|revealed|contributed"
                            + " (?:to )?this (?:report|story|article))\\b");

    /** A line that is nothing but an outlet's name: "(Coastline Wire)", "— Coastline Wire". */
    private static final Pattern NAME_LINE =
            Pattern.compile("(?m)^[(\\[—–-]\\s*" + NAME + "\\s*[)\\]]?\\.?$");

    private static final Pattern INTERVIEW =
            Pattern.compile(
                    "(?:told|telling|in an interview with|an interview with|speaking (?:to|with)"
                            + "|in a conversation with|a conversation with|talking to|spoke to"
                            + "|in comments to|said to)\\s+"
                            + NAME);

    /** The words a source line opens with, before the outlet's name. */
    private static final Pattern MARKER_WORDS =
            Pattern.compile(
                    "(?i)^\\s*(?:read (?:more|the full (?:story|article))(?: (?:at|on|in))?"
                            + "|source|via|originally (?:published|appeared)(?: (?:in|on|at|by))?"
                            + "|first (?:published|appeared)(?: (?:in|on|at|by))?)[\\s:.\\-–—]*");

    private static final Set<String> OUTLET_WORDS =
            Set.of(
                    "times",
                    "news",
                    "post",
                    "journal",
                    "herald",
                    "gazette",
                    "tribune",
                    "press",
                    "wire",
                    "daily",
                    "weekly",
                    "magazine",
                    "reporter",
                    "review",
                    "observer",
                    "guardian",
                    "telegraph",
                    "independent",
                    "chronicle",
                    "courier",
                    "ledger",
                    "dispatch",
                    "sentinel",
                    "examiner",
                    "standard",
                    "mirror",
                    "sun",
                    "express",
                    "bulletin",
                    "insider",
                    "digest",
                    "monitor",
                    "register",
                    "record",
                    "star",
                    "radio",
                    "tv",
                    "television",
                    "network",
                    "broadcasting",
                    "media",
                    "today",
                    "variety",
                    "deadline",
                    "reuters",
                    "bloomberg",
                    "politico",
                    "axios",
                    "agency",
                    "pictures",
                    "channel",
                    "report",
                    "wired",
                    "verge",
                    "billboard",
                    "people");

    private final Predicate<String> knownOutlet;

    /**
     * A finder that also accepts the outlets {@code knownOutlet} knows by key (see {@link
     * OutletNames#key}); the predicate may change as a corpus grows and must be thread-safe.
     */
    public CreditFinder(Predicate<String> knownOutlet) {
        this.knownOutlet = knownOutlet;
    }

    /** A finder with no known outlets. */
    public CreditFinder() {
        this(key -> false);
    }

    /** The credits in {@code article}, at most one per outlet and kind, in text order. */
    public List<Credit> find(Article article) {
        Map<String, Credit> found = new LinkedHashMap<>();
        String text = article.text();
        int body = article.bodyStart();
        scan(REPORT, text, body, Credit.Kind.REPORT, found);
        scan(REPORTED, text, body, Credit.Kind.REPORT, found);
        scan(INTERVIEW, text, body, Credit.Kind.INTERVIEW, found);
        scan(NAME_LINE, text, body, Credit.Kind.REPORT, found);
        if (article.sourceMarker() != null) {
            String marker = MARKER_WORDS.matcher(article.sourceMarker().text()).replaceFirst("");
            Matcher m = Pattern.compile(NAME).matcher(marker);
            String name = null;
            while (m.find()) {
                String candidate = trim(m.group(1));
                if (!isMarkerWord(candidate)) {
                    name = candidate;
                }
            }
            String url = article.sourceMarker().url();
            String outlet = name != null ? name : OutletNames.hostKey(url);
            if (outlet != null && !outlet.isBlank()) {
                put(found, new Credit(outlet, Credit.Kind.SOURCE_MARKER, null, url));
            }
        }
        for (Link link : article.links()) {
            String host = OutletNames.hostKey(link.url());
            if (host != null
                    && !host.isEmpty()
                    && !OutletNames.sameOutlet(article.outlet(), link.url())
                    && !sameHost(article.url(), host)) {
                put(found, new Credit(host, Credit.Kind.LINK, null, link.url()));
            }
        }
        return List.copyOf(found.values());
    }

    private void scan(
            Pattern pattern, String text, int from, Credit.Kind kind, Map<String, Credit> found) {
        Matcher m = pattern.matcher(text);
        m.region(from, text.length());
        while (m.find()) {
            String name = trim(m.group(1));
            if (looksLikeOutlet(name)) {
                int start = m.start(1);
                put(found, new Credit(name, kind, new Span(start, start + name.length()), null));
            }
        }
    }

    private boolean looksLikeOutlet(String name) {
        if (name.isEmpty()) {
            return false;
        }
        if (knownOutlet.test(OutletNames.key(name))) {
            return true;
        }
        String[] words = name.toLowerCase(java.util.Locale.ROOT).split(" ");
        for (String word : words) {
            if (OUTLET_WORDS.contains(word.replaceAll("[^a-z]", ""))) {
                return true;
            }
        }
        return name.startsWith("The ") && words.length >= 2;
    }

    private static boolean isMarkerWord(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.equals("read more")
                || lower.equals("read")
                || lower.equals("more")
                || lower.equals("source")
                || lower.equals("via");
    }

    private static boolean sameHost(String url, String hostKey) {
        return url != null && hostKey.equals(OutletNames.hostKey(url));
    }

    /** Drops a trailing possessive or sentence dot from a captured name. */
    private static String trim(String name) {
        String n = name.strip();
        while (n.endsWith(".") || n.endsWith("’") || n.endsWith("'") || n.endsWith("-")) {
            n = n.substring(0, n.length() - 1);
        }
        if (n.endsWith("’s") || n.endsWith("'s")) {
            n = n.substring(0, n.length() - 2);
        }
        return n.strip();
    }

    private static void put(Map<String, Credit> found, Credit credit) {
        found.putIfAbsent(credit.key() + "/" + credit.kind(), credit);
    }
}
