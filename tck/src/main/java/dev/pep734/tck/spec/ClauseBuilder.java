package dev.pep734.tck.spec;

import dev.pep734.tck.spec.RstNode.BlockQuote;
import dev.pep734.tck.spec.RstNode.Directive;
import dev.pep734.tck.spec.RstNode.DoctestBlock;
import dev.pep734.tck.spec.RstNode.ListBlock;
import dev.pep734.tck.spec.RstNode.ListItem;
import dev.pep734.tck.spec.RstNode.LiteralBlock;
import dev.pep734.tck.spec.RstNode.Paragraph;
import dev.pep734.tck.spec.RstNode.Section;
import dev.pep734.tck.spec.RstNode.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a document's clause tree from its RST nodes, following the anchor rules of spec/README.md:
 * sections, API elements (directives and API tables), examples (literal blocks of Python, doctest blocks)
 * and statements (the sentences of prose; comments are never prose).
 */
final class ClauseBuilder {

    private static final Map<String, ApiKind> API_DIRECTIVES = Map.of("function", ApiKind.FUNCTION,
            "class", ApiKind.CLASS, "method", ApiKind.METHOD, "attribute", ApiKind.ATTRIBUTE,
            "exception", ApiKind.EXCEPTION, "data", ApiKind.DATA, "classmethod", ApiKind.METHOD,
            "staticmethod", ApiKind.METHOD, "property", ApiKind.ATTRIBUTE);
    /** Directives whose body is prose of the enclosing clause. */
    private static final Set<String> PROSE = Set.of("note", "warning", "important", "caution", "attention", "tip",
            "hint", "danger", "error", "admonition", "impl-detail", "deprecated", "versionadded", "versionchanged",
            "topic", "sidebar", "container");
    /** Of those, the ones whose argument is prose too ({@code .. note:: text}); the others take a version. */
    private static final Set<String> PROSE_ARGUMENT = Set.of("note", "warning", "important", "caution",
            "attention", "tip", "hint", "danger", "error", "impl-detail");
    private static final Set<String> PYTHON = Set.of("", "python", "python3", "py", "default", "pycon");

    private final IssueSink issues;
    private final Map<String, Integer> anchors = new HashMap<>();
    private String module;

    private ClauseBuilder(Profile profile, IssueSink issues) {
        this.issues = issues;
        this.module = profile.modules().isEmpty() ? "" : profile.modules().get(0);
    }

    static Clause build(Profile profile, List<RstNode> nodes, IssueSink issues) {
        ClauseDraft document = new ClauseDraft(ClauseKind.DOCUMENT, "profile:" + profile.id(), profile.title(), 1);
        new ClauseBuilder(profile, issues).visit(nodes, document, document, null);
        return document.toClause(issues.resource());
    }

    private void visit(List<RstNode> nodes, ClauseDraft container, ClauseDraft section, String cls) {
        for (RstNode node : nodes) {
            if (node instanceof Section s) {
                String value = s.label().isEmpty() ? Sentences.slug(InlineText.plain(s.title())) : s.label();
                ClauseDraft draft = container.add(new ClauseDraft(ClauseKind.SECTION,
                        // a title with no ASCII letter or digit still needs an anchor
                        unique("section:" + (value.isEmpty() ? "untitled" : value), s.line()),
                        InlineText.plain(s.title()), s.line()));
                visit(s.children(), draft, draft, null);
            } else if (node instanceof Paragraph p) {
                StatementReader.prose(container, p.text(), p.line());
            } else if (node instanceof ListBlock list) {
                for (ListItem item : list.items()) {
                    visit(item.children(), container, section, cls);
                }
            } else if (node instanceof BlockQuote quote) {
                visit(quote.children(), container, section, cls);
            } else if (node instanceof LiteralBlock literal) {
                literal(literal, container, section);
            } else if (node instanceof DoctestBlock doctest) {
                doctest(doctest.text(), doctest.line(), container, section);
            } else if (node instanceof Directive directive) {
                directive(directive, container, section, cls);
            } else if (node instanceof Table table && ApiTableReader.isApiTable(table)) {
                apiTable(table, container);
            }
        }
    }

    private void directive(Directive d, ClauseDraft container, ClauseDraft section, String cls) {
        String name = d.name().startsWith("py:") ? d.name().substring(3) : d.name();
        if (name.equals("module") || name.equals("currentmodule")) {
            module = d.argument().equals("None") ? "" : d.argument();
            if (name.equals("module") && !module.isEmpty()) {
                ClauseDraft draft = container.add(new ClauseDraft(ClauseKind.API, unique("api:" + module, d.line()),
                        module, d.line()));
                draft.appendText(InlineText.plain(d.options().getOrDefault("synopsis", "")));
                draft.api = new ApiDeclaration(ApiKind.MODULE, module, module, "", List.of(), List.of());
            }
        } else if (API_DIRECTIVES.containsKey(name)) {
            api(API_DIRECTIVES.get(name), d, container, section, cls);
        } else if (PROSE.contains(name)) {
            if (PROSE_ARGUMENT.contains(name)) {
                StatementReader.prose(container, d.argument(), d.line());
            }
            visit(d.children(), container, section, cls);
        } else if (Set.of("code-block", "code", "sourcecode").contains(name) && PYTHON.contains(d.argument())) {
            if (d.argument().equals("pycon")) {
                doctest(d.content(), d.contentLine(), container, section);
            } else {
                example(d.content(), null, d.contentLine(), container, section);
            }
        } else if (name.equals("doctest")) {
            doctest(d.content(), d.contentLine(), container, section);
        } else if (name.equals("testcode")) {
            example(d.content(), null, d.contentLine(), container, section);
        }
    }

    private void api(ApiKind kind, Directive d, ClauseDraft container, ClauseDraft section, String cls) {
        SignatureParser.Parsed parsed = SignatureParser.parse(d.argument());
        if (parsed.name().isEmpty()) {
            issues.error(d.line(), "directive '" + d.name() + "' names no API element");
            return;
        }
        if (!parsed.trailing().isEmpty()) {
            issues.warning(d.line(), "unexpected text after the signature of '" + parsed.name() + "': "
                    + parsed.trailing());
        }
        ClauseDraft draft = apiDraft(kind, parsed, cls, d.line(), container);
        boolean type = kind == ApiKind.CLASS || kind == ApiKind.EXCEPTION;
        visit(d.children(), draft, section, type ? draft.anchorValue() : cls);
        draft.api = declaration(kind, draft, parsed, type ? Bases.fromText(draft.text()) : List.of());
    }

    private void apiTable(Table table, ClauseDraft container) {
        ClauseDraft currentClass = null;
        for (ApiTableReader.Row row : ApiTableReader.rows(table)) {
            if (row.member() && currentClass == null) {
                issues.warning(row.line(), "API table row '." + row.signature().name()
                        + "' names a member, but no class row comes before it");
            }
            ClauseDraft parent = row.member() && currentClass != null ? currentClass : container;
            String owner = row.member() && currentClass != null ? currentClass.anchorValue() : null;
            ClauseDraft draft = apiDraft(row.kind(), row.signature(), owner, row.line(), parent);
            StatementReader.prose(draft, row.description(), row.line());
            draft.api = declaration(row.kind(), draft, row.signature(), row.bases());
            if (row.kind() == ApiKind.CLASS || row.kind() == ApiKind.EXCEPTION) {
                currentClass = draft;
            } else if (!row.member()) {
                currentClass = null;
            }
        }
    }

    private ClauseDraft apiDraft(ApiKind kind, SignatureParser.Parsed parsed, String owner, int line,
                                 ClauseDraft container) {
        String name = parsed.name();
        if (!module.isEmpty() && name.startsWith(module + ".")) {
            name = name.substring(module.length() + 1);
        }
        String qualified = owner != null && !name.contains(".") ? owner + "." + name : name;
        String anchor = unique("api:" + qualified, line);
        boolean callable = kind == ApiKind.FUNCTION || kind == ApiKind.METHOD;
        String title = anchor.substring(4) + (callable ? "()" : "");
        return container.add(new ClauseDraft(ClauseKind.API, anchor, title, line));
    }

    private ApiDeclaration declaration(ApiKind kind, ClauseDraft draft, SignatureParser.Parsed parsed,
                                       List<String> bases) {
        return new ApiDeclaration(kind, module, draft.anchorValue(), parsed.signature(), parsed.parameters(), bases);
    }

    private void literal(LiteralBlock literal, ClauseDraft container, ClauseDraft section) {
        if (Examples.introducesOutput(literal.intro()) && section.lastExample != null
                && section.lastExample.expectedOutput == null) {
            section.lastExample.expectedOutput = literal.text();
            return;
        }
        if (literal.text().startsWith("$ ") || literal.text().startsWith("% ")) {
            return;
        }
        example(literal.text(), null, literal.line(), container, section);
    }

    private void doctest(String session, int line, ClauseDraft container, ClauseDraft section) {
        example(session, Examples.doctestOutput(session), line, container, section);
    }

    private void example(String code, String output, int line, ClauseDraft container, ClauseDraft section) {
        int n = ++section.examples;
        String where = section.kind == ClauseKind.DOCUMENT ? "document" : section.anchorValue();
        ClauseDraft draft = container.add(new ClauseDraft(ClauseKind.EXAMPLE, "example:" + where + "/" + n,
                section.title + ", example " + n, line));
        draft.setText(code);
        draft.expectedOutput = output;
        section.lastExample = draft;
    }

    /** Anchors of sections and API elements are unique in the document; a repeated one gets -2, -3, ... */
    private String unique(String anchor, int line) {
        Integer first = anchors.putIfAbsent(anchor, line);
        if (first == null) {
            return anchor;
        }
        int n = 2;
        while (anchors.containsKey(anchor + "-" + n)) {
            n++;
        }
        String renamed = anchor + "-" + n;
        anchors.put(renamed, line);
        issues.warning(line, "duplicate anchor '" + anchor + "' (first at line " + first + "); this one is '"
                + renamed + "'");
        return renamed;
    }
}
