package com.hivecheck.hr;

import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How HR accounts sign in: passwords hashed with bcrypt (in the delegating {@code {bcrypt}...} form, so that a future
 * algorithm can take over), one authentication manager shared by the form login and HTTP Basic, with the login
 * throttle in front, and the first account created at startup.
 */
@Configuration(proxyBeanMethods = false)
class AccountConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    LoginThrottle loginThrottle(DataSource dataSource, HrAccountProperties properties, Clock clock) {
        return new LoginThrottle(JdbcClient.create(dataSource), properties.login(), clock);
    }

    @Bean
    AuthenticationManager authenticationManager(HrAccountManagement accounts, PasswordEncoder passwordEncoder,
            LoginThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts::loadUserByUsername);
        passwords.setPasswordEncoder(passwordEncoder);
        return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
    }

    @Bean
    ApplicationRunner firstHrAccount(HrAccountManagement accounts) {
        return arguments -> accounts.ensureFirstAccount();
    }
}
