package com.hivecheck.hr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The first HR account: from configuration, or with a random password written to the log once, never in clear. */
@ExtendWith(OutputCaptureExtension.class)
class HrAccountManagementTest {

    private static final Pattern GENERATED = Pattern.compile("generated password: (\\S+)");

    private final HrAccounts accounts = mock(HrAccounts.class);
    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final HrAccountProperties.Login login = new HrAccountProperties.Login(5, Duration.ofMinutes(15),
            Duration.ofMinutes(15));

    @Test
    void generatesARandomPasswordWhenNoneIsConfiguredAndLogsItOnce(CapturedOutput output) {
        HrAccountManagement management = management(new HrAccountProperties("hr", null, login));
        when(accounts.count()).thenReturn(0L);

        management.ensureFirstAccount();

        ArgumentCaptor<HrAccount> saved = ArgumentCaptor.forClass(HrAccount.class);
        verify(accounts).save(saved.capture());
        Matcher logged = GENERATED.matcher(output.getOut());
        assertThat(logged.find()).isTrue();
        String password = logged.group(1);
        assertThat(password).hasSizeGreaterThanOrEqualTo(20);
        assertThat(saved.getValue().username()).isEqualTo("hr");
        assertThat(saved.getValue().passwordHash()).startsWith("{bcrypt}").doesNotContain(password);
        assertThat(encoder.matches(password, saved.getValue().passwordHash())).isTrue();

        when(accounts.count()).thenReturn(1L);
        management.ensureFirstAccount();
        assertThat(GENERATED.matcher(output.getOut()).results().count()).isEqualTo(1);
    }

    @Test
    void usesTheConfiguredPasswordWithoutLoggingIt(CapturedOutput output) {
        HrAccountManagement management = management(new HrAccountProperties("Lead.HR", "s3cret-from-env", login));
        when(accounts.count()).thenReturn(0L);

        management.ensureFirstAccount();

        ArgumentCaptor<HrAccount> saved = ArgumentCaptor.forClass(HrAccount.class);
        verify(accounts).save(saved.capture());
        assertThat(saved.getValue().username()).isEqualTo("lead.hr");
        assertThat(encoder.matches("s3cret-from-env", saved.getValue().passwordHash())).isTrue();
        assertThat(output.getAll()).doesNotContain("s3cret-from-env").doesNotContain("generated password");
    }

    @Test
    void leavesExistingAccountsAlone() {
        HrAccountManagement management = management(new HrAccountProperties("hr", "ignored", login));
        when(accounts.count()).thenReturn(2L);

        management.ensureFirstAccount();

        verify(accounts, never()).save(any());
    }

    private HrAccountManagement management(HrAccountProperties properties) {
        return new HrAccountManagement(accounts, encoder, properties, Clock.systemUTC());
    }
}
