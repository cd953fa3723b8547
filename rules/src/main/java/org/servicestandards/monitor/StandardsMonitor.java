package org.servicestandards.monitor;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import org.servicestandards.ServiceStandards;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.facts.Completion;
import org.servicestandards.facts.Deadline;
import org.servicestandards.model.Agent;
import org.servicestandards.model.Dataset;
import org.servicestandards.model.DatasetValidator;
import org.servicestandards.model.Flag;
import org.servicestandards.model.InputError;
import org.servicestandards.rules.internal.DroolsEvaluator;

/**
 * Evaluates the standards continuously: fed record by record (insert, update, retract by id) and
 * moved along by a clock, it tells its listeners about findings as they arise: an outcome as soon as
 * a record gives it, {@code AT_RISK} when a threshold passes, {@code BREACH} when a deadline passes,
 * {@code OBLIGATION} when something falls due. It answers what is due next, per case and per agent,
 * for a CRM's timers.
 *
 * <h2>How: the batch engine, one customer at a time</h2>
 * The monitor keeps each customer's records apart (as the batch evaluator partitions them). When a
 * record changes, it evaluates that customer's records again, with the same code and the same rule
 * base as a batch evaluation, at the monitor's instant, and compares the findings with the previous
 * ones: new ones are reported, vanished ones withdrawn. After each evaluation it computes the
 * customer's <em>wake-up</em>: the next instant at which time alone could change the findings (the
 * earliest at-risk, due or other instant that its records and derived facts hold, see
 * {@code WakeUps}); advancing the clock re-evaluates exactly the customers whose wake-up has come, at
 * that instant, in order. Hence the invariant, by construction: <b>at any instant, the monitor's
 * findings ({@link #evaluation()}) equal a batch evaluation of the same records ({@link #records()})
 * at that instant</b>. The price: one short Drools session per change and per wake-up of a customer
 * (a fraction of a millisecond for a customer with a few cases), rather than a long-lived session
 * kept up to date: the rules call Java helpers that read records outside working memory (a case's
 * pauses shift a reply deadline), so only a fresh evaluation is certain to be right.
 *
 * <p>Agents' records (agents, absences) form a partition of their own; a change to an agent
 * re-evaluates every customer (customer rules look up agents' levels). Rules that look across
 * customers ({@code @scope("portfolio")}, e.g. {@code proactive.issue-cluster}) are evaluated over
 * every customer, complaint and proactive notice whenever one of those changes: that costs time in
 * proportion to the number of customers.
 *
 * <h2>Memory follows open work</h2>
 * Given a {@link HistorySource}, a customer <em>settles</em> and leaves the monitor when nothing of
 * theirs is open: no running clock, no open case, no open finding (at risk, overdue, owed, alert), no
 * rejected record, and no later instant at which their findings could change. Their final findings go
 * to {@link MonitorListener#onSettled}; they cannot change with time, so nothing is lost. When a
 * settled customer has new records, the monitor loads their history back from the source first.
 * Without a source, every record stays (findings then equal a batch over the whole history).
 *
 * <h2>Time</h2>
 * Built with a {@link Clock}, the monitor reads it before each operation and never goes back; call
 * {@link #tick()} at {@link #nextWakeUp()} to get findings as time passes. Built with a start instant
 * instead, time moves only by {@link #advanceTo} (tests, replays). Records are evaluated as known at
 * the monitor's instant ({@link Dataset#asOf}): a record dated later is held and counts from its
 * instant on.
 *
 * <p>Thread-safe: every operation holds the monitor's lock; listeners are called inside it, on the
 * calling thread. Evaluations of several customers at once (a bulk load, many wake-ups at one
 * instant) run in parallel.
 */
public final class StandardsMonitor {
    private static final Comparator<Partition> PARTITION_ORDER = Comparator
            .comparing((Partition p) -> p.kind)
            .thenComparing(p -> p.customerId == null ? "" : p.customerId);

    private final DroolsEvaluator engine;
    private final Clock clock;
    private final List<MonitorListener> listeners;
    private final HistorySource history;

    private final Map<String, Partition> customers = new HashMap<>();
    private final Partition staff = new Partition(Partition.Kind.AGENTS, null);
    /** Null when the rule base has no cross-customer rules. */
    private final Partition portfolio;
    /** For the cross-customer rules: each customer's accepted customer record, complaints and notices; kept after settling. */
    private final Map<String, List<Object>> portfolioRecords = new HashMap<>();
    /** Which customer holds each record; {@code null} values for agents' records. */
    private final Map<RecordKey, String> owners = new HashMap<>();
    private final Map<String, Set<Partition>> timersByAgent = new HashMap<>();
    private final PriorityQueue<Wake> wakes = new PriorityQueue<>();
    /** Customers whose records changed since their last evaluation. */
    private final Set<Partition> dirtyCustomers = new java.util.LinkedHashSet<>();
    /** Customers evaluated since the last look for settled ones. */
    private final Set<Partition> evaluatedSinceSettle = new java.util.LinkedHashSet<>();
    private List<Agent> agents = List.of();
    private Instant now;

    private record Wake(Instant at, Partition partition) implements Comparable<Wake> {
        @Override
        public int compareTo(Wake o) { return at.compareTo(o.at); }
    }

    private record Outcome(List<Finding> findings, List<Timer> timers, List<InputError> errors, int accepted,
                           int rejected, Instant wakeAt, boolean stamped, boolean openCase, List<Agent> agents,
                           List<Object> portfolioRecords) {}

    private StandardsMonitor(Builder b) {
        this.engine = b.standards.engine();
        this.clock = b.clock;
        this.listeners = List.copyOf(b.listeners);
        this.history = b.history;
        this.now = b.clock != null ? b.clock.instant() : b.start;
        this.portfolio = engine.hasPortfolioRules() ? new Partition(Partition.Kind.PORTFOLIO, null) : null;
    }

    /**
     * A builder for a monitor evaluating with {@code standards} (its rules and configuration).
     * Give it a {@linkplain Builder#clock clock} or a {@linkplain Builder#startAt start instant}.
     */
    public static Builder builder(ServiceStandards standards) {
        return new Builder(Objects.requireNonNull(standards, "standards"));
    }

    // ------------------------------------------------------------------------------------------
    // Records

    /**
     * Adds a record that the monitor does not hold yet and reports the findings it gives.
     *
     * @throws IllegalStateException    when a record of that type and id is already held
     * @throws IllegalArgumentException when it is not a record of the model
     */
    public synchronized void insert(Object record) {
        syncClock();
        RecordKey key = RecordKey.of(record);
        prepare(record);
        if (owners.containsKey(key)) {
            throw new IllegalStateException(key + " is already held; update it instead");
        }
        place(key, record);
        flush();
    }

    /**
     * Replaces the held record of the same type and id (it may move to another customer) and reports
     * the findings that change.
     *
     * @throws IllegalStateException    when no record of that type and id is held
     * @throws IllegalArgumentException when it is not a record of the model
     */
    public synchronized void update(Object record) {
        syncClock();
        RecordKey key = RecordKey.of(record);
        prepare(record);
        if (!owners.containsKey(key)) {
            throw new IllegalStateException(key + " is not held; insert it instead");
        }
        place(key, record);
        flush();
    }

    /** Inserts or updates a record. @throws IllegalArgumentException when it is not a record of the model */
    public synchronized void put(Object record) {
        syncClock();
        RecordKey key = RecordKey.of(record);
        prepare(record);
        place(key, record);
        flush();
    }

    /**
     * Inserts or updates many records and evaluates each customer they touch once, in parallel: for
     * a bulk load. Findings are reported as for one record at a time.
     *
     * @throws IllegalArgumentException when one is not a record of the model (nothing is changed then)
     */
    public synchronized void putAll(Collection<?> records) {
        syncClock();
        Map<RecordKey, Object> keyed = new LinkedHashMap<>();
        for (Object r : records) {
            keyed.put(RecordKey.of(r), r);
        }
        keyed.forEach((key, record) -> {
            prepare(record);
            place(key, record);
        });
        flush();
    }

    /**
     * Retracts the record of this type and id; the findings it gave are withdrawn (a retracted case
     * takes its deadlines with it, and its interactions, left without their case, are rejected as a
     * batch evaluation would reject them).
     *
     * @param type a record type of the model, e.g. {@code SupportCase.class}
     * @return whether a record was held
     */
    public synchronized boolean retract(Class<?> type, String id) {
        if (!RecordKey.isRecordType(type)) {
            throw new IllegalArgumentException("not a record type of the model: " + type.getName());
        }
        syncClock();
        return remove(new RecordKey(type, Objects.requireNonNull(id, "id")));
    }

    /** Retracts the held record with this record's type and id (a settled customer's is loaded back first). */
    public synchronized boolean retract(Object record) {
        syncClock();
        RecordKey key = RecordKey.of(record);
        prepare(record);
        return remove(key);
    }

    /** Every record the monitor holds (settled customers' excepted). */
    public synchronized Dataset records() {
        Dataset.Builder b = Dataset.builder();
        staff.records.values().forEach(b::addRecord);
        customers.values().forEach(p -> p.records.values().forEach(b::addRecord));
        return b.build();
    }

    // ------------------------------------------------------------------------------------------
    // Time

    /** The monitor's instant. */
    public synchronized Instant now() { return now; }

    /**
     * Moves the clock to {@code instant}, evaluating every customer whose wake-up comes on the way,
     * at its wake-up, in order: listeners see what arose at each instant.
     *
     * @throws IllegalArgumentException when {@code instant} is before the monitor's instant
     */
    public synchronized void advanceTo(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        if (instant.isBefore(now)) {
            throw new IllegalArgumentException("the monitor is at " + now + " and cannot go back to " + instant);
        }
        while (!wakes.isEmpty() && !wakes.peek().at().isAfter(instant)) {
            Instant at = wakes.peek().at();
            List<Partition> due = new ArrayList<>();
            while (!wakes.isEmpty() && wakes.peek().at().equals(at)) {
                Partition p = wakes.poll().partition();
                if (at.equals(p.wakeAt) && isLive(p) && !due.contains(p)) {
                    due.add(p);
                }
            }
            now = at;
            evaluate(due, true);
            flush();
        }
        now = instant;
    }

    /** Moves to the clock's instant (with a clock; otherwise a no-op). */
    public synchronized void tick() {
        syncClock();
    }

    /** The next instant at which time alone changes some finding: when to {@link #tick()} next. */
    public synchronized Optional<Instant> nextWakeUp() {
        while (!wakes.isEmpty()) {
            Wake w = wakes.peek();
            if (w.at().equals(w.partition().wakeAt) && isLive(w.partition())) {
                return Optional.of(w.at());
            }
            wakes.poll();
        }
        return Optional.empty();
    }

    // ------------------------------------------------------------------------------------------
    // Queries

    /**
     * Every finding at the monitor's instant, with input errors and counts: what
     * {@code standards.evaluate(records(), now())} returns. Customers with open findings (whose
     * measurements move with time) are evaluated again at this instant first.
     */
    public synchronized Evaluation evaluation() {
        syncClock();
        refresh(all());
        List<Finding> findings = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        int accepted = 0;
        int rejected = 0;
        for (Partition p : all()) {
            findings.addAll(p.findings);
            errors.addAll(p.errors);
            accepted += p.accepted;
            rejected += p.rejected;
        }
        return new Evaluation(now, findings, errors, accepted, rejected);
    }

    /** Every finding at the monitor's instant, in {@link Finding#ORDER}. */
    public synchronized List<Finding> findings() {
        return evaluation().findings();
    }

    /** The findings about one customer at the monitor's instant (cross-customer alerts included), in {@link Finding#ORDER}. */
    public synchronized List<Finding> findings(String customerId) {
        syncClock();
        List<Partition> parts = new ArrayList<>();
        Partition p = customers.get(customerId);
        if (p != null) {
            parts.add(p);
        }
        if (portfolio != null) {
            parts.add(portfolio);
        }
        refresh(parts);
        return parts.stream().flatMap(x -> x.findings.stream()).filter(f -> customerId.equals(f.customerId()))
                .sorted(Finding.ORDER).toList();
    }

    /** The findings as last evaluated, without evaluating anything again: for tests of wake-ups. */
    synchronized List<Finding> held() {
        return all().stream().flatMap(p -> p.findings.stream()).toList();
    }

    /** Every running clock, soonest due first. */
    public synchronized List<Timer> timers() {
        return all().stream().flatMap(p -> p.timers.stream()).sorted(Timer.BY_DUE).toList();
    }

    /** The running clocks of a case (its replies, updates, resolution, obligations), soonest due first. */
    public synchronized List<Timer> timersOfCase(String caseId) {
        String customerId = owners.get(new RecordKey(org.servicestandards.model.SupportCase.class, caseId));
        Partition p = customerId == null ? null : customers.get(customerId);
        if (p == null) {
            return List.of();
        }
        return p.timers.stream().filter(t -> caseId.equals(t.caseId())).sorted(Timer.BY_DUE).toList();
    }

    /** The running clocks an agent is accountable for (case owner, promise owner, ...), soonest due first. */
    public synchronized List<Timer> timersOfAgent(String agentId) {
        Set<Partition> parts = timersByAgent.getOrDefault(agentId, Set.of());
        return parts.stream().flatMap(p -> p.timers.stream()).filter(t -> agentId.equals(t.agentId()))
                .sorted(Timer.BY_DUE).toList();
    }

    /** The case's running clock due soonest, if any. */
    public synchronized Optional<Timer> dueNextOfCase(String caseId) {
        return timersOfCase(caseId).stream().findFirst();
    }

    /** The agent's running clock due soonest, if any. */
    public synchronized Optional<Timer> dueNextOfAgent(String agentId) {
        return timersOfAgent(agentId).stream().findFirst();
    }

    /** How much the monitor holds. */
    public synchronized Stats stats() {
        int records = staff.records.size();
        int findings = staff.findings.size() + (portfolio == null ? 0 : portfolio.findings.size());
        int timers = staff.timers.size() + (portfolio == null ? 0 : portfolio.timers.size());
        for (Partition p : customers.values()) {
            records += p.records.size();
            findings += p.findings.size();
            timers += p.timers.size();
        }
        return new Stats(customers.size(), records, findings, timers);
    }

    /**
     * How much the monitor holds.
     *
     * @param customers customers held (settled ones excepted)
     * @param records   records held
     * @param findings  findings held
     * @param timers    running clocks
     */
    public record Stats(int customers, int records, int findings, int timers) {}

    // ------------------------------------------------------------------------------------------
    // Internals (all under the lock)

    private void syncClock() {
        if (clock != null) {
            Instant t = clock.instant();
            if (t.isAfter(now)) {
                advanceTo(t);
            }
        }
    }

    /** Loads a settled customer's history back before one of their records changes. */
    private void prepare(Object record) {
        String customerId = RecordKey.customerOf(record);
        if (history == null || customerId == null || customers.containsKey(customerId)) {
            return;
        }
        Collection<?> past = history.load(customerId);
        if (past == null || past.isEmpty()) {
            return;
        }
        Partition p = customers.computeIfAbsent(customerId, id -> new Partition(Partition.Kind.CUSTOMER, id));
        RecordKey incoming = RecordKey.of(record);
        for (Object r : past) {
            if (!customerId.equals(RecordKey.customerOf(r))) {
                continue;
            }
            RecordKey key = RecordKey.of(r);
            if (key.equals(incoming) && r.equals(record)) {
                continue; // the store already holds the change: it is new to the monitor all the same
            }
            p.records.put(key, r);
            owners.put(key, customerId);
        }
        // the baseline: what the customer's findings were when they settled, reported again by no one
        evaluate(List.of(p), false);
    }

    private void place(RecordKey key, Object record) {
        String customerId = RecordKey.customerOf(record);
        Partition target = customerId == null ? staff
                : customers.computeIfAbsent(customerId, id -> new Partition(Partition.Kind.CUSTOMER, id));
        if (owners.containsKey(key)) {
            Partition previous = partitionOf(key);
            if (previous != null && previous != target) {
                previous.records.remove(key);
                markDirty(previous);
            }
        }
        target.records.put(key, record);
        markDirty(target);
        owners.put(key, customerId);
    }

    private void markDirty(Partition p) {
        p.dirty = true;
        if (p.kind == Partition.Kind.CUSTOMER) {
            dirtyCustomers.add(p);
        }
    }

    private boolean remove(RecordKey key) {
        if (!owners.containsKey(key)) {
            return false;
        }
        Partition p = partitionOf(key);
        owners.remove(key);
        if (p != null) {
            p.records.remove(key);
            markDirty(p);
        }
        flush();
        return true;
    }

    private Partition partitionOf(RecordKey key) {
        String customerId = owners.get(key);
        return customerId == null ? staff : customers.get(customerId);
    }

    private boolean isLive(Partition p) {
        return switch (p.kind) {
            case CUSTOMER -> customers.get(p.customerId) == p;
            case AGENTS -> true;
            case PORTFOLIO -> true;
        };
    }

    private List<Partition> all() {
        List<Partition> parts = new ArrayList<>(customers.size() + 2);
        parts.add(staff);
        parts.addAll(customers.values());
        if (portfolio != null) {
            parts.add(portfolio);
        }
        return parts;
    }

    /** Evaluates every changed partition at the monitor's instant: agents first, then customers, then the portfolio. */
    private void flush() {
        if (staff.dirty) {
            evaluate(List.of(staff), true);
        }
        if (!dirtyCustomers.isEmpty()) {
            List<Partition> changed = new ArrayList<>(dirtyCustomers);
            dirtyCustomers.clear();
            evaluate(changed, true);
        }
        if (portfolio != null && portfolio.dirty) {
            evaluate(List.of(portfolio), true);
        }
        settle();
    }

    /** Evaluates again, at the monitor's instant, partitions whose open findings moved with time. */
    private void refresh(List<Partition> parts) {
        List<Partition> stale = new ArrayList<>();
        for (Partition p : parts) {
            if (p.dirty || (p.stamped && p.evaluatedAt.isBefore(now))) {
                stale.add(p);
            }
        }
        if (!stale.isEmpty()) {
            evaluate(stale, true);
            flush();
        }
    }

    /** Evaluates partitions at the monitor's instant (in parallel when several), then applies the outcomes in order. */
    private void evaluate(List<Partition> parts, boolean report) {
        Instant at = now;
        List<Partition> ordered = new ArrayList<>(parts);
        ordered.sort(PARTITION_ORDER);
        List<Dataset> inputs = new ArrayList<>(ordered.size());
        for (Partition p : ordered) {
            inputs.add(p.kind == Partition.Kind.PORTFOLIO ? portfolioDataset() : p.dataset());
            p.dirty = false;
            if (p.kind == Partition.Kind.CUSTOMER) {
                dirtyCustomers.remove(p);
                if (history != null) {
                    evaluatedSinceSettle.add(p);
                }
            }
        }
        List<Agent> staffAgents = agents;
        Outcome[] outcomes = new Outcome[ordered.size()];
        if (ordered.size() == 1) {
            outcomes[0] = compute(ordered.get(0).kind, inputs.get(0), staffAgents, at);
        } else {
            java.util.stream.IntStream.range(0, ordered.size()).parallel()
                    .forEach(i -> outcomes[i] = compute(ordered.get(i).kind, inputs.get(i), staffAgents, at));
        }
        for (int i = 0; i < ordered.size(); i++) {
            apply(ordered.get(i), outcomes[i], at, report);
        }
    }

    private Dataset portfolioDataset() {
        Dataset.Builder b = Dataset.builder();
        portfolioRecords.values().forEach(list -> list.forEach(b::addRecord));
        return b.build();
    }

    /** One partition's evaluation: pure, no monitor state; runs on any thread. */
    private Outcome compute(Partition.Kind kind, Dataset records, List<Agent> staffAgents, Instant at) {
        Dataset accepted;
        List<InputError> errors;
        if (kind == Partition.Kind.PORTFOLIO) {
            accepted = records; // validated in their customers' partitions
            errors = List.of();
        } else {
            DatasetValidator.Result validated = DatasetValidator.validate(records);
            accepted = validated.accepted();
            errors = validated.errors();
        }
        Dataset known = accepted.asOf(at);
        List<Agent> sessionAgents = kind == Partition.Kind.AGENTS ? accepted.agents() : staffAgents;
        Dataset part = kind == Partition.Kind.PORTFOLIO ? DroolsEvaluator.portfolio(known) : known;
        WakeUps wake = new WakeUps(at);
        wake.scanAll(records.records().toList()); // future records included: each counts from its instant on
        List<Timer> timers = new ArrayList<>();
        List<Finding> findings;
        if (part.size() == 0) {
            findings = List.of(); // an empty partition gives nothing (batch evaluations skip it)
        } else {
            findings = engine.evaluatePartition(part, sessionAgents, at, kind == Partition.Kind.PORTFOLIO, session -> {
                wake.scanSession(session);
                Set<Deadline> completed = new HashSet<>();
                List<Deadline> deadlines = new ArrayList<>();
                for (Object o : session.getObjects(o -> o instanceof Deadline || o instanceof Completion)) {
                    if (o instanceof Completion c) {
                        completed.add(c.deadline());
                    } else {
                        deadlines.add((Deadline) o);
                    }
                }
                for (Deadline d : deadlines) {
                    if (!completed.contains(d)) {
                        timers.add(Timer.of(d));
                    }
                }
            });
        }
        boolean stamped = false;
        for (Finding f : findings) {
            if (f.at().equals(at)) {
                stamped = true;
                break;
            }
        }
        boolean openCase = known.cases().stream().anyMatch(c -> c.isOpenAt(at));
        List<Object> forPortfolio = null;
        if (kind == Partition.Kind.CUSTOMER && portfolio != null) {
            List<Object> list = new ArrayList<>(accepted.customers());
            list.addAll(accepted.complaints());
            accepted.interactions().stream().filter(i -> i.isOutbound() && i.hasFlag(Flag.PROACTIVE_NOTICE))
                    .forEach(list::add);
            forPortfolio = List.copyOf(list);
        }
        timers.sort(Timer.BY_DUE);
        return new Outcome(List.copyOf(findings), List.copyOf(timers), errors, accepted.size(),
                records.size() - accepted.size(), wake.earliest(), stamped, openCase,
                kind == Partition.Kind.AGENTS ? List.copyOf(accepted.agents()) : null, forPortfolio);
    }

    private void apply(Partition p, Outcome o, Instant at, boolean report) {
        List<Finding> previous = p.findings;
        p.findings = o.findings();
        unindexTimers(p);
        p.timers = o.timers();
        indexTimers(p);
        p.errors = o.errors();
        p.accepted = o.accepted();
        p.rejected = o.rejected();
        p.evaluatedAt = at;
        p.stamped = o.stamped();
        p.openCase = o.openCase();
        p.wakeAt = o.wakeAt();
        if (p.wakeAt != null) {
            wakes.add(new Wake(p.wakeAt, p));
        }
        if (p.kind == Partition.Kind.AGENTS && !o.agents().equals(agents)) {
            agents = o.agents();
            customers.values().forEach(this::markDirty);
        }
        if (p.kind == Partition.Kind.CUSTOMER && portfolio != null) {
            List<Object> before = portfolioRecords.get(p.customerId);
            List<Object> after = o.portfolioRecords().isEmpty() ? null : o.portfolioRecords();
            if (!Objects.equals(before, after)) {
                if (after == null) {
                    portfolioRecords.remove(p.customerId);
                } else {
                    portfolioRecords.put(p.customerId, after);
                }
                portfolio.dirty = true;
            }
        }
        if (report) {
            report(previous, p.findings);
        }
    }

    /** Reports the findings whose keys are new and withdraws those whose keys are gone. */
    private void report(List<Finding> before, List<Finding> after) {
        if (listeners.isEmpty() || (before.isEmpty() && after.isEmpty())) {
            return;
        }
        Map<FindingKey, List<Finding>> old = group(before);
        Map<FindingKey, List<Finding>> fresh = group(after);
        List<Finding> withdrawn = new ArrayList<>();
        List<Finding> arisen = new ArrayList<>();
        old.forEach((key, list) -> {
            int keep = fresh.getOrDefault(key, List.of()).size();
            for (int i = keep; i < list.size(); i++) {
                withdrawn.add(list.get(i));
            }
        });
        fresh.forEach((key, list) -> {
            int had = old.getOrDefault(key, List.of()).size();
            for (int i = had; i < list.size(); i++) {
                arisen.add(list.get(i));
            }
        });
        withdrawn.sort(Finding.ORDER);
        arisen.sort(Finding.ORDER);
        for (Finding f : withdrawn) {
            listeners.forEach(l -> l.onWithdrawn(f));
        }
        for (Finding f : arisen) {
            listeners.forEach(l -> l.onFinding(f));
        }
    }

    private static Map<FindingKey, List<Finding>> group(List<Finding> findings) {
        Map<FindingKey, List<Finding>> out = new HashMap<>(findings.size() * 2);
        for (Finding f : findings) {
            out.computeIfAbsent(FindingKey.of(f), k -> new ArrayList<>(1)).add(f);
        }
        for (List<Finding> list : out.values()) {
            if (list.size() > 1) {
                list.sort(Finding.ORDER);
            }
        }
        return out;
    }

    private void indexTimers(Partition p) {
        for (Timer t : p.timers) {
            if (t.agentId() != null) {
                timersByAgent.computeIfAbsent(t.agentId(), a -> java.util.Collections.newSetFromMap(new IdentityHashMap<>()))
                        .add(p);
            }
        }
    }

    private void unindexTimers(Partition p) {
        for (Timer t : p.timers) {
            if (t.agentId() != null) {
                Set<Partition> set = timersByAgent.get(t.agentId());
                if (set != null) {
                    set.remove(p);
                    if (set.isEmpty()) {
                        timersByAgent.remove(t.agentId());
                    }
                }
            }
        }
    }

    /** Lets settled customers go (only with a history source to bring them back). */
    private void settle() {
        if (history == null) {
            return;
        }
        List<Partition> settled = new ArrayList<>();
        for (Partition p : evaluatedSinceSettle) {
            if (p.isSettled() && customers.get(p.customerId) == p) {
                settled.add(p);
            }
        }
        evaluatedSinceSettle.clear();
        settled.sort(PARTITION_ORDER);
        for (Partition p : settled) {
            customers.remove(p.customerId);
            unindexTimers(p);
            p.records.keySet().forEach(owners::remove);
            List<Finding> last = p.findings.stream().sorted(Finding.ORDER).toList();
            listeners.forEach(l -> l.onSettled(p.customerId, last));
        }
    }

    /** Builds a {@link StandardsMonitor}; each option may be set once. Not thread-safe. */
    public static final class Builder {
        private final ServiceStandards standards;
        private Clock clock;
        private Instant start;
        private HistorySource history;
        private final List<MonitorListener> listeners = new ArrayList<>();

        private Builder(ServiceStandards standards) {
            this.standards = standards;
        }

        /** A live clock, read before each operation; exclusive with {@link #startAt}. */
        public Builder clock(Clock value) {
            if (clock != null || start != null) {
                throw new IllegalStateException("the time source was already set to " + (clock != null ? clock : start));
            }
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** Controlled time, from this instant on, moved only by {@link StandardsMonitor#advanceTo}; exclusive with {@link #clock}. */
        public Builder startAt(Instant value) {
            if (clock != null || start != null) {
                throw new IllegalStateException("the time source was already set to " + (clock != null ? clock : start));
            }
            this.start = Objects.requireNonNull(value, "start");
            return this;
        }

        /** Adds a listener; listeners are called in the order they were added. */
        public Builder listener(MonitorListener value) {
            listeners.add(Objects.requireNonNull(value, "listener"));
            return this;
        }

        /** Lets settled customers go, and loads their history back from {@code value} when they return. */
        public Builder history(HistorySource value) {
            if (history != null) {
                throw new IllegalStateException("history was already set to " + history);
            }
            this.history = Objects.requireNonNull(value, "history");
            return this;
        }

        /** @throws IllegalStateException when neither a clock nor a start instant was given */
        public StandardsMonitor build() {
            if (clock == null && start == null) {
                throw new IllegalStateException("give the monitor a clock or a start instant");
            }
            return new StandardsMonitor(this);
        }
    }
}
