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
 * out what packaging adds ({@code META-INF/MANIFEST.MF}, {@code META-INF/maven/} and the component lists
 * below). So a certificate made by the kit's own build and one made with the released jar name the same artifact,
 * and any changed test, spec sentence or engine class changes it.
 *
 * <p>The standalone kit ({@code pep734-tck.jar}) holds several artifacts in one file. For each it carries
 * {@code META-INF/pep734/<artifact>.entries}, the names of that artifact's entries (one a line, written when the
 * kit is packed); {@link #of(Path, String)} digests exactly those entries, read from the file itself. So the kit
 * jar names the same {@code pep734-tck} and {@code pep734-spec} digests as the separate jars it was packed from,
 * and its certificates verify against either.
 */
public final class ArtifactDigest {

    private ArtifactDigest() {
    }

    /** Where a packed kit lists the entries of one of the artifacts it holds. */
    static final String COMPONENTS = "META-INF/pep734/";

    /** The digest of a jar file or a class directory, as {@code sha256:hex}. */
    public static String of(Path artifact) throws IOException {
        return digest(entries(artifact, null));
    }

    /**
     * The digest of the artifact {@code name} as held in {@code location}: the entries its component list names
     * when {@code location} is a packed kit that has one, else all of {@code location} ({@link #of(Path)}).
     *
     * @throws IOException when {@code location} cannot be read, or lacks an entry its list names
     */
    public static String of(Path location, String name) throws IOException {
        return digest(entries(location, name));
    }

    private static String digest(TreeMap<String, String> entries) {
        StringBuilder manifest = new StringBuilder();
        entries.forEach((name, hash) -> manifest.append(name).append(' ').append(hash).append('\n'));
        MessageDigest sha = sha256();
        return "sha256:" + HexFormat.of().formatHex(sha.digest(manifest.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** Entry name to SHA-256 of its bytes: all kept entries, or those of component {@code name}'s list if any. */
    private static TreeMap<String, String> entries(Path artifact, String name) throws IOException {
        TreeMap<String, String> entries = new TreeMap<>();
        if (Files.isDirectory(artifact)) {
            List<Path> files = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(artifact)) {
                walk.filter(Files::isRegularFile).forEach(files::add);
            }
            for (Path f : files) {
                String entry = artifact.relativize(f).toString().replace('\\', '/');
                if (kept(entry)) {
                    try (InputStream in = Files.newInputStream(f)) {
                        entries.put(entry, hex(in));
                    }
                }
            }
        } else {
            try (JarFile jar = new JarFile(artifact.toFile())) {
                JarEntry list = name == null ? null : jar.getJarEntry(COMPONENTS + name + ".entries");
                if (list != null) {
                    return listed(jar, list);
                }
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
        return entries;
    }

    private static TreeMap<String, String> listed(JarFile jar, JarEntry list) throws IOException {
        TreeMap<String, String> entries = new TreeMap<>();
        String names;
        try (InputStream in = jar.getInputStream(list)) {
            names = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String entryName : names.lines().map(String::strip).filter(n -> !n.isEmpty()).toList()) {
            JarEntry entry = jar.getJarEntry(entryName);
            if (entry == null) {
                throw new IOException(jar.getName() + " lacks " + entryName + ", which " + list.getName() + " lists");
            }
            if (kept(entryName)) {
                try (InputStream in = jar.getInputStream(entry)) {
                    entries.put(entryName, hex(in));
                }
            }
        }
        return entries;
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
        return !name.equals("META-INF/MANIFEST.MF") && !name.startsWith("META-INF/maven/")
                && !name.startsWith(COMPONENTS);
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
