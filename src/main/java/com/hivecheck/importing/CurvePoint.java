package com.hivecheck.importing;

/**
 * A point of the content concentration curve: the most prolific {@code people} share of active users made the
 * {@code content} share of all posts and comments.
 *
 * @param people share of active users, 0..1
 * @param content share of contributions, 0..1
 */
public record CurvePoint(double people, double content) {

    public CurvePoint {
        if (!(people >= 0 && people <= 1 && content >= 0 && content <= 1)) {
            throw new IllegalArgumentException("shares must lie in 0..1");
        }
    }
}
