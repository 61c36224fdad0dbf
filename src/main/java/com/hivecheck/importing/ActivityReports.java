package com.hivecheck.importing;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The reports computed from uploads, kept in memory under an unguessable id for a while (two hours by default) so that
 * the results page can be shown and the questionnaire filled from it. They hold aggregates only, and are lost on a
 * restart, which merely means uploading the export again.
 */
@Component
public class ActivityReports {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, StoredReport> reports = new ConcurrentHashMap<>();
    private final ImportingProperties properties;
    private final Clock clock;

    ActivityReports(ImportingProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** Keeps a report and returns it with its id. */
    StoredReport add(ActivityReport report, @Nullable String network, @Nullable String fileName) {
        Instant now = clock.instant();
        purge(now);
        StoredReport stored = new StoredReport(newId(), network, fileName, report, now.plus(properties.reportTtl()));
        reports.put(stored.id(), stored);
        return stored;
    }

    Optional<StoredReport> find(String id) {
        StoredReport stored = reports.get(id);
        if (stored == null || !stored.expiresAt().isAfter(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(stored);
    }

    /**
     * The figures behind an evidence token such as {@code <report id>.0} (the whole network) or
     * {@code <report id>.3} (the third unit); empty when the token is blank, malformed or its report has expired.
     */
    public Optional<Evidence> evidence(@Nullable String token) {
        if (token == null) {
            return Optional.empty();
        }
        int dot = token.lastIndexOf('.');
        if (dot < 1) {
            return Optional.empty();
        }
        int group;
        try {
            group = Integer.parseInt(token.substring(dot + 1));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return find(token.substring(0, dot)).flatMap(stored -> stored.evidence(group));
    }

    private void purge(Instant now) {
        reports.values().removeIf(stored -> !stored.expiresAt().isAfter(now));
        if (reports.size() >= properties.maxReports()) {
            reports.values().stream()
                    .sorted(Comparator.comparing(StoredReport::expiresAt))
                    .limit(reports.size() - properties.maxReports() + 1L)
                    .map(StoredReport::id)
                    .toList()
                    .forEach(reports::remove);
        }
    }

    static String newId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * A kept report.
     *
     * @param id its unguessable id
     * @param network the network name given with the upload, or {@code null}
     * @param fileName the uploaded file's name, or {@code null}
     * @param report the figures
     * @param expiresAt when it is forgotten
     */
    record StoredReport(String id, @Nullable String network, @Nullable String fileName, ActivityReport report,
            Instant expiresAt) {

        /**
         * Group 0 is the whole network, group {@code i} the {@code i}-th unit in report order. The people without a
         * unit are no unit to assess, so they give no evidence of their own.
         */
        Optional<Evidence> evidence(int group) {
            List<GroupFigures> units = report.units();
            if (group < 0 || group > units.size()) {
                return Optional.empty();
            }
            GroupFigures figures = group == 0 ? report.network() : units.get(group - 1);
            if (figures.withoutUnit()) {
                return Optional.empty();
            }
            return Optional.of(Evidence.of(token(group), report, network, figures));
        }

        String token(int group) {
            return id + "." + group;
        }
    }
}
