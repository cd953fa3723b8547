package org.servicestandards.rules;

import java.util.Objects;

/**
 * One DRL file of a rule set: its text and the path it is reported under ({@code file:line} in
 * problems, {@code rules list}, {@code docs/standards.md}). Immutable and thread-safe.
 *
 * @param path where the file came from, e.g. {@code my-rules/Refunds.drl} or
 *             {@code org/servicestandards/rules/ResponseTime.drl}; not null
 * @param text the DRL; not null
 */
public record DrlFile(String path, String text) {
    public DrlFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
    }

    /** The file name without its folders: {@code Refunds.drl}. */
    public String name() {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return slash < 0 ? path : path.substring(slash + 1);
    }

    @Override
    public String toString() { return "DrlFile[" + path + ", " + text.length() + " chars]"; }
}
