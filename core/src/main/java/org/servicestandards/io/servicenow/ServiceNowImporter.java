package org.servicestandards.io.servicenow;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.servicestandards.io.DocumentFormatException;
import org.servicestandards.model.Agent;
import org.servicestandards.model.Assignment;
import org.servicestandards.model.CaseStatus;
import org.servicestandards.model.Channel;
import org.servicestandards.model.Customer;
import org.servicestandards.model.Dataset;
import org.servicestandards.model.Direction;
import org.servicestandards.model.InputError;
import org.servicestandards.model.Interaction;
import org.servicestandards.model.InvalidRecordException;
import org.servicestandards.model.Severity;
import org.servicestandards.model.StatusChange;
import org.servicestandards.model.SupportCase;

/**
 * Reads a ServiceNow incident event log (one audit event per row, the form of the UCI "Incident
 * management process enriched event log") into the model: one {@link SupportCase} per incident
 * ({@code number}) with its status history and assignment history, its caller as a
 * {@link Customer}, its assignees as {@link Agent}s, and the contact that opened it as an inbound
 * {@link Interaction}. The mapping is described in {@code docs/servicenow.md}.
 *
 * <p>The file is streamed line by line. Rows are grouped by {@code number}; an incident is complete
 * when the reader has seen rows of {@link ServiceNowOptions#window()} other incidents since its last
 * row (or at the end of the file), so memory is bounded by the window, not by the file. A sorted log
 * (as exported, and as the sample is) is always grouped correctly; rows of one incident further
 * apart than the window become a second incident with the same number, which
 * {@link #read(Reader, String)} reports as an input error and drops.
 *
 * <p>A row that cannot be read (a wrong number of columns, {@code ?} in a required column, a
 * timestamp, count or boolean that does not parse, an unknown state, contact type or priority) is
 * rejected with an {@link InputError} naming its row (the line of the file, the header being row 1)
 * and column; every other row is imported. A header without a required column stops the read with
 * a {@link DocumentFormatException}.
 *
 * <p>Stateless and thread-safe; readers given to it are not closed.
 */
public final class ServiceNowImporter {
    static final String NUMBER = "number";
    static final String STATE = "incident_state";
    static final String ACTIVE = "active";
    static final String REASSIGNMENTS = "reassignment_count";
    static final String REOPENS = "reopen_count";
    static final String MADE_SLA = "made_sla";
    static final String CALLER = "caller_id";
    static final String OPENED_AT = "opened_at";
    static final String UPDATED_AT = "sys_updated_at";
    static final String CONTACT_TYPE = "contact_type";
    static final String CATEGORY = "category";
    static final String SUBCATEGORY = "subcategory";
    static final String SYMPTOM = "u_symptom";
    static final String CMDB_CI = "cmdb_ci";
    static final String PRIORITY = "priority";
    static final String GROUP = "assignment_group";
    static final String ASSIGNED_TO = "assigned_to";

    /** Columns a row cannot do without. */
    static final List<String> REQUIRED = List.of(NUMBER, STATE, CALLER, OPENED_AT, UPDATED_AT);

    /** The columns of the UCI event log, in its order. */
    static final List<String> UCI_COLUMNS = List.of("number", "incident_state", "active", "reassignment_count",
            "reopen_count", "sys_mod_count", "made_sla", "caller_id", "opened_by", "opened_at", "sys_created_by",
            "sys_created_at", "sys_updated_by", "sys_updated_at", "contact_type", "location", "category",
            "subcategory", "u_symptom", "cmdb_ci", "impact", "urgency", "priority", "assignment_group", "assigned_to",
            "knowledge", "u_priority_confirmation", "notify", "problem_id", "rfc", "vendor", "caused_by",
            "closed_code", "resolved_by", "resolved_at", "closed_at");

    private static final Pattern UCI_CALLER = Pattern.compile("Caller \\d+");

    private final ServiceNowOptions options;

    private ServiceNowImporter(ServiceNowOptions options) {
        this.options = options;
    }

    /** An importer with {@link ServiceNowOptions#defaults()}. */
    public static ServiceNowImporter create() { return new ServiceNowImporter(ServiceNowOptions.defaults()); }

    public static ServiceNowImporter create(ServiceNowOptions options) {
        return new ServiceNowImporter(Objects.requireNonNull(options, "options"));
    }

    public ServiceNowOptions options() { return options; }

    /**
     * Reads a whole log file (UTF-8) into one dataset; errors are located by the path as given.
     *
     * @throws DocumentFormatException if the header lacks a required column or the file is empty
     * @throws IOException             if the file cannot be read
     */
    public ServiceNowImport read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        }
    }

    /**
     * Reads a whole log into one dataset: customers and agents once each (an agent's team is the
     * first one seen), every incident's case and opening contact. An incident whose rows were too
     * far apart to be put together (see the class comment) is reported and its later part dropped.
     *
     * @throws DocumentFormatException if the header lacks a required column or the log is empty
     * @throws IOException             if the reader fails
     */
    public ServiceNowImport read(Reader in, String sourceName) throws IOException {
        Collector collector = new Collector();
        ServiceNowSummary summary = read(in, sourceName, collector);
        return collector.result(summary);
    }

    /**
     * Streams a log: hands every {@link ServiceNowOptions#batchSize()} complete incidents to
     * {@code perBatch} as they are read, and the rest at the end. Memory is bounded by the window
     * and the batch size, whatever the length of the log (apart from what {@code perBatch} keeps).
     *
     * @param in         the log, with a header row; not closed
     * @param sourceName the file name used in error locations
     * @param perBatch   receives each batch, in file order, on the calling thread
     * @return what the read saw
     * @throws DocumentFormatException if the header lacks a required column or the log is empty
     * @throws IOException             if the reader fails
     */
    public ServiceNowSummary read(Reader in, String sourceName, Consumer<ServiceNowBatch> perBatch) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(perBatch, "perBatch");
        BufferedReader buffered = in instanceof BufferedReader b ? b : new BufferedReader(in, 1 << 16);
        return new Run(options, sourceName, new CsvReader(buffered), perBatch).run();
    }

    // ---------------------------------------------------------------------------------------------

    /** One accepted row: only the columns the import uses. */
    record Event(int row, String number, String state, CaseStatus status, Integer reassignments, Integer reopens,
                 Boolean madeSla, String caller, Instant openedAt, Instant updatedAt, String contactType,
                 Channel channel, String category, String subcategory, String symptom, String cmdbCi,
                 String priority, Severity severity, String group, String assignee) {}

    /** A row that was rejected: which column and why. */
    private static final class Rejected extends Exception {
        private static final long serialVersionUID = 1L;
        final String column;

        Rejected(String column, String problem) {
            super(problem, null, false, false);
            this.column = column;
        }
    }

    /** One read of a log. Not thread-safe. */
    private static final class Run {
        private final ServiceNowOptions options;
        private final String source;
        private final CsvReader csv;
        private final Consumer<ServiceNowBatch> perBatch;
        private final Map<String, Integer> columns = new HashMap<>();
        private int width;
        private boolean uciColumns;
        private boolean uciCallers = true;
        /** Open incidents in least-recently-seen order. */
        private final LinkedHashMap<String, List<Event>> open = new LinkedHashMap<>(16, 0.75f, true);
        private Batch batch = new Batch();
        private int rows;
        private int rejected;
        private int incidents;
        private int batches;
        private Instant firstOpened;
        private Instant lastEvent;
        private int lastForm;
        private String lastOpenedText;
        private Instant lastOpened;

        Run(ServiceNowOptions options, String source, CsvReader csv, Consumer<ServiceNowBatch> perBatch) {
            this.options = options;
            this.source = source;
            this.csv = csv;
            this.perBatch = perBatch;
        }

        ServiceNowSummary run() throws IOException {
            header();
            CsvReader.Row r;
            while ((r = csv.next()) != null) {
                rows++;
                Event e = parse(r);
                if (e == null) {
                    rejected++;
                    continue;
                }
                if (lastEvent == null || e.updatedAt().isAfter(lastEvent)) {
                    lastEvent = e.updatedAt();
                }
                if (uciCallers && !UCI_CALLER.matcher(e.caller()).matches()) {
                    uciCallers = false;
                }
                List<Event> events = open.get(e.number());
                if (events == null) {
                    events = new ArrayList<>();
                    open.put(e.number(), events);
                }
                events.add(e);
                if (open.size() > options.window()) {
                    Iterator<List<Event>> eldest = open.values().iterator();
                    List<Event> done = eldest.next();
                    eldest.remove();
                    finish(done);
                }
            }
            // The rest in the order the incidents began in the file.
            List<List<Event>> rest = new ArrayList<>(open.values());
            open.clear();
            rest.sort(Comparator.comparingInt(events -> events.get(0).row()));
            for (List<Event> done : rest) {
                finish(done);
            }
            if (!batch.isEmpty()) {
                deliver();
            }
            return new ServiceNowSummary(source, rows, rejected, incidents, batches, firstOpened, lastEvent,
                    uciColumns && uciCallers && incidents > 0);
        }

        private void header() throws IOException {
            CsvReader.Row h = csv.next();
            if (h == null) {
                throw new DocumentFormatException(source, 0, 0, "is empty: expected a header row naming the columns,"
                        + " at least " + String.join(", ", REQUIRED));
            }
            List<String> names = new ArrayList<>();
            for (int i = 0; i < h.fields().size(); i++) {
                String name = h.fields().get(i).strip().toLowerCase(Locale.ROOT);
                names.add(name);
                columns.putIfAbsent(name, i);
            }
            width = h.fields().size();
            List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new DocumentFormatException(source, h.line(), 0, "the header lacks the column"
                        + (missing.size() == 1 ? " '" : "s '") + String.join("', '", missing) + "'; a ServiceNow"
                        + " incident log needs " + String.join(", ", REQUIRED));
            }
            uciColumns = names.equals(UCI_COLUMNS);
        }

        // -- rows -------------------------------------------------------------------------------

        private Event parse(CsvReader.Row r) {
            List<String> f = r.fields();
            int numberAt = columns.get(NUMBER);
            String number = f.size() > numberAt ? missingAsNull(f.get(numberAt)) : null;
            if (r.problem() != null) {
                reject(r.line(), number, "row", 0, r.problem());
                return null;
            }
            if (f.size() != width) {
                reject(r.line(), number, "row", 0, "has " + f.size() + " columns, the header has " + width);
                return null;
            }
            String column = NUMBER;
            try {
                number = required(f, NUMBER);
                String state = required(f, column = STATE);
                CaseStatus status = options.status(state);
                if (status == null) {
                    throw new Rejected(STATE, "is '" + state + "', not a known state (" + known(options.states())
                            + "); map it with ServiceNowOptions.Builder.state");
                }
                String caller = required(f, column = CALLER);
                Instant openedAt = instant(f, column = OPENED_AT, required(f, OPENED_AT));
                Instant updatedAt = instant(f, column = UPDATED_AT, required(f, UPDATED_AT));
                Integer reassignments = count(f, column = REASSIGNMENTS);
                Integer reopens = count(f, column = REOPENS);
                Boolean madeSla = bool(f, column = MADE_SLA);
                bool(f, column = ACTIVE);
                String contactType = optional(f, column = CONTACT_TYPE);
                Channel channel = null;
                if (contactType != null) {
                    channel = options.channel(contactType);
                    if (channel == null) {
                        throw new Rejected(CONTACT_TYPE, "is '" + contactType + "', not a known contact type ("
                                + known(options.contactTypes()) + "); map it with ServiceNowOptions.Builder.channel");
                    }
                }
                String priority = optional(f, column = PRIORITY);
                Severity severity = null;
                if (priority != null) {
                    severity = options.severity(priority);
                    if (severity == null) {
                        throw new Rejected(PRIORITY, "is '" + priority + "', not a known priority ("
                                + known(options.priorities()) + "); map it with ServiceNowOptions.Builder.priority");
                    }
                }
                return new Event(r.line(), number, state, status, reassignments, reopens, madeSla, caller, openedAt,
                        updatedAt, contactType, channel, optional(f, CATEGORY), optional(f, SUBCATEGORY),
                        optional(f, SYMPTOM), optional(f, CMDB_CI), priority, severity, optional(f, GROUP),
                        optional(f, ASSIGNED_TO));
            } catch (Rejected e) {
                reject(r.line(), number, e.column, columns.getOrDefault(e.column, -1) + 1,
                        "column '" + e.column + "' " + e.getMessage());
                return null;
            }
        }

        private void reject(int row, String number, String field, int columnNumber, String problem) {
            String message = (number == null ? "row " + row : "incident " + number + ", row " + row) + ": " + problem;
            batch.errors.add(new InputError("incident", number, field, message,
                    source + ":" + row + (columnNumber > 0 ? ":" + columnNumber : "")));
        }

        private String optional(List<String> f, String column) {
            Integer i = columns.get(column);
            return i == null ? null : missingAsNull(f.get(i));
        }

        private String required(List<String> f, String column) throws Rejected {
            String v = optional(f, column);
            if (v == null) {
                throw new Rejected(column, "is missing ('?'), and every row needs it");
            }
            return v;
        }

        private Instant instant(List<String> f, String column, String text) throws Rejected {
            // Every row of an incident repeats its opened_at: remember the last one read.
            boolean opened = OPENED_AT.equals(column);
            if (opened && text.equals(lastOpenedText)) {
                return lastOpened;
            }
            Instant t = parseInstant(column, text);
            if (opened) {
                lastOpenedText = text;
                lastOpened = t;
            }
            return t;
        }

        private Instant parseInstant(String column, String text) throws Rejected {
            // The form that worked last is tried first: a log keeps to one form, and a failed parse is costly.
            List<DateTimeFormatter> forms = options.formatters();
            for (int k = 0; k < forms.size(); k++) {
                int i = (lastForm + k) % forms.size();
                try {
                    Instant t = LocalDateTime.parse(text.strip(), forms.get(i)).atZone(options.zone()).toInstant();
                    lastForm = i;
                    return t;
                } catch (DateTimeException e) {
                    // try the next form
                }
            }
            throw new Rejected(column, "is '" + text + "', not a timestamp of the form " + options.timestampForms());
        }

        private Integer count(List<String> f, String column) throws Rejected {
            String v = optional(f, column);
            if (v == null) {
                return null;
            }
            try {
                int n = Integer.parseInt(v.strip());
                if (n >= 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // below
            }
            throw new Rejected(column, "is '" + v + "', not a whole number >= 0");
        }

        private Boolean bool(List<String> f, String column) throws Rejected {
            String v = optional(f, column);
            if (v == null) {
                return null;
            }
            String s = v.strip();
            if (s.equalsIgnoreCase("true")) {
                return Boolean.TRUE;
            }
            if (s.equalsIgnoreCase("false")) {
                return Boolean.FALSE;
            }
            throw new Rejected(column, "is '" + v + "', not true or false");
        }

        // -- incidents --------------------------------------------------------------------------

        private void finish(List<Event> events) {
            Built built = build(events, options);
            if (built.error != null) {
                batch.errors.add(built.error);
                return;
            }
            incidents++;
            if (firstOpened == null || built.supportCase.openedAt().isBefore(firstOpened)) {
                firstOpened = built.supportCase.openedAt();
            }
            batch.add(built);
            if (batch.cases.size() >= options.batchSize()) {
                deliver();
            }
        }

        private void deliver() {
            batches++;
            ServiceNowBatch out = batch.toBatch();
            batch = new Batch();
            perBatch.accept(out);
        }

        private static String known(Set<String> labels) {
            return String.join(", ", new TreeSet<>(labels));
        }
    }

    private static String missingAsNull(String value) {
        if (value == null) {
            return null;
        }
        String s = value.strip();
        return s.isEmpty() || s.equals("?") ? null : value;
    }

    // -- building an incident's records ---------------------------------------------------------

    /** The records of one incident, or why it could not be built. */
    record Built(Customer customer, List<Agent> agents, SupportCase supportCase, Interaction opening,
                 IncidentInfo info, InputError error) {}

    static Built build(List<Event> inFileOrder, ServiceNowOptions options) {
        // File order is the log's event order (sys_mod_count order in the UCI export); a few events are
        // stamped earlier than the one before them, so sorting by sys_updated_at would invent changes.
        List<Event> events = inFileOrder;
        Event first = events.get(0);
        Event last = events.get(events.size() - 1);
        String number = first.number();
        Instant openedAt = first.openedAt();
        try {
            SupportCase c = new SupportCase(number, first.caller(), openedAt, subject(events), lastKnown(events,
                    Event::cmdbCi), lastKnown(events, Event::assignee), history(events, openedAt),
                    severity(events), assignments(events, openedAt));
            Interaction opening = first.channel() == null ? null
                    : Interaction.of(number + ":opened", first.caller(), number, first.channel(), Direction.INBOUND,
                            openedAt);
            Event prioritised = lastWith(events, Event::priority);
            IncidentInfo info = new IncidentInfo(number, first.row(), events.size(),
                    prioritised == null ? null : prioritised.priority(), c.severity(), last.state(), last.madeSla(),
                    last.reassignments(), last.reopens(), first.contactType());
            return new Built(Customer.of(first.caller()), agents(events), c, opening, info, null);
        } catch (InvalidRecordException e) {
            return new Built(null, null, null, null, null, new InputError("incident", number, e.field(),
                    "incident " + number + ", rows from " + first.row() + ": " + e.getMessage(), null));
        }
    }

    /**
     * The status history, events in file order: a change wherever the mapped status differs from the
     * one in force, at the event's {@code sys_updated_at}, moved forward to the opening or to the
     * previous change when it is stamped before them (so the changes keep the log's order). A row
     * whose {@code reopen_count} went up while the case was and still is resolved or closed was
     * reopened and finished again between two audit events: an {@code OPEN} change is put in at that
     * row, so the reopening is not lost.
     */
    static List<StatusChange> history(List<Event> events, Instant openedAt) {
        List<StatusChange> history = new ArrayList<>();
        CaseStatus current = CaseStatus.OPEN;
        Integer reopens = events.get(0).reopens();
        Instant floor = openedAt;
        for (Event e : events) {
            Instant at = e.updatedAt().isBefore(floor) ? floor : e.updatedAt();
            boolean reopened = e.reopens() != null && reopens != null && e.reopens() > reopens;
            if (reopened && current.isFinished() && e.status().isFinished()) {
                history.add(StatusChange.of(at, CaseStatus.OPEN));
                current = CaseStatus.OPEN;
            }
            if (e.reopens() != null && (reopens == null || e.reopens() > reopens)) {
                reopens = e.reopens();
            }
            if (e.status() != current) {
                history.add(StatusChange.of(at, e.status()));
                current = e.status();
            }
            if (!history.isEmpty()) {
                floor = history.get(history.size() - 1).at();
            }
        }
        return history;
    }

    /**
     * The assignment history: the first group and agent known before any reassignment, at the
     * opening; then one entry per increment of {@code reassignment_count}, at the row that shows it
     * (moved forward as for the status history), with that row's group and agent (an increment by
     * more than one adds entries of unknown teams).
     */
    static List<Assignment> assignments(List<Event> events, Instant openedAt) {
        List<Assignment> later = new ArrayList<>();
        String team = null;
        String agent = null;
        Integer count = events.get(0).reassignments();
        int before = count == null ? 0 : count;
        for (int i = 0; i < before; i++) {
            later.add(new Assignment(openedAt, null, null));
        }
        count = before;
        Instant floor = openedAt;
        for (Event e : events) {
            Instant at = e.updatedAt().isBefore(floor) ? floor : e.updatedAt();
            if (e.reassignments() != null && e.reassignments() > count) {
                floor = at;
                for (int i = count + 1; i < e.reassignments(); i++) {
                    later.add(new Assignment(at, null, null));
                }
                later.add(new Assignment(at, e.group(), e.assignee()));
                count = e.reassignments();
            } else if (later.isEmpty()) {
                team = team == null ? e.group() : team;
                agent = agent == null ? e.assignee() : agent;
            }
        }
        if (later.isEmpty() && team == null && agent == null) {
            return List.of();
        }
        List<Assignment> all = new ArrayList<>();
        all.add(new Assignment(openedAt, team, agent));
        all.addAll(later);
        return all;
    }

    /** One agent per assignee, with the first group seen with them. */
    static List<Agent> agents(List<Event> events) {
        Map<String, String> teams = new LinkedHashMap<>();
        for (Event e : events) {
            if (e.assignee() != null && (teams.get(e.assignee()) == null)) {
                teams.put(e.assignee(), e.group());
            }
        }
        List<Agent> out = new ArrayList<>();
        teams.forEach((id, team) -> out.add(Agent.of(id, team)));
        return out;
    }

    private static Severity severity(List<Event> events) {
        Event e = lastWith(events, Event::priority);
        return e == null ? null : e.severity();
    }

    private static String subject(List<Event> events) {
        for (int i = events.size() - 1; i >= 0; i--) {
            Event e = events.get(i);
            List<String> parts = new ArrayList<>();
            for (String p : new String[] {e.category(), e.subcategory(), e.symptom()}) {
                if (p != null) {
                    parts.add(p);
                }
            }
            if (!parts.isEmpty()) {
                return String.join(" / ", parts);
            }
        }
        return null;
    }

    private static String lastKnown(List<Event> events, java.util.function.Function<Event, String> value) {
        Event e = lastWith(events, value);
        return e == null ? null : value.apply(e);
    }

    private static Event lastWith(List<Event> events, java.util.function.Function<Event, String> value) {
        for (int i = events.size() - 1; i >= 0; i--) {
            if (value.apply(events.get(i)) != null) {
                return events.get(i);
            }
        }
        return null;
    }

    // -- batches --------------------------------------------------------------------------------

    /** Records of complete incidents waiting to be delivered. */
    private static final class Batch {
        final Map<String, Customer> customers = new LinkedHashMap<>();
        final Map<String, Agent> agents = new LinkedHashMap<>();
        final List<SupportCase> cases = new ArrayList<>();
        final List<Interaction> interactions = new ArrayList<>();
        final List<IncidentInfo> infos = new ArrayList<>();
        final List<InputError> errors = new ArrayList<>();

        void add(Built b) {
            customers.putIfAbsent(b.customer.id(), b.customer);
            b.agents.forEach(a -> agents.putIfAbsent(a.id(), a));
            cases.add(b.supportCase);
            if (b.opening != null) {
                interactions.add(b.opening);
            }
            infos.add(b.info);
        }

        boolean isEmpty() { return cases.isEmpty() && errors.isEmpty(); }

        ServiceNowBatch toBatch() {
            Dataset records = Dataset.builder().customers(customers.values()).agents(agents.values()).cases(cases)
                    .interactions(interactions).build();
            return new ServiceNowBatch(records, errors, infos);
        }
    }

    /** Gathers batches into one dataset: customers and agents once, an incident number once. */
    private static final class Collector implements Consumer<ServiceNowBatch> {
        private final Map<String, Customer> customers = new LinkedHashMap<>();
        private final Map<String, Agent> agents = new LinkedHashMap<>();
        private final List<SupportCase> cases = new ArrayList<>();
        private final List<Interaction> interactions = new ArrayList<>();
        private final List<IncidentInfo> infos = new ArrayList<>();
        private final List<InputError> errors = new ArrayList<>();
        private final Map<String, IncidentInfo> seen = new HashMap<>();

        @Override
        public void accept(ServiceNowBatch b) {
            errors.addAll(b.errors());
            b.records().customers().forEach(c -> customers.putIfAbsent(c.id(), c));
            b.records().agents().forEach(a -> agents.putIfAbsent(a.id(), a));
            Set<String> dropped = new HashSet<>();
            for (int i = 0; i < b.records().cases().size(); i++) {
                SupportCase c = b.records().cases().get(i);
                IncidentInfo info = b.incidents().get(i);
                IncidentInfo earlier = seen.putIfAbsent(c.id(), info);
                if (earlier != null) {
                    dropped.add(c.id());
                    errors.add(new InputError("incident", c.id(), NUMBER, "incident " + c.id() + ", row "
                            + info.firstRow() + ": its rows from here on are too far from its earlier rows (from row "
                            + earlier.firstRow() + ") to be put together and are dropped; sort the log by number or"
                            + " raise ServiceNowOptions.Builder.window", null));
                    continue;
                }
                cases.add(c);
                infos.add(info);
            }
            for (Interaction i : b.records().interactions()) {
                if (!dropped.contains(i.caseId())) {
                    interactions.add(i);
                }
            }
        }

        ServiceNowImport result(ServiceNowSummary summary) {
            Dataset records = Dataset.builder().customers(customers.values()).agents(agents.values()).cases(cases)
                    .interactions(interactions).build();
            int duplicates = summary.incidents() - cases.size();
            ServiceNowSummary s = duplicates == 0 ? summary : new ServiceNowSummary(summary.source(), summary.rows(),
                    summary.rowsRejected(), cases.size(), summary.batches(), summary.firstOpened(), summary.lastEvent(),
                    summary.uciEventLog());
            return new ServiceNowImport(records, errors, infos, s);
        }
    }
}
