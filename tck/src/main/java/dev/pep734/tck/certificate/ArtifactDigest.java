package dev.pep734.tck.certificate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The SHA-256 content digest of a kit artifact, the same for its jar and for its build's class directory:
 * SHA-256 over the sorted lines {@code <entry name> <sha-256 of the entry's bytes>\n} of every file, leaving
 * out what packaging adds ({@code META-INF/MANIFEST.MF} and {@code META-INF/maven/}). So a certificate made by
 * the kit's own build and one made with the released jar name the same artifact, and any changed test, spec
 * sentence or engine class changes it.
 */
public final class ArtifactDigest {

    private ArtifactDigest() {
    }

    /** The digest of a jar file or a class directory, as {@code sha256:hex}. */
    public static String of(Path artifact) throws IOException {
        TreeMap<String, String> entries = new TreeMap<>();
        if (Files.isDirectory(artifact)) {
            List<Path> files = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(artifact)) {
                walk.filter(Files::isRegularFile).forEach(files::add);
            }
            for (Path f : files) {
                String name = artifact.relativize(f).toString().replace('\\', '/');
                if (kept(name)) {
                    try (InputStream in = Files.newInputStream(f)) {
                        entries.put(name, hex(in));
                    }
                }
            }
        } else {
            try (JarFile jar = new JarFile(artifact.toFile())) {
                for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                    JarEntry entry = e.nextElement();
                    if (!entry.isDirectory() && kept(entry.getName())) {
                        try (InputStream in = jar.getInputStream(entry)) {
                            entries.put(entry.getName(), hex(in));
                        }
                    }
                }
            }
        }
        StringBuilder manifest = new StringBuilder();
        entries.forEach((name, hash) -> manifest.append(name).append(' ').append(hash).append('\n'));
        MessageDigest sha = sha256();
        return "sha256:" + HexFormat.of().formatHex(sha.digest(manifest.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** The jar or class directory that a class (or a resource) was loaded from, if it is a local file. */
    static Optional<Path> locationOf(URL resource, String resourceName) {
        try {
            String text = resource.toString();
            if (text.startsWith("jar:file:")) {
                return Optional.of(Path.of(new URL(text.substring(4, text.indexOf("!/"))).toURI()));
            }
            if (text.startsWith("file:") && text.endsWith(resourceName)) {
                return Optional.of(Path.of(new URL(text.substring(0, text.length() - resourceName.length())).toURI()));
            }
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean kept(String name) {
        return !name.equals("META-INF/MANIFEST.MF") && !name.startsWith("META-INF/maven/");
    }

    private static String hex(InputStream in) {
        MessageDigest sha = sha256();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
