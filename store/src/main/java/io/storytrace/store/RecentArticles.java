package io.storytrace.store;

import io.storytrace.match.Candidate;
import io.storytrace.match.CandidateQuery;
import io.storytrace.match.Fingerprint;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Articles added since the search index was last refreshed, kept in small inverted maps so that a
 * new article finds relatives ingested moments before it without refreshing the index each time.
 */
final class RecentArticles {

    private record Entry(long id, String bodyHash, Long publishedAt) {}

    private final Map<Long, Entry> entries = new LinkedHashMap<>();
    private final Map<String, List<Long>> byBand = new HashMap<>();
    private final Map<String, List<Long>> byTerm = new HashMap<>();

    void add(long id, Fingerprint fingerprint, Long publishedAt) {
        entries.put(id, new Entry(id, fingerprint.bodyHash(), publishedAt));
        for (String band : fingerprint.bandKeys()) {
            byBand.computeIfAbsent(band, k -> new ArrayList<>(2)).add(id);
        }
        for (String term : fingerprint.signatureTerms()) {
            byTerm.computeIfAbsent(term, k -> new ArrayList<>(2)).add(id);
        }
    }

    int size() {
        return entries.size();
    }

    void clear() {
        entries.clear();
        byBand.clear();
        byTerm.clear();
    }

    List<Candidate> candidates(CandidateQuery query) {
        Fingerprint f = query.fingerprint();
        Map<Long, int[]> hits = new HashMap<>();
        for (String band : f.bandKeys()) {
            for (long id : byBand.getOrDefault(band, List.of())) {
                hits.computeIfAbsent(id, k -> new int[2])[0]++;
            }
        }
        for (String term : f.signatureTerms()) {
            for (long id : byTerm.getOrDefault(term, List.of())) {
                hits.computeIfAbsent(id, k -> new int[2])[1]++;
            }
        }
        int minTerms = Math.min(3, Math.max(1, f.signatureTerms().size() / 4));
        List<Candidate> out = new ArrayList<>();
        for (Map.Entry<Long, int[]> hit : hits.entrySet()) {
            Entry e = entries.get(hit.getKey());
            if (!inWindow(query, e.publishedAt())) {
                continue;
            }
            EnumSet<Candidate.Via> via = EnumSet.noneOf(Candidate.Via.class);
            double score = 0;
            if (e.bodyHash().equals(f.bodyHash())) {
                via.add(Candidate.Via.EXACT);
                score += 100;
            }
            int bands = hit.getValue()[0];
            if (bands > 0) {
                via.add(Candidate.Via.LSH);
                score += bands;
            }
            int terms = hit.getValue()[1];
            if (terms >= minTerms) {
                via.add(Candidate.Via.SIGNATURE);
                score += 0.3 * terms;
            }
            if (!via.isEmpty()) {
                out.add(new Candidate(e.id(), score, via));
            }
        }
        return out;
    }

    private static boolean inWindow(CandidateQuery query, Long publishedAt) {
        if (query.published() == null || publishedAt == null) {
            return true;
        }
        return Math.abs(publishedAt - query.published().getEpochSecond())
                <= query.window().toSeconds();
    }
}
