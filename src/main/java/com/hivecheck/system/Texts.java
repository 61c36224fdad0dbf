package com.hivecheck.system;

import org.jspecify.annotations.Nullable;

/** How free text that users type is tidied before it is used or stored. */
public final class Texts {

    private Texts() {
    }

    /** The text without leading and trailing white space, or {@code null} when nothing else is left. */
    public static @Nullable String blankToNull(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
