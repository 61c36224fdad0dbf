package com.hivecheck.history;

import com.hivecheck.scoring.Quadrant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A change of type between two consecutive assessments: "Flood Room → Honey Apiary on 1 May 2026".
 *
 * @param from the earlier type
 * @param to the later type
 * @param date the day of the later assessment
 * @param number the later assessment's position in its sequence, from 1
 */
public record TypeChange(Quadrant from, Quadrant to, LocalDate date, int number) {

    /** Every change of type along {@code items}, which are in date order. */
    static <T> List<TypeChange> along(List<T> items, Function<T, Quadrant> type, Function<T, LocalDate> date) {
        List<TypeChange> changes = new ArrayList<>();
        for (int i = 1; i < items.size(); i++) {
            Quadrant before = type.apply(items.get(i - 1));
            Quadrant after = type.apply(items.get(i));
            if (before != after) {
                changes.add(new TypeChange(before, after, date.apply(items.get(i)), i + 1));
            }
        }
        return changes;
    }
}
