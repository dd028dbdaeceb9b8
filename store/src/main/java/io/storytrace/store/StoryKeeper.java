package io.storytrace.store;

import io.storytrace.match.Derivation;
import io.storytrace.provenance.Origin;
import io.storytrace.provenance.OriginFinder;
import io.storytrace.provenance.Story;
import io.storytrace.provenance.StoryAssembler;
import io.storytrace.provenance.StoryAssigner;
import io.storytrace.provenance.StoryAssignment;
import io.storytrace.provenance.StoryEdge;
import io.storytrace.provenance.StoryMember;
import io.storytrace.provenance.UpstreamFinder;
import io.storytrace.store.sqlite.AnalysisRows;
import io.storytrace.store.sqlite.ArticleRows;
import io.storytrace.store.sqlite.DerivationRows;
import io.storytrace.store.sqlite.StoryRows;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Keeps stories in the database: places each new article (start, join, merge), then names the
 * story's origin and upstream outlets again from its members and their derivations.
 */
final class StoryKeeper {

    private final ArticleRows articles;
    private final AnalysisRows analysis;
    private final DerivationRows derivations;
    private final StoryRows stories;
    private final Predicate<String> ingestedOutlet;
    private final StoryAssigner assigner = new StoryAssigner();
    private final OriginFinder origins = new OriginFinder();
    private final UpstreamFinder upstream = new UpstreamFinder();
    private final StoryAssembler assembler = new StoryAssembler();

    StoryKeeper(
            ArticleRows articles,
            AnalysisRows analysis,
            DerivationRows derivations,
            StoryRows stories,
            Predicate<String> ingestedOutlet) {
        this.articles = articles;
        this.analysis = analysis;
        this.derivations = derivations;
        this.stories = stories;
        this.ingestedOutlet = ingestedOutlet;
    }

    /** Puts article {@code id} into a story given its derived relatives' stories. */
    long place(long id, Collection<Long> relativeStories, long activity) throws SQLException {
        long story =
                switch (assigner.assign(relativeStories)) {
                    case StoryAssignment.Start start -> stories.create(id, activity);
                    case StoryAssignment.Join join -> join.story();
                    case StoryAssignment.Merge merge -> {
                        for (long merged : merge.merged()) {
                            articles.moveStory(merged, merge.into());
                            stories.delete(merged);
                        }
                        yield merge.into();
                    }
                };
        articles.setStory(id, story);
        List<StoryMember> members = analysis.memberSummaries(story);
        List<StoryEdge> edges = edgeSummaries(story);
        Origin origin = origins.find(members, edges);
        stories.update(
                new StoryRows.Row(
                        story,
                        origin,
                        upstream.find(members, ingestedOutlet),
                        members.size(),
                        activity));
        return story;
    }

    Optional<Story> story(long id) throws SQLException {
        Optional<StoryRows.Row> row = stories.get(id);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                assembler.assemble(
                        id,
                        members(id),
                        edges(id),
                        row.get().origin(),
                        row.get().upstream(),
                        derivations.relatedStories(id)));
    }

    List<StoryRows.Row> since(long since, int minSize, int limit) throws SQLException {
        return stories.since(since, minSize, limit);
    }

    /**
     * Story {@code id} with a traced article that is not stored placed in it: its origin weighed
     * again with the traced article among the members.
     */
    Story withTraced(long id, StoryMember traced, List<Relative> relatives) throws SQLException {
        List<StoryMember> members = new ArrayList<>(members(id));
        members.add(traced);
        List<StoryEdge> edges = new ArrayList<>(edges(id));
        for (Relative r : relatives) {
            if (r.derivation().relation().derived()) {
                edges.add(edge(traced.articleId(), r.articleId(), r.derivation()));
            }
        }
        Origin origin = origins.find(members, edges);
        return assembler.assemble(
                id,
                members,
                edges,
                origin,
                upstream.find(members, ingestedOutlet),
                derivations.relatedStories(id));
    }

    /** A story of the traced article alone with its derived relatives, when none is stored. */
    Story alone(StoryMember traced) {
        List<StoryMember> members = List.of(traced);
        return assembler.assemble(
                Trace.TRACED,
                members,
                List.of(),
                origins.find(members, List.of()),
                upstream.find(members, ingestedOutlet),
                List.of());
    }

    private List<StoryMember> members(long story) throws SQLException {
        List<StoryMember> members = new ArrayList<>();
        for (long id : articles.members(story)) {
            ArticleRows.Row row = articles.article(id).orElseThrow();
            List<String> quotes =
                    analysis.quotes(id).stream().map(io.storytrace.quote.Quote::text).toList();
            members.add(new StoryMember(id, row.article(), analysis.credits(id), quotes));
        }
        return members;
    }

    /** The derived edges of a story without their reasons, which origin finding does not read. */
    private List<StoryEdge> edgeSummaries(long story) throws SQLException {
        List<StoryEdge> edges = new ArrayList<>();
        for (DerivationRows.Summary d : derivations.summariesWithin(story)) {
            if (!d.relation().derived()) {
                continue;
            }
            edges.add(
                    switch (d.direction()) {
                        case A_FROM_B ->
                                new StoryEdge(
                                        d.a(),
                                        d.b(),
                                        d.relation(),
                                        true,
                                        d.score(),
                                        d.coverageA(),
                                        List.of());
                        case B_FROM_A ->
                                new StoryEdge(
                                        d.b(),
                                        d.a(),
                                        d.relation(),
                                        true,
                                        d.score(),
                                        d.coverageB(),
                                        List.of());
                        case UNDECIDED ->
                                new StoryEdge(
                                        d.a(),
                                        d.b(),
                                        d.relation(),
                                        false,
                                        d.score(),
                                        Math.max(d.coverageA(), d.coverageB()),
                                        List.of());
                    });
        }
        return edges;
    }

    private List<StoryEdge> edges(long story) throws SQLException {
        List<StoryEdge> edges = new ArrayList<>();
        for (DerivationRows.Row row : derivations.within(story)) {
            if (row.derivation().relation().derived()) {
                edges.add(edge(row.a(), row.b(), row.derivation()));
            }
        }
        return edges;
    }

    static StoryEdge edge(long a, long b, Derivation d) {
        List<String> reasons = new ArrayList<>(d.reasons());
        d.cues().stream()
                .filter(c -> c.favours() == d.direction())
                .forEach(c -> reasons.add(c.reason()));
        double covA = d.alignment().coverageA();
        double covB = d.alignment().coverageB();
        return switch (d.direction()) {
            case A_FROM_B -> new StoryEdge(a, b, d.relation(), true, d.score(), covA, reasons);
            case B_FROM_A -> new StoryEdge(b, a, d.relation(), true, d.score(), covB, reasons);
            case UNDECIDED ->
                    new StoryEdge(
                            a, b, d.relation(), false, d.score(), Math.max(covA, covB), reasons);
        };
    }
}
