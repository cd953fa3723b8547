package org.servicestandards.rules;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.servicestandards.config.StandardDefinition;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.rules.internal.DrlFiles;
import org.servicestandards.rules.internal.RuleIndex;

/**
 * The DRL files a rule base is compiled from: by default the library's own rule base, plus files a
 * rule author adds from a directory, a classpath location or a string. Immutable and thread-safe;
 * the files are read when the rule set is built (and again by {@link #reread()}).
 *
 * <p>What an author's file can do (see {@code docs/writing-rules.md}):
 * <ul>
 *   <li><b>add rules</b>, in any package;</li>
 *   <li><b>replace a default rule</b>: a rule with the same name in the same package
 *       ({@code org.servicestandards.rules}) as a default rule takes its place; the default one is not
 *       compiled at all. Only default rules can be replaced: the same name twice among the author's
 *       files is a compile error, as Drools reports it;</li>
 *   <li><b>add a standard</b> with its own id: a rule with {@code @standard("acme.refund")} and
 *       {@code @title("...")} declares it (optionally {@code @target("2 business days")},
 *       {@code @parameters("name=value; ...")}, {@code @overrides("tier:VIP=1 business day; ...")});
 *       see {@link #declaredStandards()}.</li>
 * </ul>
 * Switching a default standard off is configuration, not DRL: {@link StandardsConfig.Builder#disable}.
 *
 * <p>DRL is code: loading DRL from an untrusted source runs that source's code in the host.
 */
public final class RuleSet {
    private static final RuleSet DEFAULTS = new RuleSet(true, List.of(), List.of());

    private final boolean includesDefaults;
    private final List<Origin> origins;
    private final List<DrlFile> authorFiles;

    private RuleSet(boolean includesDefaults, List<Origin> origins, List<DrlFile> authorFiles) {
        this.includesDefaults = includesDefaults;
        this.origins = List.copyOf(origins);
        this.authorFiles = List.copyOf(authorFiles);
    }

    /** The library's default rule base alone. */
    public static RuleSet defaults() { return DEFAULTS; }

    /** A builder that starts from the default rule base. */
    public static Builder builder() { return new Builder(); }

    /** The default rule base plus every {@code *.drl} file under {@code dir}. @throws UncheckedIOException if it cannot be read */
    public static RuleSet withDirectory(Path dir) { return builder().directory(dir).build(); }

    /** Whether the library's default rule files are part of this rule set. */
    public boolean includesDefaults() { return includesDefaults; }

    /** The library's default files when {@link #includesDefaults()}, else an empty list; in load order. */
    public List<DrlFile> defaultFiles() { return includesDefaults ? DrlFiles.defaults() : List.of(); }

    /** The author's files in load order (directories sorted by relative path). */
    public List<DrlFile> authorFiles() { return authorFiles; }

    /** Every file: the default files first, then the author's. */
    public List<DrlFile> files() {
        List<DrlFile> all = new ArrayList<>(defaultFiles());
        all.addAll(authorFiles);
        return all;
    }

    /** The directories the author's files were read from, in the order they were added. */
    public List<Path> directories() {
        return origins.stream().filter(o -> o.kind == Origin.Kind.DIRECTORY).map(o -> Path.of(o.location)).toList();
    }

    /**
     * The standards this rule set declares in DRL metadata ({@code @standard} with {@code @title}), in
     * file order. A declaration of an id the catalogue already has is ignored (a validation warning):
     * the catalogue's targets are changed in configuration.
     */
    public List<StandardDefinition> declaredStandards() {
        return RuleIndex.of(this).declared();
    }

    /**
     * {@code base} plus every standard this rule set declares that {@code base} does not define: the
     * configuration to read configuration files over ({@code targets:} may then name the new ids), and
     * the one {@link org.servicestandards.ServiceStandards} evaluates with.
     */
    public StandardsConfig applyDeclarations(StandardsConfig base) {
        Objects.requireNonNull(base, "base");
        List<StandardDefinition> added = new ArrayList<>();
        for (StandardDefinition d : declaredStandards()) {
            if (base.standards().stream().noneMatch(s -> s.id().equals(d.id()))) {
                added.add(d);
            }
        }
        if (added.isEmpty()) {
            return base;
        }
        StandardsConfig.Builder b = base.toBuilder();
        added.forEach(b::define);
        return b.build();
    }

    /**
     * The same rule set read again from its directories and classpath locations (strings added with
     * {@link Builder#drl} are kept as they were): what a reload after editing files compiles.
     *
     * @throws UncheckedIOException if a directory can no longer be read
     */
    public RuleSet reread() {
        Builder b = new Builder();
        b.includesDefaults = includesDefaults;
        origins.forEach(b::add);
        return b.build();
    }

    @Override
    public String toString() {
        return "RuleSet[" + (includesDefaults ? "defaults" : "no defaults")
                + (origins.isEmpty() ? "" : " + " + origins.stream().map(Origin::toString).collect(Collectors.joining(", ")))
                + "]";
    }

    /** Where author files come from, so that {@link #reread()} can read them again. */
    private record Origin(Kind kind, String location, ClassLoader loader, DrlFile file) {
        enum Kind { DIRECTORY, CLASSPATH, STRING }

        @Override
        public String toString() {
            return switch (kind) {
                case DIRECTORY -> "directory " + location;
                case CLASSPATH -> "classpath " + location;
                case STRING -> file.path();
            };
        }
    }

    /** Builds a {@link RuleSet}; files load in the order they are added. Not thread-safe. */
    public static final class Builder {
        private boolean includesDefaults = true;
        private final List<Origin> origins = new ArrayList<>();
        private final List<DrlFile> files = new ArrayList<>();

        private Builder() {}

        /** Leaves the library's default rules out: the rule set is only the author's files. */
        public Builder withoutDefaults() {
            includesDefaults = false;
            return this;
        }

        /**
         * Adds every {@code *.drl} file under {@code dir} (sub-directories included), sorted by their
         * path relative to {@code dir}; each is reported as {@code dir/relative/path.drl}.
         *
         * @throws UncheckedIOException if the directory cannot be read
         * @throws IllegalArgumentException if {@code dir} is not a directory
         */
        public Builder directory(Path dir) {
            Objects.requireNonNull(dir, "dir");
            return add(new Origin(Origin.Kind.DIRECTORY, dir.toString(), null, null));
        }

        /**
         * Adds DRL from the classpath: one {@code .drl} resource, or every {@code *.drl} resource under a
         * folder (in a directory or a jar), e.g. {@code com/acme/rules}. Uses this library's class loader.
         *
         * @throws IllegalArgumentException if nothing is found there
         */
        public Builder classpath(String location) {
            return classpath(RuleSet.class.getClassLoader(), location);
        }

        /** As {@link #classpath(String)}, with the given class loader. */
        public Builder classpath(ClassLoader loader, String location) {
            Objects.requireNonNull(loader, "loader");
            Objects.requireNonNull(location, "location");
            return add(new Origin(Origin.Kind.CLASSPATH, location, loader, null));
        }

        /** Adds one DRL text, reported under {@code path}. */
        public Builder drl(String path, String text) {
            return file(new DrlFile(path, text));
        }

        /** Adds one DRL file. */
        public Builder file(DrlFile file) {
            Objects.requireNonNull(file, "file");
            return add(new Origin(Origin.Kind.STRING, file.path(), null, file));
        }

        private Builder add(Origin origin) {
            switch (origin.kind) {
                case DIRECTORY -> files.addAll(DrlFiles.directory(Path.of(origin.location)));
                case CLASSPATH -> files.addAll(DrlFiles.classpath(origin.loader, origin.location));
                case STRING -> files.add(origin.file);
            }
            origins.add(origin);
            return this;
        }

        public RuleSet build() {
            if (includesDefaults && origins.isEmpty()) {
                return DEFAULTS;
            }
            return new RuleSet(includesDefaults, origins, files);
        }
    }
}
