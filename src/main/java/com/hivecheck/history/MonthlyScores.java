package com.hivecheck.history;

import java.time.YearMonth;

/**
 * The average scores of a network's assessments made in one month.
 *
 * @param month the month, in the HR time zone
 * @param involvement the average involvement, rounded
 * @param benefit the average benefit, rounded
 * @param count how many assessments were averaged
 */
public record MonthlyScores(YearMonth month, int involvement, int benefit, int count) {
}
