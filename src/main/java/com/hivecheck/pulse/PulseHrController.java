package com.hivecheck.pulse;

import com.hivecheck.system.Ids;
import com.hivecheck.scoring.Benefit;
import com.hivecheck.scoring.Improvement;
import jakarta.validation.Valid;
import java.sql.Date;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The HR side of pulses: the list with the form that opens one, a pulse's page (link, QR code, invitation, results),
 * closing, reopening and deleting. An unknown id is the app's 404 page.
 */
@Controller
@RequestMapping("/hr/pulses")
class PulseHrController {

    private final PulseManagement management;
    private final MessageSource messages;

    PulseHrController(PulseManagement management, MessageSource messages) {
        this.management = management;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("form", new PulseForm());
        return listPage(model);
    }

    @PostMapping
    ModelAndView open(@Valid @ModelAttribute("form") PulseForm form, BindingResult result, Model model) {
        if (result.hasErrors()) {
            listPage(model);
            return new ModelAndView("pulse/list", HttpStatus.UNPROCESSABLE_CONTENT);
        }
        Pulse pulse = management.open(form.toSetup());
        return new ModelAndView("redirect:/hr/pulses/" + pulse.getId() + "?opened");
    }

    private String listPage(Model model) {
        model.addAttribute("pulses", management.list());
        return "pulse/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable String id, Model model, Locale locale) {
        Pulse pulse = find(id);
        PulseManagement.Overview overview = management.overview(pulse);
        PulseView view = overview.view();
        String respondUrl = PulseApi.respondUrl(pulse).toString();
        model.addAttribute("pulse", pulse);
        model.addAttribute("open", management.isOpen(pulse));
        model.addAttribute("view", view);
        model.addAttribute("gaps", view.gaps().stream().map(gap -> sentence(gap, locale)).toList());
        model.addAttribute("comments", overview.comments());
        model.addAttribute("respondUrl", respondUrl);
        model.addAttribute("qr", QrCode.svg(respondUrl, text("pulse.qr.title", locale)));
        model.addAttribute("invitation", invitation(pulse, respondUrl, locale));
        model.addAttribute("assessUrl", assessUrl(pulse));
        model.addAttribute("modelVersion", management.modelVersion());
        return "pulse/results";
    }

    /** The QR code of the public link as an SVG file, for print. */
    @GetMapping(value = "/{id}/qr.svg")
    ResponseEntity<String> qr(@PathVariable String id, Locale locale) {
        Pulse pulse = find(id);
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("image/svg+xml"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"pulse-qr.svg\"")
                .body(QrCode.svg(PulseApi.respondUrl(pulse).toString(), text("pulse.qr.title", locale)));
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable String id, RedirectAttributes flash) {
        management.close(find(id).getId());
        flash.addFlashAttribute("flash", "pulse.flash.closed");
        return "redirect:/hr/pulses/" + id;
    }

    @PostMapping("/{id}/reopen")
    String reopen(@PathVariable String id, RedirectAttributes flash) {
        management.reopen(find(id).getId());
        flash.addFlashAttribute("flash", "pulse.flash.reopened");
        return "redirect:/hr/pulses/" + id;
    }

    @GetMapping("/{id}/delete")
    String confirmDelete(@PathVariable String id, Model model) {
        Pulse pulse = find(id);
        model.addAttribute("pulse", pulse);
        model.addAttribute("responses", management.summary(pulse).responses());
        return "pulse/delete";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable String id, RedirectAttributes flash) {
        Pulse pulse = find(id);
        management.delete(pulse.getId());
        flash.addFlashAttribute("deletedNetwork", pulse.network());
        return "redirect:/hr/pulses";
    }

    private Pulse find(String id) {
        return Ids.parse(id).flatMap(management::find).orElseThrow(PulseNotFoundException::new);
    }

    /** The questionnaire for the same network and unit, with questions 3 and 4 to be filled from this pulse. */
    private static String assessUrl(Pulse pulse) {
        UriComponentsBuilder url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/")
                .queryParam("network", pulse.network())
                .queryParam("pulse", pulse.getId());
        if (pulse.unit() != null) {
            url.queryParam("unit", pulse.unit());
        }
        return url.encode().build().toUriString();
    }

    private String invitation(Pulse pulse, String respondUrl, Locale locale) {
        String who = pulse.unit() == null ? pulse.network() : pulse.network() + " (" + pulse.unit() + ")";
        String closing = pulse.closesOn() == null
                ? ""
                : " " + messages.getMessage("pulse.invitation.closes",
                        new Object[] {Date.valueOf(pulse.closesOn())}, locale);
        return messages.getMessage("pulse.invitation.text",
                new Object[] {who, respondUrl, closing, management.threshold()}, locale);
    }

    private String sentence(PulseView.Sentence sentence, Locale locale) {
        Object[] arguments = sentence.arguments().stream().map(argument -> localised(argument, locale)).toArray();
        return messages.getMessage(sentence.key(), arguments, locale);
    }

    private Object localised(Object argument, Locale locale) {
        if (argument instanceof Benefit benefit) {
            return text("benefit." + benefit.name(), locale);
        }
        if (argument instanceof Improvement level) {
            return text("improvement." + level.name(), locale);
        }
        if (argument instanceof List<?> list) {
            return list.stream().map(item -> String.valueOf(localised(item, locale))).collect(Collectors.joining(", "));
        }
        return argument;
    }

    private String text(String key, Locale locale, @Nullable Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

}
