package com.hivecheck.history;

import com.hivecheck.assessment.Context;
import com.hivecheck.scoring.Quadrant;
import com.hivecheck.system.NetworkAndUnit;
import com.hivecheck.system.PlainText;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The filter as typed into the history list's form or the API's query string. Anything may be malformed here; the
 * constraints and the binder's type checks explain what, and only a valid form becomes a {@link HistoryFilter}.
 */
public class HistoryForm extends NetworkAndUnit {

    private static final int MIN_YEAR = 2000;
    private static final int MAX_YEAR = 9999;

    private @Nullable Quadrant type;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate from;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate to;

    /** The filter; on an invalid form, made of the parts that could be read. */
    HistoryFilter toFilter() {
        return new HistoryFilter(getNetwork(), getUnit(), type, from, to);
    }

    @AssertTrue(message = "{history.filter.range}")
    public boolean isRangeOrdered() {
        return from == null || to == null || !from.isAfter(to);
    }

    @AssertTrue(message = "{history.filter.year}")
    public boolean isYearsPlausible() {
        return plausible(from) && plausible(to);
    }

    private static boolean plausible(@Nullable LocalDate date) {
        return date == null || (date.getYear() >= MIN_YEAR && date.getYear() <= MAX_YEAR);
    }

    @Override
    @Size(max = Context.MAX_NAME_LENGTH, message = "{history.filter.network.tooLong}")
    @PlainText
    public @Nullable String getNetwork() {
        return super.getNetwork();
    }

    @Override
    @Size(max = Context.MAX_NAME_LENGTH, message = "{history.filter.unit.tooLong}")
    @PlainText
    public @Nullable String getUnit() {
        return super.getUnit();
    }

    public @Nullable Quadrant getType() {
        return type;
    }

    public void setType(@Nullable Quadrant type) {
        this.type = type;
    }

    public @Nullable LocalDate getFrom() {
        return from;
    }

    public void setFrom(@Nullable LocalDate from) {
        this.from = from;
    }

    public @Nullable LocalDate getTo() {
        return to;
    }

    public void setTo(@Nullable LocalDate to) {
        this.to = to;
    }
}
