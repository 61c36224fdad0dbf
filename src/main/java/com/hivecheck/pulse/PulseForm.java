package com.hivecheck.pulse;

import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** What HR types to open a pulse, on the page or as JSON; a valid form becomes a {@link PulseSetup}. */
public class PulseForm {

    @NotBlank(message = "{pulse.form.network.required}")
    @Size(max = PulseSetup.MAX_NAME, message = "{pulse.form.text.tooLong}")
    private @Nullable String network;

    @Size(max = PulseSetup.MAX_NAME, message = "{pulse.form.text.tooLong}")
    private @Nullable String unit;

    @NotNull(message = "{pulse.form.headcount.range}")
    @Min(value = 1, message = "{pulse.form.headcount.range}")
    @Max(value = PulseSetup.MAX_HEADCOUNT, message = "{pulse.form.headcount.range}")
    private @Nullable Long headcount;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @FutureOrPresent(message = "{pulse.form.closesOn.past}")
    private @Nullable LocalDate closesOn;

    /** The setup; call only on a valid form. */
    PulseSetup toSetup() {
        if (network == null || headcount == null) {
            throw new IllegalStateException("form was not validated");
        }
        return new PulseSetup(network.strip(), unit == null ? null : unit.strip(), Math.toIntExact(headcount),
                closesOn);
    }

    public @Nullable String getNetwork() {
        return network;
    }

    public void setNetwork(@Nullable String network) {
        this.network = network;
    }

    public @Nullable String getUnit() {
        return unit;
    }

    public void setUnit(@Nullable String unit) {
        this.unit = unit;
    }

    public @Nullable Long getHeadcount() {
        return headcount;
    }

    public void setHeadcount(@Nullable Long headcount) {
        this.headcount = headcount;
    }

    public @Nullable LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(@Nullable LocalDate closesOn) {
        this.closesOn = closesOn;
    }
}
