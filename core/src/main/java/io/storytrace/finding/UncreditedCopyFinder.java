package io.storytrace.finding;

import io.storytrace.analyze.AnalyzedArticle;
import io.storytrace.article.Article;
import io.storytrace.match.AlignedPair;
import io.storytrace.match.Credit;
import io.storytrace.match.OutletNames;
import io.storytrace.text.Sentence;
import io.storytrace.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Finds a derived article (copy, excerpt or rewrite) that neither names nor links the article it
 * derives from, nor any outlet that article itself credits as the report it relays. Naming an
 * outlet only as the one an interview was given to ("told The Sunday Times") is not a credit for
 * the text taken. When the source's outlet and address are both unknown nothing can be checked, and
 * nothing is found. It does not decide that the article derives from the source: matching does.
 */
public final class UncreditedCopyFinder {

    /**
     * What is known of a derivation, for this finder.
     *
     * @param derived the derived article, analysed
     * @param derivedCredits the credits found in it
     * @param source the article it derives from
     * @param sourceCredits the credits found in the source
     * @param relation "copy", "excerpt" or "rewrite"
     * @param pairs the aligned sentences, each with the derived article's sentence as {@code a} and
     *     the source's as {@code b}
     */
    public record Derived(
            AnalyzedArticle derived,
            List<Credit> derivedCredits,
            Article source,
            List<Credit> sourceCredits,
            String relation,
            List<AlignedPair> pairs) {

        public Derived {
            Objects.requireNonNull(derived, "derived");
            derivedCredits = List.copyOf(derivedCredits);
            Objects.requireNonNull(source, "source");
            sourceCredits = List.copyOf(sourceCredits);
            Objects.requireNonNull(relation, "relation");
            pairs = List.copyOf(pairs);
        }
    }

    /** The finding, or nothing when the derived article credits its source. */
    public Optional<Finding> find(Derived d) {
        Article source = d.source();
        String outletKey = source.outlet() == null ? null : OutletNames.key(source.outlet());
        String hostKey = OutletNames.hostKey(source.url());
        if (outletKey == null && hostKey == null) {
            return Optional.empty();
        }
        if (credits(d, outletKey, hostKey)) {
            return Optional.empty();
        }
        List<Sentence> copied = new ArrayList<>();
        for (Sentence sentence : d.derived().sentences()) {
            if (d.pairs().stream().anyMatch(p -> p.spanA().overlap(sentence.span()) > 0)) {
                copied.add(sentence);
            }
        }
        if (copied.isEmpty()) {
            return Optional.empty();
        }
        SourceArticle named = SourceArticle.of(source);
        Set<Span> sourceSpans = new TreeSet<>();
        d.pairs().forEach(p -> sourceSpans.add(p.spanB()));
        String text = source.text();
        List<SourceText> matched =
                sourceSpans.stream()
                        .filter(s -> s.end() <= text.length())
                        .map(s -> new SourceText(named, s, s.of(text)))
                        .toList();
        return Optional.of(
                new Finding.UncreditedCopy(
                        named, d.relation(), copied, matched, reason(d, named, copied)));
    }

    /** Whether the derived article names or links the source or the report the source relays. */
    private static boolean credits(Derived d, String outletKey, String hostKey) {
        Set<String> upstream =
                d.sourceCredits().stream()
                        .filter(c -> c.kind() != Credit.Kind.INTERVIEW)
                        .map(Credit::key)
                        .collect(Collectors.toSet());
        for (Credit credit : d.derivedCredits()) {
            if (credit.kind() == Credit.Kind.INTERVIEW) {
                continue;
            }
            String key = credit.key();
            if (key.equals(outletKey)
                    || key.equals(hostKey)
                    || (hostKey != null && hostKey.equals(OutletNames.hostKey(credit.url())))
                    || upstream.contains(key)) {
                return true;
            }
        }
        return false;
    }

    private static String reason(Derived d, SourceArticle source, List<Sentence> copied) {
        String relation = d.relation();
        StringBuilder reason =
                new StringBuilder(relation.matches("^[aeiou].*") ? "an " : "a ")
                        .append(relation)
                        .append(" of ")
                        .append(source.name())
                        .append(" (")
                        .append(copied.size())
                        .append(" of ")
                        .append(d.derived().sentences().size())
                        .append(
                                " sentences have a counterpart there); neither its text nor its links,")
                        .append(" as extracted, name or link ")
                        .append(source.name())
                        .append(" or the report it relays");
        List<String> interviews =
                d.derivedCredits().stream()
                        .filter(c -> c.kind() == Credit.Kind.INTERVIEW)
                        .map(Credit::outlet)
                        .distinct()
                        .toList();
        if (!interviews.isEmpty()) {
            reason.append("; it names ")
                    .append(String.join(", ", interviews))
                    .append(" only as the outlet an interview was given to");
        }
        var marker = d.derived().article().sourceMarker();
        if (marker != null && marker.url() == null) {
            reason.append("; its “").append(marker.text()).append("” line links nowhere");
        }
        return reason.toString();
    }
}
