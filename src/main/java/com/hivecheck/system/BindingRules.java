package com.hivecheck.system;

import java.beans.PropertyEditorSupport;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * How every form and query parameter is bound, on every page and endpoint:
 *
 * <ul>
 *   <li>only plain property names: {@code employees[0]}, {@code counts[256]} or {@code network.bytes} name nothing a
 *       form has, so they are ignored like any unknown parameter (instead of failing deep in the binder);</li>
 *   <li>whole numbers only in ASCII digits, with an optional sign; spaces between digit groups ({@code 1 000}, also
 *       the no-break spaces that number formatting inserts) are dropped. {@code 0x10}, {@code 1e3}, {@code １０}
 *       (full-width) or {@code ١٠} (Arabic-Indic) are a type mismatch, shown next to the field with the form's
 *       message.</li>
 * </ul>
 */
@ControllerAdvice
class BindingRules {

    @InitBinder
    void plainNamesAndAsciiNumbers(WebDataBinder binder) {
        binder.setDisallowedFields("*[*", "*]*", "*.*");
        binder.registerCustomEditor(Long.class, new WholeNumberEditor(Long.class, true));
        binder.registerCustomEditor(long.class, new WholeNumberEditor(Long.class, false));
        binder.registerCustomEditor(Integer.class, new WholeNumberEditor(Integer.class, true));
        binder.registerCustomEditor(int.class, new WholeNumberEditor(Integer.class, false));
        binder.registerCustomEditor(BigInteger.class, new WholeNumberEditor(BigInteger.class, true));
    }

    /** Reads a whole number written in ASCII digits; an empty text is {@code null} where the type allows it. */
    static final class WholeNumberEditor extends PropertyEditorSupport {

        /** More digits than any number a form takes is a mistake, not a number to compute with. */
        private static final int MAX_DIGITS = 100;

        private final Class<? extends Number> type;
        private final boolean allowEmpty;

        WholeNumberEditor(Class<? extends Number> type, boolean allowEmpty) {
            this.type = type;
            this.allowEmpty = allowEmpty;
        }

        @Override
        public void setAsText(@Nullable String text) {
            String number = text == null ? "" : withoutSpaces(text);
            if (number.isEmpty()) {
                if (!allowEmpty) {
                    throw new IllegalArgumentException("a whole number is required");
                }
                setValue(null);
                return;
            }
            if (!isAsciiWholeNumber(number)) {
                throw new IllegalArgumentException("not a whole number in ASCII digits");
            }
            BigInteger value = new BigInteger(number);
            try {
                setValue(type == BigInteger.class ? value
                        : type == Integer.class ? Integer.valueOf(value.intValueExact())
                        : Long.valueOf(value.longValueExact()));
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("out of range for " + type.getSimpleName(), e);
            }
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }

        private static String withoutSpaces(String text) {
            StringBuilder number = new StringBuilder(text.length());
            text.codePoints()
                    .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                    .forEach(number::appendCodePoint);
            return number.toString();
        }

        static boolean isAsciiWholeNumber(String number) {
            int start = number.charAt(0) == '-' || number.charAt(0) == '+' ? 1 : 0;
            if (number.length() == start || number.length() - start > MAX_DIGITS) {
                return false;
            }
            for (int i = start; i < number.length(); i++) {
                char c = number.charAt(i);
                if (c < '0' || c > '9') {
                    return false;
                }
            }
            return true;
        }
    }
}
