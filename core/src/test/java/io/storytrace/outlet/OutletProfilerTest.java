package io.storytrace.outlet;

import static org.assertj.core.api.Assertions.assertThat;

import io.storytrace.finding.Finding;
import io.storytrace.finding.SourceArticle;
import io.storytrace.finding.SourceQuote;
import io.storytrace.quote.Quote;
import io.storytrace.quote.SpeakerBasis;
import io.storytrace.testing.Golden;
import io.storytrace.text.Sentence;
import io.storytrace.text.Span;
import io.storytrace.wording.WordDiffer;
import io.storytrace.wording.Wording;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutletProfilerTest {

    private static final SourceArticle WIRE =
            new SourceArticle("harbor-wire.html", null, "Harbor Wire", "Bridge to reopen", null);

    private static Quote quote(int start, String text) {
        return new Quote(
                text,
                List.of(new Span(start, start + text.length())),
                Quote.Kind.FULL,
                "Ada Brill",
                SpeakerBasis.NAMED,
                null,
                null,
                null);
    }

    private static Finding altered(int start) {
        Quote quote = quote(start, "We shall open the bridge");
        Quote original = quote(0, "We will open the bridge");
        return new Finding.AlteredQuote(
                quote,
                new SourceQuote(WIRE, original),
                new WordDiffer().diff(Wording.of(original.text()), Wording.of(quote.text())),
                "the quoted words differ");
    }

    private static Finding speakerChanged(int start) {
        Quote quote = quote(start, "We shall open the bridge");
        return new Finding.SpeakerChanged(
                quote, new SourceQuote(WIRE, quote(0, quote.text())), "x");
    }

    private static Finding commentary() {
        return new Finding.AddedCommentary(
                List.of(new Sentence(0, 1, new Span(0, 11), "I must say!")), WIRE, "opinion added");
    }

    private static Finding uncredited() {
        return new Finding.UncreditedCopy(
                WIRE,
                "copy",
                List.of(new Sentence(1, 1, new Span(20, 30), "The bridge")),
                List.of(),
                "no credit");
    }

    private static List<ProfiledArticle> articles() {
        List<ProfiledArticle> articles = new ArrayList<>();
        articles.add(
                new ProfiledArticle(
                        "wire/1.html", "Harbor Wire", ArticleRole.ORIGINAL, 0, List.of()));
        articles.add(
                new ProfiledArticle(
                        "wire/2.html", "harbor wire", ArticleRole.ORIGINAL, 0, List.of()));
        articles.add(
                new ProfiledArticle(
                        "farm/1.txt",
                        "The Buzz Farm",
                        ArticleRole.REWRITE,
                        4,
                        // one quotation both altered and misattributed counts once
                        List.of(
                                altered(100),
                                speakerChanged(100),
                                altered(300),
                                commentary(),
                                uncredited())));
        articles.add(
                new ProfiledArticle(
                        "farm/2.txt", "Buzz Farm", ArticleRole.COPY, 2, List.of(uncredited())));
        return articles;
    }

    @Test
    void countsEachKindWithItsEvidenceAndMergesSpellingsOfAnOutlet() {
        List<OutletProfile> profiles =
                new OutletProfiler(new ProfileSettings(2, 5)).profile(articles());

        Golden.assertMatchesJson(
                profiles, Golden.resource("fixtures/outlet/profiles.expected.json"));
    }

    @Test
    void showsNoShareBelowTheMinimumSample() {
        OutletProfile farm =
                new OutletProfiler(ProfileSettings.defaults()).profile(articles()).getFirst();

        assertThat(farm.outlet()).isEqualTo("The Buzz Farm");
        assertThat(farm.uncreditedCopies().count()).isEqualTo(2);
        assertThat(farm.uncreditedCopies().share()).isNull();
        assertThat(farm.alteredQuotes().count()).isEqualTo(2);
        assertThat(farm.alteredQuotes().of()).isEqualTo(6);
        assertThat(farm.alteredQuotes().share()).isNull();
    }
}
