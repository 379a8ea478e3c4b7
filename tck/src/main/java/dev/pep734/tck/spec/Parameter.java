package dev.pep734.tck.spec;

/**
 * One documented parameter of a callable.
 *
 * @param name the name, without stars
 * @param kind how it may be passed
 * @param defaultValue the documented default as written, or null when there is none
 */
public record Parameter(String name, Kind kind, String defaultValue) {

    public enum Kind { POSITIONAL_ONLY, POSITIONAL_OR_KEYWORD, VAR_POSITIONAL, KEYWORD_ONLY, VAR_KEYWORD }

    /**
     * Reads a parameter list as documents write it, e.g. {@code (callable, /, *args, **kwargs)}, with or
     * without the parentheses; {@code [x]} counts as a parameter with a default. Errata give signatures so.
     */
    public static java.util.List<Parameter> parseList(String signature) {
        String body = signature.strip();
        if (body.startsWith("(") && body.endsWith(")")) {
            body = body.substring(1, body.length() - 1);
        }
        return java.util.List.copyOf(SignatureParser.parameters(body));
    }

    public boolean hasDefault() {
        return defaultValue != null;
    }
}
