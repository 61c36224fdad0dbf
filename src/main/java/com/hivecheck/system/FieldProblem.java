package com.hivecheck.system;

/**
 * One invalid field in a problem's {@code errors} list.
 *
 * @param field the JSON property or parameter, as named in the request
 * @param message what is wrong with it, in the client's language
 */
public record FieldProblem(String field, String message) {

    /** The property a binding path names: {@code benefits[0]}, {@code benefits[]} and {@code a.b} name their head. */
    static String property(String path) {
        int end = path.length();
        for (char separator : new char[] {'[', '.'}) {
            int index = path.indexOf(separator);
            if (index >= 0) {
                end = Math.min(end, index);
            }
        }
        return path.substring(0, end);
    }
}
