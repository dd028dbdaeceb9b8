package io.storytrace.report;

import io.storytrace.finding.AddedCommentaryFinder;
import io.storytrace.finding.Finding;
import io.storytrace.finding.UncreditedCopyFinder;
import io.storytrace.lineage.Version;
import io.storytrace.match.AlignedPair;
import io.storytrace.match.CreditFinder;
import io.storytrace.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds what a derived version did to the article it derives from, as the story records it: added
 * commentary and copying without credit. Versions that derive from nothing raise nothing here; what
 * a version did to quotations is for {@link io.storytrace.lineage.QuoteAuditor}.
 */
public final class VersionAuditor {

    private final AddedCommentaryFinder commentary = new AddedCommentaryFinder();
    private final UncreditedCopyFinder uncredited = new UncreditedCopyFinder();

    /** The findings about version {@code id} of an assembled story. */
    public List<Finding> audit(LineageAssembler.Assembled story, String id) {
        LineageAssembler.Source source = story.sources().get(id);
        if (source == null) {
            return List.of();
        }
        Version derived = story.version(id);
        Version original = story.version(source.version());
        List<Span> copied =
                source.pairs().stream()
                        .filter(p -> p.kind() != AlignedPair.Kind.PARAPHRASE)
                        .map(AlignedPair::spanA)
                        .toList();
        // Outlets of the story count as outlets when named, whatever their names look like.
        CreditFinder credits = new CreditFinder(story.outletKeys()::contains);
        List<Finding> found = new ArrayList<>();
        commentary.find(derived.analyzed(), original.source(), copied).ifPresent(found::add);
        uncredited
                .find(
                        new UncreditedCopyFinder.Derived(
                                derived.analyzed(),
                                credits.find(derived.analyzed().article()),
                                original.analyzed().article(),
                                credits.find(original.analyzed().article()),
                                source.relation(),
                                source.pairs()))
                .ifPresent(found::add);
        return found;
    }
}
