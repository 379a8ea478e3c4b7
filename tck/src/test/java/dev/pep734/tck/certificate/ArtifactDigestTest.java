package dev.pep734.tck.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtifactDigestTest {

    @Test
    void a_jar_and_the_class_directory_it_was_packed_from_have_one_digest(@TempDir Path dir) throws IOException {
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes.resolve("a/b"));
        Files.writeString(classes.resolve("a/b/C.class"), "bytes of C");
        Files.writeString(classes.resolve("profiles.txt"), "p\n");
        Path jar = jar(dir.resolve("kit.jar"), "a/b/C.class", "bytes of C", "profiles.txt", "p\n",
                "META-INF/maven/dev.pep734/pep734-tck/pom.properties", "version=1\n");
        assertEquals(ArtifactDigest.of(classes), ArtifactDigest.of(jar));

        Files.writeString(classes.resolve("profiles.txt"), "p\nq\n");
        assertNotEquals(ArtifactDigest.of(classes), ArtifactDigest.of(jar), "one changed file changes it");
    }

    @Test
    void a_packed_kit_names_each_artifact_it_holds_by_that_artifacts_own_digest(@TempDir Path dir) throws IOException {
        Path tck = jar(dir.resolve("tck.jar"), "a/b/C.class", "bytes of C", "META-INF/services/x.Y", "a.b.C\n");
        Path kit = jar(dir.resolve("kit.jar"), "a/b/C.class", "bytes of C", "META-INF/services/x.Y", "a.b.C\n",
                "org/other/D.class", "a dependency packed beside it",
                "META-INF/pep734/pep734-tck.entries", "META-INF/services/x.Y\na/b/C.class\n");
        assertEquals(ArtifactDigest.of(tck), ArtifactDigest.of(kit, KitArtifacts.TCK));
        assertEquals(ArtifactDigest.of(tck), ArtifactDigest.of(tck, KitArtifacts.TCK), "a jar without lists is whole");
        assertNotEquals(ArtifactDigest.of(tck), ArtifactDigest.of(kit), "the whole kit is more than the tck");

        Path broken = jar(dir.resolve("broken.jar"), "META-INF/pep734/pep734-tck.entries", "a/b/C.class\n");
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> ArtifactDigest.of(broken, KitArtifacts.TCK));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("lacks a/b/C.class"), e.getMessage());
    }

    @Test
    void the_running_kit_finds_itself_and_the_spec() {
        KitArtifacts kit = KitArtifacts.find(getClass().getClassLoader());
        assertEquals(java.util.Set.of(KitArtifacts.TCK, KitArtifacts.SPEC, KitArtifacts.SPI), kit.digests().keySet());
        kit.digests().values().forEach(d -> org.junit.jupiter.api.Assertions.assertTrue(d.startsWith("sha256:"), d));
        org.junit.jupiter.api.Assertions.assertTrue(kit.version().startsWith("0."), kit.version());
    }

    /** A jar of the given entries: name, text, name, text, ... */
    private static Path jar(Path jar, String... entries) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar);
             JarOutputStream out = new JarOutputStream(file, new Manifest())) {
            for (int i = 0; i < entries.length; i += 2) {
                out.putNextEntry(new JarEntry(entries[i]));
                out.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }
}
