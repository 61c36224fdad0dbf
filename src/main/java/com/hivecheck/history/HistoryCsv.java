package com.hivecheck.history;

import com.hivecheck.assessment.ActivityEvidence;
import com.hivecheck.assessment.ActivityEvidence.FromData;
import com.hivecheck.scoring.Answers;
import com.hivecheck.scoring.Benefit;
import java.io.IOException;
import java.io.Writer;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * The CSV layout of the export: RFC 4180 (comma, CRLF, quotes doubled) written by Apache Commons CSV, one row per
 * assessment with every answer, both scores, the type, the model version, the day it was stored and the day its answers
 * describe ({@code assessedOn}), then the activity export that
 * questions 1 and 2 were filled from: its source, reference date and window, and for each answer whether it equals the
 * export's figure ("from data"). These evidence columns stay empty when the answers were typed in. Last, the employee
 * pulse questions 3 and 4 came from ({@code pulseId}, {@code pulseResponses}), empty when the owner answered them. Column names are the
 * field names of the JSON API (the evidence ones flattened). Text typed by respondents that a spreadsheet would run as a
 * formula (starting with {@code = + - @}, a tab or a carriage return) gets a leading apostrophe, so that opening the
 * file never executes anything.
 */
final class HistoryCsv {

    /** Written first, so that Excel reads the file as UTF-8 (Cyrillic included). */
    static final char BYTE_ORDER_MARK = '\uFEFF';

    static final List<String> HEADER = List.of("id", "createdAt", "date", "assessedOn", "network", "unit", "employees",
            "monthlyActiveUsers", "contentCreators", "creatorsMostlyOfficial", "benefits", "workRelatedShare",
            "improvement", "example", "involvement", "benefit", "type", "borderline", "modelVersion",
            "evidenceSource", "evidenceReferenceDate", "evidenceWindowDays", "employeesFromData",
            "monthlyActiveUsersFromData", "contentCreatorsFromData", "pulseId", "pulseResponses");


    private final CSVPrinter printer;
    private final ZoneId zone;

    private HistoryCsv(CSVPrinter printer, ZoneId zone) {
        this.printer = printer;
        this.zone = zone;
    }

    /** Writes the byte order mark and the header; rows follow with {@link #print(PastAssessment)}. */
    static HistoryCsv start(Writer writer, ZoneId zone) throws IOException {
        return start(writer, zone, CsvSeparator.COMMA);
    }

    /** Like {@link #start(Writer, ZoneId)}, with the given field separator. */
    static HistoryCsv start(Writer writer, ZoneId zone, CsvSeparator separator) throws IOException {
        writer.write(BYTE_ORDER_MARK);
        CSVFormat format = separator.format().builder().setHeader(HEADER.toArray(String[]::new)).get();
        return new HistoryCsv(format.print(writer), zone);
    }

    void print(PastAssessment assessment) throws IOException {
        Answers answers = assessment.answers();
        @Nullable ActivityEvidence evidence = assessment.evidence();
        FromData fromData = assessment.fromData();
        printer.printRecord(assessment.id(), assessment.createdAt(), assessment.date(zone), assessment.assessedOn(),
                text(assessment.network()), text(assessment.unit()), answers.employees(),
                answers.monthlyActiveUsers(), answers.contentCreators(), answers.creatorsMostlyOfficial(),
                answers.benefits().stream().map(Benefit::name).collect(Collectors.joining(";")),
                answers.workRelatedShare(), answers.improvement(), text(assessment.example()),
                assessment.involvement(), assessment.benefit(), assessment.quadrant(), assessment.borderline(),
                assessment.modelVersion(),
                evidence == null ? null : evidence.source(),
                evidence == null ? null : evidence.referenceDate(),
                evidence == null ? null : evidence.windowDays(),
                evidence == null ? null : fromData.employees(),
                evidence == null ? null : fromData.monthlyActiveUsers(),
                evidence == null ? null : fromData.contentCreators(),
                assessment.pulse() == null ? null : assessment.pulse().pulse(),
                assessment.pulse() == null ? null : assessment.pulse().responses());
    }

    void flush() throws IOException {
        printer.flush();
    }

    static @Nullable String text(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        return formula ? "'" + value : value;
    }
}
