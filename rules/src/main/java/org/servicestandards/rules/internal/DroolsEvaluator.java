package org.servicestandards.rules.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Global;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.conf.ClockTypeOption;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.time.SessionPseudoClock;
import org.servicestandards.config.StandardDefinition;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.facts.AsOf;
import org.servicestandards.facts.Clocks;
import org.servicestandards.facts.Findings;
import org.servicestandards.facts.RecordIndex;
import org.servicestandards.facts.Setting;
import org.servicestandards.model.Agent;
import org.servicestandards.model.Dataset;
import org.servicestandards.model.DatasetValidator;
import org.servicestandards.model.InputError;

/**
 * Evaluates a dataset with a compiled rule base: validates it, takes the view as of the evaluation
 * instant, splits it by customer (almost every standard looks at one customer's records), and
 * runs one short-lived session per customer, in parallel, with the pseudo clock at the evaluation
 * instant. Sessions are always disposed. Thread-safe: the rule base is shared, sessions are not.
 *
 * <p>Rules whose metadata says {@code @scope("portfolio")} look across customers (e.g. a cluster of
 * complaints about one product): they fire only in one extra session that holds every customer,
 * every complaint and every outbound proactive notice, and customer sessions skip them.
 */
public final class DroolsEvaluator {
    private static final String AGENTS_PARTITION = "";
    /** The {@code @scope} metadata value of rules that look across customers. */
    public static final String PORTFOLIO = "portfolio";
    private static final boolean PORTFOLIO_ONLY = true;
    private static final boolean CUSTOMER_ONLY = false;

    private final KieBase kieBase;
    private final StandardsConfig config;
    private final Set<String> globals;
    private final boolean hasPortfolioRules;
    /**
     * One session configuration for every session: building one per session re-reads the
     * {@code kie.conf} property files from the classpath (about 15-30% of a small session's cost).
     * A configuration is immutable once a session has been created from it.
     */
    private final KieSessionConfiguration sessionConfiguration;
    private final List<Setting> settings;

    public DroolsEvaluator(KieBase kieBase, StandardsConfig config) {
        this.kieBase = kieBase;
        this.config = config;
        Set<String> names = new HashSet<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Global g : p.getGlobalVariables()) {
                names.add(g.getName());
            }
        }
        this.globals = Set.copyOf(names);
        this.hasPortfolioRules = kieBase.getKiePackages().stream().flatMap(p -> p.getRules().stream())
                .anyMatch(r -> isPortfolio(r.getMetaData()));
        KieSessionConfiguration conf = KieServices.get().newKieSessionConfiguration();
        conf.setOption(ClockTypeOption.PSEUDO);
        this.sessionConfiguration = conf;
        this.settings = List.copyOf(settings(config));
    }

    public KieBase kieBase() { return kieBase; }

    public StandardsConfig config() { return config; }

    public Evaluation evaluate(Dataset records, Instant asOf) {
        DatasetValidator.Result validated = DatasetValidator.validate(records);
        List<InputError> errors = validated.errors();
        Dataset known = validated.accepted().asOf(asOf);
        List<Dataset> parts = new ArrayList<>(partition(known));
        List<Finding> findings = java.util.stream.IntStream.rangeClosed(0, parts.size()).parallel().boxed()
                .flatMap(i -> i == parts.size()
                        ? (hasPortfolioRules ? run(portfolio(known), known.agents(), asOf, PORTFOLIO_ONLY, null).stream()
                                             : java.util.stream.Stream.<Finding>empty())
                        : run(parts.get(i), known.agents(), asOf, CUSTOMER_ONLY, null).stream())
                .toList();
        return new Evaluation(asOf, findings, errors, validated.accepted().size(), records.size() - validated.accepted().size());
    }

    /**
     * Evaluates one partition exactly as {@link #evaluate} evaluates each of its partitions: one
     * session, the pseudo clock at {@code asOf}, the settings, the partition's records. For callers
     * that keep partitions themselves (the monitor, streaming batches).
     *
     * @param part      validated records as known at {@code asOf}: one or more whole customers (every
     *                  record of theirs), or the agents' records, or a {@link #portfolio} view
     * @param agents    every agent (customer sessions look up agents' levels)
     * @param portfolio whether to fire the portfolio-scope rules (and only those) instead of the others
     * @param inspector sees the session after the rules have fired, before it is disposed; may be null
     * @return the findings of enabled standards
     */
    public List<Finding> evaluatePartition(Dataset part, Collection<Agent> agents, Instant asOf, boolean portfolio,
                                           Consumer<KieSession> inspector) {
        return run(part, agents, asOf, portfolio, inspector);
    }

    /** Whether some rules look across customers ({@code @scope("portfolio")}). */
    public boolean hasPortfolioRules() { return hasPortfolioRules; }

    private List<Finding> run(Dataset part, Collection<Agent> agents, Instant asOf, boolean portfolioScope,
                              Consumer<KieSession> inspector) {
        KieSession session = kieBase.newKieSession(sessionConfiguration, null);
        try {
            SessionPseudoClock clock = session.getSessionClock();
            clock.advanceTime(asOf.toEpochMilli(), TimeUnit.MILLISECONDS);
            if (globals.contains("clocks")) {
                session.setGlobal("clocks", new Clocks(config, new RecordIndex(part, agents)));
            }
            if (globals.contains("findings")) {
                session.setGlobal("findings", new Findings(config.calendar()));
            }
            session.insert(new AsOf(asOf));
            settings.forEach(session::insert);
            part.records().forEach(session::insert);
            session.fireAllRules(filter(portfolioScope));
            List<Finding> out = new ArrayList<>();
            Set<String> disabled = config.disabledStandards();
            for (Object o : session.getObjects(o -> o instanceof Finding)) {
                Finding f = (Finding) o;
                if (!disabled.contains(f.standardId())) {
                    out.add(f);
                }
            }
            if (inspector != null) {
                inspector.accept(session);
            }
            return out;
        } finally {
            session.dispose();
        }
    }

    /** Fires the rules of the session's scope whose standard is enabled. */
    private AgendaFilter filter(boolean portfolioScope) {
        Set<String> disabled = config.disabledStandards();
        return match -> {
            Map<String, Object> meta = match.getRule().getMetaData();
            if (isPortfolio(meta) != portfolioScope) {
                return false;
            }
            Object standard = meta.get("standard");
            return standard == null || !disabled.contains(standard.toString());
        };
    }

    private static boolean isPortfolio(Map<String, Object> meta) {
        Object scope = meta.get("scope");
        return scope != null && PORTFOLIO.equals(scope.toString());
    }

    /** Every customer, every complaint and every outbound proactive notice, for portfolio-scope rules. */
    public static Dataset portfolio(Dataset all) {
        return Dataset.builder().customers(all.customers()).complaints(all.complaints())
                .interactions(all.interactions().stream()
                        .filter(i -> i.isOutbound() && i.hasFlag(org.servicestandards.model.Flag.PROACTIVE_NOTICE))
                        .toList())
                .build();
    }

    static List<Setting> settings(StandardsConfig config) {
        List<Setting> settings = new ArrayList<>();
        settings.add(new Setting("engine", "automatedRepliesCount", String.valueOf(config.automatedRepliesCount())));
        settings.add(new Setting("engine", "atRiskShare", String.valueOf(config.atRiskShare())));
        for (StandardDefinition d : config.standards()) {
            d.parameters().forEach((name, value) -> settings.add(new Setting(d.id(), name, value)));
        }
        return settings;
    }

    /** One dataset per customer (with their cases, interactions, ...), plus one for agents' own records. */
    static Collection<Dataset> partition(Dataset all) {
        Map<String, Dataset.Builder> parts = new LinkedHashMap<>();
        Function<String, Dataset.Builder> part = id -> parts.computeIfAbsent(id, k -> Dataset.builder());
        all.customers().forEach(r -> part.apply(r.id()).add(r));
        all.cases().forEach(r -> part.apply(r.customerId()).add(r));
        all.interactions().forEach(r -> part.apply(r.customerId()).add(r));
        all.complaints().forEach(r -> part.apply(r.customerId()).add(r));
        all.orders().forEach(r -> part.apply(r.customerId()).add(r));
        all.commitments().forEach(r -> part.apply(r.customerId()).add(r));
        all.anomalies().forEach(r -> part.apply(r.customerId()).add(r));
        if (!all.agents().isEmpty() || !all.absences().isEmpty()) {
            Dataset.Builder agents = part.apply(AGENTS_PARTITION);
            agents.agents(all.agents()).absences(all.absences());
        }
        return parts.values().stream().map(Dataset.Builder::build).toList();
    }
}
