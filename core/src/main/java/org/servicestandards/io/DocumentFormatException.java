package org.servicestandards.io;

import java.io.IOException;
import java.util.Objects;

/**
 * A document that cannot be read at all: malformed JSON or YAML, a structure that is not the
 * document format (an unknown section, a section of the wrong shape), or a configuration error (an
 * unknown standard id, a target that does not parse, an unknown time zone). Nothing is returned
 * from a document that raises it: a wrong configuration must stop the run, not be half applied.
 *
 * <p>The message reads {@code source:line:column: problem}, e.g.
 * {@code input.json:12:5: Unexpected character ('}' (code 125)) ...} or
 * {@code input.json:3:5: targets.response.emial: unknown standard; did you mean 'response.email'?}.
 * Line and column are 1-based; both are 0 when the position is unknown (the message then reads
 * {@code source: problem}).
 */
public final class DocumentFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final int column;
    private final String problem;

    /**
     * @param source  the source name, e.g. the file name; not null
     * @param line    1-based line, or 0 when unknown
     * @param column  1-based column, or 0 when unknown
     * @param problem what is wrong, without the location; not null
     * @param cause   the underlying parser exception, or null
     */
    public DocumentFormatException(String source, int line, int column, String problem, Throwable cause) {
        super(format(source, line, column, problem), cause);
        this.source = Objects.requireNonNull(source, "source");
        this.line = Math.max(0, line);
        this.column = Math.max(0, column);
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    public DocumentFormatException(String source, int line, int column, String problem) {
        this(source, line, column, problem, null);
    }

    private static String format(String source, int line, int column, String problem) {
        return line > 0 ? source + ":" + line + ":" + Math.max(1, column) + ": " + problem : source + ": " + problem;
    }

    /** The source name the document was read from. */
    public String source() { return source; }

    /** The 1-based line of the problem, or 0 when unknown. */
    public int line() { return line; }

    /** The 1-based column of the problem, or 0 when unknown. */
    public int column() { return column; }

    /** The problem without the location. */
    public String problem() { return problem; }
}
