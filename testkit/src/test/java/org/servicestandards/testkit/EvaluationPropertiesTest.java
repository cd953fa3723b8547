package org.servicestandards.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.evaluation.FindingKind;
import org.servicestandards.evaluation.StandardsEvaluator;
import org.servicestandards.model.Dataset;
import org.servicestandards.model.Interaction;

/** Invariants of the engine over generated streams; a failure names the seed that reproduces it. */
class EvaluationPropertiesTest {
    /** The evaluator the desks of the other tests use: compiled once for the whole run. */
    private static final StandardsEvaluator STANDARDS = Desk.withDefaults().evaluator();
    private static final Instant FROM = Instant.parse("2026-03-02T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-03-16T00:00:00Z");
    private static final int TRIES = 15;

    @Test
    void evaluationIsDeterministic() {
        Property.check("the same records evaluate to the same findings", TRIES, gen -> {
            Dataset records = gen.dataset(FROM, TO, 6);
            Instant asOf = gen.instant(FROM.plus(Duration.ofDays(3)), TO);
            Evaluation first = STANDARDS.evaluate(records, asOf);
            assertThat(first.inputErrors()).isEmpty();
            assertThat(STANDARDS.evaluate(records, asOf).findings()).isEqualTo(first.findings());
        });
    }

    @Test
    void evaluationDoesNotDependOnInputOrder() {
        Property.check("shuffled records evaluate to the same findings", TRIES, gen -> {
            Dataset records = gen.dataset(FROM, TO, 6);
            Dataset shuffled = shuffled(records, gen.random());
            assertThat(counts(STANDARDS.evaluate(shuffled, TO))).isEqualTo(counts(STANDARDS.evaluate(records, TO)));
        });
    }

    /**
     * A reply sent earlier (still not before the message it answers) never turns a {@code MET} of a
     * response standard into a {@code BREACH}. Scoped to the standards measured on the message answered
     * ({@code response.*}, {@code complaint.acknowledge}): for {@code update.periodic} an earlier
     * update lengthens the gap to the next one, and {@code update.process-time} judges whichever reply
     * is first, so both may rightly change.
     */
    @Test
    void aReplyMovedEarlier_neverTurnsAMetIntoABreach() {
        Property.check("a reply moved earlier never turns a MET into a BREACH", TRIES, gen -> {
            Dataset records = gen.dataset(FROM, TO, 6);
            Map<String, Interaction> byId = records.interactions().stream()
                    .collect(Collectors.toMap(Interaction::id, i -> i));
            List<Interaction> replies = records.interactions().stream().filter(i -> i.inReplyTo() != null).toList();
            if (replies.isEmpty()) {
                return;
            }
            Interaction reply = replies.get(gen.random().nextInt(replies.size()));
            Interaction original = byId.get(reply.inReplyTo());
            Instant earlier = original.at().equals(reply.at()) ? reply.at() : gen.instant(original.at(), reply.at());
            Interaction moved = new Interaction(reply.id(), reply.customerId(), reply.caseId(), reply.channel(),
                    reply.direction(), earlier, reply.agentId(), reply.rings(), reply.secondsToAnswer(), reply.abandoned(),
                    reply.missed(), reply.flags(), reply.text(), reply.inReplyTo(), reply.demeanour(), reply.about());
            List<Interaction> interactions = new ArrayList<>(records.interactions());
            interactions.set(interactions.indexOf(reply), moved);
            Dataset changed = new Dataset(records.customers(), records.agents(), records.cases(), interactions,
                    records.complaints(), records.orders(), records.commitments(), records.absences(), records.anomalies());

            Map<String, FindingKind> before = outcomes(STANDARDS.evaluate(records, TO));
            Map<String, FindingKind> after = outcomes(STANDARDS.evaluate(changed, TO));
            before.forEach((key, kind) -> {
                if (kind == FindingKind.MET) {
                    assertThat(after.get(key)).as("%s after moving reply %s from %s to %s", key, reply.id(), reply.at(),
                            earlier).isNotEqualTo(FindingKind.BREACH);
                }
            });
        });
    }

    /** The measured outcome per standard and subject, for the standards measured on the message answered. */
    private static Map<String, FindingKind> outcomes(Evaluation e) {
        Map<String, FindingKind> out = new HashMap<>();
        for (Finding f : e.findings()) {
            if (f.isMeasured() && (f.family().equals("response") || f.standardId().equals("complaint.acknowledge"))) {
                FindingKind previous = out.put(f.standardId() + " " + f.subjectType() + " " + f.subjectId(), f.kind());
                assertThat(previous).as("one outcome per subject: %s", f).isNull();
            }
        }
        return out;
    }

    private static Map<Finding, Long> counts(Evaluation e) {
        assertThat(e.inputErrors()).isEmpty();
        return e.findings().stream().collect(Collectors.groupingBy(f -> f, Collectors.counting()));
    }

    private static Dataset shuffled(Dataset d, Random random) {
        return new Dataset(shuffle(d.customers(), random), shuffle(d.agents(), random), shuffle(d.cases(), random),
                shuffle(d.interactions(), random), shuffle(d.complaints(), random), shuffle(d.orders(), random),
                shuffle(d.commitments(), random), shuffle(d.absences(), random), shuffle(d.anomalies(), random));
    }

    private static <T> List<T> shuffle(List<T> values, Random random) {
        List<T> out = new ArrayList<>(values);
        Collections.shuffle(out, random);
        return out;
    }
}
