package com.hivecheck.hr;

import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The HR sign-in page. Spring Security processes the POST; this page explains what happened. */
@Controller
class LoginController {

    @GetMapping("/login")
    String loginPage(@RequestParam(required = false) @Nullable String error,
            @RequestParam(required = false) @Nullable String logout, @Nullable HttpSession session, Model model) {
        String outcome = null;
        if (error != null) {
            outcome = "wrong";
            Object exception = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            if (exception instanceof LoginThrottledException throttled) {
                outcome = "throttled";
                model.addAttribute("retryMinutes", throttled.retryAfterMinutes());
            }
            if (session != null) {
                session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            }
        } else if (logout != null) {
            outcome = "loggedOut";
        }
        model.addAttribute("outcome", outcome);
        return "hr/login";
    }
}
