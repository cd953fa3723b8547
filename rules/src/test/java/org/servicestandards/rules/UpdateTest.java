package org.servicestandards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.servicestandards.rules.Fixtures.*;

import org.junit.jupiter.api.Test;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.evaluation.FindingKind;
import org.servicestandards.model.CaseStatus;
import org.servicestandards.model.Channel;
import org.servicestandards.model.Customer;
import org.servicestandards.model.Dataset;
import org.servicestandards.model.Flag;

/** update.periodic (every 2 business days; internal customers daily) and update.process-time. */
class UpdateTest {

    @Test
    void updatesExactlyTwoBusinessDaysApart_areMet_andOneSecondMore_isBreach() {
        Evaluation e = evaluate(at(9, 9, 0), openCase("K-1", MON_0900),
                inbound("I-1", Channel.EMAIL, "K-1", MON_0900),
                outbound("I-2", Channel.EMAIL, "K-1", MON_1000),
                outbound("I-3", Channel.EMAIL, "K-1", WED_0900.plusSeconds(3600)),
                outbound("I-4", Channel.EMAIL, "K-1", at(6, 10, 0).plusSeconds(1)));

        assertThat(of(e, "update.periodic")).extracting(Finding::kind, Finding::startedAt)
                .contains(tuple(FindingKind.MET, MON_1000),
                        tuple(FindingKind.BREACH, WED_0900.plusSeconds(3600)));
        assertThat(of(e, "update.periodic")).allSatisfy(f -> assertThat(f.subjectId()).isEqualTo("K-1"));
    }

    @Test
    void theRunningGap_isAtRiskAtTheThreshold_thenBreached() {
        Object[] records = {openCase("K-1", MON_0900), outbound("I-2", Channel.EMAIL, "K-1", MON_1000)};
        // 2 business days = 16 business hours; 75% = 12 h -> Tuesday 14:00
        assertThat(kinds(evaluate(at(3, 14, 0), records), "update.periodic")).containsExactly(FindingKind.AT_RISK);
        assertThat(kinds(evaluate(at(3, 13, 59), records), "update.periodic")).isEmpty();
        assertThat(kinds(evaluate(WED_0900.plusSeconds(3601), records), "update.periodic"))
                .containsExactly(FindingKind.BREACH);
    }

    @Test
    void aResolvedCase_needsNoMoreUpdates() {
        Evaluation e = evaluate(MON2_0900,
                openCase("K-1", MON_0900, status(TUE_1000, CaseStatus.RESOLVED)),
                outbound("I-2", Channel.EMAIL, "K-1", MON_1000),
                outbound("I-3", Channel.EMAIL, "K-1", FRI_0900));

        assertThat(of(e, "update.periodic")).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.MET);
            assertThat(f.at()).isEqualTo(TUE_1000);
            assertThat(f.reason()).contains("closed by the resolution");
        });
    }

    @Test
    void internalCustomers_getDailyUpdates() {
        Dataset data = Dataset.builder().add(Customer.of(ALICE).withInternal(true))
                .add(openCase("K-1", MON_0900)).add(outbound("I-2", Channel.EMAIL, "K-1", MON_1000)).build();

        Evaluation e = DEFAULTS.evaluate(data, TUE_1000.plusSeconds(1));

        assertThat(of(e, "update.periodic")).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.BREACH);
            assertThat(f.target()).isEqualTo("1 business day");
        });
    }

    @Test
    void processTime_isJudgedOnTheFirstResponseOnly() {
        Evaluation stated = evaluate(WED_0900, openCase("K-1", MON_0900),
                outbound("I-2", Channel.EMAIL, "K-1", MON_1000).withFlags(Flag.PROCESS_TIME_STATED),
                outbound("I-3", Channel.EMAIL, "K-1", TUE_1000));
        Evaluation notStated = evaluate(WED_0900, openCase("K-1", MON_0900),
                outbound("I-2", Channel.EMAIL, "K-1", MON_1000),
                outbound("I-3", Channel.EMAIL, "K-1", TUE_1000).withFlags(Flag.PROCESS_TIME_STATED));

        assertThat(of(stated, "update.process-time")).extracting(Finding::kind, Finding::subjectId)
                .containsExactly(tuple(FindingKind.MET, "K-1"));
        assertThat(of(notStated, "update.process-time")).extracting(Finding::kind, Finding::subjectId)
                .containsExactly(tuple(FindingKind.BREACH, "K-1"));
    }

    @Test
    void twoUpdatesAtTheSameInstant_startOneGap() {
        Evaluation e = evaluate(WED_0900.plusSeconds(3601), openCase("K-1", MON_0900),
                outbound("I-2", Channel.EMAIL, "K-1", MON_1000), outbound("I-3", Channel.PHONE, "K-1", MON_1000));

        assertThat(of(e, "update.periodic")).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.BREACH);
            assertThat(f.evidence()).extracting(Object::toString).containsExactly("case K-1", "interaction I-2");
        });
    }
}
