package dev.pep734.tck.process;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pep734.tck.release.Release;
import dev.pep734.tck.release.ReleaseTable;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The build gets every release the table runs in every build (its jar on the class path or copied by the pom). */
class GateReleasesTest {

    @Test
    void everyGateReleaseOfTheTableHasItsJar() throws Exception {
        ClassLoader loader = getClass().getClassLoader();
        String copied = System.getProperty(ProcessImplementation.JARS_KEY, "target/cpython-releases");
        for (Release r : ReleaseTable.load(loader).releases()) {
            if (r.gate()) {
                assertTrue(BundledCPython.findJar(loader, Optional.of(r.artifactVersion()), List.of(Path.of(copied)))
                        .isPresent(), r.id() + " runs in every build, but tck/pom.xml does not get "
                        + BundledCPython.fileName(r.artifactVersion()) + " (release-jars) nor run it");
            }
        }
    }
}
