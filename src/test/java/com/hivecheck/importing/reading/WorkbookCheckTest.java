package com.hivecheck.importing.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hivecheck.importing.ActivityReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Workbooks whose reading would take more memory or time than their size suggests are refused before fastexcel opens
 * them, with a message that says to save them as CSV; real exports still read.
 */
class WorkbookCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final LocalDate REPORT_DATE = WorkbookFiles.REPORT_DATE;

    /** A workbook of the given parts besides the fixed ones every workbook has. */
    static byte[] crafted(String sheet, String sharedStrings, String... extra) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" \
                    ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" \
                    ContentType="application/xml"/><Override PartName="/xl/workbook.xml" \
                    ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                    <Override PartName="/xl/worksheets/sheet1.xml" \
                    ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                    <Override PartName="/xl/sharedStrings.xml" \
                    ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>\
                    <Override PartName="/xl/styles.xml" \
                    ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>""");
            put(zip, "xl/styles.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="1">\
                    <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>""");
            put(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship \
                    Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
                    Target="xl/workbook.xml"/></Relationships>""");
            put(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet \
                    name="Report" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            put(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship \
                    Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" \
                    Target="worksheets/sheet1.xml"/></Relationships>""");
            put(zip, "xl/worksheets/sheet1.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"""
                    + sheet + "</sheetData></worksheet>");
            put(zip, "xl/sharedStrings.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">""" + sharedStrings + "</sst>");
            for (int i = 0; i < extra.length; i += 2) {
                put(zip, extra[i], extra[i + 1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** The generic format's header as shared strings 0..3, and one person "ann" as string 4. */
    private static final String GENERIC_STRINGS = "<si><t>person</t></si><si><t>last_activity_date</t></si>"
            + "<si><t>posts</t></si><si><t>2026-05-31</t></si><si><t>ann</t></si>";
    private static final String GENERIC_HEADER = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\">"
            + "<v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c></row>";

    private static ActivityReport read(byte[] file, ReadingLimits limits) throws IOException {
        return ActivityFileReader.read(() -> new ByteArrayInputStream(file), ImportOptions.defaults(), "report.xlsx",
                TODAY, limits);
    }

    private static String refusal(byte[] file, ReadingLimits limits) {
        try {
            read(file, limits);
        } catch (ImportFailedException e) {
            return e.problems().get(0).code();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("the workbook was read");
    }

    @Test
    void aVivaEngageWorkbookWithinItsBudgetIsReadWithExactFigures() throws IOException {
        ActivityReport report = read(WorkbookFiles.vivaEngage(2_000), new ReadingLimits(2000, 10_000));
        assertThat(report.workbook()).isTrue();
        assertThat(report.network().employees()).isEqualTo(2_000);
        assertThat(report.referenceDate()).isEqualTo(REPORT_DATE);
        assertThat(report.network().monthlyActiveUsers()).isEqualTo(2_000 / 45 * 30 + Math.min(30, 2_000 % 45));
    }

    @Test
    void aVivaEngageWorkbookWithMoreTextThanItsBudgetIsRefusedSayingToSaveItAsCsv() {
        byte[] workbook = WorkbookFiles.vivaEngage(20_000);
        assertThatThrownBy(() -> read(workbook, new ReadingLimits(2000, 10_000)))
                .isInstanceOfSatisfying(ImportFailedException.class, e -> {
                    assertThat(e.problems()).singleElement().satisfies(problem -> {
                        assertThat(problem.code()).isEqualTo("import.problem.workbook.sharedStrings");
                        assertThat((long) problem.arguments().get(0)).isBetween(3L, 5L);
                        assertThat(problem.arguments().get(1)).as("800 KB, shown as 1 MB").isEqualTo(1L);
                    });
                });
        assertThatThrownBy(() -> ActivityFileReader.preview(() -> new ByteArrayInputStream(workbook),
                TextEncoding.AUTO, null, new ReadingLimits(2000, 10_000)))
                .as("the preview of the mapping page is refused too")
                .isInstanceOf(ImportFailedException.class);
    }

    @Test
    void aCellNamingASharedStringBeyondTheTableIsRefusedInsteadOfPaddingTheTable() {
        String sheet = GENERIC_HEADER + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2000000000</v></c>"
                + "<c r=\"B2\" t=\"s\"><v>3</v></c><c r=\"C2\"><v>1</v></c></row>";
        assertThat(refusal(crafted(sheet, GENERIC_STRINGS), new ReadingLimits(2000, 10_000)))
                .isEqualTo("import.problem.workbook.unusual");
        String hidden = GENERIC_HEADER + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v><![CDATA[2000000000]]></v></c></row>";
        assertThat(refusal(crafted(hidden, GENERIC_STRINGS), new ReadingLimits(2000, 10_000)))
                .isEqualTo("import.problem.workbook.unusual");
    }

    @Test
    void theSameWorkbookNamingStringsInTheTableIsRead() throws IOException {
        String sheet = GENERIC_HEADER + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>4</v></c>"
                + "<c r=\"B2\" t=\"s\"><v>3</v></c><c r=\"C2\"><v>1</v></c></row>";
        ActivityReport report = read(crafted(sheet, GENERIC_STRINGS), new ReadingLimits(2000, 10_000));
        assertThat(report.network().employees()).isEqualTo(1);
        assertThat(report.network().contentCreators()).isEqualTo(1);
    }

    @Test
    void aCellBeyondExcelsLastColumnOrWithTooManyCellsInARowIsRefused() {
        String far = GENERIC_HEADER + "<row r=\"2\"><c r=\"ZZZZZ2\"><v>1</v></c></row>";
        assertThat(refusal(crafted(far, GENERIC_STRINGS), new ReadingLimits(2000, 10_000)))
                .isEqualTo("import.problem.workbook.unusual");
        String wide = GENERIC_HEADER + "<row r=\"2\">" + "<c><v>1</v></c>".repeat(16_385) + "</row>";
        assertThat(refusal(crafted(wide, GENERIC_STRINGS), new ReadingLimits(2000, 10_000)))
                .isEqualTo("import.problem.workbook.unusual");
    }

    @Test
    void aZipBombIsRefusedOnceItUnpacksBeyondTheLimit() {
        String rows = "<row/>".repeat(1_000_000);
        byte[] bomb = crafted(GENERIC_HEADER + rows, GENERIC_STRINGS);
        assertThat(bomb.length).isLessThan(100_000);
        assertThat(refusal(bomb, new ReadingLimits(2000, 10_000, 4 << 20)))
                .isEqualTo("import.problem.workbook.tooLarge");
    }

    @Test
    void aHugeTextADtdOrTooManyFormulasAreRefused() {
        String huge = "<si><t>" + "a".repeat(2 << 20) + "</t></si>";
        assertThat(refusal(crafted(GENERIC_HEADER, GENERIC_STRINGS + huge), new ReadingLimits(2000, 1_000_000)))
                .isEqualTo("import.problem.workbook.unusual");
        byte[] dtd = crafted(GENERIC_HEADER, GENERIC_STRINGS, "xl/extra.xml",
                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaa\">]><x>&a;</x>");
        assertThat(refusal(dtd, new ReadingLimits(2000, 10_000))).isEqualTo("import.problem.workbook.unusual");
        String arrays = GENERIC_HEADER + "<row r=\"2\">"
                + "<c><f t=\"array\" ref=\"A2\">1</f><v>1</v></c>".repeat(11) + "</row>";
        assertThat(refusal(crafted(arrays, GENERIC_STRINGS), new ReadingLimits(2000, 10_000)))
                .isEqualTo("import.problem.workbook.unusual");
        String shared = GENERIC_HEADER + "<row r=\"2\"><c r=\"A2\"><f t=\"shared\" ref=\"A2:A9\" si=\"0\">"
                + "A1+".repeat(3_000) + "1</f></c></row>" + "<row><c><f t=\"shared\" si=\"0\"/></c></row>".repeat(100);
        assertThat(refusal(crafted(shared, GENERIC_STRINGS), new ReadingLimits(2000, 10_000)))
                .isEqualTo("import.problem.workbook.unusual");
    }

    @Test
    void everyRealLayoutAsExcelSavesItPassesTheCheck() throws IOException {
        for (RealExports.Layout layout : RealExports.Layout.values()) {
            byte[] xlsx = RealExports.Variant.clean(layout).xlsx();
            java.nio.file.Path file = java.nio.file.Files.createTempFile("check-", ".xlsx");
            try {
                java.nio.file.Files.write(file, xlsx);
                WorkbookCheck.check(file, new ReadingLimits(2000, 10_000).sharedStringsBudget(),
                        ReadingLimits.DEFAULT_WORKBOOK_UNPACKED);
            } finally {
                java.nio.file.Files.delete(file);
            }
        }
    }

    @Test
    void aWorkbooksSharedStringsLeaveRoomForFewerPeopleAndTheRefusalSaysToUseCsv() {
        ActivityTally tally = new ActivityTally(false, new ReadingLimits(10, 100), 40 * ReadingLimits.BYTES_PER_PERSON);
        for (int i = 0; i < 60; i++) {
            tally.add("person" + i, "", ActivityDates.Day.BLANK, 0);
        }
        assertThatThrownBy(() -> tally.add("one more", "", ActivityDates.Day.BLANK, 0))
                .isInstanceOfSatisfying(ImportFailedException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(problem -> {
                            assertThat(problem.code()).isEqualTo("import.problem.workbook.tooManyPeople");
                            assertThat(problem.arguments()).containsExactly(60, 100);
                        }));
        ActivityTally csv = new ActivityTally(false, new ReadingLimits(10, 100), 0);
        for (int i = 0; i < 100; i++) {
            csv.add("person" + i, "", ActivityDates.Day.BLANK, 0);
        }
        assertThatThrownBy(() -> csv.add("one more", "", ActivityDates.Day.BLANK, 0))
                .isInstanceOfSatisfying(ImportFailedException.class, e -> assertThat(e.problems().get(0).code())
                        .isEqualTo("import.problem.tooManyPeople"));
    }
}
