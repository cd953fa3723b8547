package org.servicestandards.io.servicenow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicestandards.model.CaseStatus;
import org.servicestandards.model.DatasetValidator;
import org.servicestandards.model.StatusChange;
import org.servicestandards.model.SupportCase;

/** The import streams: memory is bounded by the window, and event order is the file's. */
class ServiceNowStreamingTest {
    static final int INCIDENTS = 25_000;
    static final int ROWS_PER_INCIDENT = 6;

    /**
     * A 150,000-row log in the UCI form, generated as it is read (the test holds none of it): 25,000
     * incidents of 6 events, each pair of incidents interleaved row by row.
     */
    static final class SyntheticLog extends Reader {
        private static final String[] STATES = {"New", "Active", "Awaiting User Info", "Active", "Resolved", "Closed"};
        private final StringBuilder pending = new StringBuilder(ServiceNowImporterTest.HEADER).append('\n');
        private int pos;
        private int pair;
        private int step;

        @Override
        public int read(char[] buf, int off, int len) {
            while (pos >= pending.length()) {
                if (pair * 2 >= INCIDENTS) {
                    return -1;
                }
                pending.setLength(0);
                pos = 0;
                for (int k = 0; k < 2; k++) {
                    pending.append(row(pair * 2 + k, step)).append('\n');
                }
                if (++step == ROWS_PER_INCIDENT) {
                    step = 0;
                    pair++;
                }
            }
            int n = Math.min(len, pending.length() - pos);
            pending.getChars(pos, pos + n, buf, off);
            pos += n;
            return n;
        }

        private static String row(int incident, int step) {
            int day = 1 + incident % 28;
            String opened = day + "/2/2016 9:00";
            String updated = day + "/2/2016 " + (9 + step) + ":" + (10 + incident % 50);
            return String.join(",", "INC" + (10_000_000 + incident), STATES[step], step == 5 ? "false" : "true",
                    String.valueOf(step / 2), "0", String.valueOf(step), "true", "Caller " + (incident % 5_000),
                    "Opened by 17", opened, "Created by 4", opened, "Updated by " + (incident % 900), updated, "Phone",
                    "Location 143", "Category 55", "Subcategory 170", "Symptom 72", "?", "2 - Medium", "2 - Medium",
                    "3 - Moderate", "Group " + (incident % 70 + step / 2), "Resolver " + (incident % 230), "true",
                    "false", "Do Not Notify", "?", "?", "?", "?", "code 5", "Resolved by 149", opened, opened);
        }

        @Override
        public void close() {}
    }

    static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }

    @Test
    void a150kRowLog_importsBatchByBatch_inBoundedMemory() throws IOException {
        long baseline = usedAfterGc();
        long[] peak = {0};
        int[] cases = {0};
        int[] batches = {0};
        List<String> problems = new ArrayList<>();

        ServiceNowSummary summary = ServiceNowImporter.create().read(new SyntheticLog(), "synthetic.csv", batch -> {
            batches[0]++;
            cases[0] += batch.records().cases().size();
            if (batch.records().cases().size() > 500) {
                problems.add("batch " + batches[0] + " has " + batch.records().cases().size() + " cases");
            }
            if (!DatasetValidator.validate(batch.records()).errors().isEmpty() || !batch.errors().isEmpty()) {
                problems.add("batch " + batches[0] + " has errors");
            }
            for (SupportCase c : batch.records().cases()) {
                if (c.history().size() != 4 || c.status() != CaseStatus.CLOSED || c.reassignments() != 2) {
                    problems.add(c.id() + " was not put together: " + c.history());
                }
            }
            if (batches[0] % 10 == 0) {
                peak[0] = Math.max(peak[0], usedAfterGc() - baseline);
            }
        });

        assertThat(problems).isEmpty();
        assertThat(summary.rows()).isEqualTo(INCIDENTS * ROWS_PER_INCIDENT);
        assertThat(summary.incidents()).isEqualTo(INCIDENTS).isEqualTo(cases[0]);
        assertThat(summary.batches()).isEqualTo(50).isEqualTo(batches[0]);
        // Holding every row would take well over 100 MB; the window of 1,000 incidents and one batch of
        // 500 take a few.
        assertThat(peak[0]).as("heap growth while streaming, bytes").isLessThan(32L << 20);
    }

    @Test
    void eventsKeepTheFilesOrder_anEarlierStampIsMovedForwardToThePreviousChange() throws IOException {
        // As INC0000137 in the sample (rows 359-362): an event stamped 11:10 comes before one stamped 09:52.
        ServiceNowImport odd = ServiceNowImporterTest.read(
                event("New", "29/2/2016 11:10"),
                event("New", "29/2/2016 9:52"),
                event("Resolved", "29/2/2016 11:03"),
                event("Active", "29/2/2016 10:00"),
                event("Closed", "5/3/2016 12:00"));

        SupportCase c = odd.records().cases().get(0);
        assertThat(c.history()).containsExactly(
                StatusChange.of(ServiceNowImporterTest.utc("2016-02-29T11:03:00Z"), CaseStatus.RESOLVED),
                StatusChange.of(ServiceNowImporterTest.utc("2016-02-29T11:03:00Z"), CaseStatus.OPEN),
                StatusChange.of(ServiceNowImporterTest.utc("2016-03-05T12:00:00Z"), CaseStatus.CLOSED));
        assertThat(c.reopenings()).isEqualTo(1);
    }

    static String event(String state, String updatedAt) {
        return ServiceNowImporterTest.row("INC1", state, "0", "0", "Caller 1", "29/2/2016 9:48", updatedAt, "4 - Low",
                "Group 1", "?");
    }

    @Test
    void aBomAndBlankLines_areIgnored() throws IOException {
        ServiceNowImport imp = ServiceNowImporter.create().read(new StringReader("\uFEFF" + ServiceNowImporterTest.HEADER
                + "\n\n" + ServiceNowImporterTest.row("INC1", "New", "2/3/2026 9:00") + "\n\n"), "bom.csv");

        assertThat(imp.errors()).isEmpty();
        assertThat(imp.records().cases()).hasSize(1);
        assertThat(imp.incidents().get(0).firstRow()).isEqualTo(3);
    }
}
