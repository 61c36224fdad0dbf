package com.hivecheck.history;

import org.jspecify.annotations.Nullable;

/** Lenient parsing of what HR types into query strings: anything malformed falls back, never fails. */
final class Pages {

    /** Deep pages cost the database an offset scan; beyond this, narrow the filter or export. */
    static final int MAX_PAGE = 4000;

    private Pages() {
    }

    /** A page number from 1 to {@link #MAX_PAGE}; 1 when missing or malformed. */
    static int page(@Nullable String text) {
        if (text == null) {
            return 1;
        }
        try {
            return Math.min(MAX_PAGE, Math.max(1, Integer.parseInt(text.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
