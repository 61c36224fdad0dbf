package com.hivecheck.importing;

import com.hivecheck.importing.reading.ActivityFileReader;
import com.hivecheck.importing.reading.ImportOptions;
import com.hivecheck.importing.reading.ReadingLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Generated activity exports with known answers, for tests. */
public final class ActivityFiles {

    public static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    private ActivityFiles() {
    }

    /** A generic-format file: one line per person, all active on {@code date}, with the given post counts. */
    public static String generic(String date, long... posts) {
        StringBuilder csv = new StringBuilder("person,unit,last_activity_date,posts,comments\n");
        for (int i = 0; i < posts.length; i++) {
            csv.append("user").append(i).append("@example.com,Unit ").append(i % 3).append(',').append(date)
                    .append(',').append(posts[i]).append(",0\n");
        }
        return csv.toString();
    }

    /** 1000 people active on 2026-05-31: ten wrote 90 posts each, a hundred wrote one, the rest none. */
    public static String tenMakeNinetyPercent() {
        long[] posts = new long[1000];
        for (int i = 0; i < 1000; i++) {
            posts[i] = i < 10 ? 90 : i < 110 ? 1 : 0;
        }
        List<Long> shuffled = new ArrayList<>();
        for (long p : posts) {
            shuffled.add(p);
        }
        java.util.Collections.shuffle(shuffled, new java.util.Random(42));
        return generic("2026-05-31", shuffled.stream().mapToLong(Long::longValue).toArray());
    }

    public static ActivityReport read(String csv) throws IOException {
        return read(csv.getBytes(StandardCharsets.UTF_8), ImportOptions.defaults());
    }

    public static ActivityReport read(String csv, Charset charset) throws IOException {
        return read(csv.getBytes(charset), ImportOptions.defaults());
    }

    public static ActivityReport read(byte[] bytes, ImportOptions options) throws IOException {
        return ActivityFileReader.read(() -> new ByteArrayInputStream(bytes), options, null, TODAY, new ReadingLimits(2000, 1_000_000));
    }
}
