package com.hivecheck.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The ids behind result links: unguessable, and in creation order where the database sorts them. */
class AssessmentIdsTest {

    private static final Instant CREATED = Instant.parse("2026-11-26T10:15:30.123456Z");

    @Test
    void aNewIdIsAVersion7UuidCarryingItsCreationMillisecond() {
        UUID id = AssessmentIds.next(CREATED);

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.toString()).startsWith(String.format("%08x-%04x-7",
                CREATED.toEpochMilli() >>> 16, CREATED.toEpochMilli() & 0xFFFF));
    }

    @Test
    void everyOtherBitIsRandom() {
        UUID noBits = AssessmentIds.next(CREATED, constant(0L));
        UUID allBits = AssessmentIds.next(CREATED, constant(-1L));

        assertThat(noBits.toString()).isEqualTo("01a2175a-664b-7000-8000-000000000000");
        assertThat(allBits.toString()).isEqualTo("01a2175a-664b-7fff-bfff-ffffffffffff");
        assertThat(Long.bitCount(noBits.getMostSignificantBits() ^ allBits.getMostSignificantBits())
                + Long.bitCount(noBits.getLeastSignificantBits() ^ allBits.getLeastSignificantBits()))
                .as("random bits").isEqualTo(74);
    }

    @Test
    void idsOfOneMillisecondDoNotRepeat() {
        Set<UUID> ids = new HashSet<>();
        IntStream.range(0, 10_000).forEach(i -> ids.add(AssessmentIds.next(CREATED)));

        assertThat(ids).hasSize(10_000);
    }

    @Test
    void laterIdsSortAfterEarlierOnesAsTheDatabaseComparesThem() {
        List<String> ids = IntStream.range(0, 100)
                .mapToObj(i -> AssessmentIds.next(CREATED.plusMillis(i * 7L)).toString())
                .toList();

        assertThat(ids).isSortedAccordingTo(Comparator.naturalOrder());
    }

    @Test
    void instantsBeforeTheEpochOrBeyondTheFormatHaveNoId() {
        assertThatIllegalArgumentException().isThrownBy(() -> AssessmentIds.next(Instant.ofEpochMilli(-1)));
        assertThatIllegalArgumentException().isThrownBy(() -> AssessmentIds.next(Instant.ofEpochMilli(1L << 48)));
    }

    private static Random constant(long bits) {
        return new Random() {
            @Override
            public long nextLong() {
                return bits;
            }
        };
    }
}
