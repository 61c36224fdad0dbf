package com.hivecheck.assessment;

import java.lang.reflect.Type;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Lets {@code POST /api/assessments} name an employee pulse ({@code "pulse": id}) instead of answering questions 3
 * and 4: before the form is validated, those answers are filled from the pulse. A pulse that is unknown, malformed or
 * below its threshold is refused ({@link PulseUnavailableException}, 422 on the field {@code pulse}); answers given
 * alongside a pulse are kept as given.
 */
@ControllerAdvice(assignableTypes = AssessmentApi.class)
class PulseAnswersFill extends RequestBodyAdviceAdapter {

    /** Looked up when a request names a pulse, so that web slices without the assessment service still start. */
    private final ObjectProvider<AssessmentManagement> management;

    PulseAnswersFill(ObjectProvider<AssessmentManagement> management) {
        this.management = management;
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return parameter.getParameterType() == AssessmentForm.class;
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        if (body instanceof AssessmentForm form && form.getPulse() != null && !form.getPulse().isBlank()) {
            var outcome = form.pulseId().flatMap(management.getObject()::pulseOutcome)
                    .orElseThrow(PulseUnavailableException::new);
            if (form.lacksQuestions3And4()) {
                form.fillFrom(outcome);
            }
        }
        return body;
    }
}
