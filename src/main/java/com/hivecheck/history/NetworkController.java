package com.hivecheck.history;

import com.hivecheck.assessment.Context;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** One network over time (the timeline), across its units (the portfolio), and each unit's progress. */
@Controller
@RequestMapping("/hr")
class NetworkController {

    private final HistoryManagement management;
    private final MessageSource messages;

    NetworkController(HistoryManagement management, MessageSource messages) {
        this.management = management;
        this.messages = messages;
    }

    /**
     * A network's timeline, one line per unit, or one unit's; {@code scores} picks stored scores or the current
     * model's, as on the progress page.
     */
    @GetMapping("/timeline")
    String timeline(@RequestParam(required = false) @Nullable String network,
            @RequestParam(required = false) @Nullable String unit,
            @RequestParam(required = false) @Nullable String scores, Model model, Locale locale,
            HttpServletRequest request) {
        String name = pick(network, model);
        if (name != null) {
            String unitName = clean(unit);
            ScoreBasis basis = ScoreBasis.of(scores);
            List<TimelinePoint> stored;
            if (unitName == null) {
                List<List<TimelinePoint>> lines = management.timelines(name);
                stored = lines.stream().flatMap(List::stream).toList();
                model.addAttribute("timeline", TimelineView.ofNetwork(name,
                        lines.stream().map(line -> management.onBasis(line, basis)).toList(), management.model(),
                        locale, basis));
            } else {
                stored = management.timeline(name, unitName);
                model.addAttribute("timeline", TimelineView.ofUnit(name, unitName, management.onBasis(stored, basis),
                        management.units(name), management.model(), locale, basis));
            }
            model.addAttribute("scoreSwitch", ScoreSwitch.of(TimelineView.PATH, request.getQueryString(), basis,
                    management.currentModelVersion(), stored.stream().map(TimelinePoint::modelVersion).toList()));
        }
        return "history/timeline";
    }

    @GetMapping("/portfolio")
    String portfolio(@RequestParam(required = false) @Nullable String network, Model model, Locale locale) {
        String name = pick(network, model);
        if (name != null) {
            model.addAttribute("portfolio", PortfolioView.of(name, management.latestRounds(name), management.model(),
                    management.zone()));
        }
        return "history/portfolio";
    }

    /**
     * The progress of each unit since its previous assessment. {@code status} filters, {@code sort} and {@code dir}
     * order the units, {@code scores} picks stored scores or the current model's.
     */
    @GetMapping("/progress")
    String progress(@RequestParam(required = false) @Nullable String network,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable String dir,
            @RequestParam(required = false) @Nullable String scores, Model model, Locale locale) {
        String name = pick(network, model);
        if (name != null) {
            ScoreBasis basis = ScoreBasis.of(scores);
            model.addAttribute("progress", ProgressView.of(name, management.progress(name, basis), basis,
                    ProgressCsv.status(status), ProgressView.Order.of(sort), "desc".equals(dir),
                    management.currentModelVersion(), locale));
            model.addAttribute("statuses", ProgressStatus.values());
            model.addAttribute("orders", ProgressView.Order.values());
        }
        return "history/progress";
    }

    /**
     * The progress lines as CSV (UTF-8 with a byte order mark); {@code separator=semicolon} for spreadsheets whose
     * locale reads commas as decimal separators (Excel in Russian). A missing or too long network is 404.
     */
    @GetMapping("/progress.csv")
    void progressCsv(@RequestParam(required = false) @Nullable String network,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String scores,
            @RequestParam(required = false) @Nullable String separator, HttpServletResponse response)
            throws IOException {
        String name = clean(network);
        if (name == null || name.length() > Context.MAX_NAME_LENGTH) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        ProgressStatus only = ProgressCsv.status(status);
        List<Progress> lines = management.progress(name, ScoreBasis.of(scores)).stream()
                .filter(p -> only == null || p.status() == only)
                .toList();
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("hivecheck-progress.csv", StandardCharsets.UTF_8).build().toString());
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        ProgressCsv.write(name, lines, CsvSeparator.of(separator), writer);
        writer.flush();
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
