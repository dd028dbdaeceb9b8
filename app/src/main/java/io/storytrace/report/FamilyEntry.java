package io.storytrace.report;

import io.storytrace.match.AlignedPair;
import io.storytrace.match.Derivation;
import io.storytrace.match.DirectionCue;
import io.storytrace.provenance.Story;
import io.storytrace.provenance.StoryVersion;
import io.storytrace.provenance.UpstreamSource;
import io.storytrace.store.Relative;
import io.storytrace.store.Trace;
import java.util.List;
import java.util.Locale;

/**
 * An article's family in the corpus, as the trace report shows it: the story it belongs to (origin
 * first, with the reasons), the outlets credited upstream, and each related article with the
 * relation, its direction and the aligned sentences.
 *
 * @param articleId the article's id in the corpus, or 0 when the corpus does not hold it
 * @param story the story's id, or 0 when the article is alone and not stored
 * @param origin the story's origin
 * @param versions every version, origin first; the traced article is marked {@code self}
 * @param upstream outlets credited by versions and not themselves versions
 * @param relatives articles related to this one, strongest first
 */
public record FamilyEntry(
        long articleId,
        long story,
        VersionEntry origin,
        List<String> originReasons,
        List<VersionEntry> versions,
        List<UpstreamEntry> upstream,
        List<RelativeEntry> relatives) {

    public FamilyEntry {
        originReasons = List.copyOf(originReasons);
        versions = List.copyOf(versions);
        upstream = List.copyOf(upstream);
        relatives = List.copyOf(relatives);
    }

    /** One version of the story. */
    public record VersionEntry(
            long article,
            boolean self,
            String outlet,
            String location,
            String headline,
            String published,
            String relation,
            Long source,
            boolean directionKnown) {}

    /** An outlet credited upstream. */
    public record UpstreamEntry(String outlet, String credit, boolean ingested) {}

    /**
     * A related article and how this one relates to it.
     *
     * @param direction "this derives from it", "it derives from this" or "undecided"
     * @param coverageThis the share of this article that has a counterpart in the other
     * @param coverageOther the share of the other that has a counterpart in this one
     */
    public record RelativeEntry(
            long article,
            String outlet,
            String location,
            String relation,
            String direction,
            double score,
            double coverageThis,
            double coverageOther,
            List<String> reasons,
            List<CueEntry> cues,
            List<PairEntry> pairs) {

        public RelativeEntry {
            reasons = List.copyOf(reasons);
            cues = List.copyOf(cues);
            pairs = List.copyOf(pairs);
        }
    }

    /** A piece of direction evidence. */
    public record CueEntry(String kind, String favours, double weight, String reason) {}

    /** Two aligned sentences: offsets into this article's text and the other's. */
    public record PairEntry(
            int thisStart, int thisEnd, int otherStart, int otherEnd, String kind, double score) {}

    /** The family of a traced article. */
    public static FamilyEntry of(Trace trace) {
        long self = trace.storedId().orElse(Trace.TRACED);
        Story story = trace.story().orElseThrow();
        List<VersionEntry> versions = story.versions().stream().map(v -> version(v, self)).toList();
        return new FamilyEntry(
                self,
                story.id(),
                versions.getFirst(),
                story.origin().reasons(),
                versions,
                story.upstream().stream().map(FamilyEntry::upstream).toList(),
                trace.relatives().stream().map(FamilyEntry::relative).toList());
    }

    private static VersionEntry version(StoryVersion v, long self) {
        return new VersionEntry(
                v.articleId(),
                v.articleId() == self,
                v.outlet(),
                v.location(),
                v.headline(),
                v.published() == null ? null : v.published().toIso(),
                v.relation() == null ? "origin" : v.relation().label(),
                v.sourceId(),
                v.directionKnown());
    }

    private static UpstreamEntry upstream(UpstreamSource u) {
        return new UpstreamEntry(
                u.outlet(),
                u.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                u.ingested());
    }

    private static RelativeEntry relative(Relative r) {
        Derivation d = r.derivation();
        String direction =
                switch (d.direction()) {
                    case A_FROM_B -> "this derives from it";
                    case B_FROM_A -> "it derives from this";
                    case UNDECIDED -> "undecided";
                };
        return new RelativeEntry(
                r.articleId(),
                r.article().outlet(),
                r.article().location(),
                d.relation().label(),
                d.relation().derived() ? direction : "none",
                round(d.score()),
                round(d.alignment().coverageA()),
                round(d.alignment().coverageB()),
                d.reasons(),
                d.cues().stream().map(FamilyEntry::cue).toList(),
                d.alignment().pairs().stream().map(FamilyEntry::pair).toList());
    }

    private static CueEntry cue(DirectionCue c) {
        return new CueEntry(
                c.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                switch (c.favours()) {
                    case A_FROM_B -> "this derives from it";
                    case B_FROM_A -> "it derives from this";
                    case UNDECIDED -> "undecided";
                },
                c.weight(),
                c.reason());
    }

    private static PairEntry pair(AlignedPair p) {
        return new PairEntry(
                p.spanA().start(),
                p.spanA().end(),
                p.spanB().start(),
                p.spanB().end(),
                p.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                round(p.score()));
    }

    /**
     * Two decimals: embeddings computed in batches of different sizes differ in the last digits,
     * which a report should not show.
     */
    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
