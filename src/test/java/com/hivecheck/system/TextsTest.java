package com.hivecheck.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void blankTextBecomesNullAndOtherTextLosesItsOuterWhiteSpace() {
        assertThat(Texts.blankToNull(null)).isNull();
        assertThat(Texts.blankToNull("")).isNull();
        assertThat(Texts.blankToNull(" \t\u2003\n")).isNull();
        assertThat(Texts.blankToNull("  Acme  Engage ")).isEqualTo("Acme  Engage");
    }
}
