package com.hivecheck.importing.reading;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Looks at the first bytes of an upload and decides how to read it: its encoding, a byte order mark to skip, and the
 * delimiter. Refuses what is clearly not a CSV text file (empty, binary, UTF-16) with a clear problem; workbooks are
 * told apart before ({@link Rows}).
 */
final class FileSniffer {

    /** How many leading bytes are looked at. */
    static final int HEAD_SIZE = 64 * 1024;

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final char[] DELIMITERS = {',', ';', '\t'};

    private FileSniffer() {
    }

    /**
     * @param head the first bytes of the file, at most {@link #HEAD_SIZE}
     * @param length how many bytes of {@code head} are filled
     * @param encoding the user's choice
     * @return how to read the file
     * @throws ImportFailedException when the file is empty or not CSV text
     */
    static Sniffed sniff(byte[] head, int length, TextEncoding encoding) {
        int bom = startsWith(head, length, UTF8_BOM) ? UTF8_BOM.length : 0;
        if (isBlank(head, bom, length)) {
            throw ImportFailedException.of(ImportProblem.ofFile("import.problem.empty"));
        }
        if (length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
                || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
            throw ImportFailedException.of(ImportProblem.ofFile("import.problem.utf16"));
        }
        if (looksBinary(head, bom, length)) {
            throw ImportFailedException.of(ImportProblem.ofFile("import.problem.binary"));
        }
        TextEncoding chosen = encoding;
        if (encoding == TextEncoding.AUTO) {
            chosen = bom > 0 || isUtf8(head, bom, length) ? TextEncoding.UTF_8 : TextEncoding.WINDOWS_1251;
        }
        String text = new String(head, bom, length - bom, java.util.Objects.requireNonNull(chosen.charset()));
        return new Sniffed(chosen, bom, delimiter(text));
    }

    /** The most frequent of {@code , ; TAB} outside quotes on the first line; a comma when there is none. */
    static char delimiter(String text) {
        int[] counts = new int[DELIMITERS.length];
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                for (int d = 0; d < DELIMITERS.length; d++) {
                    if (c == DELIMITERS[d]) {
                        counts[d]++;
                    }
                }
            }
        }
        int best = 0;
        for (int d = 1; d < DELIMITERS.length; d++) {
            if (counts[d] > counts[best]) {
                best = d;
            }
        }
        return DELIMITERS[best];
    }

    private static boolean startsWith(byte[] head, int length, byte[] prefix) {
        if (length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (head[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlank(byte[] head, int from, int length) {
        for (int i = from; i < length; i++) {
            byte b = head[i];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    /** NUL bytes, or more than 1% control characters other than tab, CR, LF and form feed. */
    private static boolean looksBinary(byte[] head, int from, int length) {
        int control = 0;
        for (int i = from; i < length; i++) {
            int b = head[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                control++;
            }
        }
        return control * 100L > (length - from);
    }

    /** Whether the bytes decode as UTF-8, allowing a sequence cut off at the end of the head. */
    private static boolean isUtf8(byte[] head, int from, int length) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(head, from, length - from);
        CharBuffer out = CharBuffer.allocate(length - from + 1);
        CoderResult result = decoder.decode(in, out, false);
        return !result.isError() && in.remaining() < 4;
    }

    /**
     * How to read a file.
     *
     * @param encoding the encoding, never {@link TextEncoding#AUTO}
     * @param bomLength how many leading bytes to skip
     * @param delimiter the value separator
     */
    record Sniffed(TextEncoding encoding, int bomLength, char delimiter) {

        /** The delimiter as a word: comma, semicolon or tab. */
        String delimiterName() {
            return FileSniffer.delimiterName(delimiter);
        }
    }

    static String delimiterName(char delimiter) {
        return switch (delimiter) {
            case ';' -> "semicolon";
            case '\t' -> "tab";
            default -> "comma";
        };
    }
}
