package org.servicestandards.conduct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bundled English "don't" phrases (decision 28): a table of examples per phrase, and the edges. */
class PhraseMatcherTest {
    static final PhraseBook EN = PhraseBook.load("en");

    /** Text | the phrase found | the text as matched (its offset is checked too). */
    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            I don't know.                                     | I don't know                   | I don't know
            Sorry, i DON'T KNOW!                              | I don't know                   | i DON'T KNOW
            I dont know what happened                         | I don't know                   | I dont know
            I don’t know                                      | I don't know                   | I don’t know
            I do not know where it is                         | I don't know                   | I do not know
            I don't know. But I'll find out.                  | I don't know                   | I don't know
            I don't know, but that is all                       | I don't know                   | I don't know
            No.                                               | No                             | No
            No, we ship on Mondays only                       | No                             | No
            Thanks for asking. NO!                            | No                             | NO
            `"No," I said.`                                   | No                             | No
            That's not my job.                                | that's not my job              | That's not my job
            that is NOT my job                                | that's not my job              | that is NOT my job
            Sorry, it's not my job                            | that's not my job              | it's not my job
            I don't handle that.                              | that's not my job              | I don't handle that
            Please calm down.                                 | calm down                      | calm down
            Calm, down                                        | calm down                      | `Calm, down`
            You need to talk to my manager.                   | you need to talk to my manager | You need to talk to my manager
            you need to speak to my manager                   | you need to talk to my manager | you need to speak to my manager
            I'm busy right now, sorry                         | I'm busy right now             | I'm busy right now
            I am busy right now.                              | I'm busy right now             | I am busy right now
            Im busy right now                                 | I'm busy right now             | Im busy right now
            Please call me back tomorrow.                     | call me back                   | call me back
            It's our policy.                                  | it's our policy                | It's our policy
            it is our policy to check                         | it's our policy                | it is our policy
            Sorry, I can't do that                            | I can't                        | I can't
            I cannot help                                     | I can't                        | I cannot
            I can not help                                    | I can't                        | I can not
            We don't ship there                               | we don't                       | We don't
            we do not ship there                              | we don't                       | we do not
            What seems to be the problem?                     | what seems to be the problem   | What seems to be the problem
            You should have called                            | you should have                | You should have
            you should've called                              | you should have                | you should've
            Why didn't you say so?                            | why didn't you                 | Why didn't you
            why did you not say so                            | why didn't you                 | why did you not
            The only thing we can do is a refund.             | the only thing we can do       | The only thing we can do
            """)
    void findsThePhrase(String text, String phrase, String matched) {
        List<PhraseMatch> found = EN.find(text);

        assertThat(found).as("matches in \"%s\"", text).extracting(m -> m.phrase().phrase()).contains(phrase);
        PhraseMatch m = found.stream().filter(x -> x.phrase().phrase().equals(phrase)).findFirst().orElseThrow();
        assertThat(m.matched()).isEqualTo(matched);
        assertThat(m.position()).isEqualTo(text.indexOf(matched));
        assertThat(text.substring(m.position(), m.end())).isEqualTo(matched);
    }

    /** Text | the phrase it must not be reported as. */
    @ParameterizedTest(name = "[{index}] \"{0}\" is not {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            I don't know-how to fix boilers                   | I don't know
            `I don't know, but I'll find out.`                | I don't know
            I don't know but let me find out for you          | I don't know
            I don't know — but I will find out today          | I don't know
            I don't knowledge                                 | I don't know
            Hi don't know                                     | I don't know
            No problem, happy to help.                        | No
            There is no way to say                            | No
            The answer is no.                                 | No
            No-one was charged twice.                         | No
            Nobody.                                           | No
            that's not my jobs list                           | that's not my job
            that's not my job-share partner                   | that's not my job
            Please stay calm. Down the hall on the left       | calm down
            calmed down                                       | calm down
            you don't need to talk to my manager              | you need to talk to my manager
            I'm not busy right now                            | I'm busy right now
            I will call you back.                             | call me back
            call me backwards                                 | call me back
            it's our policy-holder portal                     | it's our policy
            It's our new policy                               | it's our policy
            I can do that                                     | I can't
            an I can't-miss deal                              | I can't
            We donate to charity                              | we don't
            what seems to be a problem                        | what seems to be the problem
            you shouldn't have                                | you should have
            why did you                                       | why didn't you
            the only thing we can't do                        | the only thing we can do
            """)
    void doesNotFindThePhrase(String text, String phrase) {
        assertThat(EN.find(text)).as("matches in \"%s\"", text).extracting(m -> m.phrase().phrase())
                .doesNotContain(phrase);
    }

    @Test
    void reportsTheCalmAlternativeOfTheCatalogue() {
        assertThat(EN.phrases()).extracting(Phrase::phrase, Phrase::alternative).contains(
                org.assertj.core.groups.Tuple.tuple("I don't know", "I'll find out"),
                org.assertj.core.groups.Tuple.tuple("No", "what I can do is..."),
                org.assertj.core.groups.Tuple.tuple("calm down", "I understand your frustration"),
                org.assertj.core.groups.Tuple.tuple("the only thing we can do", "the best option I think is"));
        assertThat(EN.phrases()).hasSize(14);
    }

    @Test
    void everyOccurrence_inTextOrder_withItsOffset() {
        String text = "No. I can't.\nCalm down, I don't know!  It's our policy";

        List<PhraseMatch> found = EN.find(text);

        assertThat(found).extracting(PhraseMatch::phrase).extracting(Phrase::phrase)
                .containsExactly("No", "I can't", "calm down", "I don't know", "it's our policy");
        assertThat(found).extracting(PhraseMatch::position)
                .containsExactly(0, 4, 13, 24, 39);
    }

    @Test
    void aPhraseNeverSpansSentences_orLines() {
        assertThat(EN.find("Please stay calm!\ndown the hall")).isEmpty();
        assertThat(EN.find("you should\nhave")).isEmpty();
        assertThat(EN.find("I don't know\nbut I will find out")).extracting(m -> m.phrase().phrase())
                .containsExactly("I don't know");
    }

    @Test
    void theExcuseMustFollowInOrder_withinTheSentence() {
        assertThat(EN.find("I'll find out, but I don't know")).hasSize(1);
        assertThat(EN.find("I don't know, find out but")).hasSize(1);
        assertThat(EN.find("I don't know, but find. Out")).hasSize(1);
        assertThat(EN.find("I don't know and I don't know, but I'll find out")).isEmpty();
    }

    @Test
    void emptyAndNullText_haveNoMatch() {
        assertThat(EN.find("")).isEmpty();
        assertThat(EN.find(null)).isEmpty();
        assertThat(EN.scan("", 10)).isEqualTo(PhraseScan.EMPTY);
        assertThat(EN.find("   \n\t ... !!")).isEmpty();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // a guard against quadratic scans, not a performance assertion
    void oneMegabyteOfPhrases_givesTheFirstMatches_andTheTrueTotal() {
        String unit = "Calm down, it's our policy. ";
        String text = unit.repeat(1_048_576 / unit.length() + 1);
        int units = text.length() / unit.length();

        PhraseScan scan = EN.scan(text, 50);

        assertThat(text.length()).isGreaterThanOrEqualTo(1_048_576);
        assertThat(scan.total()).isEqualTo(2 * units);
        assertThat(scan.matches()).hasSize(50);
        assertThat(scan.truncated()).isTrue();
        assertThat(scan.matches().get(48).position()).isEqualTo(24 * unit.length());
        assertThat(scan.matches().get(49).position()).isEqualTo(24 * unit.length() + 11);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // a guard against quadratic scans, not a performance assertion
    void oneMegabyteSentence_ofExcusablePhrases_isScannedOnce() {
        // One sentence of "I don't know" repeated: each occurrence looks ahead for "but ... find out".
        String text = "I don't know ".repeat(1_048_576 / 13 + 1);
        int n = text.length() / 13;

        assertThat(EN.scan(text, 5).total()).isEqualTo(n);
        assertThat(EN.scan(text + "but I'll find out", 5).total()).isZero();
        assertThat(EN.scan(text + ". But I'll find out", 5).total()).isEqualTo(n);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void oneMegabyteWithoutPhrases_hasNoMatch() {
        String text = "x".repeat(1_048_576) + " " + "know-how ".repeat(100_000);

        assertThat(EN.scan(text, 50)).isEqualTo(PhraseScan.EMPTY);
    }

    @Test
    void listsAreData_aFileAddsALanguage(@TempDir Path dir) throws Exception {
        Path de = dir.resolve("phrases-de.json");
        Files.writeString(de, """
                { "language": "de", "phrases": [
                  { "phrase": "Das weiß ich nicht", "alternative": "Ich finde es heraus" },
                  { "phrase": "Nein", "alternative": "Was ich tun kann, ist...", "wholeSentence": true } ] }
                """);

        PhraseBook both = PhraseBook.load("en, file:" + de);

        assertThat(PhraseBook.load(de.toString()).name()).isEqualTo("de");
        assertThat(both.phrases()).hasSize(16);
        assertThat(both.find("Nein. Das WEISS ich nicht, calm down")).extracting(m -> m.phrase().alternative())
                .containsExactly("Was ich tun kann, ist...", "I understand your frustration");
        assertThat(both.find("Das weiß ich nicht")).extracting(PhraseMatch::matched).containsExactly("Das weiß ich nicht");
        assertThat(PhraseBook.load("classpath:org/servicestandards/conduct/phrases-en.json").phrases())
                .isEqualTo(EN.phrases());
    }

    @Test
    void badListsAreRejected_namingTheListPhraseAndField(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> PhraseBook.load("xx")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("phrase list 'xx'").hasMessageContaining("phrases-xx.json");
        assertThatThrownBy(() -> PhraseBook.load(" , ")).hasMessageContaining("names no list");
        assertThatThrownBy(() -> PhraseBook.load(dir.resolve("missing.json").toString()))
                .hasMessageContaining("cannot read file");
        assertThatThrownBy(() -> PhraseBook.parse("{ \"phrases\": [ { \"phrase\": \"x\" } ] }", "t.json"))
                .hasMessageContaining("phrase list t.json: phrases[0]").hasMessageContaining("'alternative' is required");
        assertThatThrownBy(() -> PhraseBook.parse("{ \"phrases\": [ { \"phrase\": \"x\", \"alternative\": \"y\","
                + " \"wholesentence\": true } ] }", "t.json")).hasMessageContaining("unknown field(s) [wholesentence]");
        assertThatThrownBy(() -> PhraseBook.parse("{ \"phrases\": [", "t.json")).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> PhraseBook.parse("{ \"phrases\": [ { \"phrase\": \"...\", \"alternative\": \"y\" } ] }",
                "t.json")).hasMessageContaining("has no word");
        assertThatThrownBy(() -> PhraseBook.parse("{ \"phrases\": [ { \"phrase\": \"a. b\", \"alternative\": \"y\" } ] }",
                "t.json")).hasMessageContaining("spans more than one sentence");
        assertThatThrownBy(() -> PhraseBook.parse("{ \"phrases\": [ { \"phrase\": \"calm down\", \"alternative\": \"y\" },"
                + " { \"phrase\": \"Calm, down!\", \"alternative\": \"z\" } ] }", "t.json"))
                .hasMessageContaining("is also a wording of phrase 'calm down'");
    }

    @Test
    void scanRejectsANegativeLimit() {
        assertThatThrownBy(() -> EN.matcher().scan("x", -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
