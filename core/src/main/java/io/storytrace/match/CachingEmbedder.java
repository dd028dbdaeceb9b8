package io.storytrace.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Embeds sentences through a cache keyed by the sentence's hash: only sentences never seen before
 * reach the model, and an in-memory layer of recent vectors spares the cache's own lookups.
 */
public final class CachingEmbedder implements SentenceEmbedder {

    private static final int RECENT = 20_000;

    private final SentenceEmbedder model;
    private final EmbeddingCache cache;
    private final Map<String, float[]> recent =
            new LinkedHashMap<>(1024, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                    return size() > RECENT;
                }
            };
    private long computed;

    public CachingEmbedder(SentenceEmbedder model, EmbeddingCache cache) {
        this.model = model;
        this.cache = cache;
    }

    @Override
    public synchronized List<float[]> embed(List<String> sentences) {
        Map<String, float[]> found = new HashMap<>();
        Set<String> wanted = new LinkedHashSet<>();
        List<String> hashes = new ArrayList<>(sentences.size());
        for (String sentence : sentences) {
            String hash = Fingerprinter.sha256(sentence).substring(0, 32);
            hashes.add(hash);
            float[] vector = recent.get(hash);
            if (vector != null) {
                found.put(hash, vector);
            } else {
                wanted.add(hash);
            }
        }
        if (!wanted.isEmpty()) {
            found.putAll(cache.get(wanted));
        }
        Map<String, String> missing = new LinkedHashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (!found.containsKey(hashes.get(i))) {
                missing.putIfAbsent(hashes.get(i), sentences.get(i));
            }
        }
        if (!missing.isEmpty()) {
            List<float[]> vectors = model.embed(List.copyOf(missing.values()));
            Map<String, float[]> fresh = new HashMap<>();
            int i = 0;
            for (String hash : missing.keySet()) {
                fresh.put(hash, vectors.get(i++));
            }
            computed += fresh.size();
            cache.put(fresh);
            found.putAll(fresh);
        }
        List<float[]> out = new ArrayList<>(sentences.size());
        for (String hash : hashes) {
            float[] vector = found.get(hash);
            recent.put(hash, vector);
            out.add(vector);
        }
        return out;
    }

    /** How many sentences reached the model so far. */
    public synchronized long computed() {
        return computed;
    }

    /** A cache held in memory only, for runs that keep nothing. */
    public static EmbeddingCache memoryCache() {
        Map<String, float[]> map = new HashMap<>();
        return new EmbeddingCache() {
            @Override
            public Map<String, float[]> get(Set<String> hashes) {
                Map<String, float[]> out = new HashMap<>();
                for (String hash : hashes) {
                    float[] v = map.get(hash);
                    if (v != null) {
                        out.put(hash, v);
                    }
                }
                return out;
            }

            @Override
            public void put(Map<String, float[]> vectors) {
                map.putAll(vectors);
            }
        };
    }
}
