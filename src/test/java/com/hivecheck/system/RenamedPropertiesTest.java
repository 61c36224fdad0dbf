package com.hivecheck.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.List;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The configuration names of release 0.1 still work for one release, each with a warning that names the new one,
 * and with the precedence the old setting had.
 */
@ExtendWith(OutputCaptureExtension.class)
class RenamedPropertiesTest {

    private final Log log = mock(Log.class);
    private final StandardEnvironment environment = new StandardEnvironment();
    private final MutablePropertySources sources = environment.getPropertySources();

    RenamedPropertiesTest() {
        sources.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        sources.remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
    }

    @Test
    void readsEveryOldPrefixUnderItsNewName() {
        sources.addLast(new MapPropertySource("application.properties", Map.of(
                "assessment.hr.login.max-failures", "7",
                "assessment.storage.checkpoint-before-acknowledging", "false",
                "assessment.history.zone", "Europe/Moscow",
                "assessment.scoring.version", "2",
                "assessment.result-cache.pages", "12",
                "assessment.questionnaire-cache.enabled", "false",
                "importing.report-ttl", "1h")));

        postProcess();

        assertThat(environment.getProperty("hivecheck.hr.login.max-failures")).isEqualTo("7");
        assertThat(environment.getProperty("hivecheck.storage.checkpoint-before-acknowledging")).isEqualTo("false");
        assertThat(environment.getProperty("hivecheck.history.zone")).isEqualTo("Europe/Moscow");
        assertThat(environment.getProperty("hivecheck.assessment.scoring.version")).isEqualTo("2");
        assertThat(environment.getProperty("hivecheck.assessment.result-cache.pages")).isEqualTo("12");
        assertThat(environment.getProperty("hivecheck.assessment.questionnaire-cache.enabled")).isEqualTo("false");
        assertThat(environment.getProperty("hivecheck.importing.report-ttl")).isEqualTo("1h");
        verify(log, times(7)).warn(anyString());
    }

    @Test
    void warnsOncePerOldNameNamingTheNewOneAndWhereTheOldOneWasSet() {
        sources.addLast(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                Map.of("ASSESSMENT_HR_PASSWORD", "correct horse", "PATH", "/usr/bin")));

        postProcess();

        assertThat(environment.getProperty("hivecheck.hr.password")).isEqualTo("correct horse");
        ArgumentCaptor<String> warning = ArgumentCaptor.forClass(String.class);
        verify(log).warn(warning.capture());
        assertThat(warning.getValue()).contains("'assessment.hr.password' is deprecated")
                .contains("use 'hivecheck.hr.password' instead")
                .contains("ASSESSMENT_HR_PASSWORD");
    }

    @Test
    void anOldNameKeepsThePrecedenceOfWhereItWasSet() {
        sources.addLast(new MapPropertySource("commandLineArgs", Map.of("assessment.hr.username", "boss")));
        sources.addLast(new MapPropertySource("application.properties", Map.of("hivecheck.hr.username", "hr",
                "assessment.history.zone", "Europe/Moscow")));
        sources.addFirst(new MapPropertySource("test", Map.of("hivecheck.history.zone", "UTC")));

        postProcess();

        assertThat(environment.getProperty("hivecheck.hr.username")).isEqualTo("boss");
        assertThat(environment.getProperty("hivecheck.history.zone")).isEqualTo("UTC");
    }

    @Test
    void theNewNameWinsWhereOneSourceSetsBoth() {
        sources.addLast(new MapPropertySource("application.properties", Map.of("hivecheck.hr.username", "new",
                "assessment.hr.username", "old")));

        postProcess();

        assertThat(environment.getProperty("hivecheck.hr.username")).isEqualTo("new");
        verify(log, never()).warn(anyString());
    }

    @Test
    void changesNothingWithoutOldNames() {
        sources.addLast(new MapPropertySource("application.properties", Map.of("hivecheck.hr.username", "hr",
                "server.port", "8080", "assessmentx.hr.username", "unrelated")));
        List<String> before = sources.stream().map(source -> source.getName()).toList();

        postProcess();

        assertThat(sources.stream().map(source -> source.getName()).toList()).isEqualTo(before);
        verify(log, never()).warn(anyString());
    }

    @Test
    void runsInEveryApplicationAndLogsItsWarning(CapturedOutput output) {
        SpringApplication application = new SpringApplication(Empty.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = application.run("--assessment.history.zone=Asia/Tokyo",
                "--spring.main.banner-mode=off")) {
            assertThat(context.getEnvironment().getProperty("hivecheck.history.zone")).isEqualTo("Asia/Tokyo");
        }
        assertThat(output).contains("WARN").contains("'assessment.history.zone' is deprecated")
                .contains("use 'hivecheck.history.zone' instead");
    }

    private void postProcess() {
        new RenamedProperties(destination -> log).postProcessEnvironment(environment, new SpringApplication());
    }

    @Configuration(proxyBeanMethods = false)
    static class Empty {
    }
}
