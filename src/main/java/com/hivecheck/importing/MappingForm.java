package com.hivecheck.importing;

import jakarta.validation.constraints.NotNull;
import com.hivecheck.importing.reading.ColumnMapping;
import com.hivecheck.importing.reading.Header;
import com.hivecheck.importing.reading.ImportOptions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** The column mapping step: which column holds what, by index, and the window to count activity in. */
public class MappingForm extends ReadingChoices {

    @NotNull(message = "{import.mapping.person.required}")
    private @Nullable Integer person;

    private @Nullable Integer unit = ColumnMapping.NONE;

    @NotNull(message = "{import.mapping.date.required}")
    private @Nullable Integer lastActivity;

    private List<Integer> counts = new ArrayList<>();

    private boolean confirmed;

    /** The form preset with a guess and the choices made on the upload page. */
    static MappingForm of(Header.Guess guess, PendingUploads.Upload upload) {
        MappingForm form = new MappingForm();
        form.person = guess.person() == ColumnMapping.NONE ? null : guess.person();
        form.unit = guess.unit();
        form.lastActivity = guess.lastActivity() == ColumnMapping.NONE ? null : guess.lastActivity();
        form.counts = new ArrayList<>(guess.counts());
        form.setReferenceDate(upload.referenceDate());
        form.setWindowDays(upload.windowDays());
        form.setDateOrder(upload.dateOrder());
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
        Integer windowDays = getWindowDays();
        if (person == null || lastActivity == null || windowDays == null) {
            throw new IllegalStateException("form was not validated");
        }
        ColumnMapping mapping = new ColumnMapping(ExportFormat.MAPPED, person,
                unit == null ? ColumnMapping.NONE : unit, lastActivity, counts);
        return new ImportOptions(upload.encoding(), dateOrderOrAuto(), getReferenceDate(), windowDays, mapping,
                upload.sheet());
    }

    /** Whether a count column is ticked; the page asks this per column, in constant time for short lists. */
    public boolean counts(int index) {
        return counts.contains(index);
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
}
