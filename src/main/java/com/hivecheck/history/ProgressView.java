package com.hivecheck.history;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * The progress page: for each unit of a network, and for the whole network's own assessments as a line of its own
 * (always first), the latest and the previous assessment, the change on both axes and a status; sorted by a column
 * HR picks and filtered by status.
 *
 * @param network the network
 * @param basis which scores the lines use
 * @param lines the lines shown: the whole network first, then the units in the chosen order
 * @param total how many lines there are before the status filter
 * @param counts how many lines have each status, before the filter
 * @param status the status filter, or {@code null} for all
 * @param order the column sorted by
 * @param descending whether the order is descending
 * @param currentVersion the version of the model now configured
 */
public record ProgressView(String network, ScoreBasis basis, List<Progress> lines, int total,
        Map<ProgressStatus, Integer> counts, @Nullable ProgressStatus status, Order order, boolean descending,
        String currentVersion) {

    static final String PATH = "/hr/progress";

    public ProgressView {
        lines = List.copyOf(lines);
        counts = Map.copyOf(counts);
    }

    /** The columns the units can be sorted by. */
    public enum Order {
        UNIT, STATUS, CHANGE, INVOLVEMENT, BENEFIT, ASSESSED_ON;

        /** The value of the {@code sort} query parameter. */
        public String parameter() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Order of(@Nullable String parameter) {
            return Arrays.stream(values()).filter(o -> o.parameter().equals(parameter)).findFirst().orElse(UNIT);
        }
    }

    static ProgressView of(String network, List<Progress> all, ScoreBasis basis, @Nullable ProgressStatus status,
            Order order, boolean descending, String currentVersion, Locale locale) {
        Map<ProgressStatus, Integer> counts = new EnumMap<>(ProgressStatus.class);
        for (ProgressStatus s : ProgressStatus.values()) {
            counts.put(s, (int) all.stream().filter(p -> p.status() == s).count());
        }
        Comparator<Progress> comparator = comparator(order, locale);
        if (descending) {
            comparator = comparator.reversed();
        }
        List<Progress> lines = new ArrayList<>();
        all.stream().filter(p -> p.unit() == null).filter(p -> status == null || p.status() == status)
                .forEach(lines::add);
        all.stream().filter(p -> p.unit() != null).filter(p -> status == null || p.status() == status)
                .sorted(comparator.thenComparing(comparator(Order.UNIT, locale)))
                .forEach(lines::add);
        return new ProgressView(network, basis, lines, all.size(), counts, status, order, descending,
                currentVersion);
    }

    /** The order of one column, ascending; lines without a change sort before any change. */
    static Comparator<Progress> comparator(Order order, Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return switch (order) {
            case UNIT -> Comparator.comparing(p -> p.unit() == null ? "" : p.unit(), collator);
            case STATUS -> Comparator.comparing(Progress::status);
            case CHANGE -> Comparator.comparing(p -> p.change() == null ? Integer.MIN_VALUE : p.change().total());
            case INVOLVEMENT -> Comparator.comparingInt(p -> p.latest().involvement());
            case BENEFIT -> Comparator.comparingInt(p -> p.latest().benefit());
            case ASSESSED_ON -> Comparator.comparing(p -> p.latest().assessedOn());
        };
    }

    /** How many lines have {@code status}, before the filter. */
    public int count(ProgressStatus status) {
        return counts.getOrDefault(status, 0);
    }

    /** Whether any line compares two model versions' scores (as scored then). */
    public boolean mixesVersions() {
        return lines.stream().anyMatch(Progress::versionsDiffer);
    }

    /** This page sorted by {@code column}: ascending, or the other way round when it is sorted by it already. */
    public String sortUrl(Order column) {
        boolean desc = column == order ? !descending : column != Order.UNIT && column != Order.STATUS;
        return url(basis, status, column, desc);
    }

    /** {@code ascending}, {@code descending} or {@code none}: the {@code aria-sort} of a column header. */
    public String ariaSort(Order column) {
        return column != order ? "none" : descending ? "descending" : "ascending";
    }

    /** This page filtered to {@code filter}, or to every status when it is {@code null}. */
    public String statusUrl(@Nullable ProgressStatus filter) {
        return url(basis, filter, order, descending);
    }

    /** This page on another score basis. */
    public String basisUrl(ScoreBasis other) {
        return url(other, status, order, descending);
    }

    /** The progress lines (all statuses) as a CSV file. */
    public String csvUrl() {
        return query(PATH + ".csv", basis, status, order, descending);
    }

    public String timelineUrl() {
        return HistoryFilter.of(network, null).url(TimelineView.PATH, 1);
    }

    public String portfolioUrl() {
        return HistoryFilter.of(network, null).url(PortfolioView.PATH, 1);
    }

    public String historyUrl() {
        return HistoryFilter.of(network, null).url(HistoryPage.PATH, 1);
    }

    private String url(ScoreBasis basis, @Nullable ProgressStatus status, Order order, boolean descending) {
        return query(PATH, basis, status, order, descending);
    }

    private String query(String path, ScoreBasis basis, @Nullable ProgressStatus status, Order order,
            boolean descending) {
        StringJoiner query = new StringJoiner("&", path + "?", "");
        query.add("network=" + URLEncoder.encode(network, StandardCharsets.UTF_8));
        if (status != null) {
            query.add("status=" + status.name());
        }
        if (order != Order.UNIT || descending) {
            query.add("sort=" + order.parameter());
            query.add("dir=" + (descending ? "desc" : "asc"));
        }
        if (basis != ScoreBasis.AS_SCORED) {
            query.add("scores=" + basis.parameter());
        }
        return query.toString();
    }
}
