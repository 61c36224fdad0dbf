package com.hivecheck.hr;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Owns the HR accounts: looks them up for sign-in, and creates the first one at startup. Deliberately not a
 * {@code UserDetailsService} bean: Spring Security would then build its own authentication manager around it and
 * bypass the login throttle (see AccountConfiguration).
 */
@Service
public class HrAccountManagement {

    /** The one role of the HR area. */
    public static final String HR_ROLE = "HR";

    private static final Logger log = LoggerFactory.getLogger(HrAccountManagement.class);

    private final HrAccounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final HrAccountProperties properties;
    private final Clock clock;

    HrAccountManagement(HrAccounts accounts, PasswordEncoder passwordEncoder, HrAccountProperties properties,
            Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
        this.clock = clock;
    }

    /** The account for sign-in; a {@code UserDetailsService} method. */
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        HrAccount account = accounts.findByUsername(HrAccount.normalize(username))
                .orElseThrow(() -> new UsernameNotFoundException("No HR account"));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .disabled(!account.enabled())
                .roles(HR_ROLE)
                .build();
    }

    /**
     * Creates the first HR account when there is none, from {@code hivecheck.hr.username} and
     * {@code hivecheck.hr.password}. Without a configured password, a random one is generated and written to the log
     * this once; only its hash is stored. Does nothing when any account exists.
     */
    @Transactional
    public void ensureFirstAccount() {
        if (accounts.count() > 0) {
            return;
        }
        String username = HrAccount.normalize(properties.username());
        if (username.isEmpty() || username.length() > HrAccount.MAX_USERNAME_LENGTH) {
            throw new IllegalStateException("hivecheck.hr.username must be 1.." + HrAccount.MAX_USERNAME_LENGTH
                    + " characters");
        }
        String configured = properties.password();
        boolean generated = !StringUtils.hasText(configured);
        String password = generated ? randomPassword() : configured;
        accounts.save(new HrAccount(username, passwordEncoder.encode(password), clock.instant()));
        if (generated) {
            log.warn("""
                    Created the first HR account "{}" with this generated password: {}
                    It is shown only this once and only its hash is stored. Set HIVECHECK_HR_PASSWORD \
                    (hivecheck.hr.password) before the first start to choose it yourself.""", username, password);
        } else {
            log.info("Created the first HR account \"{}\" with the configured password", username);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
