package com.hivecheck.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Files are read one at a time, so that the memory imports take has a bound: an upload that finds another being read
 * and cannot wait is told to come back, with nothing read or kept.
 */
@WebMvcTest(controllers = ImportApiController.class, includeFilters = @Filter(type = FilterType.REGEX,
        pattern = "com\\.hivecheck\\.(security\\.SecurityConfiguration|system\\.LocaleConfiguration|system\\.ClockConfiguration)"))
@Import({ActivityReports.class, PendingUploads.class, ImportManagement.class, ReportStoreForSlices.class,
        UploadLimitHandler.class})
@EnableConfigurationProperties(ImportingProperties.class)
@TestPropertySource(properties = "hivecheck.importing.import-wait=0s")
class ImportTurnsTest {

    private static final byte[] EXPORT = """
            person,last_activity_date,posts
            a,2026-05-31,8
            b,2026-05-20,0
            """.getBytes(StandardCharsets.UTF_8);

    @Autowired
    MockMvcTester mvc;

    @Test
    void anUploadThatFindsAnotherBeingReadGets503WithRetryAfterAndTheNextOneIsRead() throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        MockMultipartFile slow = new MockMultipartFile("file", "slow.csv", "text/csv", EXPORT) {
            @Override
            public InputStream getInputStream() {
                reading.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    throw new UncheckedIOException(new IOException(e));
                }
                return new ByteArrayInputStream(EXPORT);
            }
        };
        CompletableFuture<MvcTestResult> first = CompletableFuture.supplyAsync(
                () -> mvc.post().uri("/api/imports").multipart().file(slow).exchange());
        assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();

        MvcTestResult second = mvc.post().uri("/api/imports").multipart()
                .file(new MockMultipartFile("file", "export.csv", "text/csv", EXPORT)).exchange();
        assertThat(second).hasStatus(HttpStatus.SERVICE_UNAVAILABLE)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .hasHeader(HttpHeaders.RETRY_AFTER, "1");
        assertThat(second).bodyJson().extractingPath("$.detail").asString().contains("one at a time");

        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).hasStatusOk().bodyJson()
                .extractingPath("$.network.employees").isEqualTo(2);
        assertThat(mvc.post().uri("/api/imports").multipart()
                .file(new MockMultipartFile("file", "export.csv", "text/csv", EXPORT)).exchange()).hasStatusOk();
    }
}
