package org.servicestandards.examples.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** What the commands read from the user the same way: {@code --as-of} instants and unreadable files. */
final class CliInputs {
    private CliInputs() {}

    /**
     * An instant, an offset or zoned date-time, or a local date-time in {@code zone}.
     *
     * @throws ParameterException naming the option's text and the accepted forms
     */
    static Instant instant(CommandLine commandLine, String text, ZoneId zone) {
        String t = text.strip();
        try {
            return Instant.parse(t);
        } catch (DateTimeException ignored) {
            // try the next form
        }
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeException ignored) {
            // try the next form
        }
        try {
            return ZonedDateTime.parse(t).toInstant();
        } catch (DateTimeException ignored) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(t).atZone(zone).toInstant();
        } catch (DateTimeException e) {
            throw new ParameterException(commandLine, "--as-of '" + text + "' is not an instant; give e.g. "
                    + "2026-04-30T16:00:00Z, 2026-04-30T17:00+01:00 or a local date-time such as 2026-04-30T17:00");
        }
    }

    /** Why a file could not be read, in a few words. */
    static String unreadable(IOException e) {
        if (e instanceof NoSuchFileException n) {
            return n.getFile() + ": " + (n.getReason() != null ? n.getReason() : "no such file");
        }
        if (e instanceof AccessDeniedException a) {
            return a.getFile() + ": permission denied";
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
