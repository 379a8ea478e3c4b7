package dev.pep734.tck.derive;

import dev.pep734.tck.spec.Parameter;
import dev.pep734.tck.spec.Parameter.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads and writes parameter lists as Python documents show them: {@code (callable, /, *args, **kwargs)}.
 *
 * <p>Errata give a replacement signature as text, so the deriver reads it here. {@code [x]} (the optional
 * notation of older documents) counts as a parameter with a default.
 */
final class SignatureText {

    private SignatureText() {
    }

    static List<Parameter> parse(String signature) {
        String body = signature.strip();
        if (body.startsWith("(") && body.endsWith(")")) {
            body = body.substring(1, body.length() - 1);
        }
        List<String> parts = splitTopLevel(body);
        boolean slashSeen = parts.stream().anyMatch(p -> p.strip().equals("/"));
        List<Parameter> params = new ArrayList<>();
        boolean keywordOnly = false;
        boolean beforeSlash = slashSeen;
        for (String raw : parts) {
            String part = raw.strip();
            boolean optional = part.startsWith("[") && part.endsWith("]");
            part = optional ? part.substring(1, part.length() - 1).strip() : part;
            if (part.isEmpty()) {
                continue;
            }
            if (part.equals("/")) {
                beforeSlash = false;
            } else if (part.equals("*")) {
                keywordOnly = true;
            } else if (part.startsWith("**")) {
                params.add(new Parameter(name(part.substring(2)), Kind.VAR_KEYWORD, null));
            } else if (part.startsWith("*")) {
                params.add(new Parameter(name(part.substring(1)), Kind.VAR_POSITIONAL, null));
                keywordOnly = true;
            } else {
                int eq = part.indexOf('=');
                String defaultValue = eq < 0 ? (optional ? "<optional>" : null) : part.substring(eq + 1).strip();
                String name = name(eq < 0 ? part : part.substring(0, eq));
                Kind kind = beforeSlash ? Kind.POSITIONAL_ONLY
                        : keywordOnly ? Kind.KEYWORD_ONLY : Kind.POSITIONAL_OR_KEYWORD;
                params.add(new Parameter(name, kind, defaultValue));
            }
        }
        return List.copyOf(params);
    }

    /** The parameter list as a document would write it, with {@code /} and {@code *} markers. */
    static String format(List<Parameter> params) {
        List<String> out = new ArrayList<>();
        boolean starWritten = false;
        for (int i = 0; i < params.size(); i++) {
            Parameter p = params.get(i);
            switch (p.kind()) {
                case VAR_POSITIONAL -> {
                    out.add("*" + p.name());
                    starWritten = true;
                }
                case VAR_KEYWORD -> out.add("**" + p.name());
                case KEYWORD_ONLY -> {
                    if (!starWritten) {
                        out.add("*");
                        starWritten = true;
                    }
                    out.add(withDefault(p));
                }
                default -> out.add(withDefault(p));
            }
            boolean lastPositionalOnly = p.kind() == Kind.POSITIONAL_ONLY
                    && (i + 1 == params.size() || params.get(i + 1).kind() != Kind.POSITIONAL_ONLY);
            if (lastPositionalOnly) {
                out.add("/");
            }
        }
        return out.stream().collect(Collectors.joining(", ", "(", ")"));
    }

    private static String withDefault(Parameter p) {
        return p.hasDefault() ? p.name() + "=" + p.defaultValue() : p.name();
    }

    /** Drops an annotation ({@code name: int}) and whitespace. */
    private static String name(String text) {
        int colon = text.indexOf(':');
        return (colon < 0 ? text : text.substring(0, colon)).strip();
    }

    /** Splits at commas that are not inside brackets or quotes. */
    private static List<String> splitTopLevel(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }
}
