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

    public boolean hasDefault() {
        return defaultValue != null;
    }
}
