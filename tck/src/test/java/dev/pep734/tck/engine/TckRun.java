package dev.pep734.tck.engine;

import dev.pep734.tck.spec.ProfileSpec;
import java.nio.file.Path;
import java.util.List;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Runs the engine on hand-made profiles with the fake deriver, each test in its own work directory. */
final class TckRun {

    static final UniqueId ENGINE = UniqueId.forEngine(Constants.ENGINE_ID);
    static final UniqueId FIXTURE = ENGINE.append("profile", "fixture");
    static final UniqueId REFERENCE = FIXTURE.append("section", "reference");

    /** What Surefire would select: a marker class naming the faithful fake. */
    @Pep734Tck(implementation = "fake")
    static final class FakeMarker {
    }

    private TckRun() {
    }

    static EngineTestKit.Builder kit(String workName, ProfileSpec... specs) {
        FakeImplementation.reset();
        return EngineTestKit.engine(new Pep734TckEngine((settings, issues) -> List.of(specs), new FakeDeriver()))
                .enableImplicitConfigurationParameters(false)
                .configurationParameter(Constants.WORKDIR, workDir(workName).toString());
    }

    static Path workDir(String name) {
        return Path.of("target", "engine-tests", name).toAbsolutePath();
    }
}
