package com.hivecheck.history;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the import of past rounds, under {@code hivecheck.history.import}.
 *
 * @param maxFileSize the largest file accepted (the export of 20,000 assessments is about 6 MB)
 * @param maxRows the most assessments one file may hold; they are stored in one transaction
 */
@ConfigurationProperties("hivecheck.history.import")
record PastRoundsProperties(
        @DefaultValue("10MB") DataSize maxFileSize,
        @DefaultValue("20000") int maxRows) {

    PastRoundsProperties {
        if (maxFileSize.toBytes() < 1 || maxRows < 1) {
            throw new IllegalArgumentException("hivecheck.history.import: limits must be positive");
        }
    }

    static PastRoundsProperties defaults() {
        return new PastRoundsProperties(DataSize.ofMegabytes(10), 20_000);
    }
}
