package com.hivecheck.history;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the import of past rounds, under {@code hivecheck.history.import}.
 *
 * @param maxFileSize the largest file accepted (the export of 10,000 assessments is about 3 MB)
 * @param maxRows the most assessments one file may hold; they are checked in memory and stored in one transaction,
 *     so this bounds what an import holds (bench/rounds-import.sh measures it with the 80 MB heap of a small server)
 */
@ConfigurationProperties("hivecheck.history.import")
record PastRoundsProperties(
        @DefaultValue("5MB") DataSize maxFileSize,
        @DefaultValue("10000") int maxRows) {

    PastRoundsProperties {
        if (maxFileSize.toBytes() < 1 || maxRows < 1) {
            throw new IllegalArgumentException("hivecheck.history.import: limits must be positive");
        }
    }

    static PastRoundsProperties defaults() {
        return new PastRoundsProperties(DataSize.ofMegabytes(5), 10_000);
    }
}
