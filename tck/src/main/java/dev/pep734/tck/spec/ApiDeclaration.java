package dev.pep734.tck.spec;

import java.util.List;

/**
 * A declared API element.
 *
 * @param kind function, class, method, ...
 * @param module the module it lives in (from {@code .. module::} / {@code .. currentmodule::})
 * @param qualifiedName name within the module, e.g. {@code Interpreter.close}
 * @param signature the signature as written, e.g. {@code (callable, /, *args, **kwargs)}, or empty
 * @param parameters the parsed parameters (empty for attributes and for classes documented without them)
 * @param bases for exceptions and classes: the base classes the text names ("a subclass of X"), may be empty
 */
public record ApiDeclaration(ApiKind kind, String module, String qualifiedName, String signature,
                             List<Parameter> parameters, List<String> bases) {

    public ApiDeclaration {
        parameters = List.copyOf(parameters);
        bases = List.copyOf(bases);
    }

    /** The last dotted part: {@code close} for {@code Interpreter.close}. */
    public String simpleName() {
        int dot = qualifiedName.lastIndexOf('.');
        return dot < 0 ? qualifiedName : qualifiedName.substring(dot + 1);
    }
}
