package dev.pep734.reference.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Language;

/**
 * What this build of the reference implementation is: shared by the launcher ({@code -V}) and the TCK
 * provider (its {@code ImplementationInfo}) so both say the same thing.
 *
 * @param version the project version this jar was built as
 * @param graalpyVersion the GraalPy (polyglot) version actually on the class path
 * @param pythonVersion the Python language version GraalPy implements, e.g. {@code 3.12.8}
 */
public record ReferenceBuild(String version, String graalpyVersion, String pythonVersion) {

    /** The product name, as reports and {@code -VV} show it. */
    public static final String NAME = "GraalPy reference implementation of PEP 734";

    /**
     * Reads the build facts. Costs one polyglot {@code Engine} (a few hundred milliseconds, no context), because
     * the versions are asked of the GraalPy that is really on the class path rather than of the pom.
     *
     * @throws IllegalStateException when the build's resource or the Python language is missing
     */
    public static ReferenceBuild current() {
        Properties properties = new Properties();
        try (InputStream in = ReferenceBuild.class.getResourceAsStream("build.properties")) {
            if (in == null) {
                throw new IllegalStateException("build.properties is missing next to " + ReferenceBuild.class.getName()
                        + ": build the reference implementation with Maven (resource filtering writes it)");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Engine engine = Engine.newBuilder().option("engine.WarnInterpreterOnly", "false").build()) {
            Language python = engine.getLanguages().get("python");
            if (python == null) {
                throw new IllegalStateException("GraalPy (org.graalvm.polyglot:python) is not on the class path");
            }
            return new ReferenceBuild(properties.getProperty("version"), engine.getVersion(), python.getVersion());
        }
    }

    /** {@code GraalPy 25.2.4 on OpenJDK 64-Bit Server VM 17.0.15}. */
    public String runtime() {
        return "GraalPy " + graalpyVersion + " on " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.version");
    }
}
