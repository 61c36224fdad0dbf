package com.hivecheck;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * The whole application on an in-memory database, with MockMvc, an HR account {@code hr} / {@value #PASSWORD}, and a
 * {@link MutableClock} replacing the real one. Test classes using it share one application context; each cleans the
 * tables it fills.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
    "hivecheck.hr.username=hr",
    "hivecheck.hr.password=" + HrApplicationTest.PASSWORD,
    "hivecheck.hr.login.max-failures=5",
    "hivecheck.hr.login.lockout=15m"
})
@AutoConfigureMockMvc
@Tag("database")
@Import(HrApplicationTest.Clocks.class)
public @interface HrApplicationTest {

    String PASSWORD = "correct horse battery staple";

    /** Starts at 2026-05-01T09:00:00Z. */
    @TestConfiguration(proxyBeanMethods = false)
    class Clocks {

        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.parse("2026-05-01T09:00:00Z"));
        }
    }
}
