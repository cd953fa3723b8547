package org.servicestandards.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.model.DatasetValidator;
import org.servicestandards.model.InputError;

class DocumentTest {

    @Test
    void withReadErrors_putsReadErrorsFirst_andLocatesTheValidatorsErrors() throws IOException {
        String json = String.join("\n",
                "{\"customers\": [",
                "  {\"id\": \"C-1\"},",
                "  {\"id\": \"C-1\"},",
                "  {\"id\": \"C-1\"},",
                "  {\"id\": \"C-2\", \"tier\": \"gold\"}",
                "], \"interactions\": [",
                "  {\"id\": \"I-1\", \"customerId\": \"C-9\", \"channel\": \"email\", \"direction\": \"inbound\","
                        + " \"at\": \"2026-03-02T09:00:00Z\"}",
                "]}");
        Document doc = DocumentReader.create().read(new StringReader(json), "input.json");
        DatasetValidator.Result validated = DatasetValidator.validate(doc.records());
        Evaluation evaluation = new Evaluation(Instant.parse("2026-03-06T17:00:00Z"), List.of(), validated.errors(),
                1, validated.errors().size());

        Evaluation combined = doc.withReadErrors(evaluation);

        assertThat(combined.inputErrors()).extracting(InputError::recordId, InputError::field, InputError::location)
                .containsExactly(
                        tuple("C-2", "tier", "input.json:5:3"),
                        tuple("C-1", "id", "input.json:3:3"),
                        tuple("C-1", "id", "input.json:4:3"),
                        tuple("I-1", "customerId", "input.json:7:3"));
        assertThat(combined.recordsRejected()).isEqualTo(4);
        assertThat(combined.recordsEvaluated()).isEqualTo(1);
        assertThat(doc.locationOf("customer", "C-1")).isEqualTo("input.json:2:3");
        assertThat(doc.locationOf("customer", "C-2")).isNull();
    }
}
