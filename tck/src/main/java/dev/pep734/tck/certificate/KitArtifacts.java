package dev.pep734.tck.certificate;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kit and spec artifacts of the running TCK, as found on a class path: their locations, content digests
 * and the kit's version.
 *
 * @param version the kit's version: from its jar's Maven metadata, or, when the kit runs from its build's
 *     class directory (its own module's tests), from the {@code pom.xml} beside that build
 * @param digests artifact name ({@value #TCK}, {@value #SPEC}, {@value #SPI}) to content digest; a missing
 *     artifact is {@code "unavailable"}
 */
public record KitArtifacts(String version, Map<String, String> digests) {

    public static final String TCK = "pep734-tck";
    public static final String SPEC = "pep734-spec";
    /** The provider SPI: its helpers classify every process run, so it is part of what a certificate names. */
    public static final String SPI = "pep734-spi";
    static final String UNAVAILABLE = "unavailable";

    // One class of the kit and one resource of the spec, to find the artifacts that hold them.
    private static final String TCK_MARKER = "dev/pep734/tck/certificate/KitArtifacts.class";
    private static final String SPEC_MARKER = "pep734/spec/profiles.txt";
    private static final String SPI_MARKER = "dev/pep734/tck/spi/PythonImplementation.class";
    private static final Pattern POM_VERSION = Pattern.compile("<version>([^<]+)</version>");

    public KitArtifacts {
        digests = Map.copyOf(digests);
    }

    /** The artifacts visible to {@code loader}. */
    public static KitArtifacts find(ClassLoader loader) {
        Optional<Path> tck = locate(loader, TCK_MARKER);
        Map<String, String> digests = new TreeMap<>();
        digests.put(TCK, digest(tck, TCK));
        digests.put(SPEC, digest(locate(loader, SPEC_MARKER), SPEC));
        digests.put(SPI, digest(locate(loader, SPI_MARKER), SPI));
        return new KitArtifacts(tck.map(KitArtifacts::version).orElse("unknown"), digests);
    }

    private static Optional<Path> locate(ClassLoader loader, String marker) {
        URL url = loader.getResource(marker);
        return url == null ? Optional.empty() : ArtifactDigest.locationOf(url, marker);
    }

    /** The digest of artifact {@code name} where it was found (in the packed kit: its listed entries only). */
    private static String digest(Optional<Path> artifact, String name) {
        if (artifact.isEmpty()) {
            return UNAVAILABLE;
        }
        try {
            return ArtifactDigest.of(artifact.get(), name);
        } catch (IOException | RuntimeException e) {
            return UNAVAILABLE;
        }
    }

    private static String version(Path artifact) {
        try {
            if (Files.isDirectory(artifact)) {
                // target/classes -> the module's pom.xml; its <parent> block carries the version first.
                Path pom = artifact.getParent() == null ? null : artifact.getParent().resolveSibling("pom.xml");
                if (pom != null && Files.isRegularFile(pom)) {
                    Matcher m = POM_VERSION.matcher(Files.readString(pom, StandardCharsets.UTF_8));
                    return m.find() ? m.group(1) + " (build directory)" : "unknown";
                }
                return "unknown";
            }
            try (java.util.jar.JarFile jar = new java.util.jar.JarFile(artifact.toFile())) {
                var entry = jar.getEntry("META-INF/maven/dev.pep734/pep734-tck/pom.properties");
                if (entry == null) {
                    return "unknown";
                }
                Properties p = new Properties();
                try (InputStream in = jar.getInputStream(entry)) {
                    p.load(in);
                }
                return p.getProperty("version", "unknown");
            }
        } catch (IOException e) {
            return "unknown";
        }
    }
}
