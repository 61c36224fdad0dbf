package com.hivecheck.importing;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The evidence for one group of people: the whole network, one unit, or the people without a unit.
 *
 * @param unit the unit as written in the file; {@code null} for the whole network; empty for people without a unit
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

    static GroupFigures of(@Nullable String unit, int employees, long[] activeDescending, int ignoredPeople,
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
        return new GroupFigures(unit, employees, active, creators, lurkers, active - lurkers - creators, total,
                byCreators, ignoredPeople, ignoredContributions,
                Concentration.curve(activeDescending, total, creators));
    }

    /** Whether these are the figures of the whole network. */
    public boolean network() {
        return unit == null;
    }

    /** Whether these are the people whose unit cell was blank. */
    public boolean withoutUnit() {
        return unit != null && unit.isEmpty();
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
