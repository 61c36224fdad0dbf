/**
 * The assessment feature: the questionnaire, its validation, storage of assessments with the scores computed when
 * they were made, the result page and the JSON API. {@link com.hivecheck.assessment.AssessmentManagement} owns the
 * transactions; controllers only translate between HTTP and it.
 */
@NullMarked
package com.hivecheck.assessment;

import org.jspecify.annotations.NullMarked;
