package io.storytrace.report;

import io.storytrace.analyze.AnalyzedArticle;
import io.storytrace.lineage.Counterpart;
import io.storytrace.lineage.Precedence;
import io.storytrace.lineage.StoryVersions;
import io.storytrace.lineage.Version;
import io.storytrace.match.AlignedPair;
import io.storytrace.match.Derivation;
import io.storytrace.match.Direction;
import io.storytrace.match.LanguageIdentifier;
import io.storytrace.match.OutletNames;
import io.storytrace.pipeline.Analyzer;
import io.storytrace.provenance.Story;
import io.storytrace.provenance.StoryVersion;
import io.storytrace.store.Corpus;
import io.storytrace.store.Relative;
import io.storytrace.store.StoredDerivation;
import io.storytrace.store.Trace;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Gathers what quote lineage needs about a story from the corpus: every version analysed afresh
 * (the corpus keeps no findings), the derivations between versions whose direction is known as
 * precedences, and their aligned sentences as counterparts. The traced article's own derivations
 * are the trace's, aligned afresh; the others are those the corpus recorded. It decides nothing
 * itself.
 */
public final class LineageAssembler {

    /**
     * What a derived version took from its source, as the story records it.
     *
     * @param version the source's version id
     * @param relation "copy", "excerpt" or "rewrite"
     * @param pairs the aligned sentences, each with the derived version's sentence as {@code a} and
     *     the source's as {@code b}
     */
    public record Source(String version, String relation, List<AlignedPair> pairs) {

        public Source {
            pairs = List.copyOf(pairs);
        }
    }

    /**
     * A story's versions ready for lineage.
     *
     * @param story the versions and what is known of their order
     * @param listed each version's entry in the story, by version id
     * @param sources each derived version's source, by version id
     */
    public record Assembled(
            StoryVersions story, Map<String, StoryVersion> listed, Map<String, Source> sources) {

        /** The version id of the corpus article {@code articleId}, if it is in the story. */
        public Optional<String> versionOf(long articleId) {
            return listed.entrySet().stream()
                    .filter(e -> e.getValue().articleId() == articleId)
                    .map(Map.Entry::getKey)
                    .findFirst();
        }

        /** The keys (see {@link OutletNames#key}) of the outlets of the story's versions. */
        public Set<String> outletKeys() {
            Set<String> keys = new HashSet<>();
            listed.values().stream()
                    .map(StoryVersion::outlet)
                    .filter(Objects::nonNull)
                    .forEach(o -> keys.add(OutletNames.key(o)));
            return keys;
        }

        /** The version with id {@code id}. */
        public Version version(String id) {
            return story.versions().stream()
                    .filter(v -> v.id().equals(id))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no version " + id));
        }
    }

    private final Analyzer analyzer;

    public LineageAssembler(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The story of a traced article; the traced article may or may not be in the corpus. */
    public Assembled assemble(Corpus corpus, Story story, Trace trace) {
        return assemble(corpus, story, Optional.of(trace));
    }

    /** A stored story. */
    public Assembled assemble(Corpus corpus, Story story) {
        return assemble(corpus, story, Optional.empty());
    }

    private Assembled assemble(Corpus corpus, Story story, Optional<Trace> trace) {
        long tracedId = trace.map(t -> t.storedId().orElse(Trace.TRACED)).orElse(-1L);
        Map<Long, Version> versions = new LinkedHashMap<>();
        Map<String, StoryVersion> listed = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        // Quotations are compared word for word, so only within one language: a translation's
        // quotations are the same words in other words by nature, not altered ones.
        LanguageIdentifier languages = LanguageIdentifier.standard();
        String language = trace.map(t -> languages.identify(t.analyzed().article())).orElse(null);
        for (StoryVersion v : story.versions()) {
            Optional<AnalyzedArticle> analyzed =
                    v.articleId() == tracedId
                            ? trace.map(Trace::analyzed)
                            : corpus.article(v.articleId())
                                    .map(stored -> analyzer.analyze(stored.article()));
            if (analyzed.isEmpty()) {
                continue;
            }
            String own = languages.identify(analyzed.get().article());
            if (language == null) {
                language = own; // a stored story's: its origin's, the first version
            } else if (LanguageIdentifier.differ(language, own)) {
                continue;
            }
            String id = analyzed.get().article().location();
            if (!used.add(id)) {
                id = id + " [" + v.articleId() + "]";
                used.add(id);
            }
            versions.put(v.articleId(), new Version(id, analyzed.get()));
            listed.put(id, v);
        }
        List<Precedence> precedences = new ArrayList<>();
        List<Counterpart> counterparts = new ArrayList<>();
        Map<String, Source> sources = new LinkedHashMap<>();
        Set<String> pairs = new HashSet<>();
        // The traced article first, so that its fresh derivations win over recorded ones.
        List<Long> order = new ArrayList<>();
        if (versions.containsKey(tracedId)) {
            order.add(tracedId);
        }
        versions.keySet().stream().filter(id -> id != tracedId).forEach(order::add);
        for (long a : order) {
            for (Link link : links(corpus, trace, a, tracedId)) {
                String pair = Math.min(a, link.b()) + "-" + Math.max(a, link.b());
                Version x = versions.get(a);
                Version y = versions.get(link.b());
                if (y == null || !link.derivation().relation().derived() || !pairs.add(pair)) {
                    continue;
                }
                add(x, y, link.derivation(), precedences, counterparts);
                source(x, y, link.derivation(), listed, sources);
                source(y, x, link.derivation().swapped(), listed, sources);
            }
        }
        return new Assembled(
                new StoryVersions(List.copyOf(versions.values()), precedences, counterparts),
                listed,
                sources);
    }

    private record Link(long b, Derivation derivation) {}

    private static List<Link> links(Corpus corpus, Optional<Trace> trace, long a, long traced) {
        List<Link> links = new ArrayList<>();
        if (a == traced && trace.isPresent()) {
            for (Relative r : trace.get().relatives()) {
                links.add(new Link(r.articleId(), r.derivation()));
            }
            return links;
        }
        for (StoredDerivation d : corpus.derivations(a)) {
            links.add(new Link(d.b(), d.derivation()));
        }
        return links;
    }

    private static void add(
            Version a,
            Version b,
            Derivation derivation,
            List<Precedence> precedences,
            List<Counterpart> counterparts) {
        String relation = derivation.relation().label();
        if (derivation.direction() == Direction.A_FROM_B) {
            precedences.add(new Precedence(b.id(), a.id(), relation + " of " + b.name()));
        } else if (derivation.direction() == Direction.B_FROM_A) {
            precedences.add(new Precedence(a.id(), b.id(), relation + " of " + a.name()));
        }
        for (AlignedPair pair : derivation.alignment().pairs()) {
            counterparts.add(new Counterpart(a.id(), pair.spanA(), b.id(), pair.spanB()));
        }
    }

    /**
     * Records {@code derived}'s source when the story lists {@code source} as it.
     *
     * @param derivation how {@code derived} relates to {@code source}
     */
    private static void source(
            Version derived,
            Version source,
            Derivation derivation,
            Map<String, StoryVersion> listed,
            Map<String, Source> sources) {
        StoryVersion entry = listed.get(derived.id());
        StoryVersion from = listed.get(source.id());
        if (entry == null
                || from == null
                || entry.sourceId() == null
                || entry.sourceId() != from.articleId()) {
            return;
        }
        sources.put(
                derived.id(),
                new Source(
                        source.id(),
                        entry.relation() == null
                                ? derivation.relation().label()
                                : entry.relation().label(),
                        derivation.alignment().pairs()));
    }
}
