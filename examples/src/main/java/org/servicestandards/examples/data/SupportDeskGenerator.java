package org.servicestandards.examples.data;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.servicestandards.calendar.BusinessCalendar;
import org.servicestandards.io.CalendarSpec;
import org.servicestandards.io.DocumentWriter;
import org.servicestandards.model.Channel;
import org.servicestandards.model.Commitment;
import org.servicestandards.model.Dataset;
import org.servicestandards.model.Direction;
import org.servicestandards.model.Interaction;
import org.servicestandards.model.Order;
import org.servicestandards.model.OrderLine;

/**
 * Generates the bundled data set: a month (April 2026) of a small support desk in London, as a
 * document the command-line report reads. About sixty customers (tiers, internal departments, VIPs
 * with a high lifetime value, the products they hold), eight agents in two teams, cases with their
 * status histories (waiting-on-customer pauses, reopenings), a few thousand interactions over every
 * channel, orders, complaints of every category, commitments, agent absences, account anomalies,
 * and a few deliberately bad records so the report has rejected records to show: four that the
 * evaluator rejects (see {@link #withBadRecords}) and three that the reader cannot read (see
 * {@link #write}).
 *
 * <p>Deterministic: the same seed gives byte-identical output. The default seed's output is
 * committed as {@code examples/data/support-desk-2026-04.json}; a test keeps them equal.
 *
 * <pre>
 * java -cp service-standards.jar org.servicestandards.examples.data.SupportDeskGenerator \
 *     [--seed N] [OUTPUT]   (default: examples/data/support-desk-2026-04.json)
 * </pre>
 */
public final class SupportDeskGenerator {
    /** The seed of the bundled file. */
    public static final long DEFAULT_SEED = 20260430L;
    /** Where the bundled file lives, relative to the repository root. */
    public static final Path DEFAULT_OUTPUT = Path.of("examples", "data", "support-desk-2026-04.json");
    /** The desk's zone. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");
    /** The instant the document describes: the last working day of April 2026 at closing time. */
    public static final Instant AS_OF = OffsetDateTime.parse("2026-04-30T17:00:00+01:00").toInstant();

    private SupportDeskGenerator() {}

    /** The records, the calendar and the as-of instant of one generated month. */
    public record Generated(Dataset records, CalendarSpec calendar, Instant asOf) {}

    /**
     * Monday to Friday 09:00-17:00 (no lunch break) in Europe/London, with the public holidays of
     * England: in April 2026, Good Friday (3 April) and Easter Monday (6 April).
     */
    public static CalendarSpec calendarSpec() {
        Map<DayOfWeek, List<String>> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            hours.put(d, List.of("09:00-17:00"));
        }
        return new CalendarSpec(ZONE.getId(), hours, List.of(), List.of(), "GB", List.of("eng"));
    }

    /** The same calendar as {@link #calendarSpec()}, built directly. */
    static BusinessCalendar calendar() {
        return BusinessCalendar.builder(ZONE).weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0))
                .publicHolidays("GB", "eng").build();
    }

    /** Generates the month for {@code seed}, the deliberately bad records included. */
    public static Generated generate(long seed) {
        Dataset month = new Desk(seed, calendar(), AS_OF).run();
        return new Generated(withBadRecords(month), calendarSpec(), AS_OF);
    }

    /**
     * Writes the document for {@code seed}: the generated records, then, at the end of the
     * {@code interactions} section, three records no reader can accept (they cannot even be built
     * as model records): a call answered after -2 rings, a fax, and an instant without an offset.
     */
    public static void write(long seed, Writer out) throws IOException {
        write(generate(seed), out);
    }

    /** Writes a generated month as a document, with the unreadable records described at {@link #write(long, Writer)}. */
    public static void write(Generated g, Writer out) throws IOException {
        StringWriter text = new StringWriter();
        DocumentWriter.write(g.records(), g.calendar(), g.asOf(), text);
        out.write(withUnreadableRecords(text.toString(), g.records()));
        out.flush();
    }

    private static final String END_OF_INTERACTIONS = "\n    }\n  ],\n  \"complaints\"";

    static String withUnreadableRecords(String document, Dataset records) {
        int end = document.indexOf(END_OF_INTERACTIONS);
        if (end < 0) {
            throw new IllegalStateException("the document writer's layout changed: no end of the interactions section");
        }
        end += "\n    }".length();
        Interaction call = records.interactions().stream()
                .filter(i -> i.channel() == Channel.PHONE && i.isInbound() && i.caseId() == null && !i.isUnansweredCall())
                .reduce((a, b) -> b).orElseThrow();
        int next = records.interactions().size() + 1;
        String at = call.at().plus(Duration.ofMinutes(23)).toString();
        String bad = ",\n"
                + "    {\n"
                + "      \"id\": \"" + String.format("I-%05d", next) + "\",\n"
                + "      \"customerId\": \"" + call.customerId() + "\",\n"
                + "      \"channel\": \"phone\",\n"
                + "      \"direction\": \"inbound\",\n"
                + "      \"at\": \"" + at + "\",\n"
                + "      \"agentId\": \"" + call.agentId() + "\",\n"
                + "      \"rings\": -2\n"
                + "    },\n"
                + "    {\n"
                + "      \"id\": \"" + String.format("I-%05d", next + 1) + "\",\n"
                + "      \"customerId\": \"" + call.customerId() + "\",\n"
                + "      \"channel\": \"fax\",\n"
                + "      \"direction\": \"inbound\",\n"
                + "      \"at\": \"" + at + "\",\n"
                + "      \"text\": \"Please see the attached order form.\"\n"
                + "    },\n"
                + "    {\n"
                + "      \"id\": \"" + String.format("I-%05d", next + 2) + "\",\n"
                + "      \"customerId\": \"" + call.customerId() + "\",\n"
                + "      \"channel\": \"email\",\n"
                + "      \"direction\": \"inbound\",\n"
                + "      \"at\": \"2026-04-20T10:15:00\",\n"
                + "      \"text\": \"Sent from a system that forgot its time zone.\"\n"
                + "    }";
        return document.substring(0, end) + bad + document.substring(end);
    }

    /** The document for {@code seed} as text. */
    public static String document(long seed) throws IOException {
        return document(generate(seed));
    }

    /** A generated month as document text. */
    public static String document(Generated generated) throws IOException {
        StringWriter out = new StringWriter();
        write(generated, out);
        return out.toString();
    }

    /**
     * Records the evaluator must reject (and name) while evaluating everything else: a reply dated
     * before the message it answers, an interaction on a case that does not exist, an order of an
     * unknown customer, a commitment made in a call that was never recorded.
     */
    static Dataset withBadRecords(Dataset month) {
        Dataset.Builder b = month.toBuilder();
        int nextInteraction = month.interactions().size() + 1;
        Interaction original = month.interactions().stream()
                .filter(i -> i.isInbound() && i.channel() == Channel.EMAIL && i.caseId() != null)
                .reduce((first, second) -> second).orElseThrow();
        b.add(new Interaction(String.format("I-%05d", nextInteraction++), original.customerId(), original.caseId(),
                Channel.EMAIL, Direction.OUTBOUND, original.at().minus(Duration.ofHours(3)), "ben", null, null, false,
                false, null, "Thanks for your email, we are looking into it.", original.id(), null, List.of()));
        Interaction any = month.interactions().get(month.interactions().size() / 2);
        b.add(new Interaction(String.format("I-%05d", nextInteraction), any.customerId(), "CASE-9999", Channel.WEB,
                Direction.INBOUND, any.at().plus(Duration.ofMinutes(7)), null, null, null, false, false, null,
                "Following up on my earlier request.", null, null, List.of()));
        Order order = month.orders().get(month.orders().size() / 3);
        b.add(new Order(String.format("ORD-%04d", month.orders().size() + 1), "C-999", null,
                order.receivedAt().plus(Duration.ofMinutes(11)), null, null, null, null,
                List.of(OrderLine.of("RX-200", 1)), null, null, new BigDecimal("129")));
        Commitment promise = month.commitments().get(month.commitments().size() / 2);
        b.add(new Commitment(String.format("COM-%03d", month.commitments().size() + 1), promise.customerId(),
                promise.caseId(), promise.ownerId(), promise.madeAt(), promise.dueAt().plus(Duration.ofHours(1)),
                "I will email you the quote.", Channel.EMAIL, "I-99999", List.of(), null));
        return b.build();
    }

    /**
     * {@code [--seed N] [OUTPUT]}: writes the document (default seed {@value #DEFAULT_SEED}, default
     * output {@code examples/data/support-desk-2026-04.json}).
     */
    public static void main(String[] args) throws IOException {
        long seed = DEFAULT_SEED;
        Path output = DEFAULT_OUTPUT;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seed" -> {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("--seed needs a number");
                    }
                    seed = Long.parseLong(args[++i]);
                }
                case "-h", "--help" -> {
                    System.out.println("usage: SupportDeskGenerator [--seed N] [OUTPUT]  (default seed " + DEFAULT_SEED
                            + ", default output " + DEFAULT_OUTPUT + ")");
                    return;
                }
                default -> output = Path.of(args[i]);
            }
        }
        if (output.getParent() != null) {
            Files.createDirectories(output.getParent());
        }
        try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            write(seed, out);
        }
        System.out.println("wrote " + output + " (seed " + seed + ")");
    }
}
