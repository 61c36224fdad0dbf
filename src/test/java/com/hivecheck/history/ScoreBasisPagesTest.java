package com.hivecheck.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.hivecheck.HrApplicationTest;
import com.hivecheck.MutableClock;
import com.hivecheck.assessment.AssessmentManagement;
import com.hivecheck.assessment.Context;
import com.hivecheck.assessment.PastRound;
import com.hivecheck.scoring.Answers;
import com.hivecheck.scoring.Benefit;
import com.hivecheck.scoring.Classification;
import com.hivecheck.scoring.Improvement;
import com.hivecheck.scoring.ScoringModels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Compare and the timeline offer the progress page's switch: scores as stored (a model-1 round keeps model 1's
 * scores, and the page says the versions are mixed), or every round under the current model, computed for the page;
 * links within the page stay on the basis picked.
 */
@HrApplicationTest
class ScoreBasisPagesTest {

    /** Model 1 and model 2 read these answers differently. */
    static final Answers THEATER = new Answers(1000, 900, 6, true, EnumSet.of(Benefit.INVOLVEMENT), 40,
            Improvement.SLIGHTLY_BETTER);
    static final Answers LATER = new Answers(1000, 800, 150, false, EnumSet.of(Benefit.IDEAS, Benefit.KNOWLEDGE), 70,
            Improvement.BETTER);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    AssessmentManagement assessments;

    UUID before;
    UUID now;
    UUID beta;

    @BeforeEach
    void storeAModelOneRoundAndTwoModelTwoRounds() {
        jdbc.update("delete from assessment");
        clock.set(Instant.parse("2026-05-01T09:00:00Z"));
        List<UUID> stored = assessments.storePastRounds(List.of(
                new PastRound(null, new Context("Acme", "Alpha", null), THEATER, LocalDate.of(2025, 6, 1), "1"),
                new PastRound(null, new Context("Acme", "Alpha", null), LATER, LocalDate.of(2026, 3, 1), "2"),
                new PastRound(null, new Context("Acme", "Beta", null), LATER, LocalDate.of(2026, 3, 1), "2")));
        before = stored.get(0);
        now = stored.get(1);
        beta = stored.get(2);
    }

    @Test
    void compareShowsStoredScoresAndOffersTheCurrentModel() throws Exception {
        Classification v1 = ScoringModels.V1.classify(THEATER);
        Classification v2 = ScoringModels.V2.classify(THEATER);
        assertThat(v1.involvement()).isNotEqualTo(v2.involvement());
        String url = "/hr/compare?ids=" + before + "&ids=" + now;

        Document stored = page(url);
        assertThat(stored.select("#row-involvement .score-cell").eachText()).first()
                .isEqualTo(Integer.toString(v1.involvement()));
        assertThat(stored.select("#compare-versions")).hasSize(1);
        assertThat(stored.select("#row-model td").eachText()).containsExactly("1", "2");
        assertThat(stored.select("#score-basis .is-current").text()).isEqualTo("As scored then");

        Document current = page(stored.select("#score-basis a:contains(current model)").attr("href"));
        assertThat(current.select("#row-involvement .score-cell").eachText()).first()
                .isEqualTo(Integer.toString(v2.involvement()));
        assertThat(current.select("#compare-versions")).isEmpty();
        assertThat(current.select("#row-model td").eachText())
                .as("the version that scored the stored answers stays visible")
                .containsExactly("1 scored again under version 2", "2");
        assertThat(current.select("#score-basis .is-current").text()).isEqualTo("All under the current model (v2)");
        assertThat(current.select("#score-basis-note").text()).contains("for this page only");
        assertThat(jdbc.queryForObject("select involvement from assessment where id = ?", Integer.class,
                before)).as("nothing stored changes").isEqualTo(v1.involvement());
    }

    @Test
    void peersKeepTheBasisWhenTheBaselineChanges() throws Exception {
        Document current = page("/hr/compare?ids=" + before + "&ids=" + beta + "&scores=current");

        assertThat(current.select("#baseline-switch a").eachAttr("href"))
                .allSatisfy(href -> assertThat(href).contains("scores=current"));
        Document second = page(current.select("#baseline-switch a:contains(#2)").attr("href"));
        assertThat(second.select("#score-basis .is-current").text()).startsWith("All under the current model");
        assertThat(second.select("#score-basis a:contains(As scored then)").attr("href"))
                .contains("baseline=2").doesNotContain("scores=");
    }

    @Test
    void theTimelineOfAUnitOffersTheSameSwitch() throws Exception {
        Classification v2 = ScoringModels.V2.classify(THEATER);

        Document stored = page("/hr/timeline?network=Acme&unit=Alpha");
        assertThat(stored.select("#timeline-table tbody tr").first().select("td.num").first().text())
                .isEqualTo(Integer.toString(ScoringModels.V1.classify(THEATER).involvement()));

        Document current = page("/hr/timeline?network=Acme&unit=Alpha&scores=current");
        assertThat(current.select("#timeline-table tbody tr").first().select("td.num").first().text())
                .isEqualTo(Integer.toString(v2.involvement()));
        assertThat(current.select(".unit-switch a").eachAttr("href"))
                .allSatisfy(href -> assertThat(href).contains("scores=current"));

        Document network = page("/hr/timeline?network=Acme&scores=current");
        assertThat(network.select("#score-basis .is-current").text()).startsWith("All under the current model");
    }

    @Test
    void theTimelineWarnsWhenItsPointsMixModelVersions() throws Exception {
        Document unit = page("/hr/timeline?network=Acme&unit=Alpha");
        assertThat(unit.select("#timeline-versions").text())
                .startsWith("The points of this unit were scored by different model versions (v1, v2)")
                .contains("“All under the current model (v2)”");
        assertThat(unit.select("#timeline-table tbody tr").eachText())
                .satisfiesExactly(first -> assertThat(first).endsWith("1 Result"),
                        second -> assertThat(second).endsWith("2 Result"));

        Document network = page("/hr/timeline?network=Acme");
        assertThat(network.select("#timeline-versions").text())
                .startsWith("The points on this page were scored by different model versions (v1, v2)");
        assertThat(network.select(".timeline-line[data-unit=Alpha] .timeline-line__versions").text())
                .isEqualTo("Scored by model versions v1, v2");
        assertThat(network.select(".timeline-line[data-unit=Beta] .timeline-line__versions")).isEmpty();

        Document russian = page("/hr/timeline?network=Acme", "ru");
        assertThat(russian.select("#timeline-versions").text())
                .startsWith("Точки на этой странице посчитаны разными версиями модели (v1, v2)");

        Document current = page("/hr/timeline?network=Acme&unit=Alpha&scores=current");
        assertThat(current.select("#timeline-versions")).as("every point is under one model now").isEmpty();
        assertThat(current.select("#timeline-table thead th").eachText()).doesNotContain("Model version");
    }

    @Test
    void compareUnderTheCurrentModelNamesTheVersionThatScoredTheStoredAnswersInRussian() throws Exception {
        Document current = page("/hr/compare?ids=" + before + "&ids=" + now + "&scores=current", "ru");

        assertThat(current.select("#row-model td").eachText()).containsExactly("1 пересчитано версией 2", "2");
    }

    @Test
    void pagesOfTheCurrentModelAloneHaveNoSwitch() throws Exception {
        assertThat(page("/hr/compare?ids=" + now + "&ids=" + beta).select("#score-basis")).isEmpty();
        assertThat(page("/hr/timeline?network=Acme&unit=Beta").select("#score-basis")).isEmpty();
    }

    private Document page(String url) throws Exception {
        return page(url, "en");
    }

    private Document page(String url, String language) throws Exception {
        String html = mvc.perform(get(url).param("lang", language).with(user("hr").roles("HR")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }
}
