package com.hivecheck.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.hivecheck.assessment.ActivityEvidence.FromData;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every HR string exists in English and Russian, and every key the HR templates use is defined. */
class HistoryMessagesTest {

    private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]|#messages\\.msg\\('([A-Za-z0-9_.]+)'");

    @Test
    void hasTheSameKeysInEnglishAndRussian() throws IOException {
        assertThat(load("messages/history_ru.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages/history.properties").stringPropertyNames());
    }

    @Test
    void definesEveryKeyTheHrTemplatesUse() throws IOException {
        Set<String> defined = new HashSet<>(load("messages/history.properties").stringPropertyNames());
        defined.addAll(load("messages/messages.properties").stringPropertyNames());
        defined.addAll(load("messages/importing.properties").stringPropertyNames());
        defined.addAll(load("messages/progress.properties").stringPropertyNames());
        Set<String> used = new TreeSet<>();
        try (Stream<Path> templates = Stream.concat(Files.walk(Path.of("src/main/resources/templates/history")),
                Stream.of(Path.of("src/main/resources/templates/hr/login.html"),
                        Path.of("src/main/resources/templates/fragments/layout.html")))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(template));
                while (matcher.find()) {
                    used.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
                }
            }
        }

        assertThat(used).isNotEmpty().allSatisfy(key -> assertThat(defined).as("defined keys").contains(key));
    }

    @Test
    void namesEveryCombinationOfAnswersFromDataInBothLanguages() throws IOException {
        Properties english = load("messages/history.properties");
        Properties russian = load("messages/history_ru.properties");
        Set<String> keys = new TreeSet<>();
        for (int flags = 1; flags < 8; flags++) {
            keys.add(HistoryPage.Row.answersKey(new FromData((flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0)));
        }

        assertThat(keys).hasSize(7).allSatisfy(key -> {
            assertThat(english.getProperty(key)).as(key).isNotBlank();
            assertThat(russian.getProperty(key)).as(key).isNotBlank();
        });
        assertThat(HistoryPage.Row.answersKey(FromData.NONE)).isNull();
    }

    @Test
    void writesEnglishWithTypographicApostrophes() throws IOException {
        assertThat(load("messages/history.properties").values()).allSatisfy(text ->
                assertThat(text.toString()).doesNotContain("'"));
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (var in = HistoryMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
