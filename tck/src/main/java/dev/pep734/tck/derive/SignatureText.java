package dev.pep734.tck.derive;

import dev.pep734.tck.spec.Parameter;
import dev.pep734.tck.spec.Parameter.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads and writes parameter lists as Python documents show them: {@code (callable, /, *args, **kwargs)}.
 * Errata give a replacement signature as text; reading is the spec reader's ({@link Parameter#parseList}).
 */
final class SignatureText {

    private SignatureText() {
    }

    static List<Parameter> parse(String signature) {
        return Parameter.parseList(signature);
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
}
