package com.hivecheck.assessment;

import java.util.Arrays;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads what a user sees on a rendered page: the message next to a field, the value kept in an input, the choices
 * ticked. Values come back as they stand in the HTML source, so escaping stays visible.
 */
final class Html {

    private static final Pattern INPUT = Pattern.compile("<input\\s[^>]*>");

    private Html() {
    }

    /** The messages shown next to the field, in order; empty when the field shows none. */
    static List<String> fieldErrors(String html, String field) {
        Matcher matcher = Pattern.compile("<p [^>]*id=\"" + Pattern.quote(field) + "-error\"[^>]*>(.*?)</p>",
                Pattern.DOTALL).matcher(html);
        if (!matcher.find()) {
            return List.of();
        }
        return Arrays.stream(matcher.group(1).split("<br\\s*/?>")).map(String::strip).toList();
    }

    /** The one message shown next to the field, or {@code null} when it shows none. */
    static @Nullable String fieldError(String html, String field) {
        List<String> errors = fieldErrors(html, field);
        if (errors.size() > 1) {
            throw new AssertionError(field + " shows " + errors);
        }
        return errors.isEmpty() ? null : errors.get(0);
    }

    /** The value attribute of the one input with the given name, or {@code null} when it has none. */
    static @Nullable String inputValue(String html, String name) {
        List<String> inputs = inputs(html, name);
        if (inputs.size() != 1) {
            throw new AssertionError(inputs.size() + " inputs named " + name);
        }
        return attribute(inputs.get(0), "value");
    }

    /** The text inside the textarea with the given name. */
    static String textareaText(String html, String name) {
        Matcher matcher = Pattern.compile("<textarea\\s[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*>([^<]*)</textarea>")
                .matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no textarea named " + name);
        }
        return matcher.group(1);
    }

    /** Whether the checkbox or radio button with the given name and value is checked. */
    static boolean isChecked(String html, String name, String value) {
        String input = inputs(html, name).stream()
                .filter(tag -> value.equals(attribute(tag, "value")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no input " + name + "=" + value));
        return input.matches("(?s).*\\schecked(=\"checked\")?[\\s>/].*");
    }

    private static List<String> inputs(String html, String name) {
        return INPUT.matcher(html).results()
                .map(MatchResult::group)
                .filter(tag -> name.equals(attribute(tag, "name")))
                .toList();
    }

    private static @Nullable String attribute(String tag, String attribute) {
        Matcher matcher = Pattern.compile("\\s" + Pattern.quote(attribute) + "=\"([^\"]*)\"").matcher(tag);
        return matcher.find() ? matcher.group(1) : null;
    }
}
