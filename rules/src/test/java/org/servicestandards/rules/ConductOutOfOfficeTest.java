package org.servicestandards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicestandards.rules.Fixtures.*;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.servicestandards.ServiceStandards;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.evaluation.FindingKind;
import org.servicestandards.evaluation.RecordRef;
import org.servicestandards.model.Agent;
import org.servicestandards.model.AgentAbsence;
import org.servicestandards.model.Dataset;

/**
 * conduct.out-of-office (decision 27): half a day (4 business hours) needs the voicemail greeting, a
 * whole business day also the email auto-reply; unknown is no finding. Calendar Mon-Fri 09-17 UTC.
 */
class ConductOutOfOfficeTest {
    static final String OOO = "conduct.out-of-office";

    static Evaluation evaluate(AgentAbsence a) {
        return DEFAULTS.evaluate(Dataset.builder().add(Agent.of("A-5", "desk")).add(a).build(), MON2_0900);
    }

    static AgentAbsence away(Instant from, Instant to, Boolean greeting, Boolean autoReply) {
        return new AgentAbsence("AB-1", "A-5", from, to, greeting, autoReply);
    }

    static List<FindingKind> kinds(AgentAbsence a) {
        return evaluate(a).findings(OOO).stream().map(Finding::kind).toList();
    }

    /** From, to (day of March, hour, minute), greeting, auto-reply, expected (NONE, MET, BREACH). */
    @ParameterizedTest(name = "[{index}] {0} .. {1} greeting={2} autoReply={3} -> {4}")
    @CsvSource(nullValues = "null", textBlock = """
            2 09:00, 2 12:59, false, false, NONE
            2 09:00, 2 13:00, true,  null,  MET
            2 09:00, 2 13:00, true,  false, MET
            2 09:00, 2 13:00, false, null,  BREACH
            2 09:00, 2 13:00, null,  false, NONE
            2 15:00, 3 11:00, false, null,  BREACH
            2 09:00, 2 17:00, true,  true,  MET
            2 09:00, 2 17:00, true,  false, BREACH
            2 09:00, 2 17:00, false, true,  BREACH
            2 09:00, 2 17:00, true,  null,  NONE
            2 09:00, 2 17:00, null,  true,  NONE
            2 09:00, 2 17:00, false, null,  BREACH
            2 13:00, 3 13:00, true,  false, BREACH
            2 13:00, 3 12:59, true,  false, MET
            6 16:30, 9 09:00, false, false, NONE
            6 13:00, 9 13:00, true,  true,  MET
            7 08:00, 8 20:00, false, false, NONE
            """)
    void needsByBusinessTime(String from, String to, Boolean greeting, Boolean autoReply, String expected) {
        List<FindingKind> kinds = kinds(away(instant(from), instant(to), greeting, autoReply));

        assertThat(kinds).as("findings").isEqualTo(expected.equals("NONE") ? List.of() : List.of(FindingKind.valueOf(expected)));
    }

    static Instant instant(String dayAndTime) {
        String[] parts = dayAndTime.trim().split("[ :]");
        return at(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
    }

    @Test
    void aBreach_namesTheAbsence_theAgent_andWhatIsMissing() {
        Finding f = evaluate(away(MON_0900, MON_1700, false, false)).findings(OOO).get(0);

        assertThat(f.subjectType()).isEqualTo("absence");
        assertThat(f.subjectId()).isEqualTo("AB-1");
        assertThat(f.agentId()).isEqualTo("A-5");
        assertThat(f.evidence()).containsExactly(new RecordRef("absence", "AB-1"));
        assertThat(f.attribute("businessTime")).isEqualTo("PT8H");
        assertThat(f.attribute("missing")).contains("voicemail greeting", "auto-reply");
        assertThat(f.reason()).contains("A-5", "8 h of business time", "did not set");
    }

    @Test
    void theThresholdsAreConfigurable() {
        ServiceStandards strict = ServiceStandards.builder().config(StandardsConfig.builder()
                .parameter(OOO, "halfDay", "1 business hour").parameter(OOO, "fullDay", "4 business hours").build()).build();
        Dataset d = Dataset.builder().add(away(MON_0900, at(2, 13, 0), true, false)).build();

        assertThat(strict.evaluate(d, MON2_0900).findings(OOO)).extracting(Finding::kind).containsExactly(FindingKind.BREACH);
    }
}
