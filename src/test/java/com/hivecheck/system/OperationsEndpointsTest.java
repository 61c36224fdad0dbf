package com.hivecheck.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * What operations and a load balancer see: health with the database and the probes, info with the app and model
 * versions, and nothing else of the actuator without the HR role. Runs on H2 and, with -Ppostgres, on PostgreSQL.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("database")
class OperationsEndpointsTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    BuildProperties build;

    @Test
    void healthIsOpenAndIncludesTheDatabaseWithoutItsDetails() {
        MvcTestResult health = mvc.get().uri("/actuator/health").exchange();

        assertThat(health).hasStatusOk();
        assertThat(health).bodyJson().extractingPath("$.status").isEqualTo("UP");
        assertThat(health).bodyJson().extractingPath("$.components.db.status").isEqualTo("UP");
        assertThat(health).bodyJson().doesNotHavePath("$.components.db.details");
    }

    @Test
    @WithMockUser(roles = "HR")
    void hrSeesWhichDatabaseIsBehindHealth() {
        MvcTestResult health = mvc.get().uri("/actuator/health").exchange();

        assertThat(health).hasStatusOk();
        assertThat(health).bodyJson().extractingPath("$.components.db.details.database").asString()
                .isIn("H2", "PostgreSQL");
    }

    @Test
    void livenessAndReadinessProbesAnswerUpAndReadinessWatchesTheDatabase() {
        assertThat(mvc.get().uri("/actuator/health/liveness")).hasStatusOk()
                .bodyJson().extractingPath("$.status").isEqualTo("UP");

        MvcTestResult readiness = mvc.get().uri("/actuator/health/readiness").exchange();
        assertThat(readiness).hasStatusOk();
        assertThat(readiness).bodyJson().extractingPath("$.status").isEqualTo("UP");
        assertThat(readiness).bodyJson().extractingPath("$.components.db.status").isEqualTo("UP");
    }

    @Test
    void infoNamesTheAppVersionAndTheScoringModelVersion() {
        MvcTestResult info = mvc.get().uri("/actuator/info").exchange();

        assertThat(info).hasStatusOk();
        assertThat(info).bodyJson().extractingPath("$.build.version").isEqualTo(build.getVersion());
        assertThat(info).bodyJson().extractingPath("$.model.version").isEqualTo("2");
    }

    @Test
    void everythingElseOfTheActuatorIsClosedToAnonymousVisitors() {
        for (String uri : new String[] {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/heapdump"}) {
            MvcTestResult result = mvc.get().uri(uri).exchange();
            assertThat(result.getResponse().getStatus()).as(uri).isIn(302, 401, 403);
        }
    }

    @Test
    @WithMockUser(roles = "HR")
    void nothingButHealthAndInfoIsExposedEvenToHr() {
        for (String uri : new String[] {"/actuator/env", "/actuator/beans", "/actuator/heapdump", "/actuator/shutdown"}) {
            assertThat(mvc.get().uri(uri)).as(uri).hasStatus(404);
        }
    }
}
