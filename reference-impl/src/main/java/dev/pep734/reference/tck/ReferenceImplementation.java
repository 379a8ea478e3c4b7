package dev.pep734.reference.tck;

import dev.pep734.reference.launcher.ReferenceBuild;
import dev.pep734.reference.runtime.ApiGeneration;
import dev.pep734.reference.runtime.PythonRuntime;
import dev.pep734.tck.spi.ImplementationContext;
import dev.pep734.tck.spi.ImplementationException;
import dev.pep734.tck.spi.ImplementationInfo;
import dev.pep734.tck.spi.PythonImplementation;
import dev.pep734.tck.spi.StartedImplementation;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The GraalPy reference implementation as a TCK implementation (id {@value #ID}): every script runs in a
 * fresh {@code PythonRuntime} inside the TCK's own JVM. Chosen with {@code -Dpep734.tck.implementation=reference}.
 *
 * <p>Configuration: {@value #PROFILES_KEY} (comma list) replaces the claimed profiles, by default
 * {@link #DEFAULT_PROFILES}: every API generation the runtime serves (see {@code ApiGeneration}).
 */
public final class ReferenceImplementation implements PythonImplementation {

    /** The id this implementation is chosen by. */
    public static final String ID = "reference";

    /** Configuration key: the profiles to claim, comma separated. */
    public static final String PROFILES_KEY = "pep734.tck.profiles";

    /** The primary profile, named in configuration messages. */
    public static final String DEFAULT_PROFILE = "concurrent.interpreters-3.14";

    /** The profiles claimed unless {@value #PROFILES_KEY} says otherwise, in the spec's report order. */
    public static final Set<String> DEFAULT_PROFILES = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(
            DEFAULT_PROFILE, ApiGeneration.PEP734_AS_RELEASED, "interpreters-draft", "howto", "test.support.interpreters-3.9",
            "_interpreters-lowlevel")));

    /** Does nothing: the TCK instantiates every provider just to list the ids. */
    public ReferenceImplementation() {
    }

    @Override
    public String id() {
        return ID;
    }

    /**
     * Reads the build's versions (one GraalPy engine, no context) and the claimed profiles.
     *
     * @throws ImplementationException when GraalPy is not on the class path or the profile list is empty
     */
    @Override
    public StartedImplementation start(ImplementationContext context) throws ImplementationException {
        Set<String> profiles = profiles(context);
        ReferenceBuild build;
        try {
            build = ReferenceBuild.current();
        } catch (RuntimeException | LinkageError e) {
            throw new ImplementationException("cannot start the " + ReferenceBuild.NAME + ": " + e.getMessage()
                    + " (is org.graalvm.polyglot:python on the test class path?)", e);
        }
        ImplementationInfo info = new ImplementationInfo(ID, ReferenceBuild.NAME, build.version(), "dev.pep734",
                build.runtime(), profiles);
        try {
            SessionExecutable.install(context.workDirectory());
        } catch (java.io.IOException e) {
            throw new ImplementationException("cannot write the session's python3 into " + context.workDirectory()
                    + ": " + e.getMessage(), e);
        }
        // Most scripts test 3.14: its first ones then find contexts built (see ContextPool). Every other
        // generation warms up at its first script (the pool refills each generation it was asked for).
        if (profiles.contains(ApiGeneration.PEP734.profile())) {
            PythonRuntime.prewarm(ApiGeneration.PEP734);
        }
        return new ReferenceStarted(info, CappedOutput.DEFAULT_LIMIT);
    }

    static Set<String> profiles(ImplementationContext context) throws ImplementationException {
        if (context.get(PROFILES_KEY).isEmpty()) {
            return DEFAULT_PROFILES;
        }
        Set<String> profiles = new LinkedHashSet<>();
        Arrays.stream(context.get(PROFILES_KEY).get().split(","))
                .map(String::strip)
                .filter(profile -> !profile.isEmpty())
                .forEach(profiles::add);
        if (profiles.isEmpty()) {
            throw new ImplementationException(PROFILES_KEY + "=" + context.configuration().get(PROFILES_KEY)
                    + " names no profile: give a comma list such as " + DEFAULT_PROFILE);
        }
        return profiles;
    }
}
