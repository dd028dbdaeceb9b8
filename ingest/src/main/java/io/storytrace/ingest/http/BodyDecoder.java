package io.storytrace.ingest.http;

import io.storytrace.pipeline.InputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.brotli.dec.BrotliInputStream;

/**
 * Undoes a response's Content-Encoding (gzip, deflate, br, in the order they were applied) while
 * counting what comes out, so that a small compressed body that expands to gigabytes is refused at
 * the cap instead of filling the memory.
 */
final class BodyDecoder {

    private final long maxDecodedBytes;

    BodyDecoder(long maxDecodedBytes) {
        this.maxDecodedBytes = maxDecodedBytes;
    }

    /**
     * The decoded body.
     *
     * @param input names the response in errors
     * @param encoding the Content-Encoding header, or {@code null}
     */
    byte[] decode(String input, byte[] raw, String encoding) {
        if (encoding == null || encoding.isBlank()) {
            return raw;
        }
        String[] codings = encoding.toLowerCase(Locale.ROOT).split(",");
        try {
            InputStream in = new ByteArrayInputStream(raw);
            for (int i = codings.length - 1; i >= 0; i--) {
                in = decoding(input, in, codings[i].strip());
            }
            return readCapped(input, in);
        } catch (IOException e) {
            throw new InputException(
                    input, "cannot decode the " + encoding + " body: " + e.getMessage());
        }
    }

    private static InputStream decoding(String input, InputStream in, String coding)
            throws IOException {
        return switch (coding) {
            case "gzip", "x-gzip" -> new GZIPInputStream(in, 8192);
            case "deflate" -> deflate(in);
            case "br" -> new BrotliInputStream(in);
            case "identity", "" -> in;
            default -> throw new InputException(input, "unknown Content-Encoding '" + coding + "'");
        };
    }

    /** "deflate" is meant to be zlib-wrapped, but some servers send raw deflate. */
    private static InputStream deflate(InputStream in) throws IOException {
        in.mark(2);
        int first = in.read();
        in.reset();
        boolean zlib = first >= 0 && (first & 0x0f) == 8;
        return new InflaterInputStream(in, new Inflater(!zlib), 8192);
    }

    private byte[] readCapped(String input, InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int n; (n = in.read(buffer)) >= 0; ) {
            total += n;
            if (total > maxDecodedBytes) {
                throw new InputException(
                        input,
                        "the body expands past "
                                + maxDecodedBytes / (1024 * 1024)
                                + " MiB when decompressed (a compression bomb?); refused");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
