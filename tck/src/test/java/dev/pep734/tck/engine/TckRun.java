package dev.pep734.tck.engine;

import dev.pep734.tck.spec.ProfileSpec;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.platform.engine.UniqueId;
import javax.tools.ToolProvider;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Runs the engine on hand-made profiles with the fake deriver, each test in its own work directory. */
final class TckRun {

    static final UniqueId ENGINE = UniqueId.forEngine(Constants.ENGINE_ID);
    static final UniqueId FIXTURE = ENGINE.append("profile", "fixture");
    static final UniqueId REFERENCE = FIXTURE.append("section", "reference");

    /** What Surefire would select: a marker class naming the faithful fake. */
    static final Class<?> FAKE_MARKER = marker("fake");

    private TckRun() {
    }

    static EngineTestKit.Builder kit(String workName, ProfileSpec... specs) {
        FakeImplementation.reset();
        return EngineTestKit.engine(new Pep734TckEngine((settings, issues) -> List.of(specs), new FakeDeriver()))
                .enableImplicitConfigurationParameters(false)
                // One script at a time, so tests can check the order of runs; ParallelRunTest overrides it.
                .configurationParameter(Constants.PARALLELISM, "1")
                .configurationParameter(Constants.WORKDIR, workDir(workName).toString());
    }

    /**
     * A marker class {@code @Pep734Tck(implementation = ID)}, compiled here rather than in the test sources:
     * Surefire would otherwise hand a compiled marker to the real engine (a {@code -Dtest=...engine.**} pattern
     * matches nested classes too), which would run the real spec against a fake.
     */
    static synchronized Class<?> marker(String implementation) {
        String name = "Marker_" + implementation.replaceAll("[^A-Za-z0-9]", "_");
        Path dir = workDir("markers");
        try {
            Files.createDirectories(dir);
            Path source = dir.resolve(name + ".java");
            Files.writeString(source, "@dev.pep734.tck.engine.Pep734Tck(implementation = \"" + implementation
                    + "\")\npublic class " + name + " {\n}\n");
            String annotationHome = Path.of(Pep734Tck.class.getProtectionDomain().getCodeSource().getLocation()
                    .toURI()).toString();
            int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", dir.toString(), "-cp",
                    annotationHome, source.toString());
            if (status != 0) {
                throw new IllegalStateException("cannot compile the marker " + source);
            }
            URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, TckRun.class.getClassLoader());
            return loader.loadClass(name);
        } catch (IOException | URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot make the marker class " + name, e);
        }
    }

    static Path workDir(String name) {
        return Path.of("target", "engine-tests", name).toAbsolutePath();
    }
}
