package io.storytrace.store;

import io.storytrace.article.Article;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash that makes ingest idempotent: SHA-256 over what an article says (address, outlet,
 * headline, time, body), not over where it was read from, so the same page read from two places is
 * stored once while syndicated copies under other outlets are kept apart.
 */
final class ContentHash {

    private ContentHash() {}

    static String of(Article article) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            update(digest, article.url());
            update(digest, article.outlet());
            update(digest, article.headline());
            update(digest, article.published() == null ? null : article.published().toIso());
            for (String paragraph : article.paragraphs()) {
                update(digest, paragraph);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static void update(MessageDigest digest, String value) {
        digest.update((value == null ? "\u0000" : value).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0x1F);
    }
}
