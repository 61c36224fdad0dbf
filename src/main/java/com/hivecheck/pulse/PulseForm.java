package com.hivecheck.pulse;

import com.hivecheck.system.NetworkAndUnit;
import com.hivecheck.system.PlainText;
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
public class PulseForm extends NetworkAndUnit {

    @NotNull(message = "{pulse.form.headcount.range}")
    @Min(value = 1, message = "{pulse.form.headcount.range}")
    @Max(value = PulseSetup.MAX_HEADCOUNT, message = "{pulse.form.headcount.range}")
    private @Nullable Long headcount;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @FutureOrPresent(message = "{pulse.form.closesOn.past}")
    private @Nullable LocalDate closesOn;

    /** The setup; call only on a valid form. */
    PulseSetup toSetup() {
        String network = getNetwork();
        String unit = getUnit();
        if (network == null || headcount == null) {
            throw new IllegalStateException("form was not validated");
        }
        return new PulseSetup(network.strip(), unit == null ? null : unit.strip(), Math.toIntExact(headcount),
                closesOn);
    }

    @Override
    @NotBlank(message = "{pulse.form.network.required}")
    @Size(max = PulseSetup.MAX_NAME, message = "{pulse.form.text.tooLong}")
    @PlainText
    public @Nullable String getNetwork() {
        return super.getNetwork();
    }

    @Override
    @Size(max = PulseSetup.MAX_NAME, message = "{pulse.form.text.tooLong}")
    @PlainText
    public @Nullable String getUnit() {
        return super.getUnit();
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
