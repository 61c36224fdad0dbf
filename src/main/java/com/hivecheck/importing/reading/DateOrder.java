package com.hivecheck.importing.reading;

/** The order of day and month in slashed dates such as {@code 5/2/2026}. */
public enum DateOrder {

    /** Decided from the whole file: a date such as {@code 5/31/2026} settles it; asked when nothing does. */
    AUTO,
    /** {@code M/d/yyyy}, as en-US spreadsheets write dates. */
    MONTH_FIRST,
    /** {@code d/M/yyyy}, as en-GB and many other spreadsheets write dates. */
    DAY_FIRST
}
