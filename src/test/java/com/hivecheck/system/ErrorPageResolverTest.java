package com.hivecheck.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.ModelAndView;

/** The one error template, with the title and explanation its status calls for, in both languages. */
class ErrorPageResolverTest {

    private static final ErrorPageResolver RESOLVER = new ErrorPageResolver(messages());

    @ParameterizedTest
    @CsvSource({"NOT_FOUND, 404", "BAD_REQUEST, 4xx", "FORBIDDEN, 4xx", "METHOD_NOT_ALLOWED, 4xx",
        "PAYLOAD_TOO_LARGE, 4xx", "INTERNAL_SERVER_ERROR, 5xx", "SERVICE_UNAVAILABLE, 503"})
    void theStatusChoosesTheLocalisedMessages(HttpStatus status, String kind) throws IOException {
        ModelAndView page = RESOLVER.resolveErrorView(new MockHttpServletRequest(), status,
                Map.of("status", status.value(), "path", "/somewhere"));

        assertThat(page.getViewName()).isEqualTo("error");
        assertThat(page.getStatus()).isEqualTo(status);
        assertThat(page.getModel()).containsEntry("status", status.value())
                .containsEntry("titleKey", "error." + kind + ".title")
                .containsEntry("textKey", "error." + kind + ".text");
        for (String bundle : new String[] {"messages/messages.properties", "messages/messages_ru.properties"}) {
            Properties messages = load(bundle);
            assertThat(messages.getProperty("error." + kind + ".title")).as(bundle).isNotBlank();
            assertThat(messages.getProperty("error." + kind + ".text")).as(bundle).isNotBlank();
        }
    }

    @Test
    void tellsARefusedClientHowManyMinutesToWaitWhenKnown() {
        ModelAndView known = new ErrorPageResolver(messages()).resolveErrorView(new MockHttpServletRequest(),
                HttpStatus.TOO_MANY_REQUESTS, Map.of("status", 429, "retryMinutes", 15L));
        ModelAndView unknown = new ErrorPageResolver(messages()).resolveErrorView(new MockHttpServletRequest(),
                HttpStatus.TOO_MANY_REQUESTS, Map.of("status", 429));

        assertThat(known.getModel()).containsEntry("titleKey", "error.429.title")
                .containsEntry("textKey", "error.429.text").containsEntry("textArgument", 15L);
        assertThat(unknown.getModel()).containsEntry("textKey", "error.429.textSoon");
    }

    private static MessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ErrorPageResolverTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
