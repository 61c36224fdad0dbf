package com.hivecheck.importing;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the mapping page shows about a file waiting for its columns: its header only.
 *
 * @param id the waiting file's id
 * @param fileName the uploaded file's name, or {@code null}
 * @param encoding the encoding it is read in
 * @param delimiterName comma, semicolon or tab
 * @param columns every column with its index and name
 * @param missing the columns a known export it resembles lacks; usually empty
 */
public record MappingView(String id, @Nullable String fileName, TextEncoding encoding, String delimiterName,
        List<Column> columns, List<String> missing) {

    public MappingView {
        columns = List.copyOf(columns);
        missing = List.copyOf(missing);
    }

    static MappingView of(PendingUploads.Pending pending) {
        Header header = pending.header();
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < header.names().size(); i++) {
            columns.add(new Column(i, header.names().get(i)));
        }
        return new MappingView(pending.id(), pending.upload().fileName(), pending.sniffed().encoding(),
                pending.sniffed().delimiterName(), columns, header.missingColumns());
    }

    /**
     * One column.
     *
     * @param index its zero-based index
     * @param name its name as written; may be empty
     */
    public record Column(int index, String name) {

        /** The column's number as people count, from 1. */
        public int number() {
            return index + 1;
        }

        public boolean unnamed() {
            return name.isBlank();
        }
    }
}
