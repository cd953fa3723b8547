package org.servicestandards.rules.internal;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.servicestandards.BatchSummary;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.evaluation.FindingKind;
import org.servicestandards.model.Agent;
import org.servicestandards.model.Dataset;
import org.servicestandards.model.DatasetValidator;
import org.servicestandards.model.Flag;
import org.servicestandards.model.InputError;

/**
 * Evaluates a history chunk by chunk (each chunk holds whole customers: every record of each of its
 * customers), so that memory holds only the chunks in flight: at most {@code 4 x threads} chunks and
 * their findings, plus what the cross-customer (portfolio) rules need: every customer, complaint and
 * proactive notice. Chunks are evaluated in parallel on {@code threads} threads; the findings reach
 * the sink on the calling thread, chunk by chunk in input order, each chunk's in {@link Finding#ORDER},
 * then those of the agents' records and of the portfolio rules.
 *
 * <p>A chunk is validated on its own: duplicate ids in different chunks, and references from one
 * customer's records to another customer's interactions, are not detected (a whole-dataset
 * evaluation rejects the former and accepts the latter). Otherwise the findings are those of
 * {@link DroolsEvaluator#evaluate} over all the records.
 */
public final class StreamingEvaluator {
    private final DroolsEvaluator engine;
    private final int threads;

    /** @throws IllegalArgumentException when {@code threads < 1} */
    public StreamingEvaluator(DroolsEvaluator engine, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        this.engine = Objects.requireNonNull(engine, "engine");
        this.threads = threads;
    }

    /**
     * Evaluates every chunk as of {@code asOf}.
     *
     * @param directory agents and agent absences (any other record in it is ignored)
     * @param chunks    datasets of whole customers; read once, on the calling thread
     * @param sink      receives every finding, on the calling thread
     */
    public BatchSummary evaluate(Dataset directory, Iterator<Dataset> chunks, Instant asOf, Consumer<? super Finding> sink) {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(chunks, "chunks");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(sink, "sink");
        Tally tally = new Tally();
        DatasetValidator.Result staff = DatasetValidator.validate(
                Dataset.builder().agents(directory.agents()).absences(directory.absences()).build());
        tally.add(staff.errors(), staff.accepted().size(), directory.agents().size() + directory.absences().size()
                - staff.accepted().size());
        List<Agent> agents = staff.accepted().agents();
        boolean portfolio = engine.hasPortfolioRules();
        Dataset.Builder portfolioRecords = Dataset.builder();

        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "service-standards-batch");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<Chunk>> inFlight = new ArrayDeque<>();
            while (chunks.hasNext()) {
                Dataset chunk = Objects.requireNonNull(chunks.next(), "a chunk is null");
                inFlight.add(pool.submit(() -> evaluateChunk(chunk, agents, asOf, portfolio)));
                if (inFlight.size() >= 4 * threads) {
                    drain(inFlight.poll(), tally, portfolioRecords, sink);
                }
            }
            while (!inFlight.isEmpty()) {
                drain(inFlight.poll(), tally, portfolioRecords, sink);
            }
        } finally {
            pool.shutdownNow();
        }
        if (!staff.accepted().agents().isEmpty() || !staff.accepted().absences().isEmpty()) {
            emit(engine.evaluatePartition(staff.accepted().asOf(asOf), agents, asOf, false, null), tally, sink);
        }
        if (portfolio) {
            Dataset all = portfolioRecords.build().asOf(asOf);
            emit(engine.evaluatePartition(DroolsEvaluator.portfolio(all), agents, asOf, true, null), tally, sink);
        }
        return new BatchSummary(asOf, tally.customers, tally.findings, tally.byKind, tally.errors, tally.evaluated,
                tally.rejected);
    }

    private Chunk evaluateChunk(Dataset chunk, Collection<Agent> agents, Instant asOf, boolean portfolio) {
        DatasetValidator.Result validated = DatasetValidator.validate(customerRecords(chunk));
        Dataset accepted = validated.accepted();
        Dataset known = accepted.asOf(asOf);
        List<Finding> findings = new ArrayList<>();
        for (Dataset part : DroolsEvaluator.partition(known)) {
            findings.addAll(engine.evaluatePartition(part, agents, asOf, false, null));
        }
        findings.sort(Finding.ORDER);
        Dataset forPortfolio = portfolio ? Dataset.builder().customers(accepted.customers())
                .complaints(accepted.complaints())
                .interactions(accepted.interactions().stream()
                        .filter(i -> i.isOutbound() && i.hasFlag(Flag.PROACTIVE_NOTICE)).toList())
                .build() : null;
        return new Chunk(findings, validated.errors(), accepted.size(), chunk.size() - accepted.size(),
                accepted.customers().size(), forPortfolio);
    }

    /** The chunk without agents and absences, which come from the directory. */
    private static Dataset customerRecords(Dataset chunk) {
        if (chunk.agents().isEmpty() && chunk.absences().isEmpty()) {
            return chunk;
        }
        return new Dataset(chunk.customers(), List.of(), chunk.cases(), chunk.interactions(), chunk.complaints(),
                chunk.orders(), chunk.commitments(), List.of(), chunk.anomalies());
    }

    private static void drain(Future<Chunk> next, Tally tally, Dataset.Builder portfolioRecords,
                              Consumer<? super Finding> sink) {
        Chunk chunk;
        try {
            chunk = next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while evaluating", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
        tally.add(chunk.errors, chunk.evaluated, chunk.rejected);
        tally.customers += chunk.customers;
        if (chunk.portfolio != null) {
            portfolioRecords.customers(chunk.portfolio.customers()).complaints(chunk.portfolio.complaints())
                    .interactions(chunk.portfolio.interactions());
        }
        emit(chunk.findings, tally, sink);
    }

    private static void emit(List<Finding> findings, Tally tally, Consumer<? super Finding> sink) {
        for (Finding f : findings) {
            tally.findings++;
            tally.byKind.merge(f.kind(), 1L, Long::sum);
            sink.accept(f);
        }
    }

    private record Chunk(List<Finding> findings, List<InputError> errors, int evaluated, int rejected, int customers,
                         Dataset portfolio) {}

    private static final class Tally {
        long customers;
        long findings;
        long evaluated;
        long rejected;
        final Map<FindingKind, Long> byKind = new EnumMap<>(FindingKind.class);
        final List<InputError> errors = new ArrayList<>();

        void add(List<InputError> more, long accepted, long rejectedCount) {
            errors.addAll(more);
            evaluated += accepted;
            rejected += rejectedCount;
        }
    }
}
