package com.hivecheck.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.hivecheck.assessment.ResultView;
import com.hivecheck.scoring.Answers;
import com.hivecheck.scoring.Axis;
import com.hivecheck.scoring.Benefit;
import com.hivecheck.scoring.Classification;
import com.hivecheck.scoring.Driver;
import com.hivecheck.scoring.Factor;
import com.hivecheck.scoring.Lever;
import com.hivecheck.scoring.Improvement;
import com.hivecheck.scoring.Quadrant;
import com.hivecheck.scoring.ScoringModel;
import com.hivecheck.scoring.ScoringModels;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every visible string exists in English and Russian: the bundles under {@code messages/} have the same keys, no empty
 * or untranslated values, patterns that format, and every key a template or the code asks for.
 */
class MessagesTest {

    /** Keys whose value is the same word in both languages. */
    private static final Set<String> SAME_IN_BOTH_LANGUAGES = Set.of("app.name", "history.change", "history.change.month");

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[,}]");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");
    /** A literal message key in a template: {@code #{key}} or {@code #{key(args)}}; dynamic keys start otherwise. */
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)(?=[}(])");
    /** A Bean Validation message template in the code, such as {@code "{assessment.network.required}"}. */
    private static final Pattern VALIDATION_KEY = Pattern.compile("\"\\{([a-zA-Z][A-Za-z0-9_.\\-]*)}\"");

    /** Bundle base name (such as {@code messages}) to its English and Russian files. */
    private static final Map<String, Bundle> BUNDLES = new TreeMap<>();

    record Bundle(String name, Map<String, String> english, Map<String, String> russian) {
    }

    @BeforeAll
    static void loadBundles() throws IOException {
        Map<String, Map<String, String>> english = new TreeMap<>();
        Map<String, Map<String, String>> russian = new TreeMap<>();
        for (Resource resource : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:messages/*.properties")) {
            String file = resource.getFilename().replaceFirst("\\.properties$", "");
            if (file.endsWith("_ru")) {
                russian.put(file.substring(0, file.length() - 3), load(resource));
            } else {
                assertThat(file).as("only English (default) and Russian bundles").doesNotContain("_");
                english.put(file, load(resource));
            }
        }
        assertThat(english).as("bundles under messages/").containsKey("messages");
        assertThat(russian.keySet()).as("every bundle has a Russian file").isEqualTo(english.keySet());
        english.forEach((name, values) -> BUNDLES.put(name, new Bundle(name, values, russian.get(name))));
    }

    // --- The bundles themselves -----------------------------------------------------------------------------------

    @Test
    void everyBundleHasTheSameKeysInEnglishAndRussian() {
        for (Bundle bundle : BUNDLES.values()) {
            assertThat(difference(bundle.english().keySet(), bundle.russian().keySet()))
                    .as("keys of %s.properties missing from %s_ru.properties", bundle.name(), bundle.name()).isEmpty();
            assertThat(difference(bundle.russian().keySet(), bundle.english().keySet()))
                    .as("keys of %s_ru.properties missing from %s.properties", bundle.name(), bundle.name()).isEmpty();
        }
    }

    @Test
    void noKeyIsDefinedInTwoBundles() {
        Map<String, String> owner = new TreeMap<>();
        List<String> clashes = new ArrayList<>();
        for (Bundle bundle : BUNDLES.values()) {
            for (String key : bundle.english().keySet()) {
                String previous = owner.putIfAbsent(key, bundle.name());
                if (previous != null) {
                    clashes.add(key + " in " + previous + " and " + bundle.name());
                }
            }
        }
        assertThat(clashes).as("a key in two bundles shows whichever Spring finds first").isEmpty();
    }

    @Test
    void noValueIsEmpty() {
        List<String> empty = new ArrayList<>();
        for (Bundle bundle : BUNDLES.values()) {
            bundle.english().forEach((key, value) -> {
                if (value.isBlank()) {
                    empty.add(bundle.name() + ".properties: " + key);
                }
            });
            bundle.russian().forEach((key, value) -> {
                if (value.isBlank()) {
                    empty.add(bundle.name() + "_ru.properties: " + key);
                }
            });
        }
        assertThat(empty).isEmpty();
    }

    @Test
    void russianValuesAreTranslatedAndEnglishValuesAreNot() {
        List<String> untranslated = new ArrayList<>();
        List<String> russianInEnglish = new ArrayList<>();
        for (Bundle bundle : BUNDLES.values()) {
            bundle.english().forEach((key, english) -> {
                String russian = bundle.russian().get(key);
                String words = PLACEHOLDER.matcher(english).replaceAll("");
                if (russian != null && LATIN.matcher(words).find() && !CYRILLIC.matcher(russian).find()
                        && !SAME_IN_BOTH_LANGUAGES.contains(key)) {
                    untranslated.add(bundle.name() + "_ru: " + key + "=" + russian);
                }
                if (CYRILLIC.matcher(english).find()) {
                    russianInEnglish.add(bundle.name() + ": " + key + "=" + english);
                }
            });
        }
        assertThat(untranslated).as("Russian values without Cyrillic").isEmpty();
        assertThat(russianInEnglish).as("English values with Cyrillic").isEmpty();
    }

    @Test
    void patternsWithArgumentsParseAndUseTheSameArgumentsInBothLanguages() {
        List<String> problems = new ArrayList<>();
        for (Bundle bundle : BUNDLES.values()) {
            bundle.english().forEach((key, english) -> {
                String russian = bundle.russian().getOrDefault(key, "");
                checkPattern(bundle.name(), key, english, Locale.ENGLISH, problems);
                checkPattern(bundle.name() + "_ru", key, russian, RUSSIAN, problems);
                if (!arguments(english).equals(arguments(russian))) {
                    problems.add(key + ": English uses arguments " + arguments(english) + ", Russian "
                            + arguments(russian));
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void englishUsesTypographicApostrophes() {
        List<String> straight = new ArrayList<>();
        for (Bundle bundle : BUNDLES.values()) {
            bundle.english().forEach((key, value) -> {
                if (value.contains("'")) {
                    straight.add(key + "=" + value);
                }
            });
        }
        assertThat(straight).as("use ’ instead of ' (MessageFormat also swallows a single ')").isEmpty();
    }

    // --- Keys asked for by templates and code ---------------------------------------------------------------------

    @Test
    void everyLiteralKeyInATemplateExistsInBothLanguages() throws IOException {
        Map<String, Set<String>> used = new TreeMap<>();
        for (Resource template : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:templates/**/*.html")) {
            String html = template.getContentAsString(StandardCharsets.UTF_8);
            Matcher matcher = TEMPLATE_KEY.matcher(html);
            while (matcher.find()) {
                used.computeIfAbsent(matcher.group(1), key -> new TreeSet<>()).add(template.getFilename());
            }
        }
        assertThat(used).as("templates use message keys").containsKeys("app.name", "questionnaire.title",
                "result.chart.description");

        assertExist(used);
    }

    @Test
    void everyValidationMessageInTheCodeExistsInBothLanguages() throws IOException {
        Map<String, Set<String>> used = new TreeMap<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = VALIDATION_KEY.matcher(Files.readString(source));
                while (matcher.find()) {
                    String key = matcher.group(1);
                    if (!key.startsWith("jakarta.") && !key.startsWith("org.hibernate.")) {
                        used.computeIfAbsent(key, k -> new TreeSet<>()).add(source.getFileName().toString());
                    }
                }
            }
        }
        assertThat(used).as("validation messages found in the code").containsKeys("assessment.network.required",
                "assessment.monthlyActiveUsers.exceedsEmployees");
        used.computeIfAbsent("typeMismatch", key -> new TreeSet<>()).add("Spring data binding");

        assertExist(used);
    }

    @Test
    void everyKeyBuiltFromAnEnumExistsInBothLanguages() throws ReflectiveOperationException {
        Map<String, Set<String>> used = new TreeMap<>();
        int steps = 0;
        for (Quadrant quadrant : Quadrant.values()) {
            add(used, "Quadrant", "quadrant." + quadrant, "quadrant." + quadrant + ".description");
            steps = stepCount(quadrant);
            for (int step = 1; step <= steps; step++) {
                add(used, "ResultView.steps", "advice." + quadrant + "." + step);
            }
        }
        for (Benefit benefit : Benefit.values()) {
            add(used, "Benefit", "benefit." + benefit, "benefit." + benefit + ".hint");
        }
        for (Improvement improvement : Improvement.values()) {
            add(used, "Improvement", "improvement." + improvement);
        }
        for (Factor factor : Factor.values()) {
            add(used, "Factor", "factor." + factor);
        }
        for (Lever.Answer answer : Lever.Answer.values()) {
            add(used, "ResultView.LeverRow", "lever." + answer.fieldName());
        }
        for (Axis axis : Axis.values()) {
            add(used, "Axis", "axis." + axis);
        }
        for (DriverMessage driver : driverMessages()) {
            add(used, "ResultView.DriverRow", driver.key());
        }
        assertThat(steps).isPositive();

        assertExist(used);
    }

    @Test
    void everyDriverSentenceFormatsWithTheArgumentsTheResultPageGives() throws ReflectiveOperationException {
        List<DriverMessage> drivers = driverMessages();
        assertThat(drivers).extracting(DriverMessage::key).contains("driver.REACH", "driver.BREADTH.1",
                "driver.BREADTH.1.official", "driver.BREADTH.2", "driver.BREADTH.2.official", "driver.BENEFITS", "driver.FOCUS", "driver.IMPROVEMENT.MUCH_BETTER");

        for (DriverMessage driver : drivers) {
            for (Locale locale : List.of(Locale.ENGLISH, RUSSIAN)) {
                String pattern = value(driver.key(), locale);
                String text = new MessageFormat(pattern, locale).format(driver.arguments());
                assertThat(text).as("%s in %s", driver.key(), locale).doesNotContain("{").isNotBlank();
            }
        }
        DriverMessage reach = drivers.stream()
                .filter(driver -> driver.key().equals("driver.REACH") && driver.arguments()[0].equals(30.0))
                .findFirst().orElseThrow();
        assertThat(new MessageFormat(value("driver.REACH", Locale.ENGLISH), Locale.ENGLISH).format(reach.arguments()))
                .isEqualTo("30% of employees were active in the last month; full reach from 60% monthly active, "
                        + "this model’s own target.");
    }

    // --- Helpers --------------------------------------------------------------------------------------------------

    private record DriverMessage(String key, Object[] arguments) {
    }

    /**
     * The driver sentences the result page asks for, built by {@code ResultView.DriverRow} itself from classifications
     * covering every improvement answer, with and without official creators, and nobody active.
     */
    private static List<DriverMessage> driverMessages() throws ReflectiveOperationException {
        Method of = ResultView.DriverRow.class.getDeclaredMethod("of", Driver.class, boolean.class, String.class);
        of.setAccessible(true);
        List<DriverMessage> messages = new ArrayList<>();
        for (ScoringModel classifier : ScoringModels.standard().all()) {
        for (Improvement improvement : Improvement.values()) {
            for (boolean official : new boolean[] {true, false}) {
                for (int active : new int[] {0, 300, 1000}) {
                    Classification classification = classifier.classify(new Answers(1000, active,
                            Math.min(active, 4), official, EnumSet.of(Benefit.IDEAS), 95, improvement));
                    for (Driver driver : classification.drivers()) {
                        ResultView.DriverRow row = (ResultView.DriverRow) of.invoke(null, driver,
                                classification.officialCreators(), classification.modelVersion());
                        messages.add(new DriverMessage(row.messageKey(), row.arguments()));
                    }
                }
            }
        }
        }
        return messages;
    }

    private static int stepCount(Quadrant quadrant) throws ReflectiveOperationException {
        Method count = ResultView.class.getDeclaredMethod("stepCount", Quadrant.class);
        count.setAccessible(true);
        return (int) count.invoke(null, quadrant);
    }

    private static void add(Map<String, Set<String>> used, String source, String... keys) {
        for (String key : keys) {
            used.computeIfAbsent(key, k -> new TreeSet<>()).add(source);
        }
    }

    private static void assertExist(Map<String, Set<String>> used) {
        Set<String> english = allKeys(Bundle::english);
        Set<String> russian = allKeys(Bundle::russian);
        Map<String, Set<String>> missingInEnglish = new LinkedHashMap<>();
        Map<String, Set<String>> missingInRussian = new LinkedHashMap<>();
        used.forEach((key, where) -> {
            if (!english.contains(key)) {
                missingInEnglish.put(key, where);
            }
            if (!russian.contains(key)) {
                missingInRussian.put(key, where);
            }
        });
        assertThat(missingInEnglish).as("keys used but missing from the English bundles").isEmpty();
        assertThat(missingInRussian).as("keys used but missing from the Russian bundles").isEmpty();
    }

    private static Set<String> allKeys(Function<Bundle, Map<String, String>> language) {
        return BUNDLES.values().stream().flatMap(bundle -> language.apply(bundle).keySet().stream())
                .collect(Collectors.toSet());
    }

    private static String value(String key, Locale locale) {
        return BUNDLES.values().stream()
                .map(bundle -> locale.equals(RUSSIAN) ? bundle.russian() : bundle.english())
                .filter(values -> values.containsKey(key))
                .map(values -> values.get(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + key + " for " + locale));
    }

    private static void checkPattern(String file, String key, String value, Locale locale, List<String> problems) {
        if (!ARGUMENT.matcher(value).find()) {
            return;
        }
        assertThatCode(() -> new MessageFormat(value, locale)).as("%s: %s", file, key).doesNotThrowAnyException();
        if (value.replace("''", "").contains("'")) {
            problems.add(file + ": " + key + " has a single ' that MessageFormat would swallow");
        }
    }

    private static Set<Integer> arguments(String value) {
        Set<Integer> arguments = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(value);
        while (matcher.find()) {
            arguments.add(Integer.parseInt(matcher.group(1)));
        }
        return arguments;
    }

    private static Set<String> difference(Set<String> left, Set<String> right) {
        Set<String> difference = new TreeSet<>(left);
        difference.removeAll(right);
        return difference;
    }

    /** Reads a bundle as Spring does (UTF-8), refusing a key defined twice, where the last one silently wins. */
    private static Map<String, String> load(Resource resource) {
        Map<String, String> values = new TreeMap<>();
        List<String> duplicates = new ArrayList<>();
        Properties properties = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                if (values.put((String) key, (String) value) != null) {
                    duplicates.add((String) key);
                }
                return super.put(key, value);
            }
        };
        try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(duplicates).as("keys defined twice in %s", resource.getFilename()).isEmpty();
        return values;
    }
}
