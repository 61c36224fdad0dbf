package com.hivecheck.importing.reading;

import static com.hivecheck.importing.ActivityFiles.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hivecheck.importing.ActivityFiles;
import com.hivecheck.importing.ActivityReport;
import com.hivecheck.importing.ExportFormat;
import com.hivecheck.importing.GroupFigures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ActivityFileReaderTest {

    private static final Charset CP1251 = Charset.forName("windows-1251");

    @Nested
    class KnownAnswers {

        @Test
        void tenPeopleWhoMadeNinetyPercentOfPostsGiveNineCreators() throws IOException {
            ActivityReport report = read(ActivityFiles.tenMakeNinetyPercent());
            GroupFigures network = report.network();
            assertThat(network.employees()).isEqualTo(1000);
            assertThat(network.monthlyActiveUsers()).isEqualTo(1000);
            assertThat(network.contributions()).isEqualTo(1000);
            // 9 × 90 = 810 ≥ 800 = 80% of 1000, while 8 × 90 = 720 is not enough.
            assertThat(network.contentCreators()).isEqualTo(9);
            assertThat(network.core()).isEqualTo(9);
            assertThat(network.occasional()).isEqualTo(101);
            assertThat(network.lurkers()).isEqualTo(890);
            assertThat(network.creatorsContentPercent()).isEqualTo(81.0);
            assertThat(report.rows()).isEqualTo(1000);
            assertThat(report.format()).isEqualTo(ExportFormat.GENERIC);
        }

        @Test
        void everyoneInactiveGivesNoActiveUsersAndNoCreators() throws IOException {
            ImportOptions options = new ImportOptions(TextEncoding.AUTO, DateOrder.AUTO, LocalDate.of(2026, 5, 31), 30, null, null);
            ActivityReport report = read(ActivityFiles.generic("2026-01-15", 5, 3, 0, 1)
                    .getBytes(StandardCharsets.UTF_8), options);
            GroupFigures network = report.network();
            assertThat(network.employees()).isEqualTo(4);
            assertThat(network.monthlyActiveUsers()).isZero();
            assertThat(network.contentCreators()).isZero();
            assertThat(network.lurkers() + network.occasional()).isZero();
            assertThat(network.ignoredPeople()).isEqualTo(3);
            assertThat(network.ignoredContributions()).isEqualTo(9);
            assertThat(network.curve()).isEmpty();
            assertThat(report.referenceChoice()).isEqualTo(ActivityReport.ReferenceChoice.CHOSEN);
        }

        @Test
        void peopleWithoutAnyDateAreInactiveAndTheReferenceIsToday() throws IOException {
            ActivityReport report = read("person,last_activity_date,posts\na,,0\nb,,0\n");
            assertThat(report.network().monthlyActiveUsers()).isZero();
            assertThat(report.referenceDate()).isEqualTo(ActivityFiles.TODAY);
            assertThat(report.referenceChoice()).isEqualTo(ActivityReport.ReferenceChoice.TODAY);
            assertThat(report.newest()).isNull();
        }

        @Test
        void aTieAtTheEightyPercentLineCountsOnlyAsManyAsNeeded() throws IOException {
            // 50 + 10 + 10 + 10 = 80 of 100: four people, although five have 10 posts each.
            GroupFigures network = read(ActivityFiles.generic("2026-05-31", 10, 10, 50, 10, 10, 10)).network();
            assertThat(network.contentCreators()).isEqualTo(4);
            assertThat(network.occasional()).isEqualTo(2);
            assertThat(network.creatorsContentPercent()).isEqualTo(80.0);
        }

        @Test
        void theResultDoesNotDependOnTheOrderOfRows() throws IOException {
            GroupFigures one = read(ActivityFiles.generic("2026-05-31", 7, 7, 7, 3, 0, 1)).network();
            GroupFigures other = read(ActivityFiles.generic("2026-05-31", 1, 0, 3, 7, 7, 7)).network();
            assertThat(one.contentCreators()).isEqualTo(other.contentCreators()).isEqualTo(3);
            assertThat(one.curve()).isEqualTo(other.curve());
        }

        @Test
        void theWindowHoldsThirtyDaysEndingOnTheReferenceDate() throws IOException {
            ActivityReport report = read("""
                    person,last_activity_date,posts
                    newest,2026-05-31,1
                    first-day,2026-05-02,1
                    day-before,2026-05-01,1
                    """);
            assertThat(report.referenceDate()).isEqualTo(LocalDate.of(2026, 5, 31));
            assertThat(report.referenceChoice()).isEqualTo(ActivityReport.ReferenceChoice.NEWEST_IN_FILE);
            assertThat(report.windowStart()).isEqualTo(LocalDate.of(2026, 5, 2));
            assertThat(report.network().monthlyActiveUsers()).isEqualTo(2);
            assertThat(report.network().ignoredContributions()).isEqualTo(1);
            assertThat(report.oldest()).isEqualTo(LocalDate.of(2026, 5, 1));
        }

        @Test
        void aChosenReferenceDateAndWindowApplyAndLaterDatesCountAsActive() throws IOException {
            ImportOptions options = new ImportOptions(TextEncoding.AUTO, DateOrder.AUTO, LocalDate.of(2026, 5, 10), 7, null, null);
            ActivityReport report = read("""
                    person,last_activity_date,posts
                    later,2026-05-31,1
                    in,2026-05-04,1
                    out,2026-05-03,1
                    """.getBytes(StandardCharsets.UTF_8), options);
            assertThat(report.network().monthlyActiveUsers()).isEqualTo(2);
            assertThat(report.laterThanReference()).isEqualTo(1);
            assertThat(report.windowDays()).isEqualTo(7);
        }

        @Test
        void rowsOfTheSamePersonAddUpWhateverTheCase() throws IOException {
            ActivityReport report = read("""
                    person,unit,last_activity_date,posts,comments
                    Ann@Example.com,Sales,2026-05-01,2,1
                    ann@example.com,Legal,2026-05-20,0,3
                    bob@example.com,Legal,2026-05-20,0,0
                    """);
            GroupFigures network = report.network();
            assertThat(network.employees()).isEqualTo(2);
            assertThat(network.contributions()).isEqualTo(6);
            assertThat(report.units()).extracting(GroupFigures::unit, GroupFigures::employees)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Legal", 1),
                            org.assertj.core.groups.Tuple.tuple("Sales", 1));
        }

        @Test
        void computesEveryUnitLikeTheNetworkAndKeepsPeopleWithoutAUnit() throws IOException {
            ActivityReport report = read("""
                    person,unit,last_activity_date,posts
                    a,Sales,2026-05-31,10
                    b,Sales,2026-05-31,0
                    c,Sales,2026-04-01,0
                    d,Legal,2026-05-30,4
                    e,,2026-05-30,1
                    """);
            assertThat(report.units()).hasSize(3);
            GroupFigures sales = report.units().get(0);
            assertThat(sales.unit()).isEqualTo("Sales");
            assertThat(sales.employees()).isEqualTo(3);
            assertThat(sales.monthlyActiveUsers()).isEqualTo(2);
            assertThat(sales.contentCreators()).isEqualTo(1);
            assertThat(sales.lurkers()).isEqualTo(1);
            assertThat(report.units()).filteredOn(GroupFigures::withoutUnit).singleElement()
                    .extracting(GroupFigures::employees).isEqualTo(1);
            assertThat(report.network().contentCreators()).isEqualTo(2);
        }
    }

    @Nested
    class RealFiles {

        @Test
        void readsSemicolonsWindows1251RussianNamesAndDottedDates() throws IOException {
            String csv = """
                    person;unit;last_activity_date;posts;comments
                    Иванов Иван;Отдел продаж;31.05.2026;12;3
                    Петрова Анна;Бухгалтерия;30.05.2026;0;1
                    Сидоров Пётр;Отдел продаж;01.01.2026;0;0
                    """;
            ActivityReport report = read(csv, CP1251);
            assertThat(report.encoding()).isEqualTo(TextEncoding.WINDOWS_1251);
            assertThat(report.delimiter()).isEqualTo(';');
            assertThat(report.units()).extracting(GroupFigures::unit).containsExactly("Отдел продаж", "Бухгалтерия");
            assertThat(report.network().monthlyActiveUsers()).isEqualTo(2);
            assertThat(report.network().contributions()).isEqualTo(16);
        }

        @Test
        void mapsRussianColumnsChosenByTheUser() throws IOException {
            String csv = """
                    Сотрудник;Подразделение;Дата последней активности;Публикации;Комментарии;Просмотры
                    ivanov;Продажи;31.05.2026;4;1;100
                    petrova;Продажи;31.05.2026;0;0;50
                    """;
            ColumnMapping mapping = new ColumnMapping(ExportFormat.MAPPED, 0, 1, 2, List.of(3, 4));
            ActivityReport report = read(csv.getBytes(CP1251),
                    new ImportOptions(TextEncoding.WINDOWS_1251, DateOrder.AUTO, null, 30, mapping, null));
            assertThat(report.format()).isEqualTo(ExportFormat.MAPPED);
            assertThat(report.columns().counts()).containsExactly("Публикации", "Комментарии");
            assertThat(report.network().contributions()).isEqualTo(5);
        }

        @Test
        void handlesAUtf8ByteOrderMark() throws IOException {
            ActivityReport report = read("\uFEFFperson,last_activity_date,posts\nann,2026-05-31,3\n");
            assertThat(report.format()).isEqualTo(ExportFormat.GENERIC);
            assertThat(report.network().contributions()).isEqualTo(3);
        }

        @Test
        void readsTheVivaEngageActivityReportCountingPostsOnly() throws IOException {
            ActivityReport report = read("""
                    Report Refresh Date,User Principal Name,Display Name,User State,State Change Date,Last Activity Date,Posted Count,Read Count,Liked Count,Assigned Products,Report Period
                    2026-06-01,ann@contoso.com,Ann,Active,,2026-05-30,8,120,14,"OFFICE 365 E3+MICROSOFT VIVA",30
                    2026-06-01,bob@contoso.com,Bob,Active,,2026-05-12,2,40,3,OFFICE 365 E3,30
                    2026-06-01,cat@contoso.com,"Cat, Jr.",Active,,,0,0,0,OFFICE 365 E3,30
                    2026-06-01,dan@contoso.com,Dan,Active,,2026-04-01,0,5,0,OFFICE 365 E3,30
                    """);
            assertThat(report.format()).isEqualTo(ExportFormat.VIVA_ENGAGE);
            assertThat(report.columns().counts()).containsExactly("Posted Count");
            GroupFigures network = report.network();
            assertThat(network.employees()).isEqualTo(4);
            assertThat(network.monthlyActiveUsers()).isEqualTo(2);
            assertThat(network.contributions()).isEqualTo(10);
            assertThat(network.contentCreators()).isEqualTo(1);
            assertThat(report.units()).isEmpty();
        }

        @Test
        void readsQuotedFieldsHeadersWithSpacesAndIsoDateTimes() throws IOException {
            ActivityReport report = read("""
                     Person , "Unit" , "Last Activity Date" , Posts , Comments
                    "ann@example.com", "Sales, North" ,"2026-05-31T10:15:00Z", 2 ,"1"
                    "bob@example.com","Sales, North","2026-05-30 08:00",0,0
                    """);
            assertThat(report.units()).extracting(GroupFigures::unit).containsExactly("Sales, North");
            assertThat(report.network().contributions()).isEqualTo(3);
            assertThat(report.newest()).isEqualTo(LocalDate.of(2026, 5, 31));
        }

        @Test
        void fallsBackToWindows1251WhenUtf8BreaksAfterTheFirstBytes() throws IOException {
            StringBuilder csv = new StringBuilder("person;unit;last_activity_date;posts\n");
            for (int i = 0; i < 5000; i++) {
                csv.append("user").append(i).append(";Sales;31.05.2026;1\n");
            }
            csv.append("last;Отдел;31.05.2026;1\n");
            ActivityReport report = read(csv.toString(), CP1251);
            assertThat(report.encoding()).isEqualTo(TextEncoding.WINDOWS_1251);
            assertThat(report.units()).extracting(GroupFigures::unit).contains("Отдел");
        }

        @Test
        void skipsBlankLinesAndRowsOfEmptyCells() throws IOException {
            ActivityReport report = read("person;last_activity_date;posts\r\n\r\nann;31.05.2026;1\r\n;;\r\n");
            assertThat(report.rows()).isEqualTo(1);
        }
    }

    @Nested
    class BadFiles {

        @Test
        void reportsAMissingRequiredColumnOnLineOne() {
            assertProblems(() -> read("User Principal Name,Last Activity Date,Read Count\nann,2026-05-31,1\n"),
                    1, problem(1, "import.problem.missingColumn", "Posted Count"));
            assertProblems(() -> read("person,posts\nann,1\n"),
                    1, problem(1, "import.problem.missingColumn", "last_activity_date"));
        }

        @Test
        void refusesAnUnknownHeaderWithoutMapping() {
            assertProblems(() -> read("name,when,how many\nann,2026-05-31,1\n"),
                    1, problem(1, "import.problem.unknownFormat"));
        }

        @Test
        void reportsUnparsableDatesWithTheirLines() {
            assertProblems(() -> read("""
                    person,last_activity_date,posts
                    ann,2026-05-31,1
                    bob,yesterday,1
                    cat,31/13/2026,1
                    """), 2,
                    problem(3, "import.problem.date", "yesterday", "last_activity_date"),
                    problem(4, "import.problem.date", "31/13/2026", "last_activity_date"));
        }

        @Test
        void reportsNegativeAndNonNumericCounts() {
            assertProblems(() -> read("""
                    person,last_activity_date,posts,comments
                    ann,2026-05-31,-2,1
                    bob,2026-05-31,1.5,x
                    """), 3,
                    problem(2, "import.problem.negative", "-2", "posts"),
                    problem(3, "import.problem.count", "1.5", "posts"),
                    problem(3, "import.problem.count", "x", "comments"));
        }

        @Test
        void countsLinesOfQuotedValuesThatSpanLines() {
            assertProblems(() -> read("person,unit,last_activity_date,posts\n"
                            + "ann,\"two\nlines\",2026-05-31,1\n"
                            + "bob,Sales,2026-05-31,-1\n"), 1,
                    problem(4, "import.problem.negative", "-1", "posts"));
        }

        @Test
        void reportsShortRowsAndMissingPeople() {
            assertProblems(() -> read("person,last_activity_date,posts\nann,2026-05-31\n,2026-05-31,1\n"), 2,
                    problem(2, "import.problem.shortRow", 2, 3),
                    problem(3, "import.problem.noPerson", "person"));
        }

        @Test
        void listsTheFirstTwentyProblemsAndCountsTheRest() {
            StringBuilder csv = new StringBuilder("person,last_activity_date,posts\n");
            for (int i = 0; i < 57; i++) {
                csv.append("p").append(i).append(",2026-05-31,-1\n");
            }
            assertThatThrownBy(() -> read(csv.toString())).isInstanceOfSatisfying(ImportFailedException.class, e -> {
                assertThat(e.problems()).hasSize(20);
                assertThat(e.problems().get(19).line()).isEqualTo(21);
                assertThat(e.total()).isEqualTo(57);
                assertThat(e.more()).isEqualTo(37);
            });
        }

        @Test
        void refusesEmptyFilesAndFilesWithoutData() {
            assertProblems(() -> read(""), 1, problem(0, "import.problem.empty"));
            assertProblems(() -> read("person,last_activity_date,posts\n\n"), 1, problem(0, "import.problem.noRows"));
            assertProblems(() -> read("just some text\nwithout columns\n"), 1, problem(1, "import.problem.oneColumn"));
        }

        @Test
        void refusesBinaryUploads() throws IOException {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
            assertThatThrownBy(() -> read(png.toByteArray(), ImportOptions.defaults()))
                    .isInstanceOfSatisfying(ImportFailedException.class, e -> assertThat(e.problems())
                            .extracting(ImportProblem::code).containsExactly("import.problem.binary"));
        }

        @Test
        void saysSoWhenAFileChosenAsUtf8IsNot() {
            byte[] bytes = "person;last_activity_date;posts\nИванов;31.05.2026;1\n".getBytes(CP1251);
            assertThatThrownBy(() -> read(bytes, new ImportOptions(TextEncoding.UTF_8, DateOrder.AUTO, null, 30, null, null)))
                    .isInstanceOfSatisfying(ImportFailedException.class, e -> assertThat(e.problems())
                            .extracting(ImportProblem::code).containsExactly("import.problem.notUtf8"));
        }

        @Test
        void refusesAMappingBeyondTheLastColumn() {
            ColumnMapping mapping = new ColumnMapping(ExportFormat.MAPPED, 0, ColumnMapping.NONE, 1, List.of(5));
            assertThatThrownBy(() -> read("a,b,c\n1,2,3\n".getBytes(StandardCharsets.UTF_8),
                    new ImportOptions(TextEncoding.AUTO, DateOrder.AUTO, null, 30, mapping, null)))
                    .isInstanceOf(ImportFailedException.class);
        }
    }

    private static ImportProblem problem(long line, String code, Object... arguments) {
        return new ImportProblem(line, code, List.of(arguments));
    }

    private static void assertProblems(ThrowingCallable read, long total, ImportProblem... expected) {
        assertThatThrownBy(read).isInstanceOfSatisfying(ImportFailedException.class, e -> {
            assertThat(e.problems()).containsExactly(expected);
            assertThat(e.total()).isEqualTo(total);
        });
    }
}
