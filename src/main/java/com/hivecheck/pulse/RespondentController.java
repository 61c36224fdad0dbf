package com.hivecheck.pulse;

import com.hivecheck.scoring.Benefit;
import com.hivecheck.scoring.Improvement;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The pulse page employees answer on: no login, no script needed. A browser that answered gets a random token in a
 * cookie scoped to this pulse, sees a thank-you and its own answer, and may change it while the pulse is open.
 * An unknown pulse is 404 and a closed one 410, each with a page that says so.
 */
@Controller
class RespondentController {

    static final String COOKIE = "pulse_answer";
    static final String VIEW = "pulse/respond";

    /** How long the browser keeps its token when the pulse has no closing day. */
    private static final Duration KEEP_WITHOUT_CLOSING_DAY = Duration.ofDays(366);

    private final PulseManagement management;

    RespondentController(PulseManagement management) {
        this.management = management;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("allBenefits", Benefit.values());
        model.addAttribute("improvements", Improvement.values());
        model.addAttribute("threshold", management.threshold());
    }

    @GetMapping("/pulse/{token}")
    ModelAndView show(@PathVariable String token,
            @CookieValue(name = COOKIE, required = false) @Nullable String browser) {
        return withOpenPulse(token, pulse -> {
            Optional<PulseAnswer> previous = management.previousAnswer(pulse, browser);
            ModelAndView page = new ModelAndView(VIEW);
            page.addObject("pulse", pulse);
            page.addObject("answered", previous.isPresent());
            page.addObject("form", previous.map(PulseAnswerForm::of).orElseGet(PulseAnswerForm::new));
            return page;
        });
    }

    @PostMapping("/pulse/{token}")
    ModelAndView answer(@PathVariable String token, @Valid @ModelAttribute("form") PulseAnswerForm form,
            BindingResult result, @CookieValue(name = COOKIE, required = false) @Nullable String browser,
            HttpServletRequest request, HttpServletResponse response) {
        return withOpenPulse(token, pulse -> {
            if (result.hasErrors()) {
                ModelAndView page = new ModelAndView(VIEW, HttpStatus.UNPROCESSABLE_CONTENT);
                page.addObject("pulse", pulse);
                page.addObject("answered", management.previousAnswer(pulse, browser).isPresent());
                return page;
            }
            String kept;
            try {
                kept = management.answer(token, browser, form.toAnswer());
            } catch (PulseClosedException closedMeanwhile) {
                return unavailable(HttpStatus.GONE);
            } catch (PulseNotFoundException deletedMeanwhile) {
                return unavailable(HttpStatus.NOT_FOUND);
            }
            response.addHeader(HttpHeaders.SET_COOKIE, cookie(request, token, kept, pulse.closesOn()).toString());
            RedirectView redirect = new RedirectView("/pulse/" + token + "#thanks", true);
            redirect.setStatusCode(HttpStatus.SEE_OTHER);
            return new ModelAndView(redirect);
        });
    }

    /** The page for the pulse behind {@code token} while it takes answers; else 404 (unknown) or 410 (closed). */
    private ModelAndView withOpenPulse(String token, Function<Pulse, ModelAndView> page) {
        Optional<Pulse> found = management.findByToken(token);
        if (found.isEmpty()) {
            return unavailable(HttpStatus.NOT_FOUND);
        }
        if (!management.isOpen(found.get())) {
            return unavailable(HttpStatus.GONE);
        }
        return page.apply(found.get());
    }

    private ResponseCookie cookie(HttpServletRequest request, String token, String browser,
            @Nullable LocalDate closesOn) {
        Duration keep = closesOn == null
                ? KEEP_WITHOUT_CLOSING_DAY
                : Duration.ofDays(Math.max(1, closesOn.toEpochDay() - management.today().toEpochDay() + 1));
        return ResponseCookie.from(COOKIE, browser)
                .path(request.getContextPath() + "/pulse/" + token)
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .maxAge(keep)
                .build();
    }

    private static ModelAndView unavailable(HttpStatus status) {
        ModelAndView page = new ModelAndView("pulse/unavailable", status);
        page.addObject("gone", status == HttpStatus.GONE);
        return page;
    }
}
