package com.hivecheck.importing;

import com.hivecheck.importing.reading.ActivityFileReader;
import com.hivecheck.importing.reading.ColumnMapping;
import com.hivecheck.importing.reading.Header;
import com.hivecheck.importing.reading.ImportFailedException;
import com.hivecheck.importing.reading.ImportOptions;
import com.hivecheck.importing.reading.ImportProblem;
import com.hivecheck.importing.reading.ReadingLimits;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import use cases, for the pages and the API alike: read an upload into a stored report, or park it until its
 * columns are mapped; import a parked file with a mapping; find reports. Nothing of a failed upload is kept.
 */
@Service
class ImportManagement {

    private static final Logger log = LoggerFactory.getLogger(ImportManagement.class);

    /** The longest file name kept, as long as the questionnaire's names. */
    static final int MAX_FILE_NAME = 120;

    private final ActivityReports reports;
    private final PendingUploads pendingUploads;
    private final ImportingProperties properties;
    private final Clock clock;
    private final ReadingLimits limits;
    private final Semaphore turns;

    ImportManagement(ActivityReports reports, PendingUploads pendingUploads, ImportingProperties properties,
            Clock clock) {
        this.reports = reports;
        this.pendingUploads = pendingUploads;
        this.properties = properties;
        this.clock = clock;
        this.limits = new ReadingLimits(properties.maxUnits(), properties.peopleLimit());
        this.turns = new Semaphore(properties.concurrentImports(), true);
        log.info("Imports: at most {} people a file, {} file(s) read at a time", limits.maxPeople(),
                properties.concurrentImports());
    }

    /**
     * Reads an upload from the page: a known export becomes a report at once; any other file, or any file when the
     * user asked to map its columns, waits for its mapping.
     *
     * @throws ImportFailedException when the file cannot be used
     */
    Uploaded upload(MultipartFile file, ImportOptions options, @Nullable String network, boolean mapColumns)
            throws IOException {
        long started = System.nanoTime();
        ActivityFileReader.Preview preview = inTurn(() -> ActivityFileReader.preview(file::getInputStream,
                options.encoding(), options.sheet(), limits));
        if (preview.header().recognise().isPresent() && !mapColumns) {
            return keep(read(file, options), network, fileName(file), started);
        }
        return pendingUploads.add(file, preview, new PendingUploads.Upload(network, fileName(file),
                options.encoding(), options.dateOrder(), options.referenceDate(), options.windowDays(),
                preview.sheet()));
    }

    /**
     * Reads an upload from the API, with columns recognised or named.
     *
     * @param columns the columns named by the caller, or {@code null} to recognise a known export
     * @throws ImportFailedException when the file cannot be used or a named column is not in it
     */
    ActivityReports.StoredReport importNow(MultipartFile file, ImportOptions options, @Nullable String network,
            @Nullable NamedColumns columns) throws IOException {
        long started = System.nanoTime();
        if (columns != null) {
            ImportOptions asked = options;
            Header header = inTurn(() -> ActivityFileReader.preview(file::getInputStream, asked.encoding(),
                    asked.sheet(), limits)).header();
            options = options.withMapping(columns.mapping(header));
        }
        return keep(read(file, options), network, fileName(file), started);
    }

    /**
     * Imports a parked file with the user's mapping; the file is deleted once it is imported.
     *
     * @param confirmed whether the user has seen the warnings about the figures and imports all the same
     * @return the report, or the figures with their warnings when they look wrong and were not confirmed
     * @throws ImportFailedException when the file cannot be read with this mapping
     */
    Mapped importMapped(PendingUploads.Pending pending, ImportOptions options, boolean confirmed) throws IOException {
        long started = System.nanoTime();
        ActivityReport report = inTurn(() -> ActivityFileReader.read(pending.source(), options,
                pending.upload().fileName(), today(), limits));
        if (!confirmed && !report.warnings().isEmpty()) {
            return new Mapped(null, report.warnings());
        }
        ActivityReports.StoredReport stored = keep(report, pending.upload().network(), pending.upload().fileName(), started);
        pendingUploads.discard(pending.id());
        return new Mapped(stored, List.of());
    }

    Optional<PendingUploads.Pending> pending(String id) {
        return pendingUploads.find(id);
    }

    void discard(String id) {
        pendingUploads.discard(id);
    }

    Optional<ActivityReports.StoredReport> report(String id) {
        return reports.find(id);
    }

    private ActivityReport read(MultipartFile file, ImportOptions options) throws IOException {
        return inTurn(() -> ActivityFileReader.read(file::getInputStream, options, fileName(file), today(), limits));
    }

    /**
     * Reads a whole file when its turn comes: at most {@code concurrentImports} files are read at once, so that the
     * memory imports take stays within what {@link ReadingLimits} allows for each.
     *
     * @throws ImportsBusyException when the turn did not come within {@code importWait}
     */
    private <T> T inTurn(Reading<T> reading) throws IOException {
        boolean acquired;
        try {
            acquired = turns.tryAcquire(properties.importWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportsBusyException(properties.importWait());
        }
        if (!acquired) {
            throw new ImportsBusyException(properties.importWait());
        }
        try {
            return reading.read();
        } finally {
            turns.release();
        }
    }

    private ActivityReports.StoredReport keep(ActivityReport report, @Nullable String network, @Nullable String fileName,
            long started) {
        log.info("Imported {} rows ({} people, {} units, {}) in {} ms", report.rows(), report.network().employees(),
                report.units().size(), report.format(), (System.nanoTime() - started) / 1_000_000);
        return reports.add(report, network, fileName);
    }

    /** Today, by the application's clock. */
    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A whole-file read. */
    @FunctionalInterface
    private interface Reading<T> {
        T read() throws IOException;
    }

    /** The file's own name without any folder, at most {@value #MAX_FILE_NAME} characters, or {@code null}. */
    static @Nullable String fileName(MultipartFile file) {
        String name = file.getOriginalFilename();
        if (name == null || name.isBlank()) {
            return null;
        }
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        return name.isEmpty() ? null : name.length() > MAX_FILE_NAME ? name.substring(0, MAX_FILE_NAME) : name;
    }

    /** Whether a request carried no file at all. */
    static boolean missing(@Nullable MultipartFile file) {
        return file == null || (file.isEmpty() && fileName(file) == null);
    }

    /** What became of an upload: a report, or a file waiting for its mapping. */
    sealed interface Uploaded permits ActivityReports.StoredReport, PendingUploads.Pending {
    }

    /**
     * What became of a mapped file.
     *
     * @param report the stored report, or {@code null} when the figures need confirming first
     * @param warnings the warnings to confirm; empty when stored
     */
    record Mapped(ActivityReports.@Nullable StoredReport report, List<String> warnings) {

        Mapped {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Columns named by an API caller.
     *
     * @param person the person column
     * @param unit the unit column, or {@code null}
     * @param lastActivity the last activity column
     * @param counts the count columns
     */
    record NamedColumns(@Nullable String person, @Nullable String unit, @Nullable String lastActivity,
            @Nullable List<String> counts) {

        ColumnMapping mapping(Header header) {
            if (person == null || lastActivity == null || counts == null || counts.isEmpty()) {
                throw ImportFailedException.of(ImportProblem.ofFile("import.problem.mappingIncomplete"));
            }
            List<ImportProblem> problems = new ArrayList<>();
            int personIndex = column(header, person, problems);
            int unitIndex = unit == null || unit.isBlank() ? ColumnMapping.NONE : column(header, unit, problems);
            int dateIndex = column(header, lastActivity, problems);
            List<Integer> countIndexes = new ArrayList<>();
            for (String count : counts) {
                countIndexes.add(column(header, count, problems));
            }
            if (!problems.isEmpty()) {
                throw new ImportFailedException(problems, problems.size());
            }
            try {
                return new ColumnMapping(ExportFormat.MAPPED, personIndex, unitIndex, dateIndex, countIndexes);
            } catch (IllegalArgumentException e) {
                throw ImportFailedException.of(ImportProblem.atLine(1, "import.mapping.column.twice"));
            }
        }

        private static int column(Header header, String name, List<ImportProblem> problems) {
            int index = header.indexOf(name);
            if (index == ColumnMapping.NONE) {
                problems.add(ImportProblem.atLine(1, "import.problem.unknownColumn", name));
            }
            return index;
        }
    }
}
