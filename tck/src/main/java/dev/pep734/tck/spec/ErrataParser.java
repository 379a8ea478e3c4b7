package dev.pep734.tck.spec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code errata.txt}: blocks separated by a line {@code ---}, each line {@code key: value}, a value
 * continued on lines indented by two spaces (kept as separate lines, so an {@code output} keeps its layout),
 * {@code #} lines are comments. A block that lacks a required key is reported and left out.
 */
final class ErrataParser {

    private static final List<String> REQUIRED = List.of("erratum", "target", "reason", "evidence", "instead");
    private static final Set<String> OPTIONAL = Set.of("signature", "bases", "replacement", "output", "action");

    private ErrataParser() {
    }

    static List<Erratum> parse(String text, IssueSink issues) {
        List<Erratum> errata = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        Map<String, String> block = new LinkedHashMap<>();
        String last = null;
        int start = -1;
        int pendingBlank = 0;
        String[] lines = text.split("\\r?\\n", -1);
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "---";
            int number = i + 1;
            if (line.strip().equals("---")) {
                if (start > 0) {
                    finish(block, start, ids, errata, issues);
                }
                block = new LinkedHashMap<>();
                last = null;
                start = -1;
                continue;
            }
            if (line.isBlank()) {
                pendingBlank += last == null ? 0 : 1;
                continue;
            }
            if (line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("  ") && last != null) {
                block.put(last, block.get(last) + "\n".repeat(pendingBlank + 1) + line.substring(2));
                pendingBlank = 0;
                continue;
            }
            pendingBlank = 0;
            int colon = line.indexOf(':');
            if (colon <= 0 || line.startsWith(" ")) {
                issues.error(number, "errata line is neither 'key: value' nor a continuation indented by two spaces");
                continue;
            }
            String key = line.substring(0, colon).strip();
            if (!REQUIRED.contains(key) && !OPTIONAL.contains(key)) {
                issues.warning(number, "unknown errata key '" + key + "'");
            }
            if (block.containsKey(key)) {
                issues.error(number, "errata key '" + key + "' given twice in one block");
            }
            start = start < 0 ? number : start;
            block.put(key, line.substring(colon + 1).strip());
            last = key;
        }
        return errata;
    }

    private static void finish(Map<String, String> block, int start, Map<String, Integer> ids, List<Erratum> errata,
                               IssueSink issues) {
        String id = block.getOrDefault("erratum", "");
        String name = id.isEmpty() ? "block" : "erratum '" + id + "'";
        boolean complete = true;
        for (String key : REQUIRED) {
            if (block.getOrDefault(key, "").isBlank()) {
                issues.error(start, name + " lacks '" + key + "'");
                complete = false;
            }
        }
        String action = block.get("action");
        if (action != null && !action.equals("replace") && !action.equals("not-testable")) {
            issues.error(start, name + ": action must be 'replace' or 'not-testable', not '" + action + "'");
            complete = false;
        }
        if (!id.isEmpty() && ids.containsKey(id)) {
            issues.error(start, "duplicate erratum id '" + id + "' (first at line " + ids.get(id) + ")");
            complete = false;
        }
        ids.putIfAbsent(id, start);
        if (complete) {
            Map<String, String> fields = new LinkedHashMap<>(block);
            REQUIRED.forEach(fields::remove);
            errata.add(new Erratum(id, block.get("target"), block.get("reason"), block.get("evidence"),
                    block.get("instead"), fields, SourceLocation.of(issues.resource(), start)));
        }
    }
}
