package com.hivecheck.importing;

import com.hivecheck.importing.reading.DateOrder;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * The choices the upload page and the mapping page both ask: how dates such as 5/2/2026 are read, and the window
 * activity is counted in (its length, and the day it ends on, the export's own day when blank).
 */
public abstract class ReadingChoices {

    /** The earliest reference date accepted: no corporate network export describes activity before 2000. */
    static final LocalDate EARLIEST_REFERENCE_DATE = LocalDate.of(2000, 1, 1);

    /** The message of a reference date that cannot be read or is out of range, on the page and in the API. */
    static final String REFERENCE_DATE_RANGE = "import.referenceDate.range";

    @NotNull(message = "{import.dateOrder.required}")
    private @Nullable DateOrder dateOrder = DateOrder.AUTO;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate referenceDate;

    @NotNull(message = "{import.window.range}")
    @Min(value = 1, message = "{import.window.range}")
    @Max(value = ActivityReport.MAX_WINDOW_DAYS, message = "{import.window.range}")
    private @Nullable Integer windowDays = ActivityReport.DEFAULT_WINDOW_DAYS;

    /**
     * Whether a reference date is one an export can describe: from {@link #EARLIEST_REFERENCE_DATE} to today, with a
     * day of slack for clients whose day has already begun.
     */
    static boolean isPlausibleReferenceDate(LocalDate date, LocalDate today) {
        return !date.isBefore(EARLIEST_REFERENCE_DATE) && !date.isAfter(today.plusDays(1));
    }

    /** Rejects a reference date that was read but is out of range, next to its field. */
    void validateReferenceDate(LocalDate today, Errors errors) {
        if (referenceDate != null && !errors.hasFieldErrors("referenceDate")
                && !isPlausibleReferenceDate(referenceDate, today)) {
            errors.rejectValue("referenceDate", REFERENCE_DATE_RANGE);
        }
    }

    /** The date order, detection when none was chosen. */
    DateOrder dateOrderOrAuto() {
        return dateOrder == null ? DateOrder.AUTO : dateOrder;
    }

    public @Nullable DateOrder getDateOrder() {
        return dateOrder;
    }

    public void setDateOrder(@Nullable DateOrder dateOrder) {
        this.dateOrder = dateOrder;
    }

    public @Nullable LocalDate getReferenceDate() {
        return referenceDate;
    }

    public void setReferenceDate(@Nullable LocalDate referenceDate) {
        this.referenceDate = referenceDate;
    }

    public @Nullable Integer getWindowDays() {
        return windowDays;
    }

    public void setWindowDays(@Nullable Integer windowDays) {
        this.windowDays = windowDays;
    }
}
