package dev.pep734.tck.spec;

import dev.pep734.tck.spec.RstNode.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * API tables, as the drafts use them instead of directives. Two shapes are read:
 * <ul>
 *   <li>a {@code signature | description} table: rows {@code list_all() -> [Interpreter]} (function),
 *       {@code class Interpreter} or {@code class X(Base)} (class), {@code .id} / {@code .close()} (attribute /
 *       method of the class row above), {@code exception X(Base)};</li>
 *   <li>a {@code class | base class | description} table: one class per row; a row is an exception when its
 *       base is an exception (a name ending in Error, Exception or Warning, or an exception row above).</li>
 * </ul>
 * Any other table is not an API table.
 */
final class ApiTableReader {

    /** One row read as an API element. {@code member} rows belong to the class row above them. */
    record Row(ApiKind kind, SignatureParser.Parsed signature, List<String> bases, String description, int line,
               boolean member) {
    }

    private ApiTableReader() {
    }

    static boolean isApiTable(Table table) {
        List<String> header = header(table);
        return !header.isEmpty() && (header.get(0).equals("signature")
                || (header.get(0).equals("class") && header.contains("base class")));
    }

    static List<Row> rows(Table table) {
        List<String> header = header(table);
        List<Row> rows = new ArrayList<>();
        boolean signatures = header.get(0).equals("signature");
        int base = header.indexOf("base class");
        int description = header.contains("description") ? header.indexOf("description") : header.size() - 1;
        Set<String> exceptions = new HashSet<>();
        for (int r = table.headerRows(); r < table.rows().size(); r++) {
            List<String> cells = table.rows().get(r);
            String first = InlineText.plain(cells.get(0));
            if (first.isEmpty()) {
                continue;
            }
            String desc = description < cells.size() ? cells.get(description) : "";
            int line = r < table.rowLines().size() ? table.rowLines().get(r) : table.line();
            rows.add(signatures ? signatureRow(first, desc, line)
                    : classRow(first, base < cells.size() ? InlineText.plain(cells.get(base)) : "", desc, line,
                    exceptions));
        }
        return rows;
    }

    private static Row signatureRow(String cell, String description, int line) {
        for (String keyword : List.of("class ", "exception ")) {
            if (cell.startsWith(keyword)) {
                SignatureParser.Parsed parsed = SignatureParser.parse(cell.substring(keyword.length()));
                List<String> bases = parsed.parameters().stream().map(Parameter::name).toList();
                SignatureParser.Parsed bare = new SignatureParser.Parsed(parsed.name(), "", List.of(), parsed.trailing());
                return new Row(keyword.equals("class ") ? ApiKind.CLASS : ApiKind.EXCEPTION, bare, bases,
                        description, line, false);
            }
        }
        boolean member = cell.startsWith(".");
        SignatureParser.Parsed parsed = SignatureParser.parse(member ? cell.substring(1) : cell);
        boolean callable = !parsed.signature().isEmpty();
        ApiKind kind = member ? (callable ? ApiKind.METHOD : ApiKind.ATTRIBUTE)
                : (callable ? ApiKind.FUNCTION : ApiKind.DATA);
        return new Row(kind, parsed, List.of(), description, line, member);
    }

    private static Row classRow(String name, String base, String description, int line, Set<String> exceptions) {
        boolean exception = exceptions.contains(base) || base.endsWith("Error") || base.endsWith("Exception")
                || base.endsWith("Warning");
        if (exception) {
            exceptions.add(name);
        }
        return new Row(exception ? ApiKind.EXCEPTION : ApiKind.CLASS, new SignatureParser.Parsed(name, "", List.of(), ""),
                base.isEmpty() ? List.of() : List.of(base), description, line, false);
    }

    private static List<String> header(Table table) {
        if (table.headerRows() < 1 || table.rows().isEmpty()) {
            return List.of();
        }
        return table.rows().get(0).stream().map(c -> InlineText.plain(c).toLowerCase(Locale.ROOT)).toList();
    }
}
