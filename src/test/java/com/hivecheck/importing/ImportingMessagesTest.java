package com.hivecheck.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message of the import feature exists in English and Russian, and every key its pages use exists. */
class ImportingMessagesTest {

    private static final Pattern KEY = Pattern.compile("#\\{(import\\.[\\w.]+)");

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ImportingMessagesTest.class.getResourceAsStream("/messages/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void englishAndRussianHaveTheSameKeys() throws IOException {
        assertThat(load("importing_ru.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("importing.properties").stringPropertyNames());
    }

    @Test
    void everyImportKeyUsedInATemplateExists() throws IOException {
        Set<String> used = new HashSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(path -> path.toString().endsWith(".html")).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(template));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(load("importing.properties").stringPropertyNames()).containsAll(used);
    }

    @Test
    void everyProblemAFileCanHaveIsWorded() throws IOException {
        Set<String> keys = load("importing.properties").stringPropertyNames();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/com/hivecheck/importing"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = Pattern.compile("\"(import\\.(?:problem|file|window|mapping)\\.[\\w.]+)\"")
                        .matcher(Files.readString(source));
                while (matcher.find()) {
                    assertThat(keys).as(source.getFileName().toString()).contains(matcher.group(1));
                }
            }
        }
    }
}
