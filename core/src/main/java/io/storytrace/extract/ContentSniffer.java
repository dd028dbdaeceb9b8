package io.storytrace.extract;

/**
 * Recognises common binary formats by their first bytes, so that a PDF or an image delivered as a
 * web page is named for what it is.
 */
final class ContentSniffer {

    private ContentSniffer() {}

    /** The name of the binary format {@code bytes} start with, or {@code null} for none known. */
    static String binaryFormat(byte[] bytes) {
        if (startsWith(bytes, '%', 'P', 'D', 'F', '-')) {
            return "a PDF document";
        }
        if (startsWith(bytes, 0x89, 'P', 'N', 'G')) {
            return "a PNG image";
        }
        if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return "a JPEG image";
        }
        if (startsWith(bytes, 'G', 'I', 'F', '8')) {
            return "a GIF image";
        }
        if (startsWith(bytes, 'R', 'I', 'F', 'F')
                && bytes.length >= 12
                && bytes[8] == 'W'
                && bytes[9] == 'E'
                && bytes[10] == 'B'
                && bytes[11] == 'P') {
            return "a WebP image";
        }
        if (startsWith(bytes, 0x1F, 0x8B)) {
            return "gzip-compressed data";
        }
        if (startsWith(bytes, 'P', 'K', 0x03, 0x04)) {
            return "a ZIP archive";
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
