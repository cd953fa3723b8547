package org.servicestandards.rules.internal;

import java.util.Objects;

/**
 * A DRL text with the path it is reported under in errors.
 *
 * @param path the source path, e.g. {@code org/servicestandards/rules/ResponseTime.drl}
 * @param text the DRL
 */
public record DrlSource(String path, String text) {
    public DrlSource {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
    }
}
