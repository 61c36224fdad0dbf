package com.hivecheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.hivecheck.assessment.Assessment;
import com.hivecheck.assessment.Assessments;
import com.hivecheck.scoring.Classification;
import com.hivecheck.scoring.Classifier;
import com.hivecheck.scoring.ScoringModel;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

/**
 * The benchmark loader's hand-written insert against the schema Flyway builds, read back through the application's
 * own mapping: every generated row is an assessment the application could have stored, scored as it would have.
 * Its own in-memory database, because the loader commits.
 */
@DataJpaTest(properties = {"spring.datasource.url=" + GenerateAssessmentsTest.URL,
    "spring.jpa.hibernate.ddl-auto=validate"})
class GenerateAssessmentsTest {

    static final String URL = "jdbc:h2:mem:generate-assessments;DB_CLOSE_DELAY=-1";

    private static final int ROWS = 300;

    @Autowired
    Assessments assessments;

    @Test
    void loadsRowsTheApplicationReadsAsAssessmentsScoredByTheReferenceModel() throws Exception {
        GenerateAssessments.main(new String[] {URL, Integer.toString(ROWS)});

        List<Assessment> stored = assessments.findAll();
        assertThat(stored).hasSize(ROWS);
        Classifier classifier = new Classifier(ScoringModel.reference());
        for (Assessment assessment : stored) {
            Classification expected = classifier.classify(assessment.answers());
            assertThat(assessment.getModelVersion()).isEqualTo(expected.modelVersion());
            assertThat(assessment.getInvolvement()).isEqualTo(expected.involvement());
            assertThat(assessment.getBenefit()).isEqualTo(expected.benefit());
            assertThat(assessment.getQuadrant()).isEqualTo(expected.quadrant());
            assertThat(assessment.isBorderline()).isEqualTo(expected.borderline());
            assertThat(assessment.getNetwork()).matches("Network \\d+");
            assertThat(assessment.getEvidence()).isEmpty();
        }
        assertThat(stored).anyMatch(assessment -> assessment.getUnit() == null)
                .anyMatch(assessment -> assessment.getUnit() != null && assessment.getUnit().matches("Unit \\d+"))
                .anyMatch(assessment -> assessment.getExample() != null
                        && assessment.getExample().contains(", with a comma and \"quotes\""))
                .anyMatch(assessment -> !assessment.answers().benefits().isEmpty());
    }
}
