package com.hivecheck.assessment;

import com.hivecheck.importing.Evidence;
import com.hivecheck.importing.ExportFormat;
import com.hivecheck.scoring.Answers;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The figures of the activity export that questions 1 and 2 were filled from, kept with the assessment: aggregates
 * only. An answer counts as "from data" while it equals the export's figure.
 *
 * @param source the export the figures came from
 * @param unit the export's unit they belong to, or {@code null} for the whole network
 * @param referenceDate the last day of the activity window
 * @param windowDays the window in days
 * @param employees people in the export
 * @param monthlyActiveUsers people active within the window
 * @param contentCreators the fewest people behind 80% of posts and comments
 * @param lurkers active people who contributed nothing
 * @param occasional active people who contributed but are not content creators
 */
@Embeddable
public record ActivityEvidence(
        @Enumerated(EnumType.STRING) @Column(name = "evidence_source", length = 20) ExportFormat source,
        @Column(name = "evidence_unit", length = Context.MAX_NAME_LENGTH) @Nullable String unit,
        @Column(name = "evidence_reference_date") LocalDate referenceDate,
        @Column(name = "evidence_window_days") int windowDays,
        @Column(name = "evidence_people") int employees,
        @Column(name = "evidence_active") int monthlyActiveUsers,
        @Column(name = "evidence_creators") int contentCreators,
        @Column(name = "evidence_lurkers") int lurkers,
        @Column(name = "evidence_occasional") int occasional) {

    static ActivityEvidence of(Evidence evidence) {
        String unit = evidence.unit();
        if (unit != null && unit.length() > Context.MAX_NAME_LENGTH) {
            unit = unit.substring(0, Context.MAX_NAME_LENGTH);
        }
        return new ActivityEvidence(evidence.source(), unit, evidence.referenceDate(), evidence.windowDays(),
                evidence.employees(), evidence.monthlyActiveUsers(), evidence.contentCreators(), evidence.lurkers(),
                evidence.occasional());
    }

    /** Which of the answers equal these figures. */
    public FromData compare(Answers answers) {
        return new FromData(answers.employees() == employees, answers.monthlyActiveUsers() == monthlyActiveUsers,
                answers.contentCreators() == contentCreators);
    }

    /** The core of the participation split: the content creators. */
    public int core() {
        return contentCreators;
    }

    /**
     * Which answers of questions 1 and 2 come from an activity export.
     *
     * @param employees whether the number of employees does
     * @param monthlyActiveUsers whether the monthly active users do
     * @param contentCreators whether the content creators do
     */
    public record FromData(boolean employees, boolean monthlyActiveUsers, boolean contentCreators) {

        /** Nothing from data: every answer was typed in. */
        public static final FromData NONE = new FromData(false, false, false);

        /** Whether any answer comes from data. */
        public boolean any() {
            return employees || monthlyActiveUsers || contentCreators;
        }

        /** Whether questions 1 and 2 come entirely from data. */
        public boolean all() {
            return employees && monthlyActiveUsers && contentCreators;
        }

        /** Whether the form field of this name holds a number from data. */
        public boolean field(String name) {
            return switch (name) {
                case "employees" -> employees;
                case "monthlyActiveUsers" -> monthlyActiveUsers;
                case "contentCreators" -> contentCreators;
                default -> false;
            };
        }
    }
}
