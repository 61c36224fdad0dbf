package com.hivecheck.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.hivecheck.importing.reading.ActivityFileReader;
import com.hivecheck.importing.reading.DateOrder;
import com.hivecheck.importing.reading.ReadingLimits;
import com.hivecheck.importing.reading.TextEncoding;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

class PendingUploadsTest {

    private static final byte[] CSV = "a;b;c\n1;2;3\n".getBytes(StandardCharsets.UTF_8);

    private final ActivityReportsTest.MutableClock clock = new ActivityReportsTest.MutableClock();
    private final PendingUploads uploads = new PendingUploads(
            new ImportingProperties(Duration.ofHours(2), 10, Duration.ofMinutes(30), 2, 2000, 200, 0, 1, Duration.ofSeconds(30)), clock);

    @AfterEach
    void cleanUp() {
        uploads.discardAll();
    }

    private PendingUploads.Pending add() throws IOException {
        ActivityFileReader.Preview preview = ActivityFileReader.preview(() -> new ByteArrayInputStream(CSV),
                TextEncoding.AUTO, null, new ReadingLimits(2000, 1_000_000));
        return uploads.add(new MockMultipartFile("file", "a.csv", "text/csv", CSV), preview,
                new PendingUploads.Upload(null, "a.csv", TextEncoding.AUTO, DateOrder.AUTO, null, 30, null));
    }

    @Test
    void keepsTheFileOnDiskUntilItIsDiscarded() throws IOException {
        PendingUploads.Pending pending = add();
        assertThat(pending.file()).exists().hasBinaryContent(CSV);
        assertThat(pending.header().names()).containsExactly("a", "b", "c");
        assertThat(pending.preview().delimiter()).isEqualTo(';');
        uploads.discard(pending.id());
        assertThat(pending.file()).doesNotExist();
        assertThat(uploads.find(pending.id())).isEmpty();
    }

    @Test
    void deletesFilesNobodyMappedInTime() throws IOException {
        PendingUploads.Pending pending = add();
        clock.advance(Duration.ofMinutes(30));
        assertThat(uploads.find(pending.id())).isEmpty();
        assertThat(pending.file()).doesNotExist();
    }

    @Test
    void keepsOnlyTheNewestFilesWhenTooManyWait() throws IOException {
        PendingUploads.Pending first = add();
        clock.advance(Duration.ofSeconds(1));
        PendingUploads.Pending second = add();
        clock.advance(Duration.ofSeconds(1));
        PendingUploads.Pending third = add();
        assertThat(first.file()).doesNotExist();
        assertThat(uploads.find(second.id())).isPresent();
        assertThat(uploads.find(third.id())).isPresent();
    }

    @Test
    void deletesEverythingWhenTheApplicationStops() throws IOException {
        Path file = add().file();
        uploads.discardAll();
        assertThat(file).doesNotExist();
        assertThat(Files.exists(file.getParent())).isFalse();
    }
}
