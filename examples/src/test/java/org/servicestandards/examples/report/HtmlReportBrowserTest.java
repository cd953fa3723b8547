package org.servicestandards.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicestandards.ServiceStandards;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.evaluation.ComplianceReport;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.evaluation.FindingKind;
import org.servicestandards.io.servicenow.ServiceNowImport;
import org.servicestandards.io.servicenow.ServiceNowImporter;
import org.servicestandards.report.HtmlReport;
import org.servicestandards.report.ReportOptions;

/**
 * Opens the HTML report over the shipped ServiceNow sample in headless Chromium: the charts are laid
 * out and painted with the evaluation's figures. The page and its screenshot are kept in
 * {@code target/} ({@code report.html}, {@code report-screenshot.png}).
 *
 * <p>Chromium is {@code $CHROMIUM} when set, else Debian's {@code /usr/bin/chromium} or one on the
 * {@code PATH}. Without it the test is skipped, except on CI ({@code CI=true}), where it fails.
 */
class HtmlReportBrowserTest {
    static final Path SAMPLE = Path.of("data", "servicenow", "servicenow-incident-log-sample.csv");
    static final Path TARGET = Path.of("target");
    static final Path REPORT = TARGET.resolve("report.html");
    static final Path SCREENSHOT = TARGET.resolve("report-screenshot.png");

    /**
     * Appended to a copy of the report: after layout, writes each chart mark's rendered size onto it
     * as {@code data-rendered-*}, so that {@code --dump-dom} shows what the browser laid out. The
     * report itself has no script.
     */
    static final String PROBE = """
            <script>
            for (const el of document.querySelectorAll('svg rect.bar, svg rect.track, svg line.target')) {
              const r = el.getBoundingClientRect();
              el.setAttribute('data-rendered-width', r.width.toFixed(2));
              el.setAttribute('data-rendered-height', r.height.toFixed(2));
            }
            document.body.setAttribute('data-probed', 'yes');
            </script>
            """;

    static String chromium;
    static Evaluation evaluation;
    static ServiceNowImport imported;
    static String html;

    static final String HOW = "install it with `apt-get update && apt-get install -y chromium` (Debian/Ubuntu)";

    @BeforeAll
    static void renderTheSampleReport() throws IOException {
        chromium = findChromium();
        if (chromium == null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("Chromium is required on CI for the browser test of the HTML report: " + HOW);
            }
            return;
        }
        imported = ServiceNowImporter.create().read(SAMPLE);
        StandardsConfig config = ServiceNowImport.configure(StandardsConfig.defaults());
        evaluation = imported.withReadErrors(ServiceStandards.builder().config(config).build()
                .evaluate(imported.records(), imported.summary().lastEvent()));
        html = HtmlReport.render(evaluation, ReportOptions.builder()
                .title("ServiceNow incident log: service standards")
                .source("examples/" + SAMPLE.toString().replace('\\', '/') + " (" + imported.summary().incidents() + " incidents, "
                        + imported.summary().rows() + " events)")
                .attribution(imported.summary().attribution()).zone(config.calendar().zone()).build());
        Files.createDirectories(TARGET);
        Files.writeString(REPORT, html, StandardCharsets.UTF_8);
    }

    @BeforeEach
    void requireChromium() {
        Assumptions.assumeTrue(chromium != null, () -> "Chromium not found (looked for $CHROMIUM, /usr/bin/chromium,"
                + " chromium and chromium-browser on the PATH); " + HOW + " to run the browser test of the HTML report");
    }

    @Test
    void chartsAreLaidOut_withTheEvaluationsFigures() throws Exception {
        Path probed = TARGET.resolve("report-probed.html");
        Files.writeString(probed, html.replace("</body>", PROBE + "</body>"), StandardCharsets.UTF_8);

        String dom = run(List.of("--dump-dom", probed.toAbsolutePath().toUri().toString()));

        assertThat(dom).contains("data-probed=\"yes\"");
        // every compliance bar: the figure the evaluation computed, and a rendered length in proportion to it
        double track = Double.parseDouble(elements(dom, "rect", "track").get(0).get("data-rendered-width"));
        assertThat(track).isGreaterThan(100);
        List<Map<String, String>> bars = elements(dom, "rect", "bar compliance");
        List<ComplianceReport.Row> measured = evaluation.report().byStandard().stream().filter(r -> r.measured() > 0)
                .toList();
        assertThat(bars).extracting(b -> b.get("data-standard"))
                .containsExactlyElementsOf(measured.stream().map(ComplianceReport.Row::standardId).toList());
        for (int i = 0; i < bars.size(); i++) {
            Map<String, String> bar = bars.get(i);
            ComplianceReport.Row row = measured.get(i);
            double compliance = 100.0 * row.met() / row.measured();
            assertThat(Double.parseDouble(bar.get("data-compliance"))).isCloseTo(compliance, within(0.05));
            assertThat(bar.get("data-met")).isEqualTo(String.valueOf(row.met()));
            assertThat(bar.get("data-measured")).isEqualTo(String.valueOf(row.measured()));
            assertThat(Double.parseDouble(bar.get("data-rendered-width")) / track * 100)
                    .as("rendered length of the %s bar", row.standardId()).isCloseTo(compliance, within(0.5));
        }
        // the resolution standard over the sample: 618 of 890 incidents resolved within target
        assertThat(bars).anySatisfy(b -> {
            assertThat(b.get("data-standard")).isEqualTo("resolution.case");
            assertThat(b.get("data-compliance")).isEqualTo("69.4");
        });
        // breaches per day (the marks that name a standard; the histograms' do not) add up to the breaches
        List<Map<String, String>> perDay = elements(dom, "rect", "bar breach").stream()
                .filter(b -> b.containsKey("data-standard")).toList();
        assertThat(perDay.stream().mapToLong(b -> Long.parseLong(b.get("data-count"))).sum())
                .isEqualTo(evaluation.findings(FindingKind.BREACH).size());
        assertThat(perDay).allSatisfy(b -> assertThat(Double.parseDouble(b.get("data-rendered-height"))).isPositive());
        // escalations by level, and the histograms' bars and target lines are painted with a size
        long escalations = evaluation.findings(FindingKind.ESCALATION).size();
        assertThat(elements(dom, "rect", "bar escalation").stream().mapToLong(b -> Long.parseLong(b.get("data-count")))
                .sum()).isEqualTo(escalations);
        assertThat(elements(dom, "rect", "bar met")).isNotEmpty().allSatisfy(b ->
                assertThat(Double.parseDouble(b.get("data-rendered-height"))).isPositive());
        assertThat(elements(dom, "line", "target")).hasSizeGreaterThanOrEqualTo(4).allSatisfy(l ->
                assertThat(Double.parseDouble(l.get("data-rendered-height"))).isGreaterThan(100));
        assertThat(dom).contains("https://doi.org/10.24432/C57S4H").contains("Amaral");
    }

    @Test
    void aScreenshotShowsThePaintedCharts() throws Exception {
        Files.deleteIfExists(SCREENSHOT);

        run(List.of("--hide-scrollbars", "--window-size=1280,3800", "--screenshot=" + SCREENSHOT.toAbsolutePath(),
                REPORT.toAbsolutePath().toUri().toString()));

        assertThat(SCREENSHOT).exists();
        BufferedImage image = ImageIO.read(SCREENSHOT.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        // the histograms' green (met) and red (breached) bars are painted
        assertThat(pixels(image, 0x2e7d32)).as("green pixels").isGreaterThan(2_000);
        assertThat(pixels(image, 0xc62828)).as("red pixels").isGreaterThan(2_000);
    }

    // ---------------------------------------------------------------------------------------------

    /** The environment variable {@code CHROMIUM}, when set, else Debian's and the PATH's chromium. */
    static String findChromium() {
        String given = System.getenv("CHROMIUM");
        if (given != null && !given.isBlank()) {
            return Files.isExecutable(Path.of(given)) ? given : null;
        }
        List<String> candidates = new ArrayList<>(List.of("/usr/bin/chromium", "/usr/bin/chromium-browser"));
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                candidates.add(dir + "/chromium");
                candidates.add(dir + "/chromium-browser");
            }
        }
        return candidates.stream().filter(c -> Files.isExecutable(Path.of(c))).findFirst().orElse(null);
    }

    /** Runs headless Chromium with a throw-away profile and no network chatter; returns its standard output. */
    static String run(List<String> arguments) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("chromium-profile");
        Path stderr = Files.createTempFile("chromium", ".log");
        try {
            List<String> command = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile));
            command.addAll(arguments);
            Process p = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(90, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("chromium did not finish within 90 s: " + command);
            }
            if (p.exitValue() != 0) {
                fail("chromium exited with " + p.exitValue() + ": " + command + "\n" + Files.readString(stderr));
            }
            return new String(out, StandardCharsets.UTF_8);
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
            Files.deleteIfExists(stderr);
        }
    }

    /** The attributes of every {@code <tag class="cls" ...>} element of the dumped DOM. */
    static List<Map<String, String>> elements(String dom, String tag, String cls) {
        Matcher m = Pattern.compile("<" + tag + " class=\"" + Pattern.quote(cls) + "\"([^>]*)>").matcher(dom);
        Pattern attribute = Pattern.compile("([\\w-]+)=\"([^\"]*)\"");
        List<Map<String, String>> out = new ArrayList<>();
        while (m.find()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            Matcher a = attribute.matcher(m.group(1));
            while (a.find()) {
                attributes.put(a.group(1), a.group(2));
            }
            out.add(attributes);
        }
        return out;
    }

    static long pixels(BufferedImage image, int rgb) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }
}
