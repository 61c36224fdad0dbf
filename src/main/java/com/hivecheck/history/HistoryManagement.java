package com.hivecheck.history;

import com.hivecheck.assessment.Assessment;
import com.hivecheck.assessment.AssessmentManagement;
import com.hivecheck.scoring.ScoringModel;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads past assessments for the HR area: lists, comparisons, timelines, portfolios and the CSV export, each in one
 * read-only transaction. It writes nothing: storing and deleting assessments belong to
 * {@link AssessmentManagement}. Lists are {@link Slice slices}: a page and whether another follows, without counting
 * every match.
 */
@Service
public class HistoryManagement {

    /** How many of the latest assessments are scanned for network suggestions. */
    private static final int RECENT_SCAN = 500;
    private static final int RECENT_NETWORKS = 30;
    /** The most units a portfolio shows; more would not be readable on one chart anyway. */
    static final int MAX_UNITS = 200;

    static final Comparator<PastAssessment> OLDEST_FIRST = Comparator.comparing(PastAssessment::assessedOn)
            .thenComparing(PastAssessment::createdAt)
            .thenComparing(PastAssessment::id);

    private final PastAssessments assessments;
    private final PastAssessmentCursor cursor;
    private final AssessmentManagement core;
    private final HistoryProperties properties;
    private final Rescoring rescoring;

    HistoryManagement(PastAssessments assessments, PastAssessmentCursor cursor, AssessmentManagement core,
            HistoryProperties properties, Rescoring rescoring) {
        this.rescoring = rescoring;
        this.assessments = assessments;
        this.cursor = cursor;
        this.core = core;
        this.properties = properties;
    }

    /** One page (1-based) of the assessments matching {@code filter}, newest first. */
    @Transactional(readOnly = true)
    public Slice<PastAssessment> list(HistoryFilter filter, int page, int size) {
        PageRequest request = PageRequest.of(Math.max(0, page - 1), size, filter.newestFirst());
        return assessments.findBy(filter.toSpecification(), query -> query.slice(request))
                .map(PastAssessment::of);
    }

    @Transactional(readOnly = true)
    public Optional<PastAssessment> find(UUID id) {
        return assessments.findById(id).map(PastAssessment::of);
    }

    /** The assessments with these ids that still exist, oldest first (by the day they describe). */
    @Transactional(readOnly = true)
    public List<PastAssessment> find(Collection<UUID> ids) {
        return assessments.findByIdIn(ids).stream().map(PastAssessment::of).sorted(OLDEST_FIRST).toList();
    }

    /**
     * The latest two assessments (by {@code assessedOn}) of the whole network's own line (first, when it has any) and
     * of each unit, at most {@link #MAX_UNITS} units. Each unit costs two index seeks, whatever the network's size.
     */
    @Transactional(readOnly = true)
    public List<Rounds> latestRounds(String network) {
        return rounds(network, 2);
    }

    /**
     * The progress of the whole network's own line (first, when it has assessments) and of each unit, on the given
     * basis; units in the order of their names.
     */
    @Transactional(readOnly = true)
    public List<Progress> progress(String network, ScoreBasis basis) {
        return rounds(network, 2).stream()
                .map(r -> Progress.of(r.latest().unit(), rescoring.point(r.latest(), basis),
                        r.previous() == null ? null : rescoring.point(r.previous(), basis)))
                .toList();
    }

    /** The assessments as a page shows them on {@code basis}: as stored, or scored again by the current model. */
    List<PastAssessment> on(List<PastAssessment> assessments, ScoreBasis basis) {
        return basis == ScoreBasis.AS_SCORED ? assessments
                : assessments.stream().map(a -> rescoring.assessment(a, basis)).toList();
    }

    /** The version of the model now configured. */
    public String currentModelVersion() {
        return rescoring.currentVersion();
    }

    private List<Rounds> rounds(String network, int count) {
        List<Rounds> rounds = new ArrayList<>();
        Rounds.of(assessments.findLatestOfWholeNetwork(network, Limit.of(count))).ifPresent(rounds::add);
        String unit = "";
        while (rounds.size() < MAX_UNITS) {
            List<String> next = assessments.findNextUnit(network, unit, Limit.of(1));
            if (next.isEmpty()) {
                break;
            }
            unit = next.get(0);
            Rounds.of(assessments.findLatestOfUnit(network, unit, Limit.of(count))).ifPresent(rounds::add);
        }
        return rounds;
    }

    /**
     * A unit's latest assessment and the one before it.
     *
     * @param latest the latest
     * @param previous the one before, or {@code null}
     */
    public record Rounds(PastAssessment latest, @Nullable PastAssessment previous) {

        static Optional<Rounds> of(List<Assessment> newestFirst) {
            if (newestFirst.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Rounds(PastAssessment.of(newestFirst.get(0)),
                    newestFirst.size() > 1 ? PastAssessment.of(newestFirst.get(1)) : null));
        }
    }

    /**
     * The timeline of every line of a network: the whole network's own assessments first (when it has any), then each
     * unit's, each at most the configured timeline limit of its latest assessments, oldest first; at most
     * {@link #MAX_UNITS} units. Nothing is averaged across units. Scores as stored.
     */
    @Transactional(readOnly = true)
    public List<List<TimelinePoint>> timelines(String network) {
        Limit limit = Limit.of(properties.timelineLimit());
        List<List<TimelinePoint>> lines = new ArrayList<>();
        List<TimelinePoint> whole = assessments.findTimelineOfWholeNetwork(network, limit);
        if (!whole.isEmpty()) {
            lines.add(oldestFirst(whole));
        }
        String unit = "";
        while (lines.size() < MAX_UNITS) {
            List<String> next = assessments.findNextUnit(network, unit, Limit.of(1));
            if (next.isEmpty()) {
                break;
            }
            unit = next.get(0);
            lines.add(oldestFirst(assessments.findTimelineOfUnit(network, unit, limit)));
        }
        return lines;
    }

    /** The units of a network in the order of their names, at most {@link #MAX_UNITS}: one index seek each. */
    @Transactional(readOnly = true)
    public List<String> units(String network) {
        List<String> units = new ArrayList<>();
        String unit = "";
        while (units.size() < MAX_UNITS) {
            List<String> next = assessments.findNextUnit(network, unit, Limit.of(1));
            if (next.isEmpty()) {
                break;
            }
            unit = next.get(0);
            units.add(unit);
        }
        return units;
    }

    /** The latest points of one unit of a network, at most the configured timeline limit, oldest first. */
    @Transactional(readOnly = true)
    public List<TimelinePoint> timeline(String network, String unit) {
        return oldestFirst(assessments.findTimelineOfUnit(network, unit, Limit.of(properties.timelineLimit())));
    }

    /**
     * The points as a page shows them on {@code basis}: as stored, or scored again by the current model, whose
     * answers are read only for the points of another version.
     */
    @Transactional(readOnly = true)
    public List<TimelinePoint> onBasis(List<TimelinePoint> points, ScoreBasis basis) {
        String current = currentModelVersion();
        List<UUID> older = basis == ScoreBasis.AS_SCORED ? List.of() : points.stream()
                .filter(p -> !p.modelVersion().equals(current)).map(TimelinePoint::id).toList();
        if (older.isEmpty()) {
            return points;
        }
        Map<UUID, TimelinePoint> rescored = new HashMap<>();
        for (Assessment a : assessments.findByIdIn(older)) {
            rescored.put(a.getId(), TimelinePoint.of(rescoring.assessment(PastAssessment.of(a), basis)));
        }
        return points.stream().map(p -> rescored.getOrDefault(p.id(), p)).toList();
    }

    private static List<TimelinePoint> oldestFirst(List<TimelinePoint> newestFirst) {
        List<TimelinePoint> points = new ArrayList<>(newestFirst);
        Collections.reverse(points);
        return List.copyOf(points);
    }

    /** Networks assessed lately, most recent first; suggestions for the network fields. */
    @Transactional(readOnly = true)
    public List<String> recentNetworks() {
        return new LinkedHashSet<>(assessments.findRecentNetworks(Limit.of(RECENT_SCAN))).stream()
                .limit(RECENT_NETWORKS)
                .toList();
    }

    /**
     * Writes every assessment matching {@code filter} as CSV (see {@link HistoryCsv}) to {@code out}, streaming from
     * the database in chunks so that memory stays constant however many rows there are. Returns the number of rows.
     */
    @Transactional(readOnly = true)
    public long exportCsv(HistoryFilter filter, OutputStream out) throws IOException {
        return exportCsv(filter, CsvSeparator.COMMA, out);
    }

    /** Like {@link #exportCsv(HistoryFilter, OutputStream)}, with the given field separator. */
    @Transactional(readOnly = true)
    public long exportCsv(HistoryFilter filter, CsvSeparator separator, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        HistoryCsv csv = HistoryCsv.start(writer, zone(), separator);
        long rows;
        try {
            rows = cursor.forEach(filter, properties.exportFetchSize(), row -> {
                try {
                    csv.print(row);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        csv.flush();
        return rows;
    }

    /**
     * Writes every assessment matching {@code filter} to an XLSX workbook (see {@link HistoryXlsx}) on {@code out},
     * streaming, then the progress of the filtered network, or of every network (at most {@link #MAX_UNITS}) without
     * a network filter, scored as stored. Returns the number of assessment rows.
     */
    @Transactional(readOnly = true)
    public long exportXlsx(HistoryFilter filter, OutputStream out, MessageSource messages, Locale locale)
            throws IOException {
        HistoryXlsx xlsx = HistoryXlsx.start(out, messages, locale, zone());
        long rows;
        try {
            rows = cursor.forEach(filter, properties.exportFetchSize(), row -> {
                try {
                    xlsx.add(row);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        List<String> networks = new ArrayList<>();
        if (filter.network() != null) {
            networks.add(filter.network());
        } else {
            String network = "";
            while (networks.size() < MAX_UNITS) {
                List<String> next = assessments.findNextNetwork(network, Limit.of(1));
                if (next.isEmpty()) {
                    break;
                }
                network = next.get(0);
                networks.add(network);
            }
        }
        xlsx.finish(networks.stream()
                .map(n -> new HistoryXlsx.NetworkProgress(n, progress(n, ScoreBasis.AS_SCORED)))
                .filter(n -> !n.lines().isEmpty())
                .toList());
        return rows;
    }

    /** The scoring model now configured; its midline and band draw the charts. */
    public ScoringModel model() {
        return core.model();
    }

    public ZoneId zone() {
        return properties.zone();
    }

}
