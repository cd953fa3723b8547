package org.servicestandards.rules.authoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** DRL texts for the authoring tests: a header, and files written to temporary directories. */
final class Drl {
    /** Five lines: the rule body starts on line 6. */
    static final String HEADER = String.join("\n",
            "package org.acme.rules",                       // 1
            "import org.servicestandards.model.*",          // 2
            "import org.servicestandards.facts.*",          // 3
            "import org.servicestandards.evaluation.*",     // 4
            "global Findings findings",                     // 5
            "");

    /** The package of the default rules, for replacements; the body starts on line 6. */
    static final String DEFAULT_PACKAGE_HEADER = HEADER.replace("package org.acme.rules", "package org.servicestandards.rules");

    private Drl() {}

    static String lines(String... lines) { return String.join("\n", lines) + "\n"; }

    static Path write(Path dir, String name, String text) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
