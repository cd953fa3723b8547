package org.servicestandards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicestandards.rules.Fixtures.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.servicestandards.ServiceStandards;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.evaluation.FindingKind;
import org.servicestandards.model.Channel;
import org.servicestandards.model.Customer;
import org.servicestandards.model.Dataset;
import org.servicestandards.model.Direction;
import org.servicestandards.model.Interaction;
import org.servicestandards.model.Order;
import org.servicestandards.model.SupportCase;

/** The evaluator as a whole: input order, threads, as-of views, bad records, disabled standards. */
class EngineTest {
    static final long SEED = Long.getLong("property.seed", 20260302L);

    /** A random desk: customers, cases, interactions over two weeks, orders. */
    static Dataset randomDesk(Random random) {
        Dataset.Builder b = Dataset.builder();
        Channel[] channels = Channel.values();
        int n = 0;
        for (int c = 0; c < 8; c++) {
            String customer = "C-" + c;
            b.add(Customer.of(customer));
            for (int k = 0; k < 3; k++) {
                String caseId = customer + "-K" + k;
                Instant opened = MON_0900.plusSeconds(random.nextInt(5 * 86400));
                b.add(SupportCase.open(caseId, customer, opened));
                Instant t = opened;
                for (int i = 0; i < 6; i++) {
                    t = t.plusSeconds(random.nextInt(8 * 3600));
                    Channel channel = channels[random.nextInt(channels.length)];
                    Direction direction = random.nextBoolean() ? Direction.INBOUND : Direction.OUTBOUND;
                    Interaction in = Interaction.of("I-" + n++, customer, random.nextInt(4) == 0 ? null : caseId,
                            channel, direction, t);
                    if (channel == Channel.PHONE && direction == Direction.INBOUND) {
                        in = random.nextInt(5) == 0 ? in.withAbandoned(true) : in.withSecondsToAnswer(random.nextInt(40));
                    }
                    b.add(in);
                }
            }
            Instant received = MON_0900.plusSeconds(random.nextInt(5 * 86400));
            Order o = Order.received("O-" + c, customer, received);
            b.add(random.nextBoolean() ? o.withFilledAt(received.plusSeconds(random.nextInt(3 * 86400))) : o);
        }
        return b.build();
    }

    static Dataset shuffled(Dataset d, Random random) {
        List<Object> records = new ArrayList<>(d.records().toList());
        Collections.shuffle(records, random);
        Dataset.Builder b = Dataset.builder();
        records.forEach(b::addRecord);
        return b.build();
    }

    @Test
    void findingsDoNotDependOnTheOrderRecordsAreGivenIn() {
        for (int round = 0; round < 20; round++) {
            long seed = SEED + round;
            Random random = new Random(seed);
            Dataset desk = randomDesk(random);
            Instant asOf = MON2_0900.plusSeconds(random.nextInt(86400));

            Evaluation a = DEFAULTS.evaluate(desk, asOf);
            Evaluation b = DEFAULTS.evaluate(shuffled(desk, random), asOf);

            assertThat(b.findings()).as("seed %d: findings differ when the input is shuffled", seed)
                    .isEqualTo(a.findings());
            assertThat(a.findings()).as("seed %d: the generator must produce findings", seed).isNotEmpty();
        }
    }

    @Test
    void concurrentEvaluations_giveTheSameFindingsAsOneAtATime() throws Exception {
        List<Dataset> desks = new ArrayList<>();
        List<Evaluation> expected = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Dataset desk = randomDesk(new Random(SEED + 100 + i));
            desks.add(desk);
            expected.add(DEFAULTS.evaluate(desk, MON2_0900));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Evaluation>> futures = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                for (Dataset desk : desks) {
                    futures.add(pool.submit(() -> DEFAULTS.evaluate(desk, MON2_0900)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get().findings()).isEqualTo(expected.get(i % desks.size()).findings());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void recordsAfterTheEvaluationInstant_areNotLookedAt() {
        Object[] records = {openCase("K-1", MON_1000), inbound("I-1", Channel.EMAIL, "K-1", MON_1000),
                outbound("I-2", Channel.EMAIL, "K-1", TUE_1000.plusSeconds(60))};

        assertThat(kinds(evaluate(TUE_1000.plusSeconds(30), records), "response.email"))
                .containsExactly(FindingKind.BREACH);
        assertThat(of(evaluate(TUE_1000.plusSeconds(30), records), "response.email").get(0).reason())
                .contains("has not been answered");
        assertThat(of(evaluate(WED_0900, records), "response.email").get(0).reason()).contains("was answered by");
    }

    @Test
    void inconsistentRecords_areRejectedByNameAndField_andTheRestIsEvaluated() {
        Evaluation e = evaluate(WED_0900,
                openCase("K-1", MON_1000),
                inbound("I-1", Channel.EMAIL, "K-1", MON_1000),
                outbound("I-2", Channel.EMAIL, "K-1", MON_1000.minusSeconds(60)).withInReplyTo("I-1"),
                inbound("I-3", Channel.EMAIL, "K-404", MON_1000),
                Interaction.of("I-4", "C-NOBODY", null, Channel.EMAIL, Direction.INBOUND, MON_1000),
                inbound("I-1", Channel.WEB, "K-1", MON_1200),
                Order.received("O-1", ALICE, MON_1000).withFilledAt(MON_1200));

        assertThat(e.inputErrors()).extracting(err -> err.recordId() + "." + err.field())
                .containsExactlyInAnyOrder("I-1.id", "I-2.at", "I-3.caseId", "I-4.customerId");
        assertThat(e.inputErrors()).extracting(Object::toString).anySatisfy(m ->
                assertThat(m).contains("interaction I-2", "'at'", "before", "I-1"));
        assertThat(e.recordsRejected()).isEqualTo(4);
        assertThat(kinds(e, "response.email")).containsExactly(FindingKind.BREACH);
        assertThat(kinds(e, "fulfilment.order")).containsExactly(FindingKind.MET);
    }

    @Test
    void aDisabledStandard_producesNothing_andTheOthersAreUnchanged() {
        ServiceStandards noEmail = ServiceStandards.builder()
                .config(StandardsConfig.builder().disable("response.email").build()).build();
        Object[] records = {openCase("K-1", MON_1000), inbound("I-1", Channel.EMAIL, "K-1", MON_1000),
                Order.received("O-1", ALICE, MON_1000)};

        Evaluation e = noEmail.evaluate(records(records), WED_0900);

        assertThat(e.findings("response.email")).isEmpty();
        assertThat(kinds(e, "fulfilment.order")).containsExactly(FindingKind.BREACH);
        assertThat(kinds(evaluate(WED_0900, records), "response.email")).containsExactly(FindingKind.BREACH);
    }

    @Test
    void aVipOverride_appliesToVipCustomersOnly() {
        ServiceStandards vip = ServiceStandards.builder().config(StandardsConfig.builder()
                .target("response.email", "tier:VIP", org.servicestandards.calendar.Target.parse("2 business hours"))
                .build()).build();
        Dataset data = Dataset.builder()
                .add(Customer.of(ALICE).withTier(org.servicestandards.model.Tier.VIP)).add(Customer.of(BOB))
                .add(Interaction.of("I-1", ALICE, null, Channel.EMAIL, Direction.INBOUND, MON_1000))
                .add(Interaction.of("I-2", BOB, null, Channel.EMAIL, Direction.INBOUND, MON_1000))
                .build();

        Evaluation e = vip.evaluate(data, MON_1200.plusSeconds(1));

        assertThat(e.findings("response.email")).singleElement().satisfies(f -> {
            assertThat(f.subjectId()).isEqualTo("I-1");
            assertThat(f.kind()).isEqualTo(FindingKind.BREACH);
            assertThat(f.target()).isEqualTo("2 business hours");
        });
    }
}
