package com.hivecheck.importing.reading;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/**
 * Activity exports in the exact layouts the platforms publish (Microsoft Graph getYammerActivityUserDetail and
 * getTeamsUserActivityUserDetail, Slack member analytics, HiveCheck's generic format), generated from one population
 * whose figures are known, in the ways admins re-save them.
 *
 * <p>The population, on the report date 2026-05-31 (a Sunday; the window is 2 to 31 May): nine creators with 20 posts
 * each and ten occasional posters with 2 each, five lurkers, one person last active on 1 May with 5 posts (outside
 * the window by one day), two never active, two {@code (Unknown)} rows with no name, and three people who have left
 * (deleted, suspended, deactivated) with 50 posts each. So: 29 people, 26 active, 200 posts by active people, and 8
 * creators (8 × 20 = 160 = 80%). Counting from the newest activity date (25 May) instead of the report date would
 * make 27 active; counting the departed would make 32 people.
 */
final class RealExports {

    static final LocalDate REPORT_DATE = LocalDate.of(2026, 5, 31);
    static final int PEOPLE = 29;
    static final int ACTIVE = 26;
    static final int CREATORS = 8;
    static final int DEPARTED = 3;

    /** Sales: 15 people, 14 active, 5 creators. R&D: 12 people, 10 active, 4 creators. No unit: the 2 unknowns. */
    static final String SALES = "Sales";
    static final String RND = "R&D";

    private RealExports() {
    }

    /**
     * One person of the population.
     *
     * @param id their id (an e-mail, or {@code (Unknown)})
     * @param unit their unit, possibly blank
     * @param last their last activity, or {@code null} for never
     * @param posts their posts and comments in the period
     * @param departed whether they have left
     */
    record Person(String id, String unit, @Nullable LocalDate last, int posts, boolean departed) {
    }

    static List<Person> population() {
        List<Person> people = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            people.add(new Person("creator" + i + "@contoso.com", i <= 5 ? SALES : RND, LocalDate.of(2026, 5, 20),
                    20, false));
        }
        for (int i = 1; i <= 10; i++) {
            people.add(new Person("poster" + i + "@contoso.com", i <= 4 ? SALES : RND, LocalDate.of(2026, 5, 10), 2,
                    false));
        }
        for (int i = 1; i <= 5; i++) {
            people.add(new Person("reader" + i + "@contoso.com", SALES, LocalDate.of(2026, 5, 25), 0, false));
        }
        people.add(new Person("early@contoso.com", SALES, LocalDate.of(2026, 5, 1), 5, false));
        people.add(new Person("never1@contoso.com", RND, null, 0, false));
        people.add(new Person("never2@contoso.com", RND, null, 0, false));
        people.add(new Person("(Unknown)", "", LocalDate.of(2026, 5, 15), 0, false));
        people.add(new Person("(Unknown)", "", LocalDate.of(2026, 5, 16), 0, false));
        for (int i = 1; i <= 3; i++) {
            people.add(new Person("gone" + i + "@contoso.com", i == 1 ? SALES : RND, LocalDate.of(2026, 5, 30), 50,
                    true));
        }
        return people;
    }

    /** A platform's layout: its header and how one person becomes one row. */
    enum Layout {

        VIVA_ENGAGE(List.of("Report Refresh Date", "User Principal Name", "Display Name", "User State",
                "State Change Date", "Last Activity Date", "Posted Count", "Read Count", "Liked Count",
                "Assigned Products", "Report Period")),
        TEAMS(List.of("Report Refresh Date", "Tenant Display Name", "Shared Channel Tenant Display Names", "User Id",
                "User Principal Name", "Last Activity Date", "Is Deleted", "Deleted Date", "Assigned Products",
                "Team Chat Message Count", "Private Chat Message Count", "Call Count", "Meeting Count",
                "Post Messages", "Reply Messages", "Urgent Messages", "Meetings Organized Count",
                "Meetings Attended Count", "Ad Hoc Meetings Organized Count", "Ad Hoc Meetings Attended Count",
                "Scheduled One-time Meetings Organized Count", "Scheduled One-time Meetings Attended Count",
                "Scheduled Recurring Meetings Organized Count", "Scheduled Recurring Meetings Attended Count",
                "Audio Duration", "Video Duration", "Screen Share Duration", "Audio Duration In Seconds",
                "Video Duration In Seconds", "Screen Share Duration In Seconds", "Has Other Action", "Is Licensed",
                "Report Period")),
        SLACK(List.of("Name", "What I Do", "Account type", "Account created (UTC)", "Claimed Date (UTC)",
                "Deactivated date (UTC)", "Days active", "Days active (Desktop)", "Days active (Android)",
                "Days active (iOS)", "Messages posted", "Messages posted in channels", "Reactions added",
                "Last active (UTC)", "Last active (Desktop) (UTC)", "Last active (Android) (UTC)",
                "Last active (iOS) (UTC)", "Username", "Display name", "Email", "User ID")),
        GENERIC(List.of("person", "unit", "last_activity_date", "posts", "comments"));

        final List<String> header;

        Layout(List<String> header) {
            this.header = header;
        }
    }

    /**
     * How a file is written.
     *
     * @param layout the platform
     * @param unitColumn the unit column added to the export, or {@code null} for none
     * @param dates how dates are written
     * @param period the report period in days
     * @param totalsRow whether a totals row is added at the end
     * @param repeatedHeader whether the header is repeated in the middle
     */
    record Variant(Layout layout, @Nullable String unitColumn, Function<LocalDate, String> dates, int period,
            boolean totalsRow, boolean repeatedHeader) {

        static Variant clean(Layout layout) {
            return new Variant(layout, layout == Layout.GENERIC ? "unit" : null,
                    layout == Layout.SLACK ? RealExports::slackDate : LocalDate::toString, 30, false, false);
        }

        Variant withUnit(String column) {
            return new Variant(layout, column, dates, period, totalsRow, repeatedHeader);
        }

        Variant withDates(String pattern) {
            DateTimeFormatter format = DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
            return new Variant(layout, unitColumn, format::format, period, totalsRow, repeatedHeader);
        }

        Variant withPeriod(int days) {
            return new Variant(layout, unitColumn, dates, days, totalsRow, repeatedHeader);
        }

        Variant withTotalsRow() {
            return new Variant(layout, unitColumn, dates, period, true, repeatedHeader);
        }

        Variant withRepeatedHeader() {
            return new Variant(layout, unitColumn, dates, period, totalsRow, true);
        }

        /** The name the platform gives the file; Slack writes the report's dates in it. */
        String fileName(String extension) {
            return switch (layout) {
                case SLACK -> "Contoso Member Analytics " + slackDate(REPORT_DATE.minusDays(period - 1L)) + " - "
                        + slackDate(REPORT_DATE) + "." + extension;
                case VIVA_ENGAGE -> "VivaEngageActivityUserDetail5_31_2026 9_14_03 AM." + extension;
                case TEAMS -> "TeamsUserActivityUserDetail5_31_2026 9_14_03 AM." + extension;
                case GENERIC -> "activity." + extension;
            };
        }

        List<String> header() {
            List<String> header = new ArrayList<>(layout.header);
            if (unitColumn != null && layout != Layout.GENERIC) {
                header.add(unitColumn);
            }
            return header;
        }

        /** The rows as cell texts, the header first. */
        List<List<String>> rows() {
            List<List<String>> rows = new ArrayList<>();
            rows.add(header());
            List<Person> people = population();
            long total = 0;
            for (int i = 0; i < people.size(); i++) {
                if (repeatedHeader && i == people.size() / 2) {
                    rows.add(header());
                }
                Person person = people.get(i);
                if (layout == Layout.GENERIC && person.departed()) {
                    continue;
                }
                rows.add(row(person));
                total += person.posts();
            }
            if (totalsRow) {
                List<String> totals = new ArrayList<>();
                for (int i = 0; i < header().size(); i++) {
                    totals.add("");
                }
                totals.set(0, "Итого");
                totals.set(countColumn(), Long.toString(total));
                rows.add(totals);
            }
            return rows;
        }

        private int countColumn() {
            return switch (layout) {
                case VIVA_ENGAGE -> 6;
                case TEAMS -> 13;
                case SLACK -> 10;
                case GENERIC -> 3;
            };
        }

        private List<String> row(Person p) {
            String last = p.last() == null ? "" : dates.apply(p.last());
            String report = dates.apply(REPORT_DATE);
            String posts = Integer.toString(p.posts());
            String unknown = p.id().equals("(Unknown)") ? "" : p.id().substring(0, p.id().indexOf('@'));
            List<String> row = switch (layout) {
                case VIVA_ENGAGE -> new ArrayList<>(List.of(report, p.id(), unknown,
                        p.departed() ? (p.id().startsWith("gone1") ? "Deleted" : "Suspended") : "Active",
                        p.departed() ? dates.apply(LocalDate.of(2026, 5, 30)) : "", last, posts, "37", "4",
                        "Microsoft 365 E3", Integer.toString(period)));
                case TEAMS -> {
                    int postMessages = p.posts() / 2;
                    yield new ArrayList<>(List.of(report, "Contoso", "", "id-" + unknown, p.id(), last,
                            p.departed() ? "True" : "False", p.departed() ? report : "", "Microsoft 365 E3", "7",
                            "120", "3", "4", Integer.toString(postMessages), Integer.toString(p.posts() - postMessages),
                            "0", "1", "3", "0", "1", "0", "2", "1", "1", "PT1H", "PT0S", "PT0S", "3600", "0", "0",
                            "No", "Yes", Integer.toString(period)));
                }
                case SLACK -> new ArrayList<>(List.of(unknown, "", "Member", dates.apply(LocalDate.of(2024, 1, 8)),
                        dates.apply(LocalDate.of(2024, 1, 9)), p.departed() ? report : "", "12", "10", "1", "4", posts,
                        posts, "9", last, last, "", last, unknown, unknown, p.id(),
                        p.id().equals("(Unknown)") ? "(Unknown)" : "U0" + Integer.toHexString(p.id().hashCode())));
                case GENERIC -> new ArrayList<>(List.of(p.id(), p.unit(), last, posts, "0"));
            };
            if (unitColumn != null && layout != Layout.GENERIC) {
                row.add(p.unit());
            }
            return row;
        }

        /** The file as CSV text in this encoding, with this delimiter and optionally a byte order mark. */
        byte[] csv(Charset charset, char delimiter, boolean bom) {
            StringBuilder text = new StringBuilder();
            for (List<String> row : rows()) {
                for (int i = 0; i < row.size(); i++) {
                    if (i > 0) {
                        text.append(delimiter);
                    }
                    String cell = row.get(i);
                    boolean quote = cell.indexOf(delimiter) >= 0 || cell.indexOf('"') >= 0;
                    text.append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
                }
                text.append("\r\n");
            }
            byte[] body = text.toString().getBytes(charset);
            if (!bom) {
                return body;
            }
            byte[] withBom = new byte[body.length + 3];
            withBom[0] = (byte) 0xEF;
            withBom[1] = (byte) 0xBB;
            withBom[2] = (byte) 0xBF;
            System.arraycopy(body, 0, withBom, 3, body.length);
            return withBom;
        }

        byte[] csv() {
            return csv(StandardCharsets.UTF_8, ',', false);
        }

        /** The file as an Excel workbook, as Excel saves a CSV it opened: dates as date cells, counts as numbers. */
        byte[] xlsx() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                Workbook workbook = new Workbook(out, "HiveCheck", "1.0");
                Worksheet sheet = workbook.newWorksheet("Report");
                List<List<String>> rows = rows();
                for (int r = 0; r < rows.size(); r++) {
                    List<String> row = rows.get(r);
                    for (int c = 0; c < row.size(); c++) {
                        cell(sheet, r, c, row.get(c), r > 0 && !rows.get(r).equals(header()));
                    }
                }
                workbook.finish();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }

        private void cell(Worksheet sheet, int r, int c, String text, boolean data) {
            if (text.isEmpty()) {
                return;
            }
            if (data && text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                sheet.value(r, c, LocalDate.parse(text));
                sheet.style(r, c).format("dd.mm.yyyy").set();
            } else if (data && text.matches("\\d{1,9}")) {
                sheet.value(r, c, Long.parseLong(text));
            } else {
                sheet.value(r, c, text);
            }
        }
    }

    static String slackDate(LocalDate date) {
        return DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH).format(date);
    }
}
