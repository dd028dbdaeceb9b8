package io.storytrace.match;

import io.storytrace.article.Article;
import io.storytrace.article.PublishedTime;
import io.storytrace.finding.Finding;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides a {@link Derivation} from two articles and their sentence alignment: the relation from
 * the coverage both ways and how verbatim the pairs are, and the direction from credits, source
 * markers, quotations carrying the reporter's words, added commentary, containment and publication
 * times, each recorded as a {@link DirectionCue}. A publication time is one cue among the others,
 * never the whole decision when other evidence disagrees.
 */
public final class DerivationJudge {

    private static final Pattern ATTRIBUTION_VERB =
            Pattern.compile(
                    "\\b(?:said|says|told|discussed|explained|noted|added|stated|revealed|"
                            + "admitted|confided|mentioned)\\b");

    private static final Pattern NAME_AND_VERB =
            Pattern.compile(
                    "\\b\\p{Lu}\\p{L}+ (?:said|says|told|discussed|explained|noted|added|stated|"
                            + "revealed|admitted|confided|mentioned)\\b");

    /** The fewest shared names that can show a translation. */
    private static final int TRANSLATION_NAMES = 3;

    /** The share of the names of the article with fewer that its translation must keep. */
    private static final double TRANSLATION_NAME_SHARE = 0.5;

    /** The share of the numbers of the article with fewer that its translation must keep. */
    private static final double TRANSLATION_NUMBER_SHARE = 0.5;

    private final JudgeSettings settings;

    public DerivationJudge(JudgeSettings settings) {
        this.settings = settings;
    }

    /** How {@code a} relates to {@code b}, given their alignment. */
    public Derivation judge(ArticleProfile a, ArticleProfile b, Alignment alignment) {
        List<String> reasons = new ArrayList<>();
        if (LanguageIdentifier.differ(a.language(), b.language())) {
            return translation(a, b, alignment, reasons);
        }
        Relation relation = relation(a, b, alignment, reasons);
        double score = Math.max(alignment.coverageA(), alignment.coverageB());
        if (!relation.derived()) {
            return new Derivation(
                    relation, Direction.UNDECIDED, score, alignment, List.of(), reasons);
        }
        List<DirectionCue> cues = new ArrayList<>();
        credit(a, b, name(a), Direction.A_FROM_B).ifPresent(cues::add);
        credit(b, a, name(b), Direction.B_FROM_A).ifPresent(cues::add);
        markers(a, b, cues);
        commentary(a, b, alignment, cues);
        attributionInsideQuotes(a, b, cues);
        containment(a, b, relation, alignment, cues);
        time(a, b, cues);
        return new Derivation(relation, direction(cues), score, alignment, cues, reasons);
    }

    /**
     * Articles in two languages share no wording, only what translation keeps: names and numbers.
     * One translates the other when most of the names of the one with fewer are in the other and
     * their numbers agree; the direction then rests on credits and times alone.
     */
    private Derivation translation(
            ArticleProfile a, ArticleProfile b, Alignment alignment, List<String> reasons) {
        Set<String> names = shared(a.names(), b.names());
        Set<String> numbers = shared(a.numbers(), b.numbers());
        int fewerNames = Math.min(a.names().size(), b.names().size());
        int fewerNumbers = Math.min(a.numbers().size(), b.numbers().size());
        double nameShare = fewerNames == 0 ? 0 : (double) names.size() / fewerNames;
        boolean numbersAgree =
                fewerNumbers == 0
                        ? names.size() >= 2 * TRANSLATION_NAMES
                        : numbers.size() >= TRANSLATION_NUMBER_SHARE * fewerNumbers;
        String languages =
                name(a)
                        + " is in "
                        + LanguageIdentifier.name(a.language())
                        + ", "
                        + name(b)
                        + " in "
                        + LanguageIdentifier.name(b.language());
        String kept =
                "; they share the names "
                        + names.stream().sorted().limit(8).toList()
                        + (numbers.isEmpty()
                                ? ""
                                : " and the numbers "
                                        + numbers.stream().sorted().limit(8).toList());
        if (names.size() < TRANSLATION_NAMES
                || nameShare < TRANSLATION_NAME_SHARE
                || !numbersAgree) {
            boolean sameEvent = names.size() >= settings.sameEventNames() && !numbers.isEmpty();
            reasons.add((sameEvent ? "same event: " : "unrelated: ") + languages + kept);
            return new Derivation(
                    sameEvent ? Relation.SAME_EVENT : Relation.UNRELATED,
                    Direction.UNDECIDED,
                    nameShare,
                    alignment,
                    List.of(),
                    reasons);
        }
        reasons.add(
                String.format(
                        java.util.Locale.ROOT,
                        "translation: %s%s (%.0f%% of the names of the one with fewer)",
                        languages,
                        kept,
                        100 * nameShare));
        List<DirectionCue> cues = new ArrayList<>();
        credit(a, b, name(a), Direction.A_FROM_B).ifPresent(cues::add);
        credit(b, a, name(b), Direction.B_FROM_A).ifPresent(cues::add);
        // A source line is a cue between versions in one language; across two, it may credit a
        // third outlet in words no rule here reads, so only credits and times count.
        time(a, b, cues);
        return new Derivation(
                Relation.TRANSLATION, direction(cues), nameShare, alignment, cues, reasons);
    }

    private static Set<String> shared(Set<String> x, Set<String> y) {
        Set<String> both = new java.util.TreeSet<>(x);
        both.retainAll(y);
        return both;
    }

    private Relation relation(
            ArticleProfile a, ArticleProfile b, Alignment alignment, List<String> reasons) {
        double covA = alignment.coverageA();
        double covB = alignment.coverageB();
        double score = Math.max(covA, covB);
        int pairs = alignment.pairs().size();
        int smaller = Math.min(a.sentences().size(), b.sentences().size());
        String coverage =
                String.format(
                        java.util.Locale.ROOT,
                        "%.0f%% of %s and %.0f%% of %s have a counterpart in the other",
                        100 * covA,
                        name(a),
                        100 * covB,
                        name(b));
        if (score >= settings.derived() && pairs >= Math.min(2, smaller)) {
            double verbatim = alignment.verbatimShare();
            if (verbatim >= settings.verbatim() && Math.min(covA, covB) >= settings.copy()) {
                reasons.add("copy: " + coverage + ", nearly all word for word");
                return Relation.COPY;
            }
            if (verbatim >= settings.verbatim() && score >= settings.excerpt()) {
                reasons.add("excerpt: " + coverage + ", nearly all word for word");
                return Relation.EXCERPT;
            }
            reasons.add(
                    String.format(
                            java.util.Locale.ROOT,
                            "rewrite: %s, %.0f%% of the pairs in other words",
                            coverage,
                            100 * (1 - verbatim)));
            return Relation.REWRITE;
        }
        Set<String> sharedNames = new HashSet<>(a.names());
        sharedNames.retainAll(b.names());
        if (sharedNames.size() >= settings.sameEventNames() && (pairs >= 1 || sharesNumber(a, b))) {
            reasons.add(
                    "same event: "
                            + coverage
                            + "; they share the names "
                            + sharedNames.stream().sorted().limit(6).toList());
            return Relation.SAME_EVENT;
        }
        reasons.add("unrelated: " + coverage);
        return Relation.UNRELATED;
    }

    private static boolean sharesNumber(ArticleProfile a, ArticleProfile b) {
        return a.numbers().stream().anyMatch(b.numbers()::contains);
    }

    /** x credits y's outlet by name or links to y's page or site: x derives from y. */
    private static java.util.Optional<DirectionCue> credit(
            ArticleProfile x, ArticleProfile y, String label, Direction xFromY) {
        Article other = y.article();
        for (Credit credit : x.credits()) {
            boolean byName =
                    other.outlet() != null && credit.key().equals(OutletNames.key(other.outlet()));
            boolean byLink =
                    credit.url() != null
                            && (credit.url().equals(other.url())
                                    || OutletNames.sameOutlet(other.outlet(), credit.url())
                                    || sameHost(credit.url(), other.url()));
            if (byName || byLink) {
                String kind =
                        credit.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
                String outlet = other.outlet() != null ? other.outlet() : credit.outlet();
                return java.util.Optional.of(
                        new DirectionCue(
                                xFromY,
                                DirectionCue.Kind.CREDIT,
                                3,
                                label + " credits " + outlet + " (" + kind + ")"));
            }
        }
        return java.util.Optional.empty();
    }

    private static boolean sameHost(String x, String y) {
        String hx = OutletNames.hostKey(x);
        return hx != null && hx.equals(OutletNames.hostKey(y));
    }

    private static void markers(ArticleProfile a, ArticleProfile b, List<DirectionCue> cues) {
        boolean ma = a.article().sourceMarker() != null;
        boolean mb = b.article().sourceMarker() != null;
        if (ma != mb) {
            Direction d = ma ? Direction.A_FROM_B : Direction.B_FROM_A;
            String who = ma ? name(a) : name(b);
            String text = (ma ? a : b).article().sourceMarker().text();
            cues.add(
                    new DirectionCue(
                            d,
                            DirectionCue.Kind.SOURCE_MARKER,
                            1.5,
                            who + " ends with a source line (\"" + text + "\")"));
        }
    }

    private static void commentary(
            ArticleProfile a, ArticleProfile b, Alignment alignment, List<DirectionCue> cues) {
        Set<Integer> alignedA = new HashSet<>();
        Set<Integer> alignedB = new HashSet<>();
        for (AlignedPair p : alignment.pairs()) {
            alignedA.add(p.a());
            alignedB.add(p.b());
        }
        boolean ca = addedCommentary(a, alignedA);
        boolean cb = addedCommentary(b, alignedB);
        if (ca != cb) {
            cues.add(
                    new DirectionCue(
                            ca ? Direction.A_FROM_B : Direction.B_FROM_A,
                            DirectionCue.Kind.COMMENTARY,
                            1,
                            (ca ? name(a) : name(b))
                                    + " adds first-person commentary around the shared material"));
        }
    }

    private static boolean addedCommentary(ArticleProfile p, Set<Integer> aligned) {
        if (p.analyzed().findings().stream().anyMatch(f -> f instanceof Finding.Commentary)) {
            return true;
        }
        return p.sentences().stream()
                .anyMatch(s -> s.firstPerson() && !aligned.contains(s.index()));
    }

    private static void attributionInsideQuotes(
            ArticleProfile a, ArticleProfile b, List<DirectionCue> cues) {
        boolean qa = reporterWordsInQuote(a);
        boolean qb = reporterWordsInQuote(b);
        if (qa != qb) {
            cues.add(
                    new DirectionCue(
                            qa ? Direction.A_FROM_B : Direction.B_FROM_A,
                            DirectionCue.Kind.QUOTE_WORDING,
                            1,
                            (qa ? name(a) : name(b))
                                    + " has a quotation that names its own speaker, so its"
                                    + " quoted wording was changed"));
        }
    }

    /** A quotation whose words name a person of the article next to a reporting verb. */
    private static boolean reporterWordsInQuote(ArticleProfile p) {
        if (p.analyzed().findings().stream()
                .anyMatch(f -> f instanceof Finding.AttributionInsideQuote)) {
            return true;
        }
        WordTokenizer tokenizer = new WordTokenizer();
        for (String quote : p.quotes()) {
            if (!ATTRIBUTION_VERB.matcher(quote).find()) {
                continue;
            }
            if (!NAME_AND_VERB.matcher(quote).find()) {
                continue;
            }
            for (String token : tokenizer.tokens(quote)) {
                if (p.names().contains(token)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void containment(
            ArticleProfile a,
            ArticleProfile b,
            Relation relation,
            Alignment alignment,
            List<DirectionCue> cues) {
        if (relation != Relation.EXCERPT) {
            return;
        }
        boolean aInside = alignment.coverageA() > alignment.coverageB();
        cues.add(
                new DirectionCue(
                        aInside ? Direction.A_FROM_B : Direction.B_FROM_A,
                        DirectionCue.Kind.CONTAINMENT,
                        1,
                        (aInside ? name(a) : name(b)) + " is contained in the other"));
    }

    private static void time(ArticleProfile pa, ArticleProfile pb, List<DirectionCue> cues) {
        PublishedTime ta = pa.article().published();
        PublishedTime tb = pb.article().published();
        if (ta == null || tb == null) {
            return;
        }
        boolean days =
                ta.precision() == PublishedTime.Precision.DAY
                        || tb.precision() == PublishedTime.Precision.DAY;
        Duration gap = Duration.between(ta.toInstantAssumingUtc(), tb.toInstantAssumingUtc());
        Duration least = days ? Duration.ofDays(1) : Duration.ofMinutes(30);
        if (gap.abs().compareTo(least) < 0) {
            return;
        }
        boolean aEarlier = gap.isPositive();
        double weight = ta.isZoned() && tb.isZoned() ? 0.75 : 0.5;
        cues.add(
                new DirectionCue(
                        aEarlier ? Direction.B_FROM_A : Direction.A_FROM_B,
                        DirectionCue.Kind.TIME,
                        weight,
                        (aEarlier ? name(pa) : name(pb))
                                + " was published earlier ("
                                + (aEarlier ? ta : tb)
                                + " against "
                                + (aEarlier ? tb : ta)
                                + ")"));
    }

    private Direction direction(List<DirectionCue> cues) {
        double aFromB = 0;
        double bFromA = 0;
        for (DirectionCue cue : cues) {
            if (cue.favours() == Direction.A_FROM_B) {
                aFromB += cue.weight();
            } else if (cue.favours() == Direction.B_FROM_A) {
                bFromA += cue.weight();
            }
        }
        if (Math.abs(aFromB - bFromA) < settings.decisive()) {
            return Direction.UNDECIDED;
        }
        return aFromB > bFromA ? Direction.A_FROM_B : Direction.B_FROM_A;
    }

    /** How an article is named in reasons: its outlet, else the last part of its location. */
    static String name(ArticleProfile p) {
        Article article = p.article();
        if (article.outlet() != null) {
            return article.outlet();
        }
        String location = article.location();
        int slash = Math.max(location.lastIndexOf('/'), location.lastIndexOf('\\'));
        return location.substring(slash + 1);
    }
}
