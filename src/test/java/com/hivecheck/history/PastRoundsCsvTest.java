package com.hivecheck.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.hivecheck.assessment.AssessmentForm;
import com.hivecheck.history.PastRoundsCsv.Reading;
import com.hivecheck.history.PastRoundsCsv.Row;
import com.hivecheck.scoring.Answers;
import com.hivecheck.scoring.Benefit;
import com.hivecheck.scoring.Improvement;
import com.hivecheck.scoring.Quadrant;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Reading past rounds from the export's own CSV, as written and as spreadsheets save it again. */
class PastRoundsCsvTest {

    static final PastAssessment ALPHA = new PastAssessment(UUID.fromString("0190f0a0-0000-7000-8000-000000000001"),
            Instant.parse("2026-05-01T09:00:00Z"), LocalDate.of(2025, 7, 1), "Acme Engage", "Alpha",
            new Answers(1000, 400, 40, true, EnumSet.of(Benefit.IDEAS, Benefit.KNOWLEDGE), 60,
                    Improvement.SLIGHTLY_BETTER),
            "=1+1 \"quoted\", with a comma;\nand a second line", "1", 45, 38, Quadrant.DESERT, true, null);
    static final PastAssessment WHOLE = new PastAssessment(UUID.fromString("0190f0a0-0000-7000-8000-000000000002"),
            Instant.parse("2026-05-01T09:01:00Z"), LocalDate.of(2026, 1, 15), "Acme Engage", null,
            new Answers(20, 0, 0, false, EnumSet.noneOf(Benefit.class), 0, Improvement.WORSE), null, "2", 0, 0,
            Quadrant.DESERT, false, null);

    static String export(CsvSeparator separator, PastAssessment... assessments) throws IOException {
        StringWriter out = new StringWriter();
        HistoryCsv csv = HistoryCsv.start(out, ZoneOffset.UTC, separator);
        for (PastAssessment assessment : assessments) {
            csv.print(assessment);
        }
        csv.flush();
        return out.toString();
    }

    static Reading read(String text) {
        return read(text, StandardCharsets.UTF_8);
    }

    static Reading read(String text, Charset charset) {
        return PastRoundsCsv.read(text.getBytes(charset), 100);
    }

    @Test
    void readsBackEveryImportedColumnOfTheExportItself() throws IOException {
        Reading reading = read(export(CsvSeparator.COMMA, ALPHA, WHOLE));

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.rows()).hasSize(2);
        Row alpha = reading.rows().get(0);
        assertThat(alpha.line()).isEqualTo(2);
        assertThat(alpha.id()).isEqualTo(ALPHA.id());
        assertThat(alpha.modelVersion()).isEqualTo("1");
        assertSameAnswers(alpha.form(), ALPHA);
        // The export guarded the example against formulas with an apostrophe; the import takes it off again.
        assertThat(alpha.form().getExample()).isEqualTo(ALPHA.example());
        Row whole = reading.rows().get(1);
        assertThat(whole.line()).as("the example of line 2 spans two lines").isEqualTo(4);
        assertThat(whole.form().getUnit()).isNull();
        assertThat(whole.form().getBenefits()).isEmpty();
        assertSameAnswers(whole.form(), WHOLE);
    }

    @Test
    void readsTheSemicolonExportWithOrWithoutItsByteOrderMark() throws IOException {
        String semicolon = export(CsvSeparator.SEMICOLON, ALPHA, WHOLE);
        assertThat(semicolon).startsWith("\uFEFFid;createdAt;");

        for (String text : List.of(semicolon, semicolon.substring(1))) {
            Reading reading = read(text);
            assertThat(reading.problems()).isEmpty();
            assertThat(reading.rows()).hasSize(2);
            assertSameAnswers(reading.rows().get(0).form(), ALPHA);
            assertSameAnswers(reading.rows().get(1).form(), WHOLE);
        }
    }

    @Test
    void readsWhatExcelInRussianSavesAgain() {
        // Excel: its own sep= line, semicolons, LF, dates day first, booleans in capitals, quotes only where needed,
        // columns in another order and the score columns dropped.
        String text = """
                sep=;
                network;unit;assessedOn;employees;monthlyActiveUsers;contentCreators;creatorsMostlyOfficial;benefits;workRelatedShare;improvement;modelVersion
                Acme Engage;Бета;15.01.2026;1 000;400;40;ИСТИНА;"IDEAS;KNOWLEDGE";60;slightly_better;
                Acme Engage;;01.07.2025;1000;400;40;FALSE;;60;WORSE;2
                ;;;;;;;;;;
                """;

        Reading reading = read(text);

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.rows()).extracting(Row::line).containsExactly(3L, 4L);
        AssessmentForm beta = reading.rows().get(0).form();
        assertThat(beta.getUnit()).isEqualTo("Бета");
        assertThat(beta.getAssessedOn()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(beta.getEmployees()).isEqualTo(BigInteger.valueOf(1000));
        assertThat(beta.getCreatorsMostlyOfficial()).isTrue();
        assertThat(beta.getBenefits()).containsExactlyInAnyOrder(Benefit.IDEAS, Benefit.KNOWLEDGE);
        assertThat(beta.getImprovement()).isEqualTo(Improvement.SLIGHTLY_BETTER);
        assertThat(reading.rows().get(0).modelVersion()).isNull();
        assertThat(reading.rows().get(1).modelVersion()).isEqualTo("2");
        assertThat(reading.rows().get(1).form().getCreatorsMostlyOfficial()).isFalse();
    }

    @Test
    void readsCrlfAndQuotedHeaders() {
        String text = "\"network\",\"assessedOn\",\"employees\",\"monthlyActiveUsers\",\"contentCreators\","
                + "\"creatorsMostlyOfficial\",\"benefits\",\"workRelatedShare\",\"improvement\"\r\n"
                + "\"Acme, Inc.\",2026-01-15,10,5,1,TRUE,IDEAS,50,BETTER\r\n";

        Reading reading = read(text);

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.rows().get(0).form().getNetwork()).isEqualTo("Acme, Inc.");
    }

    @Test
    void namesTheLineAndColumnOfACellThatCannotBeRead() throws IOException {
        String text = export(CsvSeparator.COMMA, ALPHA, WHOLE).replace(",20,0,0,false,", ",twenty,0,0,maybe,")
                .replace(",2025-07-01,", ",1 July 2025,");

        Reading reading = read(text);

        assertThat(reading.problems())
                .extracting(RoundProblem::line, RoundProblem::column, problem -> problem.message().getCodes()[0])
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2L, "assessedOn", "history.import.date"),
                        org.assertj.core.groups.Tuple.tuple(4L, "employees", "history.import.number"),
                        org.assertj.core.groups.Tuple.tuple(4L, "creatorsMostlyOfficial", "history.import.boolean"));
        assertThat(reading.rows().get(1).unreadable()).containsExactlyInAnyOrder("employees", "creatorsMostlyOfficial");
    }

    @Test
    void namesUnknownBenefitsImprovementsAndIds() {
        String text = """
                id,network,assessedOn,employees,monthlyActiveUsers,contentCreators,creatorsMostlyOfficial,benefits,workRelatedShare,improvement
                42,Acme,2026-01-15,10,5,1,true,IDEAS;HAPPINESS,50,AMAZING
                """;

        Reading reading = read(text);

        assertThat(reading.problems()).extracting(RoundProblem::column)
                .containsExactlyInAnyOrder("id", "benefits", "improvement");
        assertThat(reading.problems()).allSatisfy(problem -> assertThat(problem.line()).isEqualTo(2));
    }

    @Test
    void refusesAFileThatIsNotTheExport() {
        Reading reading = read("person,unit,last_activity_date,posts\nann@acme.test,Sales,2026-01-01,3\n");

        assertThat(reading.refused()).isTrue();
        assertThat(reading.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isZero();
            assertThat(problem.message().getCodes()).containsExactly("history.import.file.columns");
            assertThat(problem.message().getArguments()).containsExactly(String.join(", ", PastRoundsCsv.REQUIRED));
        });
    }

    @Test
    void refusesTextThatIsNotUtf8() throws IOException {
        Reading reading = read(export(CsvSeparator.SEMICOLON, ALPHA).replace("Alpha", "Альфа"),
                Charset.forName("windows-1251"));

        assertThat(reading.problems()).extracting(problem -> problem.message().getCodes()[0])
                .containsExactly("history.import.file.encoding");
    }

    @Test
    void refusesAnEmptyFileAHeaderAloneAndTooManyRows() throws IOException {
        assertThat(read("\uFEFF").problems()).extracting(problem -> problem.message().getCodes()[0])
                .containsExactly("history.import.file.empty");
        assertThat(read(export(CsvSeparator.COMMA)).problems()).extracting(problem -> problem.message().getCodes()[0])
                .containsExactly("history.import.file.noRows");
        String many = export(CsvSeparator.COMMA, ALPHA, WHOLE);
        assertThat(PastRoundsCsv.read(many.getBytes(StandardCharsets.UTF_8), 1).problems())
                .extracting(problem -> problem.message().getCodes()[0])
                .containsExactly("history.import.file.tooManyRows");
    }

    @Test
    void namesTheLineWhereAQuoteIsNotClosed() {
        String text = """
                network,assessedOn,employees,monthlyActiveUsers,contentCreators,creatorsMostlyOfficial,benefits,workRelatedShare,improvement
                Acme,2026-01-15,10,5,1,true,IDEAS,50,BETTER
                "Acme,2026-01-15,10,5,1,true,IDEAS,50,BETTER
                """;

        Reading reading = read(text);

        assertThat(reading.problems()).extracting(RoundProblem::line, problem -> problem.message().getCodes()[0])
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "history.import.malformed"));
    }

    private static void assertSameAnswers(AssessmentForm form, PastAssessment assessment) {
        Answers answers = assessment.answers();
        assertThat(form.getNetwork()).isEqualTo(assessment.network());
        assertThat(form.getUnit()).isEqualTo(assessment.unit());
        assertThat(form.getAssessedOn()).isEqualTo(assessment.assessedOn());
        assertThat(form.getEmployees()).isEqualTo(BigInteger.valueOf(answers.employees()));
        assertThat(form.getMonthlyActiveUsers()).isEqualTo(BigInteger.valueOf(answers.monthlyActiveUsers()));
        assertThat(form.getContentCreators()).isEqualTo(BigInteger.valueOf(answers.contentCreators()));
        assertThat(form.getCreatorsMostlyOfficial()).isEqualTo(answers.creatorsMostlyOfficial());
        assertThat(form.getBenefits()).isEqualTo(answers.benefits());
        assertThat(form.getWorkRelatedShare()).isEqualTo(BigInteger.valueOf(answers.workRelatedShare()));
        assertThat(form.getImprovement()).isEqualTo(answers.improvement());
    }
}
