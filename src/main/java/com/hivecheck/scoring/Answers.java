package com.hivecheck.scoring;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The answers to the four diagnostic questions that the model scores. The context (network, unit, free-text example)
 * is not part of scoring and lives elsewhere.
 *
 * @param employees people who have access to the network, 1 to 10,000,000
 * @param monthlyActiveUsers people who logged in at least once in the last 30 days, 0 to {@code employees}
 * @param contentCreators people who together produce about 80% of posts and comments, 0 to {@code monthlyActiveUsers}
 * @param creatorsMostlyOfficial whether those creators are mostly official voices (comms, HR, management)
 * @param benefits the benefits observed in the last months
 * @param workRelatedShare the share of posts and discussions about work, 0 to 100 percent
 * @param improvement how work changed after the network was introduced
 */
public record Answers(
        int employees,
        int monthlyActiveUsers,
        int contentCreators,
        boolean creatorsMostlyOfficial,
        Set<Benefit> benefits,
        int workRelatedShare,
        Improvement improvement) {

    public static final int MAX_EMPLOYEES = 10_000_000;

    public Answers {
        if (employees < 1 || employees > MAX_EMPLOYEES) {
            throw new IllegalArgumentException("employees must be 1.." + MAX_EMPLOYEES + ": " + employees);
        }
        if (monthlyActiveUsers < 0 || monthlyActiveUsers > employees) {
            throw new IllegalArgumentException("monthlyActiveUsers must be 0..employees: " + monthlyActiveUsers);
        }
        if (contentCreators < 0 || contentCreators > monthlyActiveUsers) {
            throw new IllegalArgumentException("contentCreators must be 0..monthlyActiveUsers: " + contentCreators);
        }
        if (workRelatedShare < 0 || workRelatedShare > 100) {
            throw new IllegalArgumentException("workRelatedShare must be 0..100: " + workRelatedShare);
        }
        if (improvement == null || benefits == null) {
            throw new IllegalArgumentException("improvement and benefits are required");
        }
        benefits = benefits.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(Benefit.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(benefits));
    }

    /** monthlyActiveUsers / employees. */
    public double activeShare() {
        return (double) monthlyActiveUsers / employees;
    }

    /** contentCreators / employees: how many of all employees are behind most of the content. */
    public double creatorsPerEmployee() {
        return (double) contentCreators / employees;
    }

    /** A copy with one answer changed; the result is checked like any other answers. */
    Answers withMonthlyActiveUsers(int value) {
        return new Answers(employees, value, contentCreators, creatorsMostlyOfficial, benefits, workRelatedShare,
                improvement);
    }

    Answers withContentCreators(int value) {
        return new Answers(employees, monthlyActiveUsers, value, creatorsMostlyOfficial, benefits, workRelatedShare,
                improvement);
    }

    Answers withCreatorsMostlyOfficial(boolean value) {
        return new Answers(employees, monthlyActiveUsers, contentCreators, value, benefits, workRelatedShare,
                improvement);
    }

    Answers withWorkRelatedShare(int value) {
        return new Answers(employees, monthlyActiveUsers, contentCreators, creatorsMostlyOfficial, benefits, value,
                improvement);
    }

    /** contentCreators / monthlyActiveUsers, or 0 when nobody is active. */
    public double creatorShare() {
        return monthlyActiveUsers == 0 ? 0 : (double) contentCreators / monthlyActiveUsers;
    }
}
