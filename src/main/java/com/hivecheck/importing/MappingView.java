package com.hivecheck.importing;

import com.hivecheck.importing.reading.ColumnSample;
import com.hivecheck.importing.reading.DateOrder;
import com.hivecheck.importing.reading.Header;
import com.hivecheck.importing.reading.TextEncoding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the mapping page shows about a file waiting for its columns: its header, a few values under each column name,
 * and which column the form has chosen for what. Every choice is decided here, once per column, so that the page
 * renders in time linear in the number of columns.
 *
 * @param id the waiting file's id
 * @param fileName the uploaded file's name, or {@code null}
 * @param encoding the encoding it is read in, or {@code null} for a workbook
 * @param delimiterName comma, semicolon or tab
 * @param sheet the sheet read, for a workbook; {@code null} for CSV text
 * @param columns every column with its index, name, sample values and choices
 * @param missing the columns a known export it resembles lacks; usually empty
 * @param warnings message keys of warnings about the figures this mapping gives, to confirm before importing
 * @param dateOrders the date order choices
 */
public record MappingView(String id, @Nullable String fileName, @Nullable TextEncoding encoding, String delimiterName,
        @Nullable String sheet, List<Column> columns, List<String> missing, List<String> warnings,
        DateOrder[] dateOrders) {

    public MappingView {
        columns = List.copyOf(columns);
        missing = List.copyOf(missing);
        warnings = List.copyOf(warnings);
    }

    static MappingView of(PendingUploads.Pending pending, MappingForm form, List<String> warnings) {
        Header header = pending.header();
        List<ColumnSample> samples = pending.preview().samples();
        Set<Integer> counted = new HashSet<>(form.getCounts());
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < header.names().size(); i++) {
            columns.add(new Column(i, header.names().get(i), i < samples.size() ? samples.get(i).values() : List.of(),
                    equal(form.getPerson(), i), equal(form.getUnit(), i), equal(form.getLastActivity(), i),
                    counted.contains(i)));
        }
        return new MappingView(pending.id(), pending.upload().fileName(), pending.preview().encoding(),
                pending.preview().delimiterName(), pending.preview().sheet(), columns, header.missingColumns(),
                warnings, DateOrder.values());
    }

    private static boolean equal(@Nullable Integer chosen, int index) {
        return chosen != null && chosen == index;
    }

    /** Whether the file is an Excel workbook. */
    public boolean workbook() {
        return sheet != null;
    }

    /**
     * One column.
     *
     * @param index its zero-based index
     * @param name its name as written; may be empty
     * @param samples up to three values from its first rows
     * @param person whether it is chosen as the person column
     * @param unit whether it is chosen as the unit column
     * @param lastActivity whether it is chosen as the last activity column
     * @param counted whether it is ticked as a count column
     */
    public record Column(int index, String name, List<String> samples, boolean person, boolean unit,
            boolean lastActivity, boolean counted) {

        public Column {
            samples = List.copyOf(samples);
        }

        /** The column's number as people count, from 1. */
        public int number() {
            return index + 1;
        }

        public boolean unnamed() {
            return name.isBlank();
        }

        /** The sample values as one line, or an empty text when the first rows hold none. */
        public String samplesText() {
            return String.join(" · ", samples);
        }
    }
}
