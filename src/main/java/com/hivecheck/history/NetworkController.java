package com.hivecheck.history;

import com.hivecheck.assessment.Context;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** One network over time (the timeline) and across its units (the portfolio). */
@Controller
@RequestMapping("/hr")
class NetworkController {

    private final HistoryManagement management;
    private final MessageSource messages;

    NetworkController(HistoryManagement management, MessageSource messages) {
        this.management = management;
        this.messages = messages;
    }

    @GetMapping("/timeline")
    String timeline(@RequestParam(required = false) @Nullable String network,
            @RequestParam(required = false) @Nullable String unit, Model model, Locale locale) {
        String name = pick(network, model);
        if (name != null) {
            String unitName = clean(unit);
            List<PastAssessment> latestPerUnit = management.latestPerUnit(name);
            String wholeNetwork = messages.getMessage("history.unit.whole", null, locale);
            model.addAttribute("timeline", unitName == null
                    ? TimelineView.ofNetwork(name, management.monthly(name), latestPerUnit, management.model(), locale,
                            wholeNetwork)
                    : TimelineView.ofUnit(name, unitName, management.timeline(name, unitName), latestPerUnit,
                            management.model(), management.zone(), locale, wholeNetwork));
        }
        return "history/timeline";
    }

    @GetMapping("/portfolio")
    String portfolio(@RequestParam(required = false) @Nullable String network, Model model, Locale locale) {
        String name = pick(network, model);
        if (name != null) {
            model.addAttribute("portfolio", PortfolioView.of(name, management.latestPerUnit(name), management.model(),
                    management.zone(), messages.getMessage("history.unit.whole", null, locale)));
        }
        return "history/portfolio";
    }

    /** The network to show, or {@code null} (with the form's state in the model) when none or a wrong one is given. */
    private @Nullable String pick(@Nullable String network, Model model) {
        String name = clean(network);
        model.addAttribute("network", name);
        model.addAttribute("networks", management.recentNetworks());
        if (name != null && name.length() > Context.MAX_NAME_LENGTH) {
            model.addAttribute("networkTooLong", true);
            return null;
        }
        return name;
    }

    private static @Nullable String clean(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.strip();
    }
}
