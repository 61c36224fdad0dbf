/**
 * Reading activity exports, internal to the importing module: tells CSV text from an .xlsx workbook, recognises the
 * known exports from their column names ({@link com.hivecheck.importing.reading.ExportLayout}, one description per
 * format), and tallies the rows as a stream into per-person totals and then per-group figures. What the rest of the
 * module uses is public: {@link com.hivecheck.importing.reading.ActivityFileReader}, the options and problems of a
 * read, and the header with its mapping guess; everything else stays package-private.
 */
@NullMarked
package com.hivecheck.importing.reading;

import org.jspecify.annotations.NullMarked;
