package com.hivecheck.history;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * The progress lines as CSV: one row per line, the whole network's own line with an empty unit. Column names are
 * those of the JSON API, flattened; unit names get the same formula guard as the assessments export.
 */
final class ProgressCsv {

    static final List<String> HEADER = List.of("network", "unit", "status", "latestId", "latestAssessedOn",
            "latestInvolvement", "latestBenefit", "latestType", "latestModelVersion", "previousId",
            "previousAssessedOn", "previousInvolvement", "previousBenefit", "previousType", "previousModelVersion",
            "involvementChange", "benefitChange");

    private ProgressCsv() {
    }

    static void write(String network, List<Progress> lines, CsvSeparator separator, Writer writer)
            throws IOException {
        writer.write(HistoryCsv.BYTE_ORDER_MARK);
        CSVPrinter printer = separator.format().builder().setHeader(HEADER.toArray(String[]::new)).get()
                .print(writer);
        for (Progress line : lines) {
            Progress.Point latest = line.latest();
            Progress.Point previous = line.previous();
            Progress.Change change = line.change();
            printer.printRecord(HistoryCsv.text(network), HistoryCsv.text(line.unit()), line.status(),
                    latest.id(), latest.assessedOn(), latest.involvement(), latest.benefit(), latest.quadrant(),
                    latest.modelVersion(),
                    previous == null ? null : previous.id(), previous == null ? null : previous.assessedOn(),
                    previous == null ? null : previous.involvement(), previous == null ? null : previous.benefit(),
                    previous == null ? null : previous.quadrant(), previous == null ? null : previous.modelVersion(),
                    change == null ? null : change.involvement(), change == null ? null : change.benefit());
        }
        printer.flush();
    }

    /** The status a {@code status} parameter names, or {@code null} (every status) when missing or unknown. */
    static @Nullable ProgressStatus status(@Nullable String parameter) {
        return Arrays.stream(ProgressStatus.values()).filter(s -> s.name().equals(parameter)).findFirst()
                .orElse(null);
    }
}
