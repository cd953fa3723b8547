package org.servicestandards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.servicestandards.rules.Fixtures.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.servicestandards.ServiceStandards;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.evaluation.FindingKind;
import org.servicestandards.model.Channel;
import org.servicestandards.model.Interaction;

/**
 * conduct.language (decision 28): agent text with a "don't" phrase is a breach per occurrence, with the
 * phrase, its calm alternative and its position. The phrase table itself is tested in core
 * ({@code PhraseMatcherTest}); here: the rule, its configuration, and bad input.
 */
class ConductLanguageTest {
    static final String LANGUAGE = "conduct.language";

    static Interaction said(String id, String text) {
        return outbound(id, Channel.EMAIL, null, MON_1000).withText(text);
    }

    @Test
    void eachOccurrence_isABreach_withPhraseAlternativeAndPosition() {
        Evaluation e = evaluate(MON_1200, said("I-1", "Sorry, I don't know. Please calm down."));

        assertThat(kinds(e, LANGUAGE)).containsExactly(FindingKind.BREACH, FindingKind.BREACH);
        List<Finding> found = of(e, LANGUAGE).stream()
                .sorted(java.util.Comparator.comparing(f -> Integer.parseInt(f.attribute("position")))).toList();
        assertThat(found).extracting(f -> f.attribute("phrase")).containsExactly("I don't know", "calm down");
        assertThat(found).extracting(f -> f.attribute("alternative"))
                .containsExactly("I'll find out", "I understand your frustration");
        assertThat(found).extracting(f -> f.attribute("position")).containsExactly("7", "28");
        assertThat(found).extracting(f -> f.attribute("occurrences")).containsOnly("2");
        Finding first = found.get(0);
        assertThat(first.subjectType()).isEqualTo("interaction");
        assertThat(first.subjectId()).isEqualTo("I-1");
        assertThat(first.agentId()).isEqualTo("A-1");
        assertThat(first.channel()).isEqualTo(Channel.EMAIL);
        assertThat(first.reason()).contains("\"I don't know\" at character 7", "say \"I'll find out\" instead");
    }

    /** One example per phrase through the whole engine: text -> phrase found, or none. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            I don't know, but I'll find out.        | none
            No problem at all!                      | none
            I don't know-how to say this            | none
            No.                                     | No
            That's not my job.                      | that's not my job
            You need to talk to my manager.         | you need to talk to my manager
            I'm busy right now.                     | I'm busy right now
            Call me back later.                     | call me back
            It's our policy.                        | it's our policy
            We don't do refunds.                    | we don't
            What seems to be the problem?           | what seems to be the problem
            You should have asked.                  | you should have
            Why didn't you call?                    | why didn't you
            The only thing we can do is wait.       | the only thing we can do
            """)
    void onePhrasePerText(String text, String phrase) {
        List<String> found = of(evaluate(MON_1200, said("I-1", text)), LANGUAGE).stream()
                .map(f -> f.attribute("phrase")).toList();

        assertThat(found).isEqualTo(phrase == null ? List.of() : List.of(phrase));
    }

    @Test
    void theCustomersOwnText_isNotJudged() {
        Interaction fromCustomer = inbound("I-1", Channel.EMAIL, null, MON_1000).withText("Calm down? I don't know!");

        assertThat(of(evaluate(MON_1200, fromCustomer), LANGUAGE)).isEmpty();
    }

    @Test
    void emptyOrMissingText_givesNothing() {
        assertThat(of(evaluate(MON_1200, said("I-1", ""), said("I-2", null), said("I-3", " \n ")), LANGUAGE)).isEmpty();
    }

    @Test
    void aOneMegabyteText_givesABoundedCorrectResult_andTheRestEvaluates() {
        String unit = "Calm down, it's our policy. ";
        String huge = unit.repeat(1_048_576 / unit.length() + 1);
        int occurrences = 2 * (huge.length() / unit.length());
        Interaction inbound = inbound("I-0", Channel.EMAIL, null, MON_0900);

        Evaluation e = evaluate(MON_1200, inbound, said("I-1", huge), said("I-2", "No."));

        List<Finding> fromHuge = of(e, LANGUAGE).stream().filter(f -> f.subjectId().equals("I-1")).toList();
        assertThat(fromHuge).hasSize(50);
        assertThat(fromHuge).extracting(f -> f.attribute("occurrences")).containsOnly(String.valueOf(occurrences));
        assertThat(fromHuge).extracting(f -> Integer.parseInt(f.attribute("position"))).allMatch(p -> p < 25 * unit.length());
        assertThat(fromHuge.get(0).reason()).contains(occurrences + " such phrases in this text; the first 50 are reported");
        assertThat(of(e, LANGUAGE)).filteredOn(f -> f.subjectId().equals("I-2")).extracting(f -> f.attribute("phrase"))
                .containsExactly("No");
        assertThat(kinds(e, "response.email")).containsExactly(FindingKind.MET);
    }

    @Test
    void maxPerText_andThePhraseLists_areConfiguration(@TempDir Path dir) throws Exception {
        Path list = dir.resolve("house.json");
        Files.writeString(list, """
                { "language": "house", "phrases": [
                  { "phrase": "per my last email", "alternative": "to recap" } ] }
                """);
        ServiceStandards house = ServiceStandards.builder().config(StandardsConfig.builder()
                .parameter(LANGUAGE, "phrases", "en, file:" + list).parameter(LANGUAGE, "maxPerText", 1).build()).build();

        Evaluation e = house.evaluate(records(said("I-1", "Per my last email: calm down. Calm down!"),
                said("I-2", "Per my last e-mail")), MON_1200);

        assertThat(e.findings(LANGUAGE)).extracting(f -> f.subjectId() + " " + f.attribute("phrase") + " "
                + f.attribute("occurrences")).containsExactly("I-1 per my last email 3");
    }

    @Test
    void disabled_givesNothing() {
        ServiceStandards off = ServiceStandards.builder().config(StandardsConfig.builder().disable(LANGUAGE).build()).build();

        assertThat(off.evaluate(records(said("I-1", "Calm down.")), MON_1200).findings(LANGUAGE)).isEmpty();
    }

    @Test
    void anUnknownPhraseList_failsTheEvaluation_namingIt() {
        ServiceStandards bad = ServiceStandards.builder().config(StandardsConfig.builder()
                .parameter(LANGUAGE, "phrases", "tlh").build()).build();

        assertThatThrownBy(() -> bad.evaluate(records(said("I-1", "Calm down.")), MON_1200))
                .rootCause().hasMessageContaining("phrase list 'tlh'").hasMessageContaining("phrases-tlh.json");
    }
}
