package com.hivecheck.importing.reading;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Excel workbooks in the layouts real platforms export, of any size, for tests in and outside this package. */
public final class WorkbookFiles {

    /** The Report Refresh Date of every row, and the newest Last Activity Date. */
    public static final LocalDate REPORT_DATE = LocalDate.of(2026, 5, 31);

    private WorkbookFiles() {
    }

    /**
     * A Viva Engage user activity report as Excel saves it (Microsoft Graph getYammerActivityUserDetail), one row per
     * person with a unique User Principal Name and Display Name, so that every person adds two shared strings.
     */
    public static byte[] vivaEngage(int people) {
        return vivaEngageReport(sheet -> {
            for (int i = 0; i < people; i++) {
                int r = i + 1;
                sheet.value(r, 0, REPORT_DATE);
                sheet.style(r, 0).format("yyyy-mm-dd").set();
                sheet.value(r, 1, "employee" + i + "@contoso.onmicrosoft.com");
                sheet.value(r, 2, "Employee Number " + i);
                sheet.value(r, 3, "Active");
                sheet.value(r, 5, REPORT_DATE.minusDays(i % 45));
                sheet.style(r, 5).format("yyyy-mm-dd").set();
                sheet.value(r, 6, i % 10 == 0 ? 3 : 0);
                sheet.value(r, 7, 12);
                sheet.value(r, 8, 1);
                sheet.value(r, 9, "Microsoft 365 E3");
                sheet.value(r, 10, 30);
            }
        });
    }

    /**
     * A Viva Engage report with a Department column added, as an admin formats it in Excel: the department cell of
     * each department's rows merged into one. {@code departments[d]} people belong to department {@code d}, named
     * "Department d"; every tenth person posted.
     */
    public static byte[] vivaEngageWithMergedDepartments(int... departments) {
        return vivaEngageReport(sheet -> {
            int unitColumn = RealExports.Layout.VIVA_ENGAGE.header.size();
            sheet.value(0, unitColumn, "Department");
            int r = 1;
            for (int d = 0; d < departments.length; d++) {
                int first = r;
                for (int i = 0; i < departments[d]; i++, r++) {
                    sheet.value(r, 0, REPORT_DATE);
                    sheet.style(r, 0).format("yyyy-mm-dd").set();
                    sheet.value(r, 1, "d" + d + "-person" + i + "@contoso.com");
                    sheet.value(r, 3, "Active");
                    sheet.value(r, 5, REPORT_DATE.minusDays(i));
                    sheet.style(r, 5).format("yyyy-mm-dd").set();
                    sheet.value(r, 6, i % 10 == 0 ? 5 : 0);
                    sheet.value(r, 10, 30);
                }
                sheet.value(first, unitColumn, "Department " + d);
                if (r - 1 > first) {
                    sheet.range(first, unitColumn, r - 1, unitColumn).merge();
                }
            }
        });
    }

    /** A workbook of one sheet with the Viva Engage header, as Excel saves it, the rows written by {@code rows}. */
    private static byte[] vivaEngageReport(Consumer<Worksheet> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Microsoft Excel", "16.0");
            Worksheet sheet = workbook.newWorksheet("Report");
            List<String> header = RealExports.Layout.VIVA_ENGAGE.header;
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
            }
            rows.accept(sheet);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
