package dev.pep734.reference.runtime;

/**
 * An uncaught Python exception of the main interpreter.
 *
 * @param typeName {@code type(e).__name__}
 * @param qualifiedName {@code __module__.__qualname__}, or the bare qualname for builtins
 * @param message {@code str(e)}
 * @param traceback the traceback as Python prints it
 */
public record GuestError(String typeName, String qualifiedName, String message, String traceback) {
}
