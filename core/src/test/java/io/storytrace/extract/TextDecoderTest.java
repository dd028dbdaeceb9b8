package io.storytrace.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storytrace.pipeline.InputException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private final TextDecoder decoder = new TextDecoder();

    @Test
    void decodesUtf8AndKeepsCurlyQuotes() {
        assertThat(
                        decoder.decode(
                                "a.txt", "“Yes,” she said.".getBytes(StandardCharsets.UTF_8), null))
                .isEqualTo("“Yes,” she said.");
    }

    @Test
    void followsAUtf16ByteOrderMark() {
        byte[] bytes = "\uFEFFHello".getBytes(StandardCharsets.UTF_16LE);

        assertThat(decoder.decode("a.txt", bytes, null)).isEqualTo("Hello");
    }

    @Test
    void usesADeclaredCharset() {
        byte[] latin1 = "café".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(decoder.decode("a.txt", latin1, "ISO-8859-1")).isEqualTo("café");
    }

    @Test
    void refusesBytesThatAreNotUtf8WithTheirPlace() {
        byte[] latin1 = "The café opened.".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> decoder.decode("old.txt", latin1, null))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("old.txt: not valid UTF-8 (bad bytes near offset 7)");
    }

    @Test
    void refusesEmptyAndBinaryFiles() {
        assertThatThrownBy(() -> decoder.decode("empty.txt", new byte[0], null))
                .hasMessage("empty.txt: the file is empty");
        assertThatThrownBy(() -> decoder.decode("blob.txt", new byte[] {'a', 0, 'b'}, null))
                .hasMessageContaining("blob.txt: binary content");
    }

    @Test
    void namesAnUnknownDeclaredCharset() {
        assertThatThrownBy(() -> decoder.decode("a.txt", new byte[] {'a'}, "x-no-such-set"))
                .hasMessage("a.txt: unknown character set 'x-no-such-set'");
    }
}
