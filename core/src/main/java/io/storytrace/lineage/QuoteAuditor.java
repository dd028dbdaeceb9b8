package io.storytrace.lineage;

import io.storytrace.finding.Finding;
import io.storytrace.finding.SourceArticle;
import io.storytrace.finding.SourceQuote;
import io.storytrace.finding.SourceText;
import io.storytrace.text.Span;
import io.storytrace.wording.WordDiff;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns lineage verdicts into findings about the versions that printed them: altered, paraphrased
 * and merged quotations, changed speakers, attributions moved inside the marks, and quotations not
 * found in earlier coverage. Verbatim and trimmed printings and first appearances raise nothing.
 * Each finding names the printing it compares with and carries the diff; its reason claims no more
 * than that comparison shows.
 */
public final class QuoteAuditor {

    private final ParaphraseJudge judge;

    /** An auditor judging nearest earlier wordings on wording alone. */
    public QuoteAuditor() {
        this(LineageSettings.defaults(), null);
    }

    /** An auditor that also consults {@code similarity}, when not {@code null}. */
    public QuoteAuditor(LineageSettings settings, TextSimilarity similarity) {
        this.judge = new ParaphraseJudge(settings, similarity);
    }

    /** The findings for each version of the story, in story order, each list in text order. */
    public Map<String, List<Finding>> audit(QuoteLineage lineage, StoryVersions story) {
        Map<String, List<Finding>> findings = new LinkedHashMap<>();
        story.versions().forEach(v -> findings.put(v.id(), new ArrayList<>()));
        collect(lineage, story, null, findings);
        return findings;
    }

    /** The findings about one version of the story, in text order. */
    public List<Finding> audit(QuoteLineage lineage, StoryVersions story, String version) {
        Map<String, List<Finding>> findings = new LinkedHashMap<>();
        findings.put(version, new ArrayList<>());
        collect(lineage, story, version, findings);
        return findings.get(version);
    }

    /** Adds the findings of every version, or of {@code only} when it is not null. */
    private void collect(
            QuoteLineage lineage,
            StoryVersions story,
            String only,
            Map<String, List<Finding>> findings) {
        Map<String, Version> versions = new LinkedHashMap<>();
        story.versions().forEach(v -> versions.put(v.id(), v));
        VersionOrder order = new VersionOrder(story);
        NearestTextFinder nearestText = new NearestTextFinder(judge);
        for (QuoteGroup group : lineage.groups()) {
            for (QuoteGroup.Traced traced : group.printings()) {
                String version = traced.occurrence().version();
                if (only == null || only.equals(version)) {
                    findings.get(version)
                            .addAll(findings(traced, versions, story, order, nearestText));
                }
            }
        }
        findings.values().forEach(list -> list.sort(Comparator.comparing(Finding::evidenceSpan)));
    }

    private List<Finding> findings(
            QuoteGroup.Traced traced,
            Map<String, Version> versions,
            StoryVersions story,
            VersionOrder order,
            NearestTextFinder nearestText) {
        Occurrence printing = traced.occurrence();
        Verdict verdict = traced.verdict();
        List<Finding> found = new ArrayList<>();
        switch (verdict.kind()) {
            case ORIGINAL, VERBATIM, TRIMMED -> {}
            case ALTERED -> {
                SourceQuote original = source(verdict.original(), versions);
                found.add(
                        new Finding.AlteredQuote(
                                printing.quote(),
                                original,
                                verdict.diff(),
                                "the quoted words differ from "
                                        + (verdict.comparedWithPart()
                                                ? "a part of the earliest printed version, "
                                                : "the earliest printed version, ")
                                        + printedBy(original)
                                        + ": "
                                        + verdict.diff().summary()));
            }
            case PARAPHRASED -> {
                SourceQuote original = source(verdict.original(), versions);
                found.add(
                        new Finding.ParaphrasedQuote(
                                printing.quote(),
                                original,
                                verdict.diff(),
                                paraphraseReason(verdict, original)));
            }
            case MERGED -> {
                List<SourceQuote> parts =
                        verdict.originals().stream().map(o -> source(o, versions)).toList();
                found.add(
                        new Finding.MergedQuote(
                                printing.quote(), parts, verdict.diff(), mergedReason(parts)));
            }
            case NOT_FOUND_IN_EARLIER_COVERAGE -> {
                List<SourceArticle> searched =
                        story.versions().stream()
                                .filter(v -> !v.id().equals(printing.version()))
                                .filter(v -> !order.precedes(printing.version(), v.id()))
                                .map(Version::source)
                                .toList();
                List<Version> earlier =
                        story.versions().stream()
                                .filter(v -> !v.id().equals(printing.version()))
                                .filter(v -> !order.precedes(printing.version(), v.id()))
                                .toList();
                SourceText nearest = nearestText.find(printing, earlier);
                found.add(
                        new Finding.QuoteNotFoundEarlier(
                                printing.quote(),
                                searched,
                                nearest,
                                notFoundReason(searched, nearest)));
            }
        }
        if (verdict.speakerChange() != null) {
            SourceQuote original = source(verdict.originals().getFirst(), versions);
            found.add(
                    new Finding.SpeakerChanged(
                            printing.quote(),
                            original,
                            "these words were printed "
                                    + printedBy(original)
                                    + " as said by "
                                    + verdict.speakerChange().before()
                                    + "; here they are attributed to "
                                    + verdict.speakerChange().after()));
        }
        Span inside = verdict.attributionInside();
        if (inside != null && !reportedByAnalysis(versions.get(printing.version()), inside)) {
            SourceQuote original = source(verdict.originals().getFirst(), versions);
            String text = versions.get(printing.version()).analyzed().article().text();
            found.add(
                    new Finding.AttributionInsideQuote(
                            printing.quote(),
                            inside,
                            "the quoted words include the attribution “"
                                    + inside.of(text)
                                    + "”, which the earliest printed version, "
                                    + printedBy(original)
                                    + ", does not have inside its quotation"));
        }
        return found;
    }

    private static String notFoundReason(List<SourceArticle> searched, SourceText nearest) {
        String reason =
                "not found in earlier coverage in this corpus: "
                        + (searched.size() == 1
                                ? "the only other version of the story, "
                                        + searched.getFirst().name()
                                        + ", does not print these words as a quotation"
                                : "none of the "
                                        + searched.size()
                                        + " other versions of the story prints these words as a"
                                        + " quotation");
        if (nearest == null) {
            return reason;
        }
        return reason
                + "; the closest earlier wording is "
                + nearest.article().name()
                + "'s “"
                + nearest.text()
                + "”";
    }

    private static String mergedReason(List<SourceQuote> parts) {
        List<String> printers = parts.stream().map(QuoteAuditor::printedBy).distinct().toList();
        List<String> speakers =
                parts.stream()
                        .map(p -> p.quote().speaker())
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList();
        String reason =
                "the quotation joins, as one, parts of "
                        + parts.size()
                        + " quotations printed separately earlier "
                        + String.join(" and ", printers);
        return speakers.size() > 1
                ? reason + ", said there by " + String.join(" and ", speakers)
                : reason;
    }

    private static String paraphraseReason(Verdict verdict, SourceQuote original) {
        WordDiff diff = verdict.diff();
        Paraphrase paraphrase = verdict.paraphrase();
        StringBuilder reason =
                new StringBuilder("inside quotation marks, only ")
                        .append(diff.kept())
                        .append(" of the ")
                        .append(diff.beforeSize())
                        .append(" words of the earliest printed version, ")
                        .append(printedBy(original))
                        .append(", are kept");
        if (!paraphrase.shared().isEmpty()) {
            reason.append(", while its content words (")
                    .append(String.join(", ", paraphrase.shared()))
                    .append(") recur");
        }
        if (paraphrase.hasSimilarity()) {
            reason.append(String.format(", meaning similarity %.2f", paraphrase.similarity()));
        }
        switch (paraphrase.context()) {
            case NONE -> {}
            case ALIGNED_SENTENCES ->
                    reason.append(
                            ", and the sentences holding the two were aligned as saying the same");
            case SAME_PLACE ->
                    reason.append(
                            ", and it stands where that quotation stands among the quotations"
                                    + " both versions print");
        }
        return reason.append(": the quotation reads as a paraphrase of it").toString();
    }

    private static boolean reportedByAnalysis(Version version, Span inside) {
        return version.analyzed().findings().stream()
                .anyMatch(
                        f ->
                                f instanceof Finding.AttributionInsideQuote a
                                        && a.attribution().equals(inside));
    }

    private static SourceQuote source(Occurrence occurrence, Map<String, Version> versions) {
        return new SourceQuote(versions.get(occurrence.version()).source(), occurrence.quote());
    }

    /** "by Daily Ledger (2024-03-02T09:00Z)" or "by Daily Ledger (no date given)". */
    static String printedBy(SourceQuote quote) {
        SourceArticle article = quote.article();
        return "by "
                + article.name()
                + " ("
                + (article.published() == null ? "no date given" : article.published().toIso())
                + ")";
    }
}
