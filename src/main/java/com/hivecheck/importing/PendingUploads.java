package com.hivecheck.importing;

import jakarta.annotation.PreDestroy;
import com.hivecheck.importing.reading.ActivityFileReader;
import com.hivecheck.importing.reading.DateOrder;
import com.hivecheck.importing.reading.Header;
import com.hivecheck.importing.reading.TextEncoding;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploads whose columns the user still has to map. The file waits in a private temporary directory, never in
 * memory, and is deleted as soon as it has been imported, when the user discards it, after thirty minutes by default,
 * or when the application stops. Only its header and first rows are read before that. Files wait on the node that
 * received them: behind a load balancer, the mapping step needs sticky sessions (the reports themselves are shared).
 */
@Component
class PendingUploads {

    private static final Logger log = LoggerFactory.getLogger(PendingUploads.class);

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final ImportingProperties properties;
    private final Clock clock;
    private @Nullable Path directory;

    PendingUploads(ImportingProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** Moves the upload into the waiting area. */
    Pending add(MultipartFile file, ActivityFileReader.Preview preview, Upload upload) throws IOException {
        Instant now = clock.instant();
        purge(now);
        makeRoom();
        String id = ActivityReports.newId();
        Path path = directory().resolve(id + ".upload");
        file.transferTo(path);
        Pending waiting = new Pending(id, path, preview, upload, now.plus(properties.pendingTtl()));
        pending.put(id, waiting);
        return waiting;
    }

    Optional<Pending> find(String id) {
        purge(clock.instant());
        return Optional.ofNullable(pending.get(id));
    }

    /** Deletes the file; nothing happens if it is already gone. */
    void discard(String id) {
        Pending removed = pending.remove(id);
        if (removed != null) {
            delete(removed.file());
        }
    }

    int size() {
        return pending.size();
    }

    @PreDestroy
    void discardAll() {
        pending.keySet().forEach(this::discard);
        if (directory != null) {
            try (Stream<Path> leftovers = Files.list(directory)) {
                leftovers.forEach(PendingUploads::delete);
            } catch (IOException e) {
                log.warn("Could not list {}: {}", directory, e.getMessage());
            }
            delete(directory);
        }
    }

    private void purge(Instant now) {
        pending.values().stream()
                .filter(waiting -> !waiting.expiresAt().isAfter(now))
                .map(Pending::id)
                .toList()
                .forEach(this::discard);
    }

    private void makeRoom() {
        if (pending.size() >= properties.maxPending()) {
            pending.values().stream()
                    .sorted(Comparator.comparing(Pending::expiresAt))
                    .limit(pending.size() - properties.maxPending() + 1L)
                    .map(Pending::id)
                    .toList()
                    .forEach(this::discard);
        }
    }

    private synchronized Path directory() throws IOException {
        if (directory == null) {
            directory = Files.createTempDirectory("hivecheck-imports-");
        }
        return directory;
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What the user chose on the upload page.
     *
     * @param network the network name, or {@code null}
     * @param fileName the uploaded file's name, or {@code null}
     * @param encoding the encoding choice
     * @param dateOrder the date order choice
     * @param referenceDate the reference date, or {@code null} for the report's own or the newest in the file
     * @param windowDays the window
     * @param sheet the sheet read, for a workbook; {@code null} for CSV text
     */
    record Upload(@Nullable String network, @Nullable String fileName, TextEncoding encoding, DateOrder dateOrder,
            @Nullable LocalDate referenceDate, int windowDays, @Nullable String sheet) {
    }

    /**
     * A file waiting for its mapping.
     *
     * @param id its unguessable id
     * @param file where it waits
     * @param preview its column names, how it is written and what its first rows hold
     * @param upload the choices made on the upload page
     * @param expiresAt when it is deleted unless imported before
     */
    record Pending(String id, Path file, ActivityFileReader.Preview preview, Upload upload, Instant expiresAt)
            implements ImportManagement.Uploaded {

        Header header() {
            return preview.header();
        }

        ActivityFileReader.Source source() {
            return new ActivityFileReader.Source() {
                @Override
                public InputStream open() throws IOException {
                    return Files.newInputStream(file);
                }

                @Override
                public Path path() {
                    return file;
                }
            };
        }
    }
}
