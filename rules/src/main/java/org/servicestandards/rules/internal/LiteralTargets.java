package org.servicestandards.rules.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.RuleDescr;
import org.servicestandards.calendar.Target;
import org.servicestandards.rules.RuleProblem;

/**
 * The "target written as a literal" heuristic of rule validation. Targets and thresholds belong in
 * configuration ({@code clocks}, {@code Setting} facts), so that operators can tune them without
 * editing rules. Within a rule (comments and metadata ignored), it warns about:
 * <ol>
 *   <li>date arithmetic: {@code .plusSeconds(}, {@code .plusHours(}, {@code .minusDays(}, ... (any
 *       {@code plus}/{@code minus} of a time unit), {@code Duration.of...(}, {@code Duration.parse(},
 *       {@code Period.of...(}, {@code ChronoUnit.};</li>
 *   <li>a comparison ({@code < <= > >= == !=}) with a number literal other than 0 and 1, on either
 *       side ({@code rings <= 3}, {@code secondsToAnswer > 18}); 0 and 1 are left alone because they
 *       are structure ("none", "at least one"), not targets;</li>
 *   <li>a string literal that reads as a target: {@code "2 business days"}, {@code "PT4H"},
 *       {@code "3 rings"} (a sentence that merely contains one is fine).</li>
 * </ol>
 * It is a heuristic: it can miss a literal (a number in a Java helper the rule calls) and can flag
 * a number that is not a target; a warning never stops a rule set from loading.
 */
final class LiteralTargets {
    private static final Pattern ARITHMETIC = Pattern.compile(
            "\\.\\s*(?:plus|minus)(?:Nanos|Millis|Seconds|Minutes|Hours|Days|Weeks|Months|Years)\\s*\\("
                    + "|\\b(?:Duration|Period)\\s*\\.\\s*(?:of\\w*|parse)\\s*\\("
                    + "|\\bChronoUnit\\s*\\.");
    private static final Pattern COMPARISON_RIGHT = Pattern.compile(
            "(<=|>=|==|!=|<|>)\\s*(-?\\d+(?:\\.\\d+)?)(?![\\w.])");
    private static final Pattern COMPARISON_LEFT = Pattern.compile(
            "(?<![\\w.$])(\\d+(?:\\.\\d+)?)\\s*(<=|>=|==|!=|<|>)(?!=)");
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern RINGS = Pattern.compile("\\s*\\d+\\s+rings?\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern ANNOTATION = Pattern.compile("@[A-Za-z_][\\w.]*\\s*\\(");

    private LiteralTargets() {}

    static void check(String file, String text, RuleDescr rule, List<RuleProblem> out) {
        int start = Math.max(0, rule.getStartCharacter());
        int end = Math.min(text.length(), rule.getEndCharacter());
        if (end <= start) {
            return;
        }
        char[] code = text.substring(start, end).toCharArray();
        maskComments(code);
        maskAnnotations(code);
        maskFirstString(code);
        String withStrings = new String(code);
        String noStrings = maskStrings(withStrings);
        String name = rule.getName();

        Matcher m = ARITHMETIC.matcher(noStrings);
        while (m.find()) {
            String what = m.group().replaceAll("\\s+", "").replaceFirst("^\\.", "").replaceFirst("\\($", "");
            out.add(RuleProblem.warning(file, RuleChecks.lineOf(text, start + m.start()), name,
                    "time arithmetic in DRL (" + what + "): a target written as a literal? compute deadlines with"
                            + " `clocks` from a configured target"));
        }
        m = COMPARISON_RIGHT.matcher(noStrings);
        while (m.find()) {
            literal(file, text, start + m.start(2), m.group(2), m.group(1) + " " + m.group(2), name, out);
        }
        m = COMPARISON_LEFT.matcher(noStrings);
        while (m.find()) {
            literal(file, text, start + m.start(1), m.group(1), m.group(1) + " " + m.group(2), name, out);
        }
        m = STRING.matcher(withStrings);
        while (m.find()) {
            String content = m.group(1);
            if (readsAsTarget(content)) {
                out.add(RuleProblem.warning(file, RuleChecks.lineOf(text, start + m.start()), name,
                        "the string \"" + content + "\" reads as a target written as a literal: take it from"
                                + " configuration (a standard's target or a parameter, through `clocks` or a Setting)"));
            }
        }
    }

    private static void literal(String file, String text, int at, String number, String shown, String name,
                                List<RuleProblem> out) {
        BigDecimal v = new BigDecimal(number).abs();
        if (v.compareTo(BigDecimal.ONE) <= 0) {
            return;
        }
        out.add(RuleProblem.warning(file, RuleChecks.lineOf(text, at), name, "comparison with the literal " + number
                + " (" + shown + "): a target or threshold written as a literal? read it from configuration, e.g."
                + " Setting( standardId == \"...\", name == \"...\", $max : number )"));
    }

    static boolean readsAsTarget(String content) {
        if (content.isBlank() || content.chars().noneMatch(Character::isDigit) || content.length() > 40) {
            return false;
        }
        if (RINGS.matcher(content).matches()) {
            return true;
        }
        try {
            Target.parse(content);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Blanks // and /* comments (not inside strings), keeping line breaks. */
    private static void maskComments(char[] c) {
        int i = 0;
        while (i < c.length) {
            if (c[i] == '"') {
                i = endOfString(c, i);
            } else if (c[i] == '/' && i + 1 < c.length && c[i + 1] == '/') {
                while (i < c.length && c[i] != '\n') {
                    c[i++] = ' ';
                }
            } else if (c[i] == '/' && i + 1 < c.length && c[i + 1] == '*') {
                while (i < c.length && !(c[i] == '*' && i + 1 < c.length && c[i + 1] == '/')) {
                    if (c[i] != '\n') {
                        c[i] = ' ';
                    }
                    i++;
                }
                if (i < c.length) {
                    c[i++] = ' ';
                    if (i < c.length) {
                        c[i++] = ' ';
                    }
                }
            } else {
                i++;
            }
        }
    }

    /** Blanks {@code @name(...)} metadata (its values are declarations, not code). */
    private static void maskAnnotations(char[] c) {
        Matcher m = ANNOTATION.matcher(new String(c));
        int from = 0;
        while (m.find(from)) {
            int i = m.end();
            int depth = 1;
            while (i < c.length && depth > 0) {
                if (c[i] == '"') {
                    i = endOfString(c, i);
                    continue;
                }
                if (c[i] == '(') {
                    depth++;
                } else if (c[i] == ')') {
                    depth--;
                }
                i++;
            }
            for (int k = m.start(); k < i && k < c.length; k++) {
                if (c[k] != '\n') {
                    c[k] = ' ';
                }
            }
            from = Math.min(i, c.length);
            if (from >= c.length) {
                break;
            }
        }
    }

    /** Blanks the rule's name (the first string literal). */
    private static void maskFirstString(char[] c) {
        for (int i = 0; i < c.length; i++) {
            if (c[i] == '"') {
                int end = endOfString(c, i);
                for (int k = i; k < end; k++) {
                    if (c[k] != '\n') {
                        c[k] = ' ';
                    }
                }
                return;
            }
        }
    }

    private static String maskStrings(String s) {
        char[] c = s.toCharArray();
        int i = 0;
        while (i < c.length) {
            if (c[i] == '"') {
                int end = endOfString(c, i);
                for (int k = i + 1; k < end - 1; k++) {
                    if (c[k] != '\n') {
                        c[k] = ' ';
                    }
                }
                i = end;
            } else {
                i++;
            }
        }
        return new String(c);
    }

    /** The index just after the string literal starting at {@code i}. */
    private static int endOfString(char[] c, int i) {
        int k = i + 1;
        while (k < c.length && c[k] != '"' && c[k] != '\n') {
            if (c[k] == '\\') {
                k++;
            }
            k++;
        }
        return Math.min(c.length, k + 1);
    }
}
