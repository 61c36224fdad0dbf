package com.hivecheck.security;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** The application's security filter chains, for {@code @WebMvcTest} slices in other packages. */
@TestConfiguration(proxyBeanMethods = false)
@Import(SecurityConfiguration.class)
public class WebSecurityForSlices {
}
