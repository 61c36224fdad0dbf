package com.hivecheck.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * How concentrated content creation is among active users, from their contribution counts. Pure integer arithmetic:
 * the creator count is exact, however large the numbers.
 */
final class Concentration {

    /** A content creator is among the people who together made at least 4/5 (80%) of the contributions. */
    static final int SHARE_NUMERATOR = 4;
    static final int SHARE_DENOMINATOR = 5;

    /** The curve has at most this many points. */
    static final int MAX_CURVE_POINTS = 100;

    private Concentration() {
    }

    /**
     * The smallest number of people who together made at least 80% of all contributions, taking the most prolific
     * first. People tied at the line have equal counts, so the number does not depend on which of them is taken.
     *
     * @param descending every active person's contributions, most first
     * @param total their sum
     * @return 0 when nobody contributed
     */
    static int creators(long[] descending, long total) {
        if (total == 0) {
            return 0;
        }
        long cumulative = 0;
        for (int i = 0; i < descending.length; i++) {
            cumulative += descending[i];
            if (cumulative * SHARE_DENOMINATOR >= total * SHARE_NUMERATOR) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("total exceeds the sum of contributions");
    }

    /**
     * The cumulative share of content against the share of people, most prolific first, downsampled to at most
     * {@link #MAX_CURVE_POINTS} points. It always holds both ends and the creators' point, so that the 80% line is
     * drawn where it really is. Empty when nobody is active or nobody contributed.
     */
    static List<CurvePoint> curve(long[] descending, long total, int creators) {
        int people = descending.length;
        if (people == 0 || total == 0) {
            return List.of();
        }
        TreeSet<Integer> ranks = new TreeSet<>();
        int steps = Math.min(people, MAX_CURVE_POINTS - 2);
        for (int j = 0; j <= steps; j++) {
            ranks.add((int) Math.round((double) j * people / steps));
        }
        ranks.add(creators);
        List<CurvePoint> points = new ArrayList<>(ranks.size());
        long cumulative = 0;
        int rank = 0;
        for (int wanted : ranks) {
            while (rank < wanted) {
                cumulative += descending[rank++];
            }
            points.add(new CurvePoint((double) rank / people, (double) cumulative / total));
        }
        return List.copyOf(points);
    }
}
