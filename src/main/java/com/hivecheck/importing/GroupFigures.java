package com.hivecheck.importing;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The evidence for one group of people: the whole network, one unit, the people without a unit, or the people of the
 * smaller units beyond the report's limit taken together.
 *
 * @param kind which group this is
 * @param unit the unit as written in the file; {@code null} for the whole network and the other units; empty for
 *        people without a unit
 * @param employees people in the file
 * @param monthlyActiveUsers people active within the window
 * @param contentCreators the smallest number of active people who made at least 80% of the contributions
 * @param lurkers active people with no contributions
 * @param occasional active people with contributions who are not content creators
 * @param contributions the posts and comments (the counted columns) of the active people
 * @param creatorsContributions the part of {@code contributions} made by the content creators
 * @param ignoredPeople inactive people whose counts were not zero: their contributions lie outside the window
 * @param ignoredContributions those people's contributions, not counted
 * @param curve the content concentration curve, at most 100 points; empty when nothing was contributed
 */
public record GroupFigures(
        Kind kind,
        @Nullable String unit,
        int employees,
        int monthlyActiveUsers,
        int contentCreators,
        int lurkers,
        int occasional,
        long contributions,
        long creatorsContributions,
        int ignoredPeople,
        long ignoredContributions,
        List<CurvePoint> curve) {

    public GroupFigures {
        curve = List.copyOf(curve);
        if (employees < 1 || monthlyActiveUsers < 0 || monthlyActiveUsers > employees || contentCreators < 0
                || contentCreators > monthlyActiveUsers
                || lurkers + occasional + contentCreators != monthlyActiveUsers || lurkers < 0 || occasional < 0) {
            throw new IllegalArgumentException("inconsistent figures");
        }
    }

    public static GroupFigures of(Kind kind, @Nullable String unit, int employees, long[] activeDescending, int ignoredPeople,
            long ignoredContributions) {
        long total = 0;
        int lurkers = 0;
        for (long contribution : activeDescending) {
            total += contribution;
            if (contribution == 0) {
                lurkers++;
            }
        }
        int creators = Concentration.creators(activeDescending, total);
        long byCreators = 0;
        for (int i = 0; i < creators; i++) {
            byCreators += activeDescending[i];
        }
        int active = activeDescending.length;
        return new GroupFigures(kind, unit, employees, active, creators, lurkers, active - lurkers - creators, total,
                byCreators, ignoredPeople, ignoredContributions,
                Concentration.curve(activeDescending, total, creators));
    }

    /** Whether these are the figures of the whole network. */
    public boolean network() {
        return kind == Kind.NETWORK;
    }

    /** Whether these are the people whose unit cell was blank. */
    public boolean withoutUnit() {
        return kind == Kind.WITHOUT_UNIT;
    }

    /** Whether these are the people of the smaller units beyond the report's limit, together. */
    public boolean otherUnits() {
        return kind == Kind.OTHER_UNITS;
    }

    /** Whether this group can be assessed on its own: the network or one named unit. */
    public boolean assessable() {
        return kind == Kind.NETWORK || kind == Kind.UNIT;
    }

    /** Which group of people a {@link GroupFigures} describes. */
    public enum Kind {
        /** Everyone in the file. */
        NETWORK,
        /** The people of one unit. */
        UNIT,
        /** The people whose unit cell was blank. */
        WITHOUT_UNIT,
        /** The people of the smaller units beyond the limit of units per report, together. */
        OTHER_UNITS
    }

    /** The core of the 90-9-1 split: the content creators. */
    public int core() {
        return contentCreators;
    }

    /** People in the file who were not active within the window. */
    public int inactive() {
        return employees - monthlyActiveUsers;
    }

    /** Active users as a percentage of people in the file. */
    public double activeSharePercent() {
        return percent(monthlyActiveUsers, employees);
    }

    /** Content creators as a percentage of active users; 0 when nobody is active. */
    public double creatorSharePercent() {
        return percent(contentCreators, monthlyActiveUsers);
    }

    public double lurkersPercent() {
        return percent(lurkers, monthlyActiveUsers);
    }

    public double occasionalPercent() {
        return percent(occasional, monthlyActiveUsers);
    }

    public double corePercent() {
        return percent(contentCreators, monthlyActiveUsers);
    }

    /** The creators' share of the contributions, in percent. */
    public double creatorsContentPercent() {
        return contributions == 0 ? 0 : 100.0 * creatorsContributions / contributions;
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
