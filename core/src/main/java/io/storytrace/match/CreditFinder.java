package io.storytrace.match;

import io.storytrace.article.Article;
import io.storytrace.article.Link;
import io.storytrace.text.Span;
import java.util.BitSet;
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

    /** Lower-case openings of {@link #REPORT}'s alternatives: each match starts with one. */
    private static final List<String> REPORT_LEADS =
            List.of(
                    "according to",
                    "source:",
                    "via",
                    "credit:",
                    "mit material von",
                    "quelle:",
                    "laut",
                    "selon",
                    "d'après",
                    "source :",
                    "según",
                    "fuente:",
                    "secondo",
                    "fonte:",
                    "volgens",
                    "bron:",
                    "reported by",
                    "first reported by",
                    "as reported ",
                    "cited by",
                    "a report ",
                    "first published ",
                    "reporting by",
                    "originally ",
                    "appeared ",
                    "published ",
                    "a article ",
                    "a story ",
                    "a piece ",
                    "an article ",
                    "an story ",
                    "an piece ");

    /** Lower-case openings of the verbs {@link #REPORTED} ends with. */
    private static final List<String> REPORTED_VERBS =
            List.of("first ", "reported", "broke the news", "revealed", "contributed");

    /** "The", six name words and "first": the most words before a verb {@link #REPORTED} takes. */
    private static final int MAX_WORDS_BEFORE_VERB = 8;

    /** A line that is nothing but an outlet's name: "(Coastline Wire)", "— Coastline Wire". */
    private static final Pattern NAME_LINE =
            Pattern.compile("(?m)^[(\\[—–-]\\s*" + NAME + "\\s*[)\\]]?\\.?$");

    private static final Pattern INTERVIEW =
            Pattern.compile(
                    "(?:told|telling|in an interview with|an interview with|speaking (?:to|with)"
                            + "|in a conversation with|a conversation with|talking to|spoke to"
                            + "|in comments to|said to)\\s+"
                            + NAME);

    /** Lower-case openings of {@link #INTERVIEW}'s alternatives: each match starts with one. */
    private static final List<String> INTERVIEW_LEADS =
            List.of(
                    "told",
                    "telling",
                    "in an interview with",
                    "an interview with",
                    "speaking to",
                    "speaking with",
                    "in a conversation with",
                    "a conversation with",
                    "talking to",
                    "spoke to",
                    "in comments to",
                    "said to");

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
        String lower = asciiLowerCase(text);
        scan(REPORT, leads(lower, REPORT_LEADS), text, body, Credit.Kind.REPORT, found);
        scan(
                REPORTED,
                namesBefore(text, leads(lower, REPORTED_VERBS)),
                text,
                body,
                Credit.Kind.REPORT,
                found);
        scan(INTERVIEW, leads(lower, INTERVIEW_LEADS), text, body, Credit.Kind.INTERVIEW, found);
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
            record(m, kind, found);
        }
    }

    /**
     * Finds what {@link Matcher#find} would find, trying only the positions in {@code starts}: a
     * superset of where a match can begin, found by plain substring search. Trying every position
     * of a long text against a pattern that opens with a dozen alternatives was the costliest step
     * of profiling an article.
     */
    private void scan(
            Pattern pattern,
            BitSet starts,
            String text,
            int from,
            Credit.Kind kind,
            Map<String, Credit> found) {
        Matcher m = pattern.matcher(text);
        m.useTransparentBounds(true).useAnchoringBounds(false);
        for (int s = starts.nextSetBit(from); s >= 0; s = starts.nextSetBit(s)) {
            m.region(s, text.length());
            if (m.lookingAt()) {
                record(m, kind, found);
                s = Math.max(m.end(), s + 1);
            } else {
                s++;
            }
        }
    }

    private void record(Matcher m, Credit.Kind kind, Map<String, Credit> found) {
        String name = trim(m.group(1));
        if (looksLikeOutlet(name)) {
            int start = m.start(1);
            put(found, new Credit(name, kind, new Span(start, start + name.length()), null));
        }
    }

    /** Where any of {@code leads} (lower case) occurs in {@code lower}. */
    private static BitSet leads(String lower, List<String> leads) {
        BitSet at = new BitSet(lower.length());
        for (String lead : leads) {
            for (int i = lower.indexOf(lead); i >= 0; i = lower.indexOf(lead, i + 1)) {
                at.set(i);
            }
        }
        return at;
    }

    /**
     * Every position in the run of name characters and white space before each verb, up to the most
     * words {@link #REPORTED} lets a name and "first" take: where its matches may begin.
     */
    private static BitSet namesBefore(String text, BitSet verbs) {
        BitSet at = new BitSet(text.length());
        for (int v = verbs.nextSetBit(0); v >= 0; v = verbs.nextSetBit(v + 1)) {
            int words = 0;
            int i = v;
            while (i > 0 && words <= MAX_WORDS_BEFORE_VERB && nameOrSpace(text.charAt(i - 1))) {
                i--;
                if (!Character.isWhitespace(text.charAt(i))
                        && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
                    words++;
                }
            }
            at.set(i, v);
        }
        return at;
    }

    private static boolean nameOrSpace(char c) {
        return Character.isLetterOrDigit(c)
                || Character.isSurrogate(c)
                || Character.isWhitespace(c)
                || "&'’.-".indexOf(c) >= 0;
    }

    /** Lower-cases ASCII letters only, as {@code (?i)} does, keeping every offset. */
    private static String asciiLowerCase(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'A' && chars[i] <= 'Z') {
                chars[i] += 'a' - 'A';
            }
        }
        return new String(chars);
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
