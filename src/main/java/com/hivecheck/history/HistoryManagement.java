package com.hivecheck.history;

import com.hivecheck.assessment.AssessmentManagement;
import com.hivecheck.scoring.ScoringModel;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
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

    private static final Comparator<PastAssessment> OLDEST_FIRST = Comparator.comparing(PastAssessment::createdAt)
            .thenComparing(PastAssessment::id);

    private final PastAssessments assessments;
    private final PastAssessmentCursor cursor;
    private final AssessmentManagement core;
    private final HistoryProperties properties;

    HistoryManagement(PastAssessments assessments, PastAssessmentCursor cursor, AssessmentManagement core,
            HistoryProperties properties) {
        this.assessments = assessments;
        this.cursor = cursor;
        this.core = core;
        this.properties = properties;
    }

    /** One page (1-based) of the assessments matching {@code filter}, newest first. */
    @Transactional(readOnly = true)
    public Slice<PastAssessment> list(HistoryFilter filter, int page, int size) {
        PageRequest request = PageRequest.of(Math.max(0, page - 1), size, filter.newestFirst());
        return assessments.findBy(filter.toSpecification(zone()), query -> query.slice(request))
                .map(PastAssessment::of);
    }

    @Transactional(readOnly = true)
    public Optional<PastAssessment> find(UUID id) {
        return assessments.findById(id).map(PastAssessment::of);
    }

    /** The assessments with these ids that still exist, oldest first. */
    @Transactional(readOnly = true)
    public List<PastAssessment> find(Collection<UUID> ids) {
        return assessments.findByIdIn(ids).stream().map(PastAssessment::of).sorted(OLDEST_FIRST).toList();
    }

    /**
     * The latest assessment of each unit of a network, the whole network counting as one unit, in the order of the
     * unit names; at most {@link #MAX_UNITS} units. Each unit costs two index seeks, whatever the network's size.
     */
    @Transactional(readOnly = true)
    public List<PastAssessment> latestPerUnit(String network) {
        List<PastAssessment> latest = new ArrayList<>();
        assessments.findLatestOfWholeNetwork(network, Limit.of(1)).forEach(a -> latest.add(PastAssessment.of(a)));
        String unit = "";
        while (latest.size() < MAX_UNITS) {
            List<String> next = assessments.findNextUnit(network, unit, Limit.of(1));
            if (next.isEmpty()) {
                break;
            }
            unit = next.get(0);
            assessments.findLatestOfUnit(network, unit, Limit.of(1)).forEach(a -> latest.add(PastAssessment.of(a)));
        }
        return latest;
    }

    /** The latest assessments of one unit of a network, at most the configured timeline limit, oldest first. */
    @Transactional(readOnly = true)
    public List<PastAssessment> timeline(String network, String unit) {
        HistoryFilter filter = HistoryFilter.of(network, unit);
        return assessments.findBy(filter.toSpecification(zone()),
                        query -> query.sortBy(filter.newestFirst()).limit(properties.timelineLimit()).all())
                .stream().map(PastAssessment::of).sorted(OLDEST_FIRST).toList();
    }

    /** A network's average scores per month, oldest first, over all its units. */
    @Transactional(readOnly = true)
    public List<MonthlyScores> monthly(String network) {
        ZoneId zone = zone();
        TreeMap<YearMonth, long[]> sums = new TreeMap<>();
        try (Stream<ScoredAt> scores = assessments.streamScores(network)) {
            scores.forEach(score -> {
                long[] sum = sums.computeIfAbsent(YearMonth.from(score.createdAt().atZone(zone)), m -> new long[3]);
                sum[0] += score.involvement();
                sum[1] += score.benefit();
                sum[2]++;
            });
        }
        return sums.entrySet().stream()
                .map(e -> new MonthlyScores(e.getKey(), average(e.getValue()[0], e.getValue()[2]),
                        average(e.getValue()[1], e.getValue()[2]), (int) e.getValue()[2]))
                .toList();
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
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        HistoryCsv csv = HistoryCsv.start(writer, zone());
        long rows;
        try {
            rows = cursor.forEach(filter, zone(), properties.exportFetchSize(), row -> {
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

    /** The scoring model now configured; its midline and band draw the charts. */
    public ScoringModel model() {
        return core.model();
    }

    public ZoneId zone() {
        return properties.zone();
    }

    private static int average(long sum, long count) {
        return (int) Math.round((double) sum / count);
    }
}
