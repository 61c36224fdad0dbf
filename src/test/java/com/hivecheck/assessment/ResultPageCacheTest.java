package com.hivecheck.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.hivecheck.scoring.Answers;
import com.hivecheck.scoring.Benefit;
import com.hivecheck.scoring.Improvement;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Result pages served again from memory still show the right assessment, in the right language, and only while it exists. */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("database")
class ResultPageCacheTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AssessmentManagement management;

    @Autowired
    Assessments assessments;

    private UUID storedOneActorTheater() {
        Answers answers = new Answers(1000, 300, 4, true, EnumSet.of(Benefit.IDEAS, Benefit.KNOWLEDGE,
                Benefit.BEST_PRACTICES, Benefit.MARKET_INSIGHT), 95, Improvement.BETTER);
        return management.submit(new Context("Cached network " + UUID.randomUUID(), "Sales", null), answers).getId();
    }

    private MvcTestResult view(UUID id, String language) {
        return mvc.get().uri("/assessments/{id}", id).header("Accept-Language", language).exchange();
    }

    @Test
    void everyViewOfAResultPageShowsTheSamePage() {
        UUID id = storedOneActorTheater();

        MvcTestResult first = view(id, "en");
        MvcTestResult second = view(id, "en");

        assertThat(first).hasStatusOk();
        assertThat(second).hasStatusOk();
        assertThat(second.getResponse().getContentAsByteArray()).isEqualTo(first.getResponse().getContentAsByteArray());
        assertThat(second).hasContentTypeCompatibleWith("text/html");
    }

    @Test
    void eachLanguageKeepsItsOwnPage() throws Exception {
        UUID id = storedOneActorTheater();

        assertThat(view(id, "ru").getResponse().getContentAsString()).contains("Театр одного актёра");
        assertThat(view(id, "en").getResponse().getContentAsString()).contains("One-Actor Theater")
                .doesNotContain("Театр одного актёра");
        assertThat(view(id, "ru").getResponse().getContentAsString()).contains("Театр одного актёра");
    }

    @Test
    void aDeletedAssessmentIsGoneAtOnceEvenThoughItsPageWasShown() {
        UUID id = storedOneActorTheater();
        assertThat(view(id, "en")).hasStatusOk();
        assertThat(view(id, "en")).hasStatusOk();

        assessments.deleteById(id);

        assertThat(view(id, "en")).hasStatus(404);
    }
}
