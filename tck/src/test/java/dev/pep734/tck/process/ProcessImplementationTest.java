package dev.pep734.tck.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pep734.tck.spi.ImplementationContext;
import dev.pep734.tck.spi.ImplementationException;
import dev.pep734.tck.spi.ImplementationInfo;
import dev.pep734.tck.spi.PythonImplementation;
import dev.pep734.tck.spi.StartedImplementation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Starting the adapter: finding the executable and asking it what it is. */
class ProcessImplementationTest {

    @Test
    void isRegisteredAsAServiceUnderItsId() {
        assertTrue(ServiceLoader.load(PythonImplementation.class).stream()
                .anyMatch(p -> p.type() == ProcessImplementation.class));
        assertEquals("cpython", new ProcessImplementation().id());
    }

    @Test
    void describesTheBundledCPythonByAskingIt() throws Exception {
        ImplementationInfo info = GroundTruth.cpython().info();
        assertEquals("cpython", info.id());
        assertEquals("CPython", info.name());
        assertEquals("3.14.3", info.version());
        assertEquals("Python Software Foundation", info.vendor());
        assertTrue(info.runtime().startsWith(GroundTruth.python() + " (3.14.3"), info.runtime());
        assertEquals(Set.of("concurrent.interpreters-3.14", "concurrent.interpreters-3.14.3", "howto"), info.profiles());
    }

    @Test
    void anExplicitExecutableAndClaimedProfilesAreUsed() throws Exception {
        Map<String, String> config = Map.of(ProcessImplementation.PYTHON_KEY, GroundTruth.python().toString(),
                ProcessImplementation.PROFILES_KEY, "howto, interpreters-draft");
        try (StartedImplementation started = new ProcessImplementation()
                .start(new ImplementationContext(config, GroundTruth.WORK))) {
            assertEquals(Set.of("howto", "interpreters-draft"), started.info().profiles());
        }
    }

    @Test
    void aPythonWithoutTheModuleClaimsNoProfile() throws Exception {
        // A package 'concurrent' without 'interpreters' ahead on the path: like a Python 3.12.
        Path shadow = GroundTruth.WORK.resolve("shadow");
        Files.createDirectories(shadow.resolve("concurrent"));
        Files.writeString(shadow.resolve("concurrent/__init__.py"), "");
        try (StartedImplementation started = ProcessImplementation.start("cpython", new ImplementationContext(
                Map.of(), GroundTruth.WORK), Map.of("PYTHONPATH", shadow.toString()))) {
            assertEquals(Set.of(), started.info().profiles());
            assertEquals("3.14.3", started.info().version());
        }
    }

    @Test
    void aMissingExecutableIsNamedWithTheKeyToFix() {
        ImplementationException e = assertThrows(ImplementationException.class, () -> new ProcessImplementation()
                .start(context("/no/such/python")));
        assertTrue(e.getMessage().contains("/no/such/python does not exist"), e.getMessage());
        assertTrue(e.getMessage().contains("pep734.tck.python"), e.getMessage());
    }

    @Test
    void aFileThatIsNotExecutableIsRefused() throws Exception {
        Path plain = Files.writeString(Files.createDirectories(GroundTruth.WORK).resolve("not-executable"), "x");
        ImplementationException e = assertThrows(ImplementationException.class, () -> new ProcessImplementation()
                .start(context(plain.toString())));
        assertTrue(e.getMessage().contains("is not an executable file"), e.getMessage());
    }

    @Test
    void anExecutableThatIsNotAPythonIsRefusedByName() {
        ImplementationException e = assertThrows(ImplementationException.class, () -> new ProcessImplementation()
                .start(context("/bin/true")));
        assertTrue(e.getMessage().startsWith("/bin/true does not behave like a Python"), e.getMessage());
    }

    @Test
    void theUnpackIsReusedWhenTheJarIsUnchanged() throws Exception {
        Path python = GroundTruth.python();
        Path marker = python.getParent().getParent().resolve(".pep734-unpacked");
        long before = Files.getLastModifiedTime(marker).toMillis();
        assertEquals(python, GroundTruth.python());
        assertEquals(before, Files.getLastModifiedTime(marker).toMillis());
        assertTrue(Files.isExecutable(python));
    }

    private static ImplementationContext context(String python) {
        return new ImplementationContext(Map.of(ProcessImplementation.PYTHON_KEY, python), GroundTruth.WORK);
    }
}
