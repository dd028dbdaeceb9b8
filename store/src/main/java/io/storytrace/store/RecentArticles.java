package io.storytrace.store;

import io.storytrace.match.Candidate;
import io.storytrace.match.CandidateQuery;
import io.storytrace.match.Fingerprint;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Articles added since the search index was last refreshed, compared by brute force so that a new
 * article finds relatives ingested moments before it without refreshing the index each time.
 */
final class RecentArticles {

    private record Entry(
            long id,
            Fingerprint fingerprint,
            Set<String> bands,
            Set<String> terms,
            Long publishedAt) {}

    private final List<Entry> entries = new ArrayList<>();

    void add(long id, Fingerprint fingerprint, Long publishedAt) {
        entries.add(
                new Entry(
                        id,
                        fingerprint,
                        new HashSet<>(fingerprint.bandKeys()),
                        new HashSet<>(fingerprint.signatureTerms()),
                        publishedAt));
    }

    int size() {
        return entries.size();
    }

    void clear() {
        entries.clear();
    }

    List<Candidate> candidates(CandidateQuery query) {
        Fingerprint f = query.fingerprint();
        List<Candidate> out = new ArrayList<>();
        int minTerms = Math.min(3, Math.max(1, f.signatureTerms().size() / 4));
        for (Entry e : entries) {
            if (!inWindow(query, e.publishedAt())) {
                continue;
            }
            EnumSet<Candidate.Via> via = EnumSet.noneOf(Candidate.Via.class);
            double score = 0;
            if (e.fingerprint().bodyHash().equals(f.bodyHash())) {
                via.add(Candidate.Via.EXACT);
                score += 100;
            }
            int bands = 0;
            for (String band : f.bandKeys()) {
                if (e.bands().contains(band)) {
                    bands++;
                }
            }
            if (bands > 0) {
                via.add(Candidate.Via.LSH);
                score += bands;
            }
            int terms = 0;
            for (String term : f.signatureTerms()) {
                if (e.terms().contains(term)) {
                    terms++;
                }
            }
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
