package org.servicestandards.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicestandards.BatchSummary;
import org.servicestandards.ServiceStandards;
import org.servicestandards.baseline.HistoryGenerator;
import org.servicestandards.baseline.SharedStandards;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.evaluation.FindingKind;
import org.servicestandards.model.Customer;
import org.servicestandards.model.Dataset;
import org.servicestandards.model.Direction;
import org.servicestandards.model.Channel;
import org.servicestandards.model.Interaction;

/** A history streamed customer by customer gives the findings of one evaluation of all of it. */
class StreamingBatchTest {
    static final long SEED = Long.getLong("property.seed", 20260302L);
    static final Instant START = Instant.parse("2026-03-02T00:00:00Z");

    @Test
    void streamedChunks_giveTheFindingsOfOneEvaluation_onOneOrTwoThreads() {
        ServiceStandards standards = SharedStandards.defaults();
        HistoryGenerator generator = new HistoryGenerator(SEED, START, Duration.ofDays(12), 10);
        int customers = 50;
        Instant asOf = START.plus(Duration.ofDays(9)).plusSeconds(3_600);
        Evaluation whole = standards.evaluate(generator.dataset(customers), asOf);

        for (int threads = 1; threads <= 2; threads++) {
            for (int perChunk : new int[] {1, 7}) {
                List<Finding> streamed = new ArrayList<>();
                BatchSummary summary = standards.evaluate(generator.directory(), chunks(generator, customers, perChunk),
                        asOf, threads, streamed::add);

                assertThat(streamed.stream().sorted(Finding.ORDER).toList())
                        .as("seed %d, %d thread(s), %d customer(s) per chunk", SEED, threads, perChunk)
                        .containsExactlyElementsOf(whole.findings());
                assertThat(summary.findings()).isEqualTo(whole.findings().size());
                assertThat(summary.customers()).isEqualTo(customers);
                assertThat(summary.recordsEvaluated()).isEqualTo(whole.recordsEvaluated());
                assertThat(summary.findingsByKind().get(FindingKind.BREACH)).isEqualTo(whole.breaches().size());
            }
        }
        assertThat(whole.findings()).extracting(Finding::kind)
                .contains(FindingKind.MET, FindingKind.BREACH, FindingKind.OBLIGATION, FindingKind.ALERT);
    }

    @Test
    void findingsReachTheSink_onTheCallingThread_chunkByChunkInInputOrder() {
        ServiceStandards standards = SharedStandards.defaults();
        HistoryGenerator generator = new HistoryGenerator(SEED, START, Duration.ofDays(5), 4);
        Thread caller = Thread.currentThread();
        List<String> customersSeen = new ArrayList<>();
        standards.evaluate(Dataset.empty(), chunks(generator, 12, 1), START.plus(Duration.ofDays(6)), 2, f -> {
            assertThat(Thread.currentThread()).isSameAs(caller);
            if (f.customerId() != null && !f.standardId().startsWith("proactive.issue-cluster")
                    && (customersSeen.isEmpty() || !customersSeen.get(customersSeen.size() - 1).equals(f.customerId()))) {
                customersSeen.add(f.customerId());
            }
        });
        assertThat(customersSeen).containsExactlyElementsOf(
                java.util.stream.IntStream.range(0, 12).mapToObj(i -> "C-" + i).toList());
    }

    @Test
    void rejectedRecords_areCounted_andTheRestIsEvaluated() {
        ServiceStandards standards = SharedStandards.defaults();
        Dataset chunk = Dataset.builder().add(Customer.of("C-1"))
                .add(Interaction.of("I-1", "C-1", null, Channel.EMAIL, Direction.INBOUND, START))
                .add(Interaction.of("I-2", "C-1", "K-404", Channel.EMAIL, Direction.INBOUND, START))
                .build();
        List<Finding> out = new ArrayList<>();
        BatchSummary summary = standards.evaluate(Dataset.empty(), List.of(chunk).iterator(),
                START.plus(Duration.ofDays(3)), 1, out::add);

        assertThat(summary.recordsRejected()).isEqualTo(1);
        assertThat(summary.inputErrors()).extracting(e -> e.recordId() + "." + e.field()).containsExactly("I-2.caseId");
        assertThat(out).extracting(Finding::standardId, Finding::kind)
                .contains(org.assertj.core.groups.Tuple.tuple("response.email", FindingKind.BREACH));
    }

    @Test
    void threadsMustBePositive() {
        assertThatThrownBy(() -> SharedStandards.defaults().evaluate(Dataset.empty(), List.<Dataset>of().iterator(),
                START, 0, f -> { })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threads");
    }

    /** The customers of the generator in chunks of {@code perChunk}. */
    static Iterator<Dataset> chunks(HistoryGenerator generator, int customers, int perChunk) {
        Iterator<Dataset> each = generator.customers(customers);
        return new Iterator<>() {
            @Override
            public boolean hasNext() { return each.hasNext(); }

            @Override
            public Dataset next() {
                Dataset.Builder b = Dataset.builder();
                for (int i = 0; i < perChunk && each.hasNext(); i++) {
                    each.next().records().forEach(b::addRecord);
                }
                return b.build();
            }
        };
    }
}
