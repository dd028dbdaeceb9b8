package io.storytrace.extract.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MetadataReaderTest {

    private final MetadataReader reader = new MetadataReader();

    private PageMetadata read(String head, String url) {
        Document page = Jsoup.parse("<html><head>" + head + "</head><body></body></html>", "");
        return reader.read(page, url);
    }

    @Test
    void findsTheArticleInAGraphWithATypeArray() {
        PageMetadata meta =
                read(
                        "<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"WebPage\","
                                + "\"datePublished\":\"2020-01-01\"},{\"@type\":[\"Article\",\"OpinionNewsArticle\"],"
                                + "\"headline\":\"Ducks &amp; drakes\",\"datePublished\":\"2021-06-07T10:00:00+02:00\","
                                + "\"author\":[{\"name\":\"Lene Amundsen\"},{\"name\":\"Jonas Kerr\"}],"
                                + "\"publisher\":{\"name\":\"Fjord Weekly\"}}]}</script>",
                        null);

        assertThat(meta.headline()).isEqualTo("Ducks & drakes");
        assertThat(meta.byline()).isEqualTo("Lene Amundsen, Jonas Kerr");
        assertThat(meta.published().toIso()).isEqualTo("2021-06-07T10:00:00+02:00");
        assertThat(meta.outlet()).isEqualTo("Fjord Weekly");
    }

    @Test
    void toleratesTrailingCommasAndFallsBackWhenJsonLdIsBroken() {
        PageMetadata lenient =
                read(
                        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                                + "\"headline\":\"Tolerated\",}</script>",
                        null);
        PageMetadata broken =
                read(
                        "<script type=\"application/ld+json\">{\"@type\": NewsArticle</script>"
                                + "<meta property=\"og:title\" content=\"From OpenGraph\">"
                                + "<meta name=\"date\" content=\"Wed Nov 20 2019 09:28:00 GMT+0000 (UTC)\">",
                        null);

        assertThat(lenient.headline()).isEqualTo("Tolerated");
        assertThat(broken.headline()).isEqualTo("From OpenGraph");
        assertThat(broken.published().toIso()).isEqualTo("2019-11-20");
    }

    @Test
    void takesTheDateFromTheAddressLastAndTheHostAsOutlet() {
        PageMetadata meta =
                read("<title>Plain</title>", "https://www.dalenews.example/2019/11/19/story");

        assertThat(meta.published()).isNull();
        assertThat(meta.addressDate().toIso()).isEqualTo("2019-11-19");
        assertThat(meta.outlet()).isNull();
        assertThat(meta.host()).isEqualTo("dalenews.example");
        assertThat(meta.headline()).isEqualTo("Plain");
    }

    @Test
    void ignoresImpossibleDatesAndGoesOnToTheNextSource() {
        PageMetadata meta =
                read(
                        "<meta property=\"article:published_time\" content=\"2019-02-30T10:00:00Z\">"
                                + "<meta name=\"pubdate\" content=\"not a date\">",
                        "https://news.example/2019/13/45/x");

        assertThat(meta.published()).isNull();
        assertThat(meta.addressDate()).isNull();
    }

    @Test
    void prefersAnAuthorNameToAProfileAddress() {
        PageMetadata meta =
                read(
                        "<meta property=\"article:author\" content=\"https://social.example/ana\">"
                                + "<meta name=\"byl\" content=\"By Ana Oyelaran\">",
                        null);

        assertThat(meta.byline()).isEqualTo("Ana Oyelaran");
    }
}
