package dev.pep734.tck.spi;

/**
 * The uncaught Python exception that ended a script.
 *
 * @param typeName the exception type's {@code __name__}, e.g. {@code "NotShareableError"}
 * @param qualifiedName {@code __module__ + "." + __qualname__}, or just {@code __qualname__} for builtins
 *     (as Python prints it on the last line of a traceback)
 * @param message {@code str(exception)}
 * @param traceback the formatted traceback as printed, or empty when unknown
 */
public record PythonError(String typeName, String qualifiedName, String message, String traceback) {

    /** Whether this is the given type, by short name or qualified name. */
    public boolean is(String type) {
        return type.equals(typeName) || type.equals(qualifiedName);
    }
}
