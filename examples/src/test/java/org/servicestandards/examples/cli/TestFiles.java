package org.servicestandards.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Test files: DRL and scenarios written to temporary directories. */
final class TestFiles {
    static final String HEADER = String.join("\n",
            "package org.acme.rules",                       // 1
            "import org.servicestandards.model.*",          // 2
            "import org.servicestandards.facts.*",          // 3
            "import org.servicestandards.evaluation.*",     // 4
            "global Findings findings",                     // 5
            "");

    /** A new standard with its own id: letters answered within 2 business days (needs the default judgement rules). */
    static final String LETTERS = HEADER + String.join("\n",
            "global Clocks clocks",
            "",
            "rule \"acme.letter: a letter waits for an answer\"",
            "    @standard(\"acme.letter\") @title(\"answer every letter within 2 business days\")",
            "    @target(\"2 business days\") @finding(\"MET BREACH AT_RISK\") @source(\"acme handbook\")",
            "when",
            "    $in : Interaction( channel == Channel.LETTER, inbound )",
            "then",
            "    insertLogical( clocks.forInteraction(\"acme.letter\", $in) );",
            "end",
            "",
            "rule \"acme.letter: the first reply answers it\"",
            "    @standard(\"acme.letter\") @finding(\"MET BREACH\") @source(\"acme handbook\")",
            "when",
            "    $d : Deadline( standardId == \"acme.letter\" )",
            "    $r : Reply( threadKey == $d.threadKey, at >= $d.start )",
            "    not Reply( threadKey == $d.threadKey, at >= $d.start, precedes($r) )",
            "then",
            "    insertLogical( clocks.complete($d, $r.interaction()) );",
            "end",
            "");

    private TestFiles() {}

    static Path write(Path dir, String name, String text) {
        try {
            Path file = dir.resolve(name);
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.file.Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
