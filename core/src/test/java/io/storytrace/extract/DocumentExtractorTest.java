package io.storytrace.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storytrace.article.RawDocument;
import io.storytrace.pipeline.InputException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DocumentExtractorTest {

    private final DocumentExtractor extractor = DocumentExtractor.standard();

    @Test
    void refusesAPdfSavedAsAPage() {
        RawDocument pdf =
                RawDocument.ofFile(
                        "story.html",
                        "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII),
                        "text/html");

        assertThatThrownBy(() -> extractor.extract(pdf))
                .isInstanceOf(InputException.class)
                .hasMessage("story.html: the content is a PDF document, not an article");
    }

    @Test
    void sendsMarkupWithoutADeclaredTypeToTheHtmlExtractor() {
        RawDocument page =
                RawDocument.ofFile(
                        "page",
                        bytes(
                                "<!DOCTYPE html><html><head><title>Tide Report</title></head>"
                                        + "<body><p>High water at noon.</p></body></html>"),
                        null);

        assertThat(extractor.extract(page).paragraphs()).containsExactly("High water at noon.");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void sendsTextToTheDumpExtractor() {
        RawDocument text =
                RawDocument.ofFile(
                        "note",
                        "Tide Report\n\nHigh water at noon.".getBytes(StandardCharsets.UTF_8),
                        null);

        assertThat(extractor.extract(text).headline()).isEqualTo("Tide Report");
    }
}
