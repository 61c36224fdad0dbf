package com.hivecheck.importing;

import com.hivecheck.system.PlainText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import com.hivecheck.importing.reading.ImportOptions;
import com.hivecheck.importing.reading.TextEncoding;
import org.jspecify.annotations.Nullable;

/** The choices on the upload page; the file itself comes as its own request part. */
public class UploadForm extends ReadingChoices {

    /** As long as the questionnaire allows. */
    static final int MAX_NAME_LENGTH = 120;

    @Size(max = MAX_NAME_LENGTH, message = "{import.network.tooLong}")
    @PlainText
    private @Nullable String network;

    @NotNull(message = "{import.encoding.required}")
    private @Nullable TextEncoding encoding = TextEncoding.AUTO;

    @Size(max = MAX_NAME_LENGTH, message = "{import.sheet.tooLong}")
    private @Nullable String sheet;

    private boolean mapColumns;

    static UploadForm forNetwork(@Nullable String network) {
        UploadForm form = new UploadForm();
        form.network = network == null || network.length() > MAX_NAME_LENGTH ? null : network;
        return form;
    }

    /** The reading options; call only on a valid form. */
    ImportOptions toOptions() {
        Integer windowDays = getWindowDays();
        return new ImportOptions(encoding == null ? TextEncoding.AUTO : encoding, dateOrderOrAuto(),
                getReferenceDate(), windowDays == null ? ActivityReport.DEFAULT_WINDOW_DAYS : windowDays, null,
                sheet == null || sheet.isBlank() ? null : sheet.strip());
    }

    /** The network name, or {@code null} when blank. */
    @Nullable String networkName() {
        return network == null || network.isBlank() ? null : network.strip();
    }

    public @Nullable String getNetwork() {
        return network;
    }

    public void setNetwork(@Nullable String network) {
        this.network = network;
    }

    public @Nullable TextEncoding getEncoding() {
        return encoding;
    }

    public void setEncoding(@Nullable TextEncoding encoding) {
        this.encoding = encoding;
    }

    public @Nullable String getSheet() {
        return sheet;
    }

    public void setSheet(@Nullable String sheet) {
        this.sheet = sheet;
    }

    public boolean isMapColumns() {
        return mapColumns;
    }

    public void setMapColumns(boolean mapColumns) {
        this.mapColumns = mapColumns;
    }
}
