package com.hivecheck.bench;

import com.hivecheck.scoring.Answers;
import com.hivecheck.scoring.Benefit;
import com.hivecheck.scoring.Classification;
import com.hivecheck.scoring.Improvement;
import com.hivecheck.scoring.ScoringModel;
import com.hivecheck.scoring.ScoringModels;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Loads pseudo-random assessments straight into the database with JDBC batches, scored by the real classifier so
 * that every row is one the application could have stored. Plain JDBC, because a million rows through the JPA entity
 * would take minutes; {@code GenerateAssessmentsTest} runs it against the Flyway schema and reads every row back
 * through the application's mapping, so that a column this insert gets wrong fails the build. Run with the
 * application stopped:
 * {@code java -cp target/classes:target/test-classes:h2.jar com.hivecheck.bench.GenerateAssessments
 * jdbc:h2:file:./bench/out/db/hivecheck 1000000}
 * The user and password default to H2's {@code sa} and none; for PostgreSQL pass them after the row count, with
 * {@code reWriteBatchedInserts=true} in the URL so that each batch travels as a few multi-row inserts:
 * {@code java -cp target/classes:target/test-classes:postgresql.jar com.hivecheck.bench.GenerateAssessments
 * 'jdbc:postgresql://127.0.0.1:5432/hivecheck?reWriteBatchedInserts=true' 1000000 hivecheck hivecheck}
 */
public class GenerateAssessments {

    static final int NETWORKS = 50;
    static final int UNITS = 20;
    static final Instant START = Instant.parse("2023-01-01T00:00:00Z");
    static final long SPAN_SECONDS = ChronoUnit.DAYS.getDuration().getSeconds() * 3 * 365;

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int count = Integer.parseInt(args[1]);
        String user = args.length > 2 ? args[2] : "sa";
        String password = args.length > 3 ? args[3] : "";
        ScoringModel classifier = ScoringModels.standard().current();
        SplittableRandom random = new SplittableRandom(42);
        long started = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.setAutoCommit(false);
            String sql = "insert into assessment (id, created_at, network, unit, employees, monthly_active_users,"
                    + " content_creators, creators_mostly_official, benefits, work_related_share, improvement, example,"
                    + " model_version, involvement, benefit, quadrant, borderline, assessed_on)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                for (int i = 1; i <= count; i++) {
                    int employees = 1 + random.nextInt(20_000);
                    int active = random.nextInt(employees + 1);
                    int creators = (int) (active * random.nextDouble() * random.nextDouble() * 0.4);
                    EnumSet<Benefit> benefits = EnumSet.noneOf(Benefit.class);
                    for (Benefit benefit : Benefit.values()) {
                        if (random.nextInt(2) == 0) {
                            benefits.add(benefit);
                        }
                    }
                    Answers answers = new Answers(employees, active, creators, random.nextInt(3) == 0, benefits,
                            random.nextInt(101), Improvement.values()[random.nextInt(5)]);
                    Classification result = classifier.classify(answers);
                    int network = random.nextInt(NETWORKS);
                    int unit = random.nextInt(UNITS + 1);
                    insert.setObject(1, new UUID(random.nextLong(), random.nextLong()));
                    java.time.Instant created = START.plusSeconds(SPAN_SECONDS * i / count);
                    insert.setTimestamp(2, Timestamp.from(created));
                    insert.setString(3, "Network " + network);
                    insert.setString(4, unit == UNITS ? null : "Unit " + unit);
                    insert.setInt(5, employees);
                    insert.setInt(6, active);
                    insert.setInt(7, creators);
                    insert.setBoolean(8, answers.creatorsMostlyOfficial());
                    insert.setString(9, benefits.stream().map(Benefit::name).collect(Collectors.joining(",")));
                    insert.setInt(10, answers.workRelatedShare());
                    insert.setString(11, answers.improvement().name());
                    insert.setString(12, i % 10 == 0 ? "Example " + i + ", with a comma and \"quotes\"" : null);
                    insert.setString(13, result.modelVersion());
                    insert.setInt(14, result.involvement());
                    insert.setInt(15, result.benefit());
                    insert.setString(16, result.quadrant().name());
                    insert.setBoolean(17, result.borderline());
                    // The day the answers describe: the day stored, as for assessments typed in on the day.
                    insert.setObject(18, created.atZone(java.time.ZoneOffset.UTC).toLocalDate());
                    insert.addBatch();
                    if (i % 10_000 == 0) {
                        insert.executeBatch();
                    }
                    if (i % 100_000 == 0) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
                insert.executeBatch();
                connection.commit();
            }
        }
        System.out.printf("Inserted %,d assessments in %.1f s%n", count, (System.nanoTime() - started) / 1e9);
    }
}
