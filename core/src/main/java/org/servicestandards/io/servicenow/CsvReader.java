package org.servicestandards.io.servicenow;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads comma-separated records one at a time (RFC 4180: a field may be quoted, {@code ""} is a
 * quote inside a quoted field, a quoted field may span lines). Each record knows the line it
 * started on. Not thread-safe; holds one record at a time.
 */
final class CsvReader {
    /** Lines a quoted field may span before the record is given up as unterminated. */
    private static final int MAX_LINES_PER_RECORD = 1_000;

    /**
     * One record.
     *
     * @param line    the 1-based line it starts on
     * @param fields  its fields
     * @param problem why it is malformed (an unterminated quote), or {@code null}
     */
    record Row(int line, List<String> fields, String problem) {}

    private final BufferedReader in;
    private int line;

    CsvReader(BufferedReader in) {
        this.in = in;
    }

    /** The next record, skipping blank lines; {@code null} at the end. */
    Row next() throws IOException {
        String text;
        do {
            text = in.readLine();
            if (text == null) {
                return null;
            }
            line++;
            if (line == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
                text = text.substring(1);
            }
        } while (text.isBlank());
        int start = line;
        if (text.indexOf('"') < 0) {
            return new Row(start, Arrays.asList(text.split(",", -1)), null);
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int spanned = 1;
        while (true) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            quoted = false;
                        }
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else {
                    field.append(c);
                }
            }
            if (!quoted) {
                fields.add(field.toString());
                return new Row(start, fields, null);
            }
            String more = spanned < MAX_LINES_PER_RECORD ? in.readLine() : null;
            if (more == null) {
                fields.add(field.toString());
                return new Row(start, fields, "has a quoted field that is never closed");
            }
            line++;
            spanned++;
            field.append('\n');
            text = more;
        }
    }
}
