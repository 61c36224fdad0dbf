package com.hivecheck.importing;

import com.hivecheck.chart.ConcentrationChart;
import com.hivecheck.chart.SplitBar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything the results page shows, computed here so that the template only lays it out.
 *
 * @param id the report's id
 * @param network the network name given with the upload, or {@code null}
 * @param fileName the uploaded file's name, or {@code null}
 * @param report the figures
 * @param whole the whole network
 * @param units the units shown, the largest first, at most {@link #MAX_UNITS_SHOWN}
 * @param hiddenUnits how many smaller units are not shown
 * @param nielsen the 90-9-1 bar to compare with
 */
public record ReportView(String id, @Nullable String network, @Nullable String fileName, ActivityReport report,
        Group whole, List<Group> units, int hiddenUnits, SplitBar nielsen) {

    /** More units than this make the page long; the API returns them all. */
    static final int MAX_UNITS_SHOWN = 200;

    public ReportView {
        units = List.copyOf(units);
    }

    static ReportView of(ActivityReports.StoredReport stored) {
        ActivityReport report = stored.report();
        List<Group> units = new ArrayList<>();
        List<GroupFigures> all = report.units();
        for (int i = 0; i < Math.min(all.size(), MAX_UNITS_SHOWN); i++) {
            units.add(Group.of(stored, i + 1, all.get(i)));
        }
        return new ReportView(stored.id(), stored.network(), stored.fileName(), report,
                Group.of(stored, 0, report.network()), units, all.size() - units.size(), SplitBar.nielsen());
    }

    /** The message key of the import's middle step: the columns were mapped by the user, or recognised. */
    public String secondStep() {
        return report.format() == ExportFormat.MAPPED ? "import.step.map" : "import.step.recognised";
    }

    public LocalDate referenceDate() {
        return report.referenceDate();
    }

    /**
     * One network or unit as the page shows it.
     *
     * @param figures the figures
     * @param token the evidence token that fills the questionnaire, or {@code null} for people without a unit and
     *        the other units together
     * @param split the participation bar
     * @param chart the concentration curve, or {@code null} when nothing was contributed
     * @param fillUnit the unit to put on the questionnaire: the unit name cut to its maximum length, or {@code null}
     */
    public record Group(GroupFigures figures, @Nullable String token, SplitBar split,
            @Nullable ConcentrationChart chart, @Nullable String fillUnit) {

        static Group of(ActivityReports.StoredReport stored, int index, GroupFigures figures) {
            ConcentrationChart chart = figures.curve().isEmpty() ? null
                    : ConcentrationChart.of(figures.curve().stream()
                            .map(point -> new ConcentrationChart.Point(point.people(), point.content())).toList(),
                            (double) figures.contentCreators() / figures.monthlyActiveUsers(),
                            figures.creatorsContentPercent() / 100);
            String unit = figures.unit();
            String fillUnit = !figures.assessable() || unit == null || unit.isEmpty() ? null
                    : unit.length() > UploadForm.MAX_NAME_LENGTH ? unit.substring(0, UploadForm.MAX_NAME_LENGTH)
                    : unit;
            return new Group(figures, figures.assessable() ? stored.token(index) : null, SplitBar.of(figures.lurkers(), figures.occasional(), figures.core()), chart,
                    fillUnit);
        }
    }
}
