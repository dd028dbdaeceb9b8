package io.storytrace.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storytrace.article.Article;
import io.storytrace.article.RawDocument;
import io.storytrace.pipeline.InputException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDumpExtractorTest {

    private final TextDumpExtractor extractor = new TextDumpExtractor();

    private static RawDocument dump(String text) {
        return RawDocument.ofFile("dump.txt", text.getBytes(StandardCharsets.UTF_8), "text/plain");
    }

    @Test
    void readsHeadlineParagraphsMarkerAndTimestamp() {
        Article article =
                extractor.extract(
                        dump(
                                "Mayor Opens Bridge\n\nThe bridge opened on Monday.\n\n"
                                        + "“It is ours,” said Mayor Ada Brill.\n\nRead More\n\n"
                                        + "2024-09-01 20:46"));

        assertThat(article.headline()).isEqualTo("Mayor Opens Bridge");
        assertThat(article.paragraphs())
                .containsExactly(
                        "The bridge opened on Monday.", "“It is ours,” said Mayor Ada Brill.");
        assertThat(article.sourceMarker().text()).isEqualTo("Read More");
        assertThat(article.published().toIso()).isEqualTo("2024-09-01T20:46");
        assertThat(article.published().isZoned()).isFalse();
    }

    @Test
    void acceptsCrlfAndByteOrderMark() {
        byte[] body = "Headline\r\n\r\nFirst.\r\n\r\nSecond.\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);

        Article article = extractor.extract(RawDocument.ofFile("crlf.txt", withBom, null));

        assertThat(article.headline()).isEqualTo("Headline");
        assertThat(article.paragraphs()).containsExactly("First.", "Second.");
    }

    @Test
    void toleratesMissingParts() {
        Article bodyOnly = extractor.extract(dump("Only one paragraph of body text."));
        assertThat(bodyOnly.headline()).isEmpty();
        assertThat(bodyOnly.paragraphs()).containsExactly("Only one paragraph of body text.");
        assertThat(bodyOnly.published()).isNull();
        assertThat(bodyOnly.sourceMarker()).isNull();

        Article noMarker = extractor.extract(dump("Title\n\nBody.\n\n2023-01-02"));
        assertThat(noMarker.published().toIso()).isEqualTo("2023-01-02");
        assertThat(noMarker.sourceMarker()).isNull();
    }

    @Test
    void joinsHardWrappedLinesOfOneParagraph() {
        Article article =
                extractor.extract(dump("Title\n\nA paragraph wrapped\nover two lines.\n\nNext."));

        assertThat(article.paragraphs())
                .containsExactly("A paragraph wrapped over two lines.", "Next.");
    }

    @Test
    void keepsTheLinkOfASourceLine() {
        Article article =
                extractor.extract(
                        dump("Title\n\nBody.\n\nSource: Harbour Wire https://wire.example/a/1"));

        assertThat(article.sourceMarker().url()).isEqualTo("https://wire.example/a/1");
        assertThat(article.paragraphs()).containsExactly("Body.");
    }

    @Test
    void doesNotTakeAClosingParagraphForASourceLine() {
        String closing =
                "Via a spokesperson, the council said the bridge would stay open through the"
                        + " winter and that tolls would not rise before the spring review.";
        Article article = extractor.extract(dump("Title\n\nBody.\n\n" + closing));

        assertThat(article.sourceMarker()).isNull();
        assertThat(article.paragraphs()).containsExactly("Body.", closing);
    }

    @Test
    void refusesAFileWithNoText() {
        assertThatThrownBy(() -> extractor.extract(dump("  \n\n ")))
                .isInstanceOf(InputException.class)
                .hasMessage("dump.txt: the file holds only white space");
    }
}
