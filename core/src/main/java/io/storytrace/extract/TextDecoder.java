package io.storytrace.extract;

import io.storytrace.pipeline.InputException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/**
 * Decodes the bytes of a plain-text document strictly: a byte-order mark or a declared charset
 * wins, otherwise the text must be valid UTF-8. Binary content and invalid bytes are refused with a
 * reason rather than decoded into replacement characters that would corrupt quotations.
 */
public final class TextDecoder {

    /** How many leading bytes are inspected for signs of binary content. */
    private static final int SNIFF_BYTES = 8192;

    /**
     * Decodes {@code bytes}.
     *
     * @param input names the document in error messages
     * @param declaredCharset the charset a source declared, or {@code null}
     * @throws InputException when the bytes are empty, binary, or not valid in their encoding
     */
    public String decode(String input, byte[] bytes, String declaredCharset) {
        if (bytes.length == 0) {
            throw new InputException(input, "the file is empty");
        }
        Bom bom = Bom.of(bytes);
        Charset charset = bom != null ? bom.charset : charsetOrUtf8(input, declaredCharset);
        int skip = bom != null ? bom.length : 0;
        if (bom == null && looksBinary(bytes)) {
            throw new InputException(
                    input, "binary content (NUL or control bytes), not a text document");
        }
        String text = strictDecode(input, bytes, skip, charset);
        if (text.isBlank()) {
            throw new InputException(input, "the file holds only white space");
        }
        return text;
    }

    private static Charset charsetOrUtf8(String input, String declared) {
        if (declared == null || declared.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(declared.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new InputException(input, "unknown character set '" + declared + "'");
        }
    }

    private static String strictDecode(String input, byte[] bytes, int skip, Charset charset) {
        CharsetDecoder decoder =
                charset.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        } catch (MalformedInputException e) {
            throw new InputException(
                    input,
                    "not valid "
                            + charset.name()
                            + " (bad bytes near offset "
                            + firstBadOffset(bytes, skip, charset)
                            + "); convert the file to UTF-8 or declare its encoding");
        } catch (CharacterCodingException e) {
            throw new InputException(input, "cannot decode as " + charset.name(), e);
        }
    }

    /** Finds roughly where decoding fails, so the message can point at it. */
    private static int firstBadOffset(byte[] bytes, int skip, Charset charset) {
        CharsetDecoder decoder =
                charset.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }

    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control > n / 100 + 2;
    }

    /** A byte-order mark and the charset it announces. */
    private record Bom(Charset charset, int length) {
        static Bom of(byte[] b) {
            if (b.length >= 3
                    && (b[0] & 0xff) == 0xEF
                    && (b[1] & 0xff) == 0xBB
                    && (b[2] & 0xff) == 0xBF) {
                return new Bom(StandardCharsets.UTF_8, 3);
            }
            if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
                return new Bom(StandardCharsets.UTF_16BE, 2);
            }
            if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
                return new Bom(StandardCharsets.UTF_16LE, 2);
            }
            return null;
        }
    }
}
