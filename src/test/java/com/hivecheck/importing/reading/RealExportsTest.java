package com.hivecheck.importing.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hivecheck.importing.ActivityReport;
import com.hivecheck.importing.ExportFormat;
import com.hivecheck.importing.GroupFigures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Known answers per export format: each real layout ({@link RealExports}), clean and as admins re-save it, gives the
 * exact people, active users and creators of the network and of each unit.
 */
class RealExportsTest {

    private static final Charset CP1251 = Charset.forName("windows-1251");
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    private static ActivityReport read(byte[] bytes, @Nullable String fileName, ImportOptions options)
            throws IOException {
        return ActivityFileReader.read(() -> new ByteArrayInputStream(bytes), options, fileName, TODAY,
                new ReadingLimits(2000, 1_000_000));
    }

    /** The generic format has no report date: the reference date is chosen, as a user would. */
    private static ImportOptions options(RealExports.Layout layout) {
        return layout == RealExports.Layout.GENERIC
                ? new ImportOptions(TextEncoding.AUTO, DateOrder.AUTO, RealExports.REPORT_DATE, 30, null, null)
                : ImportOptions.defaults();
    }

    private static ExportFormat format(RealExports.Layout layout) {
        return ExportFormat.valueOf(layout.name());
    }

    static Stream<Arguments> variants() {
        Stream.Builder<Arguments> variants = Stream.builder();
        for (RealExports.Layout layout : RealExports.Layout.values()) {
            RealExports.Variant clean = RealExports.Variant.clean(layout);
            RealExports.Variant unit = layout == RealExports.Layout.GENERIC ? clean : clean.withUnit("Department");
            variants.add(Arguments.of(layout + " clean", unit, unit.csv(), true));
            variants.add(Arguments.of(layout + " with a byte order mark", unit,
                    unit.csv(StandardCharsets.UTF_8, ',', true), true));
            variants.add(Arguments.of(layout + " re-saved by Russian Excel (; Windows-1251 dd.MM.yyyy)",
                    unit.withUnit(layout == RealExports.Layout.GENERIC ? "unit" : "Подразделение")
                            .withDates("dd.MM.yyyy"),
                    unit.withUnit(layout == RealExports.Layout.GENERIC ? "unit" : "Подразделение")
                            .withDates("dd.MM.yyyy").csv(CP1251, ';', false), true));
            variants.add(Arguments.of(layout + " re-saved by US Excel (M/d/yyyy)", unit.withDates("M/d/yyyy"),
                    unit.withDates("M/d/yyyy").csv(), true));
            variants.add(Arguments.of(layout + " with a totals row", unit.withTotalsRow(),
                    unit.withTotalsRow().csv(), true));
            variants.add(Arguments.of(layout + " with a repeated header", unit.withRepeatedHeader(),
                    unit.withRepeatedHeader().csv(), true));
            variants.add(Arguments.of(layout + " as .xlsx", unit.withUnit(layout == RealExports.Layout.GENERIC
                    ? "unit" : "Unit"), unit.withUnit(layout == RealExports.Layout.GENERIC ? "unit" : "Unit").xlsx(),
                    true));
            if (layout != RealExports.Layout.GENERIC) {
                variants.add(Arguments.of(layout + " without a unit column", clean, clean.csv(), false));
            }
        }
        return variants.build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void givesTheKnownFigures(String name, RealExports.Variant variant, byte[] file, boolean units)
            throws IOException {
        boolean xlsx = file[0] == 'P';
        ActivityReport report = read(file, variant.fileName(xlsx ? "xlsx" : "csv"), options(variant.layout()));

        assertThat(report.format()).isEqualTo(format(variant.layout()));
        assertThat(report.referenceDate()).isEqualTo(RealExports.REPORT_DATE);
        GroupFigures network = report.network();
        assertThat(network.employees()).as("people").isEqualTo(RealExports.PEOPLE);
        assertThat(network.monthlyActiveUsers()).as("active").isEqualTo(RealExports.ACTIVE);
        assertThat(network.contentCreators()).as("creators").isEqualTo(RealExports.CREATORS);
        assertThat(network.contributions()).isEqualTo(200);
        assertThat(report.skipped().departed())
                .isEqualTo(variant.layout() == RealExports.Layout.GENERIC ? 0 : RealExports.DEPARTED);
        assertThat(report.skipped().totals()).isEqualTo(variant.totalsRow() ? 1 : 0);
        assertThat(report.skipped().headers()).isEqualTo(variant.repeatedHeader() ? 1 : 0);
        if (units) {
            assertThat(report.units()).extracting(GroupFigures::unit, GroupFigures::employees,
                    GroupFigures::monthlyActiveUsers, GroupFigures::contentCreators).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(RealExports.SALES, 15, 14, 5),
                    org.assertj.core.groups.Tuple.tuple(RealExports.RND, 12, 10, 4),
                    org.assertj.core.groups.Tuple.tuple("", 2, 2, 0));
        } else {
            assertThat(report.units()).isEmpty();
        }
        assertThat(report.workbook()).isEqualTo(xlsx);
    }

    @ParameterizedTest
    @EnumSource(value = RealExports.Layout.class, names = {"VIVA_ENGAGE", "TEAMS"})
    void aMicrosoftReportIsCountedFromItsOwnDateNotTheNewestActivity(RealExports.Layout layout) throws IOException {
        ActivityReport report = read(RealExports.Variant.clean(layout).csv(), null, ImportOptions.defaults());
        assertThat(report.referenceChoice()).isEqualTo(ActivityReport.ReferenceChoice.REPORT_DATE);
        assertThat(report.newest()).isEqualTo(LocalDate.of(2026, 5, 25));
        assertThat(report.network().monthlyActiveUsers()).isEqualTo(RealExports.ACTIVE);
    }

    @Test
    void slackTakesItsDateFromTheFileName() throws IOException {
        RealExports.Variant slack = RealExports.Variant.clean(RealExports.Layout.SLACK);
        ActivityReport named = read(slack.csv(), slack.fileName("csv"), ImportOptions.defaults());
        assertThat(named.referenceChoice()).isEqualTo(ActivityReport.ReferenceChoice.FILE_NAME);
        ActivityReport unnamed = read(slack.csv(), "export.csv", ImportOptions.defaults());
        assertThat(unnamed.referenceChoice()).isEqualTo(ActivityReport.ReferenceChoice.NEWEST_IN_FILE);
    }

    @ParameterizedTest
    @EnumSource(value = RealExports.Layout.class, names = {"VIVA_ENGAGE", "TEAMS", "SLACK"})
    void aReportOverAnotherPeriodIsRefusedWithHowToGetTheMonthlyOne(RealExports.Layout layout) {
        RealExports.Variant longPeriod = RealExports.Variant.clean(layout).withPeriod(180);
        assertThatThrownBy(() -> read(longPeriod.csv(), longPeriod.fileName("csv"), ImportOptions.defaults()))
                .isInstanceOfSatisfying(ImportFailedException.class, e -> {
                    assertThat(e.problems()).singleElement().satisfies(problem -> {
                        assertThat(problem.code()).isEqualTo("import.problem.period." + layout);
                        assertThat(problem.arguments()).containsExactly(180);
                    });
                });
        RealExports.Variant week = RealExports.Variant.clean(layout).withPeriod(7);
        assertThatThrownBy(() -> read(week.csv(), week.fileName("csv"), ImportOptions.defaults()))
                .isInstanceOf(ImportFailedException.class);
    }

    @Test
    void teamsCountsChannelPostsAndRepliesNotChats() throws IOException {
        ActivityReport report = read(RealExports.Variant.clean(RealExports.Layout.TEAMS).csv(), null,
                ImportOptions.defaults());
        assertThat(report.columns().counts()).containsExactly("Post Messages", "Reply Messages");
        assertThat(report.columns().unit()).isNull();
    }

    @Test
    void unknownRowsAreDifferentPeopleAndHashedIdsWorkAsIds() throws IOException {
        String csv = """
                Report Refresh Date,User Principal Name,Display Name,User State,State Change Date,Last Activity Date,Posted Count,Read Count,Liked Count,Assigned Products,Report Period
                2026-05-31,(Unknown),,Active,,2026-05-20,3,0,0,,30
                2026-05-31,(Unknown),,Active,,2026-05-21,0,0,0,,30
                2026-05-31,8A1F0C3D2B7E44F19A0D5C6B3E2F1A7D,5C0E9B1A7D3F2C4E8B6A0D1F9E7C3B2A,Active,,2026-05-22,1,0,0,,30
                2026-05-31,8a1f0c3d2b7e44f19a0d5c6b3e2f1a7d,5C0E9B1A7D3F2C4E8B6A0D1F9E7C3B2A,Active,,2026-05-23,1,0,0,,30
                """;
        ActivityReport report = read(csv.getBytes(StandardCharsets.UTF_8), null, ImportOptions.defaults());
        assertThat(report.network().employees()).isEqualTo(3);
        assertThat(report.network().contributions()).isEqualTo(5);
    }

    @Test
    void ambiguousUsDatesAreAQuestionAndTheAnswerIsUsed() throws IOException {
        String csv = """
                person,last_activity_date,posts
                a,5/2/2026,1
                b,6/3/2026,1
                """;
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read(bytes, null, ImportOptions.defaults()))
                .isInstanceOfSatisfying(ImportFailedException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::code).containsExactly("import.problem.dateOrder.ambiguous"));
        ActivityReport monthFirst = read(bytes, null,
                new ImportOptions(TextEncoding.AUTO, DateOrder.MONTH_FIRST, null, 30, null, null));
        assertThat(monthFirst.newest()).isEqualTo(LocalDate.of(2026, 6, 3));
        ActivityReport dayFirst = read(bytes, null,
                new ImportOptions(TextEncoding.AUTO, DateOrder.DAY_FIRST, null, 30, null, null));
        assertThat(dayFirst.newest()).isEqualTo(LocalDate.of(2026, 3, 6));
    }

    @Test
    void aLegacyWorkbookGetsAClearMessage() {
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertThatThrownBy(() -> read(xls, "old.xls", ImportOptions.defaults()))
                .isInstanceOfSatisfying(ImportFailedException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::code).containsExactly("import.problem.xls"));
    }

    @Test
    void theSheetTheUserPicksIsRead() throws IOException {
        byte[] xlsx = RealExports.Variant.clean(RealExports.Layout.VIVA_ENGAGE).xlsx();
        ActivityReport report = read(xlsx, "a.xlsx",
                new ImportOptions(TextEncoding.AUTO, DateOrder.AUTO, null, 30, null, "report"));
        assertThat(report.sheet()).isEqualTo("Report");
        assertThatThrownBy(() -> read(xlsx, "a.xlsx",
                new ImportOptions(TextEncoding.AUTO, DateOrder.AUTO, null, 30, null, "Sheet9")))
                .isInstanceOfSatisfying(ImportFailedException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::code).containsExactly("import.problem.noSuchSheet"));
    }

    @Test
    void moreThanTwoHundredColumnsAreRefused() {
        String header = String.join(",", java.util.Collections.nCopies(201, "c"));
        assertThatThrownBy(() -> read((header + "\n1\n").getBytes(StandardCharsets.UTF_8), null,
                ImportOptions.defaults()))
                .isInstanceOfSatisfying(ImportFailedException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::code).containsExactly("import.problem.tooManyColumns"));
    }

    @Test
    void unitsBeyondTheLimitAreCountedTogether() throws IOException {
        StringBuilder csv = new StringBuilder("person,unit,last_activity_date,posts\n");
        for (int i = 0; i < 10; i++) {
            csv.append("big").append(i).append(",Big,2026-05-31,1\n");
        }
        for (int i = 0; i < 5; i++) {
            csv.append("small").append(i).append(",Small ").append(i).append(",2026-05-31,1\n");
        }
        ActivityReport report = ActivityFileReader.read(
                () -> new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
                ImportOptions.defaults(), null, TODAY, new ReadingLimits(3, 1_000_000));
        assertThat(report.units()).extracting(GroupFigures::kind, GroupFigures::unit, GroupFigures::employees)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(GroupFigures.Kind.UNIT, "Big", 10),
                        org.assertj.core.groups.Tuple.tuple(GroupFigures.Kind.UNIT, "Small 0", 1),
                        org.assertj.core.groups.Tuple.tuple(GroupFigures.Kind.UNIT, "Small 1", 1),
                        org.assertj.core.groups.Tuple.tuple(GroupFigures.Kind.OTHER_UNITS, null, 3));
    }

    private static ActivityReport read(CharSequence csv, ReadingLimits limits) throws IOException {
        return ActivityFileReader.read(() -> new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
                ImportOptions.defaults(), null, TODAY, limits);
    }

    @Test
    void aFileWithMorePeopleThanTheLimitIsRefusedWithTheLimitNamed() {
        StringBuilder csv = new StringBuilder("person,last_activity_date,posts\n");
        for (int i = 0; i < 101; i++) {
            csv.append("p").append(i).append("@example.com,2026-05-31,1\n");
        }
        assertThatThrownBy(() -> read(csv, new ReadingLimits(10, 100)))
                .isInstanceOfSatisfying(ImportFailedException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::code, ImportProblem::arguments)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("import.problem.tooManyPeople",
                                List.of(100))));
    }

    @Test
    void rowsOfOnePersonAddUpWithinTheLimitWhateverTheirCase() throws IOException {
        StringBuilder csv = new StringBuilder("person,last_activity_date,posts\n");
        for (int i = 0; i < 100; i++) {
            csv.append("p").append(i).append("@example.com,2026-05-31,1\n");
            csv.append("P").append(i).append("@Example.COM,2026-05-30,2\n");
        }
        ActivityReport report = read(csv, new ReadingLimits(10, 100));
        assertThat(report.network().employees()).isEqualTo(100);
        assertThat(report.network().contributions()).isEqualTo(300);
    }

    @Test
    void unitsFirstSeenAfterTheTrackedOnesAreCountedWithTheSmallerUnits() throws IOException {
        ReadingLimits limits = new ReadingLimits(1, 1_000_000);
        int tracked = limits.maxTrackedUnits();
        StringBuilder csv = new StringBuilder("person,unit,last_activity_date,posts\n");
        for (int i = 0; i < tracked + 500; i++) {
            csv.append("p").append(i).append(",unit ").append(i).append(",2026-05-31,1\n");
        }
        csv.append("late1,Late,2026-05-31,1\nlate2,Late,2026-05-31,1\n");
        ActivityReport report = read(csv, limits);
        assertThat(report.network().employees()).isEqualTo(tracked + 502);
        assertThat(report.units()).extracting(GroupFigures::kind, GroupFigures::employees)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(GroupFigures.Kind.UNIT, 1),
                        org.assertj.core.groups.Tuple.tuple(GroupFigures.Kind.OTHER_UNITS, tracked + 501));
    }

    @Test
    void theMappingGuessIsSafe() throws IOException {
        for (RealExports.Layout layout : List.of(RealExports.Layout.TEAMS, RealExports.Layout.VIVA_ENGAGE,
                RealExports.Layout.SLACK)) {
            byte[] file = RealExports.Variant.clean(layout).csv();
            ActivityFileReader.Preview preview = ActivityFileReader.preview(() -> new ByteArrayInputStream(file),
                    TextEncoding.AUTO, null, new ReadingLimits(2000, 1_000_000));
            Header.Guess guess = preview.guess();
            List<String> names = preview.header().names();
            assertThat(names.get(guess.lastActivity())).as(layout + " date").isNotEqualTo("Report Refresh Date")
                    .isIn("Last Activity Date", "Last active (UTC)");
            assertThat(guess.unit()).as(layout + " unit").isEqualTo(ColumnMapping.NONE);
            assertThat(guess.counts().stream().map(names::get).toList()).as(layout + " counts")
                    .doesNotContain("Messages posted in channels", "Private Chat Message Count",
                            "Team Chat Message Count");
        }
    }
}
