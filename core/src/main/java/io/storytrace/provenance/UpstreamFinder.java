package io.storytrace.provenance;

import io.storytrace.match.Credit;
import io.storytrace.match.OutletNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Lists the outlets a story's versions credit that are not versions of the story themselves:
 * "according to Variety", "told The Sunday Times", a "Source:" line. Each says whether the corpus
 * holds any article of that outlet. Plain links are left out: a link alone does not say that the
 * story came from there.
 */
public final class UpstreamFinder {

    /** The upstream outlets of {@code members}; {@code ingested} tells outlets the corpus holds. */
    public List<UpstreamSource> find(List<StoryMember> members, Predicate<String> ingested) {
        Map<String, String> memberOutlets = new LinkedHashMap<>();
        for (StoryMember member : members) {
            if (member.article().outlet() != null) {
                memberOutlets.put(OutletNames.key(member.article().outlet()), "");
            }
        }
        Map<String, Found> found = new LinkedHashMap<>();
        for (StoryMember member : members) {
            for (Credit credit : member.credits()) {
                if (credit.kind() == Credit.Kind.LINK || memberOutlets.containsKey(credit.key())) {
                    continue;
                }
                Found f =
                        found.computeIfAbsent(
                                credit.key(), k -> new Found(credit.outlet(), credit.kind()));
                if (!f.by.contains(member.articleId())) {
                    f.by.add(member.articleId());
                }
            }
        }
        List<UpstreamSource> out = new ArrayList<>();
        for (Map.Entry<String, Found> e : found.entrySet()) {
            Found f = e.getValue();
            out.add(new UpstreamSource(f.outlet, f.kind, f.by, ingested.test(e.getKey())));
        }
        return out;
    }

    private static final class Found {
        final String outlet;
        final Credit.Kind kind;
        final List<Long> by = new ArrayList<>();

        Found(String outlet, Credit.Kind kind) {
            this.outlet = outlet;
            this.kind = kind;
        }
    }
}
