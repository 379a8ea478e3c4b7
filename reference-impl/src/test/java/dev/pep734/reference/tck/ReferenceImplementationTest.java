package dev.pep734.reference.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pep734.tck.spi.ImplementationContext;
import dev.pep734.tck.spi.ImplementationException;
import dev.pep734.tck.spi.ImplementationInfo;
import dev.pep734.tck.spi.PythonImplementation;
import dev.pep734.tck.spi.StartedImplementation;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReferenceImplementationTest {

    private static ImplementationContext context(Map<String, String> configuration) {
        return new ImplementationContext(configuration, Path.of("target"));
    }

    @Test
    void isFoundByServiceLoaderUnderItsId() {
        List<PythonImplementation> found = ServiceLoader.load(PythonImplementation.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(implementation -> implementation.id().equals("reference"))
                .toList();
        assertEquals(1, found.size());
        assertEquals(ReferenceImplementation.class, found.get(0).getClass());
    }

    @Test
    void describesItselfWithTheBuildsVersionAndTheGraalPyItRunsOn() throws Exception {
        Properties build = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/dev/pep734/reference/launcher/build.properties")) {
            build.load(in);
        }
        try (StartedImplementation started = new ReferenceImplementation().start(context(Map.of()))) {
            ImplementationInfo info = started.info();
            assertEquals("reference", info.id());
            assertEquals("GraalPy reference implementation of PEP 734", info.name());
            assertEquals(build.getProperty("version"), info.version());
            assertTrue(!info.version().contains("${"), "the version was filtered: " + info.version());
            assertEquals("dev.pep734", info.vendor());
            assertEquals("GraalPy " + graalpyVersion() + " on " + System.getProperty("java.vm.name") + " "
                    + System.getProperty("java.version"), info.runtime());
            // Every generation the runtime serves.
            assertEquals(Set.of("concurrent.interpreters-3.14", "concurrent.interpreters-3.14.3", "interpreters-draft",
                    "howto", "test.support.interpreters-3.9", "_interpreters-lowlevel"), info.profiles());
        }
    }

    /** Asked of the polyglot API independently of ReferenceBuild, so that a wrong source of the version shows. */
    private static String graalpyVersion() {
        try (org.graalvm.polyglot.Engine engine = org.graalvm.polyglot.Engine.newBuilder()
                .option("engine.WarnInterpreterOnly", "false").build()) {
            return engine.getVersion();
        }
    }

    @Test
    void profilesCanBeReplacedByConfiguration() throws ImplementationException {
        assertEquals(Set.of("howto", "interpreters-draft"), ReferenceImplementation.profiles(
                context(Map.of("pep734.tck.profiles", " howto, interpreters-draft ,"))));
        assertEquals(Set.of("concurrent.interpreters-3.14", "concurrent.interpreters-3.14.3", "interpreters-draft",
                    "howto", "test.support.interpreters-3.9", "_interpreters-lowlevel"), ReferenceImplementation.profiles(
                context(Map.of("pep734.tck.profiles", "  "))));
    }

    @Test
    void aProfileListWithoutProfilesIsRefusedWithTheFix() {
        ImplementationException refused = assertThrows(ImplementationException.class,
                () -> ReferenceImplementation.profiles(context(Map.of("pep734.tck.profiles", ", ,"))));
        assertEquals("pep734.tck.profiles=, , names no profile: give a comma list such as concurrent.interpreters-3.14",
                refused.getMessage());
    }

    @Test
    void aClosedImplementationOpensNoSession() throws ImplementationException {
        StartedImplementation started = new ReferenceStarted(
                new ImplementationInfo("reference", "n", "v", "dev.pep734", "r", Set.of()), 100);
        started.openSession().close();
        started.close();
        started.close();
        assertThrows(ImplementationException.class, started::openSession);
    }
}
