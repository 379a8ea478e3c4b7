package dev.pep734.tck.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pep734.tck.spec.Profile;
import dev.pep734.tck.spec.SpecLibrary;
import dev.pep734.tck.spi.ModuleAliases;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The release table in the spec artifact, and what a broken one says. */
class ReleaseTableTest {

    private final ClassLoader loader = getClass().getClassLoader();

    @Test
    void everyReleaseNamesKnownProfilesAValidMappingAndHasADeviationsFile() {
        ReleaseTable table = ReleaseTable.load(loader);
        Set<String> profiles = SpecLibrary.fromClassLoader(loader).profiles().stream().map(Profile::id)
                .collect(Collectors.toSet());
        assertFalse(table.releases().isEmpty());
        for (Release r : table.releases()) {
            assertTrue(profiles.containsAll(r.profiles()), r.id() + " claims " + r.profiles());
            assertFalse(r.profiles().isEmpty(), r.id() + " ships no profile");
            ModuleAliases.parse(r.modules());
            assertNotNull(loader.getResource(r.deviationsResource(ReleaseTable.ROOT)), r.id());
            assertTrue(r.artifactVersion().startsWith(r.id().substring("cpython-".length()) + "-"), r.id());
        }
        assertEquals("CPython 3.12.1", table.find("cpython-3.12.1").orElseThrow().name());
    }

    @Test
    void everyProfileIsJudgedByAtLeastOneReleaseOfTheBuild() {
        Set<String> gated = ReleaseTable.load(loader).releases().stream().filter(Release::gate)
                .flatMap(r -> r.profiles().stream()).collect(Collectors.toSet());
        Set<String> profiles = SpecLibrary.fromClassLoader(loader).profiles().stream().map(Profile::id)
                .collect(Collectors.toSet());
        assertTrue(gated.containsAll(profiles), "not judged by a real release in every build: " + profiles);
    }

    @Test
    void aBrokenEntryIsNamedWithItsFile() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReleaseTable.parse("cpython-9.9", "name=CPython 9.9\nartifact=org.bytedeco:cpython:9.9\n"));
        assertEquals("pep734/releases/cpython-9.9/release.properties: artifact=org.bytedeco:cpython:9.9 is not "
                + "org.bytedeco:cpython:VERSION:linux-x86_64", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ReleaseTable.parse("cpython-9.9",
                "artifact=org.bytedeco:cpython:9.9-1:linux-x86_64\n"));
        assertEquals("pep734/releases/cpython-9.9/release.properties: the key 'name' is missing", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ReleaseTable.parse("cpython-9.9",
                "name=x\nartifact=org.bytedeco:cpython:9.9-1:linux-x86_64\ngate=yes\n"));
        assertEquals("pep734/releases/cpython-9.9/release.properties: gate=yes is neither true nor false",
                e.getMessage());
    }
}
