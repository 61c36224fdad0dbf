package com.hivecheck.history;

import static com.hivecheck.system.Texts.blankToNull;

import com.hivecheck.assessment.Assessment;
import com.hivecheck.scoring.Quadrant;
import jakarta.persistence.criteria.Predicate;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/**
 * Which past assessments HR is looking at (read from a valid {@link HistoryForm}). Every part is optional; names match
 * exactly (after trimming), and the dates are days the answers describe ({@code assessedOn}), both inclusive.
 *
 * @param network the network, exactly
 * @param unit the unit, exactly
 * @param type the type (quadrant)
 * @param from the first day
 * @param to the last day
 */
public record HistoryFilter(
        @Nullable String network,
        @Nullable String unit,
        @Nullable Quadrant type,
        @Nullable LocalDate from,
        @Nullable LocalDate to) {

    public HistoryFilter {
        network = blankToNull(network);
        unit = blankToNull(unit);
    }

    /** No filter: every assessment. */
    public static HistoryFilter none() {
        return new HistoryFilter(null, null, null, null, null);
    }

    /** All assessments of one network, or of one of its units when {@code unit} is given. */
    public static HistoryFilter of(String network, @Nullable String unit) {
        return new HistoryFilter(network, unit, null, null, null);
    }

    public boolean isEmpty() {
        return network == null && unit == null && type == null && from == null && to == null;
    }

    /** The filter as a query string, without a leading {@code ?}, empty when there is no filter. */
    public String toQuery() {
        StringJoiner query = new StringJoiner("&");
        add(query, "network", network);
        add(query, "unit", unit);
        add(query, "type", type == null ? null : type.name());
        add(query, "from", from == null ? null : from.toString());
        add(query, "to", to == null ? null : to.toString());
        return query.toString();
    }

    /** {@code path} with the filter and, when greater than 1, the page number as its query string. */
    public String url(String path, int page) {
        String query = toQuery();
        if (page > 1) {
            query = query.isEmpty() ? "page=" + page : query + "&page=" + page;
        }
        return query.isEmpty() ? path : path + "?" + query;
    }

    /** The filter as a JPA specification. */
    Specification<Assessment> toSpecification() {
        String network = this.network;
        String unit = this.unit;
        Quadrant type = this.type;
        LocalDate start = from;
        LocalDate end = to;
        return (root, query, builder) -> {
            List<Predicate> predicates = new ArrayList<>(5);
            if (network != null) {
                predicates.add(builder.equal(root.get("network"), network));
            }
            if (unit != null) {
                predicates.add(builder.equal(root.get("unit"), unit));
            }
            if (type != null) {
                predicates.add(builder.equal(root.get("quadrant"), type));
            }
            if (start != null) {
                predicates.add(builder.greaterThanOrEqualTo(root.get("assessedOn"), start));
            }
            if (end != null) {
                predicates.add(builder.lessThanOrEqualTo(root.get("assessedOn"), end));
            }
            return builder.and(predicates.toArray(Predicate[]::new));
        };
    }

    /**
     * Newest first: {@code assessed_on desc, created_at desc, id desc}. The columns the filter fixes by equality come first; that does
     * not change the order, but it names an index prefix the database can walk backwards instead of sorting every
     * matching row (see V6__assessed_on.sql).
     */
    Sort newestFirst() {
        List<Sort.Order> orders = new ArrayList<>(4);
        if (network != null) {
            orders.add(Sort.Order.desc("network"));
            if (unit != null) {
                orders.add(Sort.Order.desc("unit"));
            }
        } else if (unit != null) {
            orders.add(Sort.Order.desc("unit"));
        } else if (type != null) {
            orders.add(Sort.Order.desc("quadrant"));
        }
        orders.add(Sort.Order.desc("assessedOn"));
        orders.add(Sort.Order.desc("createdAt"));
        orders.add(Sort.Order.desc("id"));
        return Sort.by(orders);
    }

    private static void add(StringJoiner query, String name, @Nullable String value) {
        if (value != null) {
            query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
