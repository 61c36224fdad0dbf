/**
 * The assessment feature: the questionnaire, its validation, storage of assessments with the scores computed when
 * they were made, the result page and the JSON API. Owns the {@code assessment} table:
 * {@link com.hivecheck.assessment.AssessmentManagement} is the one writer (submissions and deletions) and owns the
 * transactions; controllers only translate between HTTP and it.
 *
 * <p>Exposes to other modules the stored {@link com.hivecheck.assessment.Assessment} with its
 * {@link com.hivecheck.assessment.Context} and {@link com.hivecheck.assessment.ActivityEvidence} (which the HR area
 * reads) and {@code AssessmentManagement}.
 * {@link com.hivecheck.assessment.ResultView} and {@link com.hivecheck.assessment.AssessmentForm} are public only
 * because the templates are compiled to bytecode ({@code spring.thymeleaf.enable-spring-el-compiler}), which calls
 * public types and methods only.
 */
@NullMarked
package com.hivecheck.assessment;

import org.jspecify.annotations.NullMarked;
