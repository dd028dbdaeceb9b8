package io.storytrace.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storytrace.article.Article;
import io.storytrace.article.DocumentHints;
import io.storytrace.article.PublishedTime;
import io.storytrace.article.RawDocument;
import io.storytrace.pipeline.InputException;
import io.storytrace.testing.Golden;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlExtractorTest {

    private final DocumentExtractor extractor = DocumentExtractor.standard();

    @ParameterizedTest
    @CsvSource({
        "news-page-with-sidebar-and-comments,",
        "opengraph-only-page,https://rivertonpost.example/food/bakery-prize",
        "url-date-only-page,https://citynews.example/2024/03/05/library-hours/",
        "json-ld-body-with-empty-markup,",
        "malformed-unclosed-tags,",
        "truncated-mid-paragraph,",
        "windows-1252-without-declaration,"
    })
    void extractsFixtureAsGolden(String name, String url) throws IOException {
        Article article = extractor.extract(page(name, url));

        Golden.assertMatchesJson(
                ArticleView.of(article),
                Golden.resource("fixtures/html/" + name + ".expected.json"));
    }

    @Test
    void keepsTheStoryAndDropsPageFurniture() throws IOException {
        Article article = extractor.extract(page("news-page-with-sidebar-and-comments", null));

        String body = String.join("\n", article.paragraphs());
        assertThat(body)
                .contains("approved a $14 million seawall plan")
                .contains("What the plan pays for")
                .contains("raising the wall along Pier 3")
                .contains("The walkway alone will bring more people")
                .contains("Work is expected to start in September")
                .doesNotContain("Advertisement")
                .doesNotContain("Share on")
                .doesNotContain("newsletter")
                .doesNotContain("Finally! This should have been done")
                .doesNotContain("Ferry schedule")
                .doesNotContain("All rights reserved")
                .doesNotContain("Photo: Ledger staff")
                .doesNotContain("By Mara Ellison");
        assertThat(article.paragraphs().get(0)).startsWith("The Lakeside harbor council");
    }

    @Test
    void readsMetadataInTheOrderJsonLdThenMetaThenMarkup() throws IOException {
        Article article = extractor.extract(page("news-page-with-sidebar-and-comments", null));

        assertThat(article.headline()).isEqualTo("Harbor council approves seawall plan");
        assertThat(article.byline()).isEqualTo("Mara Ellison, Tobias Venn");
        assertThat(article.outlet()).isEqualTo("The Lakeside Ledger");
        assertThat(article.url())
                .isEqualTo("https://lakesideledger.example/news/2024/05/14/harbor-seawall-plan");
        assertThat(article.published().toIso()).isEqualTo("2024-05-14T22:41:00-04:00");
    }

    @Test
    void marksCreditAndSourceLinks() throws IOException {
        Article article = extractor.extract(page("news-page-with-sidebar-and-comments", null));

        assertThat(article.links())
                .anySatisfy(
                        link -> {
                            assertThat(link.url())
                                    .isEqualTo("https://harborgazette.example/seawall-costs");
                            assertThat(link.role())
                                    .isEqualTo(io.storytrace.article.Link.Role.CREDIT);
                        });
        assertThat(article.sourceMarker().url())
                .isEqualTo("https://harborgazette.example/seawall-vote");
        assertThat(article.sourceMarker().text()).startsWith("Read more:");
    }

    @Test
    void keepsASyndicationCreditStyledAsAPhotoCredit() throws IOException {
        Article article = extractor.extract(page("syndicated-copy-with-credit-line", null));

        assertThat(article.sourceMarker().text())
                .isEqualTo("This article was originally published by Harbor Wire.");
        assertThat(article.sourceMarker().url())
                .isEqualTo("https://harborwire.example/2025/04/01/ferry-fares");
        assertThat(article.links())
                .anySatisfy(
                        link -> {
                            assertThat(link.url())
                                    .isEqualTo("https://harborwire.example/2025/04/01/ferry-fares");
                            assertThat(link.role())
                                    .isEqualTo(io.storytrace.article.Link.Role.SOURCE);
                        });
        assertThat(article.paragraphs())
                .last()
                .isEqualTo(
                        "The board said the freeze would cost it about £400,000, to be met from its reserves.");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "<a href=\"https://harborwire.example/a\">Harbor Wire</a> contributed to this report.",
                "(<a href=\"https://harborwire.example/a\">Harbor Wire</a>)",
                "Reporting by <a href=\"https://harborwire.example/a\">Harbor Wire</a>"
            })
    void readsOtherSyndicationCreditsAsTheSource(String credit) {
        String html =
                "<html><body><article><h1>Ferry fares frozen</h1><p>Ferry fares will stay at their"
                        + " current level for another twelve months, the harbour board decided on"
                        + " Tuesday after a long meeting in the town hall.</p><p>The board said the"
                        + " freeze would cost it about £400,000, to be met from its reserves.</p>"
                        + "<p class=\"credit\">"
                        + credit
                        + "</p></article></body></html>";
        Article article =
                extractor.extract(
                        new RawDocument(
                                "credit.html",
                                null,
                                html.getBytes(StandardCharsets.UTF_8),
                                "text/html",
                                null));

        assertThat(article.sourceMarker()).isNotNull();
        assertThat(article.sourceMarker().url()).isEqualTo("https://harborwire.example/a");
        assertThat(article.paragraphs()).hasSize(2);
    }

    @Test
    void fallsBackOnTheSourcesHintsWhereThePageSaysNothing() throws IOException {
        PublishedTime hinted =
                new PublishedTime(
                        LocalDateTime.of(2024, 3, 5, 9, 30), null, PublishedTime.Precision.MINUTE);
        RawDocument document =
                page("url-date-only-page", null)
                        .withHints(
                                new DocumentHints(
                                        "Hinted headline", "Ada Feedwriter", hinted, "City News"));

        Article article = extractor.extract(document);

        assertThat(article.headline()).isEqualTo("Library extends opening hours");
        assertThat(article.byline()).isEqualTo("Ada Feedwriter");
        assertThat(article.outlet()).isEqualTo("City News");
        assertThat(article.published()).isEqualTo(hinted);
    }

    @Test
    void refusesAnImageSavedAsHtmlNamingTheFile() throws IOException {
        RawDocument png = page("png-image-named-as-html", null);

        assertThatThrownBy(() -> extractor.extract(png))
                .isInstanceOfSatisfying(
                        InputException.class,
                        e -> {
                            assertThat(e.input()).isEqualTo(png.location());
                            assertThat(e.reason()).contains("a PNG image");
                        });
    }

    @Test
    void refusesAPdfSavedAsHtml() throws IOException {
        assertThatThrownBy(() -> extractor.extract(page("pdf-document-named-as-html", null)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("a PDF document");
    }

    @Test
    void refusesAPageWithNoArticleText() {
        RawDocument empty =
                new RawDocument(
                        "empty.html",
                        null,
                        "<html><body><nav><a href=/>Home</a></nav></body></html>"
                                .getBytes(StandardCharsets.UTF_8),
                        "text/html",
                        null);

        assertThatThrownBy(() -> extractor.extract(empty))
                .isInstanceOf(InputException.class)
                .hasMessage("empty.html: no article text found in the page");
    }

    @Test
    void decodesWindows1252WhenNothingIsDeclared() throws IOException {
        Article article = extractor.extract(page("windows-1252-without-declaration", null));

        assertThat(article.paragraphs().get(0))
                .startsWith("“We are proud of the café,” said the owner, Renée Marchetti");
    }

    static RawDocument page(String name, String url) throws IOException {
        Path file = Path.of("src/test/resources/fixtures/html/" + name + ".html");
        return new RawDocument(file.toString(), url, Files.readAllBytes(file), "text/html", null);
    }
}
