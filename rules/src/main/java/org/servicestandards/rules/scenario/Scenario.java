package org.servicestandards.rules.scenario;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.model.Dataset;

/**
 * One scenario read from a scenario file: <i>given</i> records and configuration, <i>when</i> an
 * evaluation instant, <i>then</i> the expected findings and, optionally, "nothing else of these
 * standards". The format is described in {@code docs/scenarios.md}. Immutable and thread-safe.
 */
public final class Scenario {
    private final String name;
    private final String file;
    private final String location;
    private final Given given;
    private final Instant when;
    private final List<ExpectedFinding> expected;
    private final List<String> nothingElseOf;

    Scenario(String name, String file, String location, Given given, Instant when, List<ExpectedFinding> expected,
             List<String> nothingElseOf) {
        this.name = Objects.requireNonNull(name, "name");
        this.file = Objects.requireNonNull(file, "file");
        this.location = location;
        this.given = Objects.requireNonNull(given, "given");
        this.when = Objects.requireNonNull(when, "when");
        this.expected = List.copyOf(expected);
        this.nothingElseOf = List.copyOf(nothingElseOf);
    }

    /** The scenario's name: the file's {@code name} (or file name), and the entry's name for a file of several. */
    public String name() { return name; }

    /** The file it was read from, as given to the reader. */
    public String file() { return file; }

    /** Where it starts ({@code file:line:column}). */
    public String location() { return location; }

    /** The records of the <i>given</i> part that could be read. */
    public Dataset records() { return given.document().records(); }

    /** The configuration to evaluate with: the base configuration with the given part's calendar, settings and targets. */
    public StandardsConfig config() { return given.config(); }

    /** Whether the given part sets a calendar, settings or targets of its own. */
    public boolean hasOwnConfig() { return given.ownConfig(); }

    /** The evaluation instant. */
    public Instant when() { return when; }

    /** The findings expected, each matched by a distinct actual finding. */
    public List<ExpectedFinding> expected() { return expected; }

    /**
     * Standard ids (or {@code family.*}, or {@code *}) of which no finding may appear besides the
     * expected ones; empty when the scenario does not say.
     */
    public List<String> nothingElseOf() { return nothingElseOf; }

    /** Whether {@code nothingElseOf} covers this standard id. */
    public boolean isExhaustiveFor(String standardId) {
        for (String s : nothingElseOf) {
            if (s.equals("*") || s.equals(standardId)
                    || s.endsWith(".*") && standardId.startsWith(s.substring(0, s.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    Given given() { return given; }

    @Override
    public String toString() { return name + " (" + (location == null ? file : location) + ")"; }
}
