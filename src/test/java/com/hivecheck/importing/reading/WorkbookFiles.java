package com.hivecheck.importing.reading;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
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
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Microsoft Excel", "16.0");
            Worksheet sheet = workbook.newWorksheet("Report");
            List<String> header = RealExports.Layout.VIVA_ENGAGE.header;
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
            }
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
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

}
