package org.servicestandards.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Lenient enum parsing with messages that list the accepted values. */
public final class Enums {
    private Enums() {}

    /**
     * Parses {@code text} as a constant of {@code type}, ignoring case and treating {@code -} and
     * spaces as {@code _}.
     *
     * @throws IllegalArgumentException "unknown {what} 'x'; expected one of a, b, c"
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String text, String what) {
        if (text == null) {
            throw new IllegalArgumentException(what + " is required");
        }
        String key = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(key)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown " + what + " '" + text + "'; expected one of "
                + Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", ")));
    }
}
