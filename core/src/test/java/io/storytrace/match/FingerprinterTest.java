package io.storytrace.match;

import static io.storytrace.match.Articles.article;
import static io.storytrace.match.Articles.profile;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FingerprinterTest {

    private final Fingerprinter fingerprinter = new Fingerprinter();
    private final TermWeights flat = token -> 3.0;

    @Test
    void aCopyUnderAnotherHeadlineHasTheSameBodyHashAndBands() {
        Fingerprint wire =
                fingerprinter.fingerprint(
                        profile(article("w", "Bridge vote", Articles.WIRE).build()), flat);
        Fingerprint copy =
                fingerprinter.fingerprint(
                        profile(
                                article("c", "Harbor bridge to close", Articles.WIRE)
                                        .outlet("Bayside")
                                        .build()),
                        flat);

        assertThat(copy.bodyHash()).isEqualTo(wire.bodyHash());
        assertThat(copy.bandKeys()).isEqualTo(wire.bandKeys());
        assertThat(copy.estimatedJaccard(wire)).isEqualTo(1.0);
    }

    @Test
    void anExcerptSharesBandsAndUnrelatedTextSharesNone() {
        Fingerprint wire =
                fingerprinter.fingerprint(profile(article("w", "", Articles.WIRE).build()), flat);
        String[] trimmed = {Articles.WIRE[0], Articles.WIRE[1], Articles.WIRE[2]};
        Fingerprint excerpt =
                fingerprinter.fingerprint(profile(article("e", "", trimmed).build()), flat);
        Fingerprint other =
                fingerprinter.fingerprint(
                        profile(article("u", "", Articles.UNRELATED).build()), flat);

        assertThat(shared(excerpt, wire)).isGreaterThan(0);
        assertThat(shared(other, wire)).isZero();
    }

    @Test
    void signatureTermsFavourNamesAndNumbers() {
        ArticleProfile profile = profile(article("w", "", Articles.WIRE).build());
        Fingerprint f = fingerprinter.fingerprint(profile, flat);

        assertThat(f.signatureTerms()).contains("vasquez", "48", "22000");
        assertThat(f.signatureTerms().subList(0, 10))
                .allMatch(
                        t -> profile.names().contains(t) || WordTokenizer.isNumber(t) || quoted(t));
    }

    private static boolean quoted(String term) {
        return List.of("patched", "bridge", "two", "decade").contains(term);
    }

    private static int shared(Fingerprint x, Fingerprint y) {
        Set<String> bands = new HashSet<>(x.bandKeys());
        bands.retainAll(y.bandKeys());
        return bands.size();
    }
}
