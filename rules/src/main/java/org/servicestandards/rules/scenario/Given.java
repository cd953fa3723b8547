package org.servicestandards.rules.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.io.Document;
import org.servicestandards.model.InputError;

/**
 * The <i>given</i> part of a scenario file, read by {@link org.servicestandards.io.DocumentReader}
 * from a JSON text rewritten one record per line, so that every input error can be put back at its
 * place in the scenario file.
 *
 * @param document    the records and their read errors
 * @param config      the configuration to evaluate with
 * @param ownConfig   whether the given part has a calendar, settings or targets
 * @param syntheticSource the source name of the rewritten text
 * @param lineOrigins for each line of the rewritten text (index = line - 1), its location in the scenario file
 */
record Given(Document document, StandardsConfig config, boolean ownConfig, String syntheticSource,
             List<String> lineOrigins) {
    private static final Pattern LINE = Pattern.compile(":(\\d+)(?::\\d+)?$");

    /** Input errors of an evaluation (and the read errors), located in the scenario file. */
    List<InputError> relocate(List<InputError> errors) {
        List<InputError> out = new ArrayList<>();
        for (InputError e : errors) {
            out.add(e.location() == null ? e : e.at(origin(e.location())));
        }
        return out;
    }

    private String origin(String location) {
        if (!location.startsWith(syntheticSource)) {
            return location;
        }
        Matcher m = LINE.matcher(location);
        if (m.find()) {
            int line = Integer.parseInt(m.group(1));
            if (line >= 1 && line <= lineOrigins.size()) {
                return lineOrigins.get(line - 1);
            }
        }
        return location;
    }
}
