package com.hivecheck.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The people limit an administrator gets without setting it: what the heap holds beyond the application itself. */
class ImportingPropertiesTest {

    private static final long MB = 1L << 20;

    @Test
    void theDerivedLimitGrowsWithTheHeapAndIsSharedByTheFilesReadAtOnce() {
        assertThat(ImportingProperties.derivedPeopleLimit(80 * MB, 1)).isEqualTo(209_715);
        assertThat(ImportingProperties.derivedPeopleLimit(256 * MB, 1)).isEqualTo(1_363_148);
        assertThat(ImportingProperties.derivedPeopleLimit(256 * MB, 2)).isEqualTo(681_574);
    }

    @Test
    void aTinyHeapStillReadsTenThousandPeople() {
        assertThat(ImportingProperties.derivedPeopleLimit(32 * MB, 1)).isEqualTo(10_000);
    }

    @Test
    void aLimitSetByTheAdministratorWins() {
        ImportingProperties properties = new ImportingProperties(Duration.ofHours(2), 500, Duration.ofMinutes(30), 20,
                2000, 200, 50_000, 1, Duration.ofSeconds(30));
        assertThat(properties.peopleLimit()).isEqualTo(50_000);
    }
}
