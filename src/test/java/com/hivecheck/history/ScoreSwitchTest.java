package com.hivecheck.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.hivecheck.scoring.Quadrant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The score-basis switch keeps every other parameter of the page and drops the language. */
class ScoreSwitchTest {

    static final PastAssessment V1 = Samples.assessment("2026-01-01T10:00:00Z", "Acme", "Alpha", 40, 40,
            Quadrant.DESERT);

    @Test
    void eachLinkKeepsTheOtherParametersEncoded() {
        ScoreSwitch s = ScoreSwitch.of("/hr/compare", "ids=a&ids=b&baseline=2&scores=current&lang=ru&network=A%26B",
                ScoreBasis.CURRENT_MODEL, "2", List.of(V1.modelVersion()));

        assertThat(s.url(ScoreBasis.AS_SCORED)).isEqualTo("/hr/compare?ids=a&ids=b&baseline=2&network=A%26B");
        assertThat(s.url(ScoreBasis.CURRENT_MODEL))
                .isEqualTo("/hr/compare?ids=a&ids=b&baseline=2&network=A%26B&scores=current");
        assertThat(s.rescored()).isTrue();
        assertThat(s.otherVersions()).isTrue();
        assertThat(s.keep("/hr/timeline?network=A")).isEqualTo("/hr/timeline?network=A&scores=current");
    }

    @Test
    void aPageWithoutParametersOrOtherVersions() {
        ScoreSwitch s = ScoreSwitch.of("/hr/timeline", null, ScoreBasis.AS_SCORED, "1", List.of(V1.modelVersion()));

        assertThat(s.url(ScoreBasis.AS_SCORED)).isEqualTo("/hr/timeline");
        assertThat(s.url(ScoreBasis.CURRENT_MODEL)).isEqualTo("/hr/timeline?scores=current");
        assertThat(s.otherVersions()).isFalse();
        assertThat(s.mixesVersions()).isFalse();
        assertThat(s.keep("/hr/timeline")).isEqualTo("/hr/timeline");
    }

    @Test
    void storedScoresOfTwoVersionsAreMixedUntilRescored() {
        PastAssessment v2 = Samples.assessment("2026-02-01T10:00:00Z", "Acme", "Alpha", 60, 60,
                Quadrant.HONEY_APIARY, "2");

        ScoreSwitch stored = ScoreSwitch.of("/hr/timeline", "network=Acme", ScoreBasis.AS_SCORED, "2",
                List.of(v2.modelVersion(), V1.modelVersion()));
        ScoreSwitch rescored = ScoreSwitch.of("/hr/timeline", "network=Acme", ScoreBasis.CURRENT_MODEL, "2",
                List.of(v2.modelVersion(), V1.modelVersion()));

        assertThat(stored.mixesVersions()).isTrue();
        assertThat(stored.versions()).isEqualTo("v1, v2");
        assertThat(rescored.mixesVersions()).as("every point is under the current model").isFalse();
    }
}
