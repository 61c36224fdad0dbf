package com.hivecheck.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void aLinkIdIsParsedOnlyWhenItIsACanonicalUuid() {
        UUID id = UUID.fromString("0196a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");

        assertThat(Ids.parse(id.toString())).contains(id);
        assertThat(Ids.parse(id.toString().toUpperCase())).contains(id);
        assertThat(Ids.parse("not-a-uuid")).isEmpty();
        assertThat(Ids.parse(id.toString().replace('-', 'x'))).isEmpty();
        assertThat(Ids.parse("1-1-1-1-1")).as("a short form UUID.fromString would accept").isEmpty();
        assertThat(Ids.parse("")).isEmpty();
    }
}
