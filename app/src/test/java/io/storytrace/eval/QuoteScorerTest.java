package io.storytrace.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteScorerTest {

    private static final String TEXT = "x".repeat(200);

    private static LabelledArticle article(QuoteLabel... quotes) {
        return new LabelledArticle("a", TEXT, List.of(quotes));
    }

    @Test
    void aSpanMatchesWhenItOverlapsHalfTheLongerOne() {
        QuoteLabel gold = new QuoteLabel(10, 30, "Ana Ruiz", null);

        assertThat(gold.matches(new QuoteLabel(20, 30, null, null))).isTrue();
        assertThat(gold.matches(new QuoteLabel(21, 30, null, null))).isFalse();
        assertThat(gold.matches(new QuoteLabel(0, 40, null, null))).isTrue();
        assertThat(gold.matches(new QuoteLabel(0, 41, null, null))).isFalse();
    }

    @Test
    void countsSpansSpeakersAndOutletsOneToOne() {
        LabelledArticle article =
                article(
                        new QuoteLabel(10, 30, "Ana Ruiz", "The Harbour Gazette"),
                        new QuoteLabel(50, 70, "Tom Hale", null),
                        new QuoteLabel(100, 120, null, null));
        List<QuoteLabel> predicted =
                List.of(
                        new QuoteLabel(10, 30, "ruiz", "harbour gazette"),
                        new QuoteLabel(12, 28, "Ana Ruiz", null),
                        new QuoteLabel(50, 70, "Jo Hale", null),
                        new QuoteLabel(150, 160, null, null));

        QuoteScore score = new QuoteScorer().score(List.of(article), List.of(predicted));

        assertThat(score.matched()).isEqualTo(2);
        assertThat(score.precision()).isEqualTo(0.5);
        assertThat(score.recall()).isEqualTo(2 / 3.0);
        assertThat(score.speakerAccuracy()).isEqualTo(1.0);
        assertThat(score.outletAccuracy()).isEqualTo(1.0);
        assertThat(score.errors())
                .extracting(QuoteScore.QuoteError::kind)
                .containsExactly(
                        QuoteScore.QuoteError.Kind.MISS,
                        QuoteScore.QuoteError.Kind.FALSE_ALARM,
                        QuoteScore.QuoteError.Kind.FALSE_ALARM);
    }

    @Test
    void anOutletCreditedWhereNoneIsLabelledIsCountedAndListed() {
        LabelledArticle article =
                article(
                        new QuoteLabel(10, 30, "Ana Ruiz", null),
                        new QuoteLabel(50, 70, "Tom Hale", null),
                        new QuoteLabel(100, 120, "Tom Hale", "Reuters"));
        List<QuoteLabel> predicted =
                List.of(
                        new QuoteLabel(10, 30, "Ana Ruiz", "The Harbour Gazette"),
                        new QuoteLabel(50, 70, "Tom Hale", null),
                        new QuoteLabel(100, 120, "Tom Hale", "Reuters"));

        QuoteScore score = new QuoteScorer().score(List.of(article), List.of(predicted));

        assertThat(score.outletAccuracy()).isEqualTo(1.0);
        assertThat(score.outletsAdded()).isEqualTo(1);
        assertThat(score.errors())
                .singleElement()
                .satisfies(
                        error -> {
                            assertThat(error.kind())
                                    .isEqualTo(QuoteScore.QuoteError.Kind.WRONG_OUTLET);
                            assertThat(error.predicted().outlet()).isEqualTo("The Harbour Gazette");
                        });
    }

    @Test
    void aMissingSpeakerIsRightOnlyWhereNoneIsLabelled() {
        assertThat(QuoteScorer.sameSpeaker(null, null)).isTrue();
        assertThat(QuoteScorer.sameSpeaker("Ana Ruiz", null)).isFalse();
        assertThat(QuoteScorer.sameSpeaker(null, "Ana Ruiz")).isFalse();
        assertThat(QuoteScorer.sameSpeaker("Kit Connor", "Connor")).isTrue();
    }

    @Test
    void aSpeakersLastWordIsComparedWithoutThePunctuationAroundIt() {
        assertThat(QuoteScorer.sameSpeaker("Savanna Crest Holdings Ltd", "Savanna Crest Ltd."))
                .isTrue();
        assertThat(QuoteScorer.sameSpeaker("Dale Pruitt Jr.", "Pruitt Jr")).isTrue();
        assertThat(QuoteScorer.sameSpeaker("Dale Pruitt Jr.", "Dale Pruitt")).isFalse();
        assertThat(QuoteScorer.sameSpeaker("@saltmarshsiren", "saltmarshsiren")).isTrue();
    }

    @Test
    void aTypographicApostropheInANameIsTheStraightOne() {
        assertThat(QuoteScorer.sameSpeaker("Maeve O'Dowd", "Maeve O’Dowd")).isTrue();
        assertThat(QuoteScorer.sameSpeaker("Maeve O'Dowd", "Maeve O’Dwyer")).isFalse();
    }

    @Test
    void speakerAccuracyIsAlsoGivenForEachBasisStrongestFirst() {
        LabelledArticle article =
                article(
                        new QuoteLabel(10, 30, "Ana Ruiz", null),
                        new QuoteLabel(40, 60, "Ana Ruiz", null),
                        new QuoteLabel(70, 90, "Tom Hale", null),
                        new QuoteLabel(100, 120, "Tom Hale", null),
                        new QuoteLabel(130, 150, "Jo Hale", null));
        List<QuoteLabel> predicted =
                List.of(
                        new QuoteLabel(10, 30, "Ana Ruiz", null, "CONTEXT"),
                        new QuoteLabel(40, 60, "Tom Hale", null, "CONTEXT"),
                        new QuoteLabel(70, 90, "Tom Hale", null, "CONTINUED"),
                        new QuoteLabel(100, 120, "Hale", null, "NAMED"),
                        new QuoteLabel(130, 150, null, null, null),
                        new QuoteLabel(170, 190, "Ana Ruiz", null, "NAMED"));

        QuoteScore score = new QuoteScorer().score(List.of(article), List.of(predicted));

        assertThat(score.byBasis())
                .containsExactly(
                        java.util.Map.entry("NAMED", new QuoteScore.BasisFigures(1, 1)),
                        java.util.Map.entry("CONTINUED", new QuoteScore.BasisFigures(1, 1)),
                        java.util.Map.entry("CONTEXT", new QuoteScore.BasisFigures(2, 1)),
                        java.util.Map.entry(
                                QuoteScore.NO_SPEAKER, new QuoteScore.BasisFigures(1, 0)));
        assertThat(score.byBasis().get("CONTEXT").accuracy()).isEqualTo(0.5);
        assertThat(score.speakersRight()).isEqualTo(3);
    }

    @Test
    void figuresAreAlsoGivenForEachLanguageMostArticlesFirst() {
        String english =
                "The mayor said on Monday that the new bridge would open in the spring, and that"
                        + " the council had found the money for it after a long and bitter debate.";
        String german =
                "Der Bürgermeister sagte am Montag, dass die neue Brücke im Frühjahr eröffnet"
                        + " werde und dass der Rat das Geld dafür nach einer langen und bitteren"
                        + " Debatte gefunden habe, wie die Zeitung berichtet.";
        List<LabelledArticle> articles =
                List.of(
                        new LabelledArticle(
                                "en1", english, List.of(new QuoteLabel(0, 20, "Ana Ruiz", null))),
                        new LabelledArticle(
                                "de", german, List.of(new QuoteLabel(0, 20, "Tom Hale", null))),
                        new LabelledArticle(
                                "en2", english, List.of(new QuoteLabel(30, 50, "Jo Hale", null))));
        List<List<QuoteLabel>> predicted =
                List.of(
                        List.of(new QuoteLabel(0, 20, "Ruiz", null)),
                        List.of(
                                new QuoteLabel(0, 20, "Ana Ruiz", null),
                                new QuoteLabel(60, 80, null, null)),
                        List.of());

        QuoteScore score = new QuoteScorer().score(articles, predicted);

        assertThat(score.byLanguage())
                .containsExactly(
                        java.util.Map.entry(
                                "English", new QuoteScore.LanguageFigures(2, 2, 1, 1, 1)),
                        java.util.Map.entry(
                                "German", new QuoteScore.LanguageFigures(1, 1, 2, 1, 0)));
        assertThat(score.byLanguage().get("German").precision()).isEqualTo(0.5);
        assertThat(score.byLanguage().get("English").recall()).isEqualTo(0.5);
    }
}
