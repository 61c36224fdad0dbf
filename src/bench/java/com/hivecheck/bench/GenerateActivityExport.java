package com.hivecheck.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Writes a synthetic activity export for the import benchmark, in HiveCheck's generic format:
 * {@code person,unit,last_activity_date,posts,comments}.
 *
 * <pre>java -cp target/test-classes com.hivecheck.bench.GenerateActivityExport ROWS PEOPLE FILE</pre>
 *
 * Rows cycle through PEOPLE people (so ROWS > PEOPLE repeats people, as exports with one row per person and group
 * do). About 60% of people were active in the 30 days up to 2026-05-31; contributions follow a steep power law, as
 * participation inequality predicts; people belong to one of 40 units. The same arguments always give the same file.
 */
public class GenerateActivityExport {

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: GenerateActivityExport ROWS PEOPLE FILE");
            System.exit(2);
        }
        long rows = Long.parseLong(args[0]);
        int people = Integer.parseInt(args[1]);
        Path file = Path.of(args[2]);
        Files.createDirectories(file.toAbsolutePath().getParent());
        LocalDate reference = LocalDate.of(2026, 5, 31);
        SplittableRandom random = new SplittableRandom(20260531L);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("person,unit,last_activity_date,posts,comments\n");
            for (long row = 0; row < rows; row++) {
                int person = (int) (row % people);
                double activity = random.nextDouble();
                String date = activity < 0.6 ? reference.minusDays(random.nextInt(30)).toString()
                        : activity < 0.9 ? reference.minusDays(30 + random.nextInt(300)).toString() : "";
                int posts = activity < 0.6 ? (int) Math.floor(Math.pow(random.nextDouble(), 8) * 60) : 0;
                int comments = activity < 0.6 ? (int) Math.floor(Math.pow(random.nextDouble(), 5) * 40) : 0;
                out.write("user" + person + "@example.com,Unit " + (person % 40) + "," + date + "," + posts + ","
                        + comments + "\n");
            }
        }
        System.out.printf("%s: %,d rows, %,d people, %,d bytes%n", file, rows, people, Files.size(file));
    }
}
