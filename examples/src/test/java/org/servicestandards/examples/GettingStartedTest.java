package org.servicestandards.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GettingStartedTest {
    private static final Path SOURCE = Path.of("src/main/java/org/servicestandards/examples/GettingStarted.java");
    private static final String BEGIN = "<!-- snippet: GettingStarted -->";
    private static final String END = "<!-- end snippet -->";

    @Test
    void main_printsTheVipBreachWithEvidence_andTheReport() {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            GettingStarted.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        String out = buffer.toString(StandardCharsets.UTF_8);

        assertThat(out).contains("response.email: Email I-1 from customer ada")
                .contains("2 h after its 4 business hours deadline (Mon 2 Mar 2026 13:00)")
                .contains("[interaction I-1, interaction I-2]")
                .contains("response.email: 1 of 2 met")
                .doesNotContain("Email I-3");
    }

    @Test
    void readme_quotesTheSnippetExactly() throws IOException {
        String snippet = snippet();
        String block = "```java\n" + snippet + "```";
        String paste = "\n" + BEGIN + "\n" + block + "\n" + END + "\n";
        Path readme = repositoryRoot().resolve("README.md");
        if (!Files.exists(readme)) {
            fail("README.md is missing at " + readme.toAbsolutePath().normalize()
                    + "; it must quote GettingStarted between the snippet markers. Paste this:\n" + paste);
        }
        String text = Files.readString(readme, StandardCharsets.UTF_8).replace("\r\n", "\n");
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        if (begin < 0 || end < begin) {
            fail("README.md has no '" + BEGIN + "' ... '" + END + "' markers around the getting-started snippet. "
                    + "Paste this:\n" + paste);
        }
        String quoted = text.substring(begin + BEGIN.length(), end).strip();
        if (!quoted.equals(block)) {
            fail("README.md's snippet differs from GettingStarted.java (between '// tag::snippet[]' and "
                    + "'// end::snippet[]'). Replace what is between the markers with:\n" + block
                    + "\n\n--- README.md has:\n" + quoted);
        }
    }

    /** The lines between the markers, with the common indentation removed, each ending in a newline. */
    static String snippet() throws IOException {
        List<String> lines = Files.readAllLines(SOURCE, StandardCharsets.UTF_8);
        List<String> inside = new ArrayList<>();
        boolean in = false;
        for (String line : lines) {
            if (line.strip().equals("// end::snippet[]")) {
                in = false;
            } else if (in) {
                inside.add(line);
            } else if (line.strip().equals("// tag::snippet[]")) {
                in = true;
            }
        }
        assertThat(inside).as("snippet markers in " + SOURCE).isNotEmpty();
        int indent = inside.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        StringBuilder sb = new StringBuilder();
        for (String l : inside) {
            sb.append(l.isBlank() ? "" : l.substring(indent)).append('\n');
        }
        return sb.toString();
    }

    /** The directory holding the parent pom (the tests run in examples/). */
    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.exists(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("examples")))) {
            dir = dir.getParent();
        }
        return dir == null ? Path.of("..").toAbsolutePath().normalize() : dir;
    }
}
