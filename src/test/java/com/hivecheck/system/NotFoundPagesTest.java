package com.hivecheck.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.hivecheck.HrApplicationTest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Addresses that do not exist: a browser gets the localised HTML 404 page, in the HR area too (an unknown page, a
 * stale delete link), and an anonymous visitor is not sent to the HR sign-in for an unknown public address.
 */
@HrApplicationTest
class NotFoundPagesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void anUnknownPublicAddressIsNotFoundNotTheSignIn() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/no-such-page").accept(MediaType.TEXT_HTML))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getRedirectedUrl()).isNull();
        assertThat(response.getErrorMessage()).isNull();
    }

    @Test
    void anUnknownPublicAddressIsNotFoundForASignedInHrUserToo() throws Exception {
        MockHttpServletResponse response = hr("/no-such-page", "en");

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getRedirectedUrl()).isNull();
    }

    @Test
    void aSignedInPostWithoutItsCsrfTokenIsStillForbidden() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/hr/assessments/" + UUID.randomUUID() + "/delete")
                .accept(MediaType.TEXT_HTML).with(user("hr").roles("HR"))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(403);
    }

    @Test
    void theHrAreaStillAsksAnonymousVisitorsToSignIn() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/hr/progress").accept(MediaType.TEXT_HTML))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void anUnknownHrPageIsTheLocalisedHtmlErrorPage() throws Exception {
        MockHttpServletResponse en = hr("/hr/no-such-page", "en");
        MockHttpServletResponse ru = hr("/hr/no-such-page", "ru");

        assertThat(en.getStatus()).isEqualTo(404);
        assertThat(en.getContentType()).startsWith("text/html");
        assertThat(en.getContentAsString(StandardCharsets.UTF_8)).contains("We could not find that page");
        assertThat(ru.getContentAsString(StandardCharsets.UTF_8)).contains("Такой страницы нет");
    }

    @Test
    void aStaleDeleteLinkIsTheHtmlErrorPageNotJson() throws Exception {
        MockHttpServletResponse response = hr("/hr/assessments/" + UUID.randomUUID() + "/delete", "en");

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentType()).startsWith("text/html");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("We could not find that page")
                .doesNotContain("\"status\"");
    }

    @Test
    void anApiClientStillGetsProblemJson() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/assessments/" + UUID.randomUUID())
                .accept(MediaType.APPLICATION_JSON)).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
    }

    private MockHttpServletResponse hr(String path, String lang) throws Exception {
        return mvc.perform(get(path).param("lang", lang).accept(MediaType.TEXT_HTML).with(user("hr").roles("HR")))
                .andReturn().getResponse();
    }
}
