package com.hivecheck.importing.reading;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/** The character encoding of an uploaded file, as the user chose it: detected, or one of the two that exports use. */
public enum TextEncoding {

    /** UTF-8 when the bytes are valid UTF-8 (with or without a byte order mark), otherwise Windows-1251. */
    AUTO(null),
    UTF_8(StandardCharsets.UTF_8),
    WINDOWS_1251(Charset.forName("windows-1251"));

    private final @Nullable Charset charset;

    TextEncoding(@Nullable Charset charset) {
        this.charset = charset;
    }

    /** The fixed charset, or {@code null} for {@link #AUTO}. */
    @Nullable Charset charset() {
        return charset;
    }
}
