package com.hivecheck.system;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text a person typed: no control characters (NUL and the rest of C0 except tab, line feed and carriage return, DEL,
 * C1), no bidirectional controls (embeddings, overrides, isolates and marks, which can make text read differently
 * from what it holds), and, unless it is blank (which {@code @NotBlank} judges), at least one visible character, so
 * that a name made only of zero-width characters is refused. {@code null} is valid.
 */
@Documented
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainText.Validator.class)
public @interface PlainText {

    String message() default "{text.controlCharacters}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks {@link PlainText}; the message says which rule is broken. */
    class Validator implements ConstraintValidator<PlainText, CharSequence> {

        @Override
        public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
            if (text == null) {
                return true;
            }
            boolean visible = false;
            boolean blank = true;
            for (int i = 0; i < text.length(); ) {
                int c = Character.codePointAt(text, i);
                i += Character.charCount(c);
                if (isForbidden(c)) {
                    return false;
                }
                if (!Character.isWhitespace(c)) {
                    blank = false;
                }
                if (isVisible(c)) {
                    visible = true;
                }
            }
            if (blank || visible) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("{text.invisible}").addConstraintViolation();
            return false;
        }

        /** Whether the text holds a character {@link PlainText} forbids (a control or bidirectional character). */
        public static boolean holdsForbidden(CharSequence text) {
            return text.codePoints().anyMatch(Validator::isForbidden);
        }

        /** Control characters other than tab, line feed and carriage return, and bidirectional controls. */
        static boolean isForbidden(int c) {
            if (c == '\t' || c == '\n' || c == '\r') {
                return false;
            }
            return Character.getType(c) == Character.CONTROL || isBidiControl(c);
        }

        static boolean isBidiControl(int c) {
            return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
                    || c == 0x061C;
        }

        /** Not a space, not a format character (zero-width space, joiners, soft hyphen, BOM), not unassigned. */
        static boolean isVisible(int c) {
            int type = Character.getType(c);
            return !Character.isWhitespace(c) && !Character.isSpaceChar(c) && type != Character.FORMAT
                    && type != Character.UNASSIGNED && type != Character.CONTROL && c != 0x115F && c != 0x1160
                    && c != 0x3164 && c != 0xFFA0 && c != 0x2800;
        }
    }
}
