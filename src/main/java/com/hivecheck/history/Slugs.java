package com.hivecheck.history;

import com.hivecheck.scoring.Quadrant;
import java.util.Locale;

/** CSS modifiers for types, the same as the core pages use. */
final class Slugs {

    private Slugs() {
    }

    static String of(Quadrant quadrant) {
        return quadrant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
