package org.servicestandards.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.servicestandards.config.Catalogue;
import org.servicestandards.config.StandardDefinition;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.facts.Text;

/** How the assertions describe findings in their failure messages. Stateless. */
final class FindingText {
    private FindingText() {}

    /**
     * One finding on two lines: kind, standard, subject, customer and case, instants, lateness,
     * evidence and attributes; then its sentence.
     */
    static String line(Finding f) {
        StringBuilder sb = new StringBuilder("  ").append(f.kind()).append(' ').append(f.standardId()).append(' ')
                .append(f.subjectType()).append(' ').append(f.subjectId());
        List<String> who = new ArrayList<>();
        if (f.customerId() != null) {
            who.add("customer " + f.customerId());
        }
        if (f.caseId() != null && !("case".equals(f.subjectType()) && f.caseId().equals(f.subjectId()))) {
            who.add("case " + f.caseId());
        }
        if (f.agentId() != null) {
            who.add("agent " + f.agentId());
        }
        if (!who.isEmpty()) {
            sb.append(" (").append(String.join(", ", who)).append(')');
        }
        List<String> when = new ArrayList<>();
        if (f.startedAt() != null) {
            when.add("started " + f.startedAt());
        }
        if (f.dueAt() != null) {
            when.add("due " + f.dueAt());
        }
        when.add("at " + f.at());
        if (f.lateBy() != null) {
            when.add("late by " + Text.duration(f.lateBy()));
        }
        sb.append(": ").append(String.join(", ", when));
        if (!f.evidence().isEmpty()) {
            sb.append("; evidence: ").append(f.evidence().stream().map(Object::toString).collect(Collectors.joining(", ")));
        }
        if (!f.attributes().isEmpty()) {
            sb.append("; ").append(new TreeMap<>(f.attributes()).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(", ")));
        }
        return sb.append("\n      ").append(f.reason()).toString();
    }

    /** The most findings a message lists; the rest are counted. */
    static final int LIMIT = 20;

    /** The findings one per entry (at most {@value #LIMIT}, then how many more), or {@code "  (none)"}. */
    static String lines(List<Finding> findings) {
        if (findings.isEmpty()) {
            return "  (none)";
        }
        String shown = findings.stream().limit(LIMIT).map(FindingText::line).collect(Collectors.joining("\n"));
        return findings.size() <= LIMIT ? shown : shown + "\n  ... and " + (findings.size() - LIMIT) + " more";
    }

    /**
     * What an evaluation has of one standard: {@code "response.email has these 2 findings:\n..."}, or
     * that it has none, naming the standards that do have findings (and a near catalogue id when the
     * id is not one).
     */
    static String ofStandard(Evaluation evaluation, String standardId) {
        List<Finding> findings = evaluation.findings(standardId);
        if (!findings.isEmpty()) {
            return standardId + " has " + (findings.size() == 1 ? "this finding" : "these " + findings.size()
                    + " findings") + ":\n" + lines(findings);
        }
        StringBuilder sb = new StringBuilder(standardId).append(" has no findings");
        if (Catalogue.find(standardId).isEmpty()) {
            String near = nearest(standardId);
            sb.append("; '").append(standardId).append("' is not a catalogue standard id")
                    .append(near == null ? "" : " (did you mean '" + near + "'?)");
        }
        List<String> with = evaluation.findings().stream().map(Finding::standardId).distinct().toList();
        sb.append(with.isEmpty() ? "; the evaluation has no findings at all"
                : "; standards with findings: " + String.join(", ", with));
        return sb.toString();
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    /** The catalogue id closest to {@code id} by edit distance, if it is close (at most a third of it). */
    static String nearest(String id) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (StandardDefinition d : Catalogue.all()) {
            int distance = distance(id, d.id());
            if (distance < bestDistance) {
                bestDistance = distance;
                best = d.id();
            }
        }
        return best != null && bestDistance <= Math.max(2, id.length() / 3) ? best : null;
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
