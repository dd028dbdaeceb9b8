package io.storytrace.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import io.storytrace.quote.Quote;
import io.storytrace.quote.SpeakerBasis;
import io.storytrace.text.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakersTest {

    private static Quote said(String speaker, SpeakerBasis basis) {
        return new Quote(
                "The numbers do not add up",
                List.of(new Span(0, 25)),
                Quote.Kind.FULL,
                speaker,
                basis,
                null,
                null,
                null);
    }

    @Test
    void speakersDifferByTheLastWordOfTheirNames() {
        assertThat(Speakers.differ("Dan Whitlock", "Whitlock")).isFalse();
        assertThat(Speakers.differ("Dan Whitlock", "Priya Okafor")).isTrue();
        assertThat(Speakers.differ("Dan Whitlock", null)).isFalse();
    }

    @Test
    void aSpeakerOnlyInferredFromContextNeitherDiffersNorAgrees() {
        Quote named = said("Dan Whitlock", SpeakerBasis.NAMED);

        assertThat(Speakers.differ(named, said("Priya Okafor", SpeakerBasis.REFERENCE))).isTrue();
        assertThat(Speakers.differ(named, said("Priya Okafor", SpeakerBasis.CONTINUED))).isTrue();
        assertThat(Speakers.differ(named, said("Priya Okafor", SpeakerBasis.CONTEXT))).isFalse();
        assertThat(Speakers.differ(named, said("Priya Okafor", SpeakerBasis.REPEATED))).isFalse();
        assertThat(Speakers.attributed(said("Priya Okafor", SpeakerBasis.CONTEXT))).isNull();
        // stored before the basis was kept: as attributed as it was then
        assertThat(Speakers.differ(named, said("Priya Okafor", null))).isTrue();
    }
}
