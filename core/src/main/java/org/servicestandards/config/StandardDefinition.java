package org.servicestandards.config;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.servicestandards.calendar.Target;
import org.servicestandards.evaluation.FindingKind;

/**
 * A standard of the catalogue with its default settings. Immutable and thread-safe.
 *
 * @param id         stable id, e.g. {@code response.email}
 * @param title      what the standard asks, in one line
 * @param target     the default target, or {@code null} when the standard has no time target
 * @param overrides  default target overrides by qualifier (e.g. {@code internal}), never null
 * @param parameters default parameters by name (e.g. {@code rings=3}), never null
 * @param kinds      the kinds of finding its rules produce
 * @param sources    the seed documents it comes from, e.g. {@code 000, 002}
 */
public record StandardDefinition(String id, String title, Target target, Map<String, Target> overrides,
                                 Map<String, String> parameters, Set<FindingKind> kinds, String sources) {
    public StandardDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        overrides = overrides == null ? Map.of() : Map.copyOf(overrides);
        parameters = parameters == null ? Map.of() : Map.copyOf(new TreeMap<>(parameters));
        kinds = kinds == null || kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        sources = sources == null ? "" : sources;
    }

    /** The family: the id up to its first dot. */
    public String family() {
        int dot = id.indexOf('.');
        return dot < 0 ? id : id.substring(0, dot);
    }

    static StandardDefinition of(String id, String title, String target, String sources, FindingKind... kinds) {
        return new StandardDefinition(id, title, target == null ? null : Target.parse(target), Map.of(), Map.of(),
                kinds.length == 0 ? Set.of() : EnumSet.copyOf(List.of(kinds)), sources);
    }

    StandardDefinition withParameter(String name, String value) {
        Map<String, String> more = new TreeMap<>(parameters);
        more.put(name, value);
        return new StandardDefinition(id, title, target, overrides, more, kinds, sources);
    }

    StandardDefinition withOverride(String qualifier, String value) {
        Map<String, Target> more = new TreeMap<>(overrides);
        more.put(qualifier, Target.parse(value));
        return new StandardDefinition(id, title, target, more, parameters, kinds, sources);
    }
}
