package dev.pep734.reference.runtime;

import java.util.Optional;

/**
 * How a run of the main interpreter ended.
 *
 * @param exitCode what {@code python} would exit with: 0, 1 for an uncaught exception, n for {@code SystemExit(n)}
 * @param error the uncaught exception, when there was one (not for {@code SystemExit})
 * @param cancelled whether the run was stopped by {@link PythonRuntime#close()} from another thread
 */
public record RunOutcome(int exitCode, Optional<GuestError> error, boolean cancelled) {
}
