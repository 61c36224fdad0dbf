package com.hivecheck.importing;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import com.hivecheck.importing.reading.ColumnMapping;
import com.hivecheck.importing.reading.DateOrder;
import com.hivecheck.importing.reading.Header;
import com.hivecheck.importing.reading.ImportOptions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** The column mapping step: which column holds what, by index, and the window to count activity in. */
public class MappingForm {

    @NotNull(message = "{import.mapping.person.required}")
    private @Nullable Integer person;

    private @Nullable Integer unit = ColumnMapping.NONE;

    @NotNull(message = "{import.mapping.date.required}")
    private @Nullable Integer lastActivity;

    private List<Integer> counts = new ArrayList<>();

    @NotNull(message = "{import.dateOrder.required}")
    private @Nullable DateOrder dateOrder = DateOrder.AUTO;

    private boolean confirmed;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate referenceDate;

    @NotNull(message = "{import.window.range}")
    @Min(value = 1, message = "{import.window.range}")
    @Max(value = ActivityReport.MAX_WINDOW_DAYS, message = "{import.window.range}")
    private @Nullable Integer windowDays = ActivityReport.DEFAULT_WINDOW_DAYS;

    /** The form preset with a guess and the choices made on the upload page. */
    static MappingForm of(Header.Guess guess, PendingUploads.Upload upload) {
        MappingForm form = new MappingForm();
        form.person = guess.person() == ColumnMapping.NONE ? null : guess.person();
        form.unit = guess.unit();
        form.lastActivity = guess.lastActivity() == ColumnMapping.NONE ? null : guess.lastActivity();
        form.counts = new ArrayList<>(guess.counts());
        form.referenceDate = upload.referenceDate();
        form.windowDays = upload.windowDays();
        form.dateOrder = upload.dateOrder();
        return form;
    }

    /**
     * Checks what needs the header: every index names a column, and no column is used twice.
     *
     * @param columns how many columns the file has
     */
    void validate(int columns, Errors errors) {
        checkIndex(person, columns, "person", errors);
        checkIndex(lastActivity, columns, "lastActivity", errors);
        if (unit != null && unit != ColumnMapping.NONE) {
            checkIndex(unit, columns, "unit", errors);
        }
        if (counts.isEmpty()) {
            errors.rejectValue("counts", "import.mapping.counts.required");
        } else if (counts.stream().anyMatch(count -> count == null || count < 0 || count >= columns)) {
            errors.rejectValue("counts", "import.mapping.column.unknown");
        }
        if (errors.hasErrors()) {
            return;
        }
        Set<Integer> used = new HashSet<>();
        used.add(person);
        if (!used.add(lastActivity)) {
            errors.rejectValue("lastActivity", "import.mapping.column.twice");
        }
        if (unit != null && unit != ColumnMapping.NONE && !used.add(unit)) {
            errors.rejectValue("unit", "import.mapping.column.twice");
        }
        if (counts.stream().anyMatch(count -> !used.add(count))) {
            errors.rejectValue("counts", "import.mapping.column.twice");
        }
    }

    private static void checkIndex(@Nullable Integer index, int columns, String field, Errors errors) {
        if (index != null && (index < 0 || index >= columns)) {
            errors.rejectValue(field, "import.mapping.column.unknown");
        }
    }

    /** The mapping and window; call only on a valid form. */
    ImportOptions toOptions(PendingUploads.Upload upload) {
        if (person == null || lastActivity == null || windowDays == null) {
            throw new IllegalStateException("form was not validated");
        }
        ColumnMapping mapping = new ColumnMapping(ExportFormat.MAPPED, person,
                unit == null ? ColumnMapping.NONE : unit, lastActivity, counts);
        return new ImportOptions(upload.encoding(), dateOrder == null ? DateOrder.AUTO : dateOrder, referenceDate,
                windowDays, mapping, upload.sheet());
    }

    /** Whether a count column is ticked; the page asks this per column, in constant time for short lists. */
    public boolean counts(int index) {
        return counts.contains(index);
    }

    public @Nullable DateOrder getDateOrder() {
        return dateOrder;
    }

    public void setDateOrder(@Nullable DateOrder dateOrder) {
        this.dateOrder = dateOrder;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }

    public @Nullable Integer getPerson() {
        return person;
    }

    public void setPerson(@Nullable Integer person) {
        this.person = person;
    }

    public @Nullable Integer getUnit() {
        return unit;
    }

    public void setUnit(@Nullable Integer unit) {
        this.unit = unit;
    }

    public @Nullable Integer getLastActivity() {
        return lastActivity;
    }

    public void setLastActivity(@Nullable Integer lastActivity) {
        this.lastActivity = lastActivity;
    }

    public List<Integer> getCounts() {
        return counts;
    }

    public void setCounts(@Nullable List<Integer> counts) {
        this.counts = counts == null ? new ArrayList<>() : new ArrayList<>(counts);
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
