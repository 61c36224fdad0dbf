package com.hivecheck.history;

import com.hivecheck.assessment.AssessmentForm;
import com.hivecheck.assessment.AssessmentManagement;
import com.hivecheck.assessment.Context;
import com.hivecheck.assessment.PastRound;
import com.hivecheck.history.PastRoundsCsv.Reading;
import com.hivecheck.history.PastRoundsCsv.Row;
import com.hivecheck.scoring.ScoringModel;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Imports past rounds from a file in the layout of the CSV export: all of its rows or none. Every row is judged by the
 * questionnaire's own constraints and scored by the model version it names (the current model when it names none),
 * so that the export of a model-1 assessment imports as model 1 with model 1's scores. The id column decides what a
 * row is: empty, a new assessment; an id this app does not hold, an assessment stored under that id (importing the
 * same file twice stores it once); an id it holds with the same content, skipped; with other content, a problem of
 * that row, because a stored assessment is never changed. The storing itself is
 * {@link AssessmentManagement#storePastRounds}, in one transaction.
 */
@Service
class PastRoundsImport {

    /** How many stored assessments are looked up per query when checking ids. */
    private static final int ID_BATCH = 500;

    private final AssessmentManagement assessments;
    private final HistoryManagement history;
    private final Validator validator;
    private final PastRoundsProperties properties;

    PastRoundsImport(AssessmentManagement assessments, HistoryManagement history, Validator validator,
            PastRoundsProperties properties) {
        this.assessments = assessments;
        this.history = history;
        this.validator = validator;
        this.properties = properties;
    }

    /**
     * What importing a file gave.
     *
     * @param problems why nothing was stored, in the order of the file; empty when the import succeeded
     * @param imported how many assessments were stored
     * @param skipped how many rows were already stored as they are
     * @param networks the networks of the rows, in the order of the file
     */
    record Outcome(List<RoundProblem> problems, int imported, int skipped, List<String> networks) {

        static Outcome refused(List<RoundProblem> problems) {
            return new Outcome(List.copyOf(problems), 0, 0, List.of());
        }

        boolean refused() {
            return !problems.isEmpty();
        }
    }

    /** Reads, checks and stores the file; problems leave the database as it was. */
    Outcome importCsv(byte[] content) {
        Reading reading = PastRoundsCsv.read(content, properties.maxRows());
        if (reading.refused()) {
            return Outcome.refused(reading.problems());
        }
        List<RoundProblem> problems = new ArrayList<>(reading.problems());
        Map<UUID, Long> lineOfId = new HashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        for (Row row : reading.rows()) {
            int before = problems.size();
            check(row, problems);
            UUID id = row.id();
            if (id != null) {
                Long first = lineOfId.putIfAbsent(id, row.line());
                if (first != null) {
                    problems.add(RoundProblem.at(row.line(), "id", "history.import.id.repeated", first));
                }
            }
            if (problems.size() == before && row.unreadable().isEmpty()) {
                candidates.add(new Candidate(row.line(), PastRound.of(id, row.form(),
                        requireDay(row.form()), version(row.modelVersion()))));
            }
        }
        Map<UUID, PastAssessment> stored = stored(lineOfId.keySet());
        List<PastRound> rounds = new ArrayList<>();
        int skipped = 0;
        for (Candidate candidate : candidates) {
            PastRound round = candidate.round();
            PastAssessment existing = round.id() == null ? null : stored.get(round.id());
            if (existing == null) {
                rounds.add(round);
            } else if (same(round, existing)) {
                skipped++;
            } else {
                problems.add(RoundProblem.at(candidate.line(), "id", "history.import.id.changed"));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingLong(RoundProblem::line).thenComparingInt(PastRoundsImport::columnOrder));
            return Outcome.refused(problems);
        }
        assessments.storePastRounds(rounds);
        Set<String> networks = new LinkedHashSet<>();
        candidates.forEach(candidate -> networks.add(candidate.round().context().network()));
        return new Outcome(List.of(), rounds.size(), skipped, List.copyOf(networks));
    }

    /** The questionnaire's constraints, for the columns the row could be read in, and a known model version. */
    private void check(Row row, List<RoundProblem> problems) {
        List<ConstraintViolation<AssessmentForm>> violations = new ArrayList<>(validator.validate(row.form()));
        violations.sort(Comparator.comparing(violation -> violation.getPropertyPath().toString()));
        Set<String> reported = new LinkedHashSet<>(row.unreadable());
        for (ConstraintViolation<AssessmentForm> violation : violations) {
            String column = violation.getPropertyPath().toString();
            if (reported.add(column)) {
                problems.add(RoundProblem.resolved(row.line(), column, violation.getMessage()));
            }
        }
        String version = row.modelVersion();
        if (version != null && assessments.models().byVersion(version).isEmpty()) {
            problems.add(RoundProblem.at(row.line(), "modelVersion", "history.import.modelVersion", version,
                    assessments.models().all().stream().map(ScoringModel::version).collect(Collectors.joining(", ")),
                    assessments.model().version()));
        }
    }

    private String version(@Nullable String named) {
        return named != null ? named : assessments.model().version();
    }

    private static LocalDate requireDay(AssessmentForm form) {
        LocalDate day = form.getAssessedOn();
        if (day == null) {
            throw new IllegalStateException("a row without a day was not refused");
        }
        return day;
    }

    private Map<UUID, PastAssessment> stored(Set<UUID> ids) {
        List<UUID> all = List.copyOf(ids);
        Map<UUID, PastAssessment> stored = new HashMap<>();
        for (int from = 0; from < all.size(); from += ID_BATCH) {
            history.find(all.subList(from, Math.min(all.size(), from + ID_BATCH)))
                    .forEach(assessment -> stored.put(assessment.id(), assessment));
        }
        return stored;
    }

    private static boolean same(PastRound round, PastAssessment stored) {
        return round.context().equals(new Context(stored.network(), stored.unit(), stored.example()))
                && round.answers().equals(stored.answers())
                && round.assessedOn().equals(stored.assessedOn())
                && round.modelVersion().equals(stored.modelVersion());
    }

    /** Problems of one line in the order of the export's columns. */
    private static int columnOrder(RoundProblem problem) {
        return problem.column() == null ? -1 : HistoryCsv.HEADER.indexOf(problem.column());
    }

    private record Candidate(long line, PastRound round) {
    }
}
