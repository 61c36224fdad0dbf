package com.hivecheck.history;

import org.jspecify.annotations.Nullable;

/**
 * The change of one value from the previous assessment, for the comparison table. It is shown with an arrow, a sign
 * and hidden words, never by colour alone.
 *
 * @param change the new value minus the previous one
 * @param decimals how many decimals to show
 * @param neutral whether a rise is neither good nor bad (such as the number of employees)
 */
public record Delta(double change, int decimals, boolean neutral) {

    /** The change from {@code previous} to {@code current}, or {@code null} for the first column. */
    static @Nullable Delta between(@Nullable Number previous, Number current, int decimals, boolean neutral) {
        if (previous == null) {
            return null;
        }
        double factor = Math.pow(10, decimals);
        double change = Math.round((current.doubleValue() - previous.doubleValue()) * factor) / factor;
        return new Delta(change, decimals, neutral);
    }

    /** {@code up}, {@code down} or {@code same}: the CSS modifier and the message-key suffix. */
    public String direction() {
        return change > 0 ? "up" : change < 0 ? "down" : "same";
    }

    /** {@code good}, {@code bad} or {@code neutral}: the colour. */
    public String tone() {
        if (neutral || change == 0) {
            return "neutral";
        }
        return change > 0 ? "good" : "bad";
    }

    public String symbol() {
        return change > 0 ? "▲" : change < 0 ? "▼" : "=";
    }

    /** The sign to print before {@link #magnitude()}: plus, a typographic minus, or nothing. */
    public String sign() {
        return change > 0 ? "+" : change < 0 ? "−" : "";
    }

    public double magnitude() {
        return Math.abs(change);
    }
}
