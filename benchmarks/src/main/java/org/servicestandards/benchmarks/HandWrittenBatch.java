package org.servicestandards.benchmarks;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.servicestandards.baseline.ResponseTimeBaseline;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.model.Agent;
import org.servicestandards.model.Dataset;

/**
 * The hand-written evaluator run the way the engine's streaming batch runs: chunks evaluated on
 * {@code threads} threads, at most {@code 4 x threads} in flight, findings to a sink on the calling
 * thread. So the two differ in the evaluation only.
 */
final class HandWrittenBatch {
    private HandWrittenBatch() {}

    static long evaluate(ResponseTimeBaseline baseline, List<Agent> agents, Iterator<Dataset> chunks, Instant asOf,
                         int threads, Consumer<Finding> sink) throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long count = 0;
        try {
            Deque<Future<List<Finding>>> inFlight = new ArrayDeque<>();
            while (chunks.hasNext()) {
                Dataset chunk = chunks.next();
                inFlight.add(pool.submit(() -> {
                    List<Finding> out = new java.util.ArrayList<>();
                    baseline.evaluateChunk(chunk, agents, asOf, out::add);
                    return out;
                }));
                if (inFlight.size() >= 4 * threads) {
                    for (Finding f : inFlight.poll().get()) {
                        sink.accept(f);
                        count++;
                    }
                }
            }
            while (!inFlight.isEmpty()) {
                for (Finding f : inFlight.poll().get()) {
                    sink.accept(f);
                    count++;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return count;
    }
}
