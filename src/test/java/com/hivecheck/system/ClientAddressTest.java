package com.hivecheck.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The address a client is counted by: IPv4 as is, IPv6 by its /64, and nothing else taken at its word. */
class ClientAddressTest {

    @ParameterizedTest(name = "{0} counts as {1}")
    @CsvSource(delimiter = '|', value = {
        "203.0.113.66|203.0.113.66",
        "2001:db8:1234:5678:9abc:def0:1:2|2001:db8:1234:5678:0:0:0:0/64",
        "2001:db8:1234:5678::ffff|2001:db8:1234:5678:0:0:0:0/64",
        "[2001:db8::1]|2001:db8:0:0:0:0:0:0/64",
        "fe80::1%eth0|fe80:0:0:0:0:0:0:0/64",
        "::ffff:203.0.113.66|203.0.113.66",
        "0:0:0:0:0:0:0:1|0:0:0:0:0:0:0:0/64",
        "256.1.1.1|unknown",
        "example.com|unknown",
        "1.2.3|unknown",
        "'   '|unknown",
        "<script>|unknown"
    })
    void countsAnAddressByWhatItControls(String address, String counted) {
        assertThat(ClientAddress.normalize(address)).isEqualTo(counted);
    }

    @ParameterizedTest
    @CsvSource({"2001:db8:1:2::1, 2001:db8:1:2:ffff:ffff:ffff:ffff"})
    void givesEveryAddressOfOneIpv6NetworkTheSameCount(String first, String second) {
        assertThat(ClientAddress.normalize(first)).isEqualTo(ClientAddress.normalize(second));
    }
}
