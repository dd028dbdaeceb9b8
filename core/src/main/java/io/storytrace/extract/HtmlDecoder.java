package io.storytrace.extract;

import io.storytrace.article.RawDocument;
import io.storytrace.pipeline.InputException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes an HTML page's bytes, choosing the charset as browsers do: a byte-order mark, then the
 * charset the source declared (an HTTP header), then a {@code <meta>} declaration near the start,
 * then detection: UTF-8 when the bytes are valid UTF-8, Windows-1252 otherwise. Unlike {@link
 * TextDecoder} it never refuses a page for a stray bad byte: HTML in the wild has them, and a
 * replacement character there costs less than losing the page.
 */
final class HtmlDecoder {

    /** Meta declarations must come early in a page; looking further wastes time. */
    private static final int META_WINDOW = 4096;

    private static final Pattern META_CHARSET =
            Pattern.compile(
                    "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.\\-]+)",
                    Pattern.CASE_INSENSITIVE);

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The text of {@code document}'s bytes. */
    String decode(RawDocument document) {
        byte[] bytes = document.content();
        if (bytes.length == 0) {
            throw new InputException(document.location(), "the page is empty");
        }
        int bom = bomLength(bytes);
        Charset charset = bom > 0 ? bomCharset(bytes) : choose(bytes, document.charset());
        return new String(bytes, bom, bytes.length - bom, charset);
    }

    private static Charset choose(byte[] bytes, String declared) {
        Charset header = named(declared);
        if (header != null) {
            return header;
        }
        int n = Math.min(bytes.length, META_WINDOW);
        Matcher meta = META_CHARSET.matcher(new String(bytes, 0, n, StandardCharsets.ISO_8859_1));
        if (meta.find()) {
            Charset fromMeta = named(meta.group(1));
            // a page saved as UTF-8 that still says latin-1 is common; trust valid UTF-8
            if (fromMeta != null
                    && !(isLatin(fromMeta) && isValidUtf8(bytes) && hasNonAscii(bytes))) {
                return fromMeta;
            }
        }
        return isValidUtf8(bytes) ? StandardCharsets.UTF_8 : WINDOWS_1252;
    }

    private static boolean isLatin(Charset charset) {
        String name = charset.name().toLowerCase(Locale.ROOT);
        return name.equals("iso-8859-1") || name.equals("windows-1252") || name.equals("us-ascii");
    }

    private static Charset named(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            Charset charset = Charset.forName(name.strip());
            // browsers read a latin-1 declaration as Windows-1252, a superset
            return charset.equals(StandardCharsets.ISO_8859_1) ? WINDOWS_1252 : charset;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static boolean isValidUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static int bomLength(byte[] b) {
        if (b.length >= 3
                && (b[0] & 0xff) == 0xEF
                && (b[1] & 0xff) == 0xBB
                && (b[2] & 0xff) == 0xBF) {
            return 3;
        }
        if (b.length >= 2
                && (((b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF)
                        || ((b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE))) {
            return 2;
        }
        return 0;
    }

    private static Charset bomCharset(byte[] b) {
        if ((b[0] & 0xff) == 0xEF) {
            return StandardCharsets.UTF_8;
        }
        return (b[0] & 0xff) == 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
    }
}
