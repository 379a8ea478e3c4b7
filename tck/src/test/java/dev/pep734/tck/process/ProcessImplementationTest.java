package dev.pep734.tck.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pep734.tck.spi.ImplementationContext;
import dev.pep734.tck.spi.ImplementationException;
import dev.pep734.tck.spi.ImplementationInfo;
import dev.pep734.tck.spi.ModuleAliases;
import dev.pep734.tck.spi.PythonImplementation;
import dev.pep734.tck.spi.RunResult;
import dev.pep734.tck.spi.ScriptRun;
import dev.pep734.tck.spi.Session;
import dev.pep734.tck.spi.StartedImplementation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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

    @Test
    void theRunGivesThePythonTheConfiguredIdAndName() throws Exception {
        Map<String, String> config = Map.of(ProcessImplementation.RUN_ID_KEY, "acme-python-9",
                ProcessImplementation.RUN_NAME_KEY, "Acme Python");
        try (StartedImplementation started = new ProcessImplementation()
                .start(new ImplementationContext(config, GroundTruth.WORK))) {
            assertEquals("acme-python-9", started.info().id());
            assertEquals("Acme Python", started.info().name());
            assertEquals("3.14.3", started.info().version(), "the version is still the one the Python reports");
        }
    }

    @Test
    void mappedModuleNamesReachEverySubinterpreterAndAnOwnSitecustomizeStillRuns() throws Exception {
        Path own = Files.createDirectories(GroundTruth.WORK.resolve("own-site"));
        Files.writeString(own.resolve("sitecustomize.py"), "import builtins\nbuiltins.OWN_SITE_RAN = True\n");
        Path script = GroundTruth.script("""
                import sys
                import ifaces, ifaces._queues
                import concurrent.interpreters
                assert OWN_SITE_RAN, "the Python's own sitecustomize did not run"
                assert ifaces is concurrent.interpreters and ifaces.__name__ == "concurrent.interpreters"
                assert ifaces.__spec__.name == "concurrent.interpreters", ifaces.__spec__
                assert ifaces._queues is sys.modules["concurrent.interpreters._queues"]
                try:
                    import ifaces.no_such_module
                except ModuleNotFoundError:
                    pass
                else:
                    raise AssertionError("an alias of a missing submodule imported")
                sub = ifaces.create()
                sub.exec("import ifaces._queues, sys\\n"
                         "assert ifaces._queues is sys.modules['concurrent.interpreters._queues']\\n"
                         "assert OWN_SITE_RAN\\n")
                print("aliases ok")
                """);
        Map<String, String> config = Map.of(ModuleAliases.KEY, "ifaces=concurrent.interpreters");
        try (StartedImplementation started = ProcessImplementation.start("cpython",
                new ImplementationContext(config, GroundTruth.WORK), Map.of("PYTHONPATH", own.toString()));
             Session session = started.openSession()) {
            RunResult result = session.run(ScriptRun.of(script, Duration.ofSeconds(60)));
            assertEquals("aliases ok", result.stdout().strip(), result.stderr());
        }
    }

    @Test
    void aMalformedMappingIsRefusedByName() {
        ImplementationException e = assertThrows(ImplementationException.class, () -> new ProcessImplementation()
                .start(new ImplementationContext(Map.of(ModuleAliases.KEY, "interpreters"), GroundTruth.WORK)));
        assertTrue(e.getMessage().startsWith("pep734.tck.modules: 'interpreters' is not alias=target"),
                e.getMessage());
    }

    private static ImplementationContext context(String python) {
        return new ImplementationContext(Map.of(ProcessImplementation.PYTHON_KEY, python), GroundTruth.WORK);
    }
}
