package com.hivecheck.importing.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileSnifferTest {

    private static FileSniffer.Sniffed sniff(byte[] bytes, TextEncoding encoding) {
        return FileSniffer.sniff(bytes, bytes.length, encoding);
    }

    private static FileSniffer.Sniffed sniff(String text, Charset charset) {
        return sniff(text.getBytes(charset), TextEncoding.AUTO);
    }

    @Test
    void takesTheDelimiterThatSeparatesTheHeader() {
        assertThat(sniff("person,unit,last_activity_date,posts\n", StandardCharsets.UTF_8).delimiter()).isEqualTo(',');
        assertThat(sniff("person;unit;last_activity_date;posts\n", StandardCharsets.UTF_8).delimiter()).isEqualTo(';');
        assertThat(sniff("person\tunit\tlast_activity_date\n", StandardCharsets.UTF_8).delimiter()).isEqualTo('\t');
    }

    @Test
    void ignoresDelimitersInsideQuotesAndBelowTheHeader() {
        assertThat(sniff("\"Smith, John\";\"a,b,c\";posts\nx,y,z,w,v,u\n", StandardCharsets.UTF_8).delimiter())
                .isEqualTo(';');
    }

    @Test
    void detectsUtf8AndWindows1251() {
        String russian = "сотрудник;отдел;дата\nиванов;продажи;01.05.2026\n";
        assertThat(sniff(russian, StandardCharsets.UTF_8).encoding()).isEqualTo(TextEncoding.UTF_8);
        assertThat(sniff(russian, Charset.forName("windows-1251")).encoding()).isEqualTo(TextEncoding.WINDOWS_1251);
        assertThat(sniff("plain,ascii\n", StandardCharsets.US_ASCII).encoding()).isEqualTo(TextEncoding.UTF_8);
    }

    @Test
    void aUserChoiceWinsOverDetection() {
        byte[] bytes = "сотрудник;отдел\n".getBytes(StandardCharsets.UTF_8);
        assertThat(sniff(bytes, TextEncoding.WINDOWS_1251).encoding()).isEqualTo(TextEncoding.WINDOWS_1251);
    }

    @Test
    void skipsAUtf8ByteOrderMark() {
        byte[] bytes = "\uFEFFperson,posts\n".getBytes(StandardCharsets.UTF_8);
        FileSniffer.Sniffed sniffed = sniff(bytes, TextEncoding.AUTO);
        assertThat(sniffed.bomLength()).isEqualTo(3);
        assertThat(sniffed.encoding()).isEqualTo(TextEncoding.UTF_8);
    }

    @Test
    void toleratesAUtf8SequenceCutAtTheEndOfTheHead() {
        byte[] bytes = "a,б".getBytes(StandardCharsets.UTF_8);
        assertThat(FileSniffer.sniff(bytes, bytes.length - 1, TextEncoding.AUTO).encoding())
                .isEqualTo(TextEncoding.UTF_8);
    }

    @Test
    void refusesEmptyAndBlankFiles() {
        assertProblem(new byte[0], "import.problem.empty");
        assertProblem(" \r\n\n\t".getBytes(StandardCharsets.UTF_8), "import.problem.empty");
        assertProblem(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n'}, "import.problem.empty");
    }

    @Test
    void refusesBinaryFilesWorkbooksAndUtf16() {
        assertProblem(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13}, "import.problem.binary");
        assertProblem("person,posts\n".getBytes(StandardCharsets.UTF_16LE), "import.problem.binary");
        assertProblem("\uFEFFperson,posts\n".getBytes(StandardCharsets.UTF_16LE), "import.problem.utf16");
    }

    private static void assertProblem(byte[] bytes, String code) {
        assertThatThrownBy(() -> sniff(bytes, TextEncoding.AUTO))
                .isInstanceOfSatisfying(ImportFailedException.class,
                        e -> assertThat(e.problems()).extracting(ImportProblem::code).containsExactly(code));
    }
}
