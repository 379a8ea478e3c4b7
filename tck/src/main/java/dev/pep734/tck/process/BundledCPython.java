package dev.pep734.tck.process;

import dev.pep734.tck.spi.ImplementationException;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * CPython from the Maven artifact {@code org.bytedeco:cpython:VERSION:linux-x86_64} (3.14.3-1.5.13 by default;
 * the ground-truth runs put older releases beside it), found on the class path and unpacked once under the
 * work directory.
 *
 * <p>The unpack is reused when its marker records the same jar size and modification time. A new unpack
 * goes to a private temporary directory that is renamed into place, so two concurrent runs never see a
 * half-written tree: the loser of the race deletes its copy and uses the winner's. The build's
 * {@code bin/python3} finds {@code libpython} through its {@code $ORIGIN} run path and its standard library
 * relative to itself, so no PYTHONHOME is needed.
 */
final class BundledCPython {

    /** The artifact version taken when none is asked for and several are on the class path. */
    static final String DEFAULT_VERSION = "3.14.3-1.5.13";
    static final String TREE = "org/bytedeco/cpython/linux-x86_64/";
    static final String EXECUTABLE = TREE + "bin/python3";
    private static final String MARKER = ".pep734-unpacked";

    private BundledCPython() {
    }

    /**
     * The jar of a build: on the class path (the first one, or the default version when several are there), or,
     * for a given artifact version ({@code 3.12.1-1.5.10}), by its Maven file name
     * {@code cpython-VERSION-linux-x86_64.jar} on the class path, then in each of {@code directories} (flat, as
     * {@code dependency:copy} leaves them), then in the local Maven repository. Several versions of one artifact
     * cannot share a class path, so the build copies older releases into a directory.
     */
    static Optional<Path> findJar(ClassLoader loader, Optional<String> version, List<Path> directories)
            throws ImplementationException {
        List<Path> jars = jars(loader);
        String wanted = fileName(version.orElse(DEFAULT_VERSION));
        Optional<Path> named = jars.stream().filter(j -> j.getFileName().toString().equals(wanted)).findFirst();
        if (named.isPresent() || version.isEmpty()) {
            // Without a version asked for, any build will do when the default one is not there.
            return named.isPresent() ? named : jars.stream().findFirst();
        }
        for (Path directory : directories) {
            Path jar = directory.resolve(wanted);
            if (Files.isRegularFile(jar)) {
                return Optional.of(jar);
            }
        }
        Path inRepository = localRepository().resolve("org/bytedeco/cpython").resolve(version.get()).resolve(wanted);
        return Files.isRegularFile(inRepository) ? Optional.of(inRepository) : Optional.empty();
    }

    static String fileName(String version) {
        return "cpython-" + version + "-linux-x86_64.jar";
    }

    /** Maven's local repository: {@code maven.repo.local}, else {@code ~/.m2/repository} (only read, never written). */
    static Path localRepository() {
        String configured = System.getProperty("maven.repo.local");
        return configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    /** Every CPython jar on the class path, in class-path order. */
    static List<Path> jars(ClassLoader loader) throws ImplementationException {
        List<Path> jars = new ArrayList<>();
        Enumeration<URL> urls;
        try {
            urls = loader.getResources(EXECUTABLE);
        } catch (IOException e) {
            throw new ImplementationException("cannot search the class path for CPython: " + e.getMessage(), e);
        }
        while (urls.hasMoreElements()) {
            URL url = urls.nextElement();
            try {
                if (!"jar".equals(url.getProtocol())) {
                    throw new ImplementationException("CPython was found at " + url + " but not inside a jar; "
                            + "set pep734.tck.python to its bin/python3 instead");
                }
                URL jar = ((JarURLConnection) url.openConnection()).getJarFileURL();
                jars.add(Path.of(jar.toURI()));
            } catch (IOException | URISyntaxException e) {
                throw new ImplementationException("cannot open the CPython jar at " + url + ": " + e.getMessage(),
                        e);
            }
        }
        return jars;
    }

    /** "; on the class path: a.jar, b.jar" (or nothing), for error messages. */
    static String listing(ClassLoader loader) {
        try {
            List<Path> jars = jars(loader);
            return jars.isEmpty() ? "" : "; CPython jars on the class path: "
                    + String.join(", ", jars.stream().map(j -> j.getFileName().toString()).toList());
        } catch (ImplementationException e) {
            return "";
        }
    }

    /** Unpacks the jar's CPython tree under {@code workDirectory} (or reuses it) and returns bin/python3. */
    static Path unpack(Path jar, Path workDirectory) throws ImplementationException {
        try {
            String stamp = Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis() + "\n";
            String name = jar.getFileName().toString().replaceFirst("\\.jar$", "");
            Path target = workDirectory.resolve(name);
            if (stamp.equals(readMarker(target))) {
                return target.resolve("bin/python3");
            }
            Files.createDirectories(workDirectory);
            Path temp = workDirectory.resolve(".unpacking-" + UUID.randomUUID());
            extract(jar, temp);
            Files.writeString(temp.resolve(MARKER), stamp);
            if (Files.exists(target)) {
                // Stale (another jar) or broken: move it aside first so the rename below stays atomic.
                Path old = workDirectory.resolve(".stale-" + UUID.randomUUID());
                try {
                    Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
                    deleteTree(old);
                } catch (IOException raced) {
                    // Another run replaced it meanwhile; its result is checked below.
                }
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException raced) {
                // Another run renamed its tree into place first (ENOTEMPTY/EEXIST): use it if it is complete.
                deleteTree(temp);
                if (!stamp.equals(readMarker(target))) {
                    throw new ImplementationException("could not unpack CPython to " + target
                            + ": another run left a different tree there; delete it and retry");
                }
            }
            return target.resolve("bin/python3");
        } catch (IOException e) {
            throw new ImplementationException("could not unpack CPython from " + jar + " under " + workDirectory
                    + ": " + e.getMessage(), e);
        }
    }

    private static String readMarker(Path tree) {
        try {
            return Files.readString(tree.resolve(MARKER));
        } catch (IOException e) {
            return null;
        }
    }

    private static void extract(Path jar, Path into) throws IOException {
        Path root = into.toAbsolutePath().normalize();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (!entry.getName().startsWith(TREE) || entry.getName().equals(TREE)) {
                    continue;
                }
                Path out = root.resolve(entry.getName().substring(TREE.length())).normalize();
                if (!out.startsWith(root)) {
                    throw new IOException("entry outside the tree: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, out);
                }
                Files.setLastModifiedTime(out, FileTime.fromMillis(entry.getTime()));
                if (entry.getName().startsWith(TREE + "bin/")) {
                    out.toFile().setExecutable(true, false);
                }
            }
        }
    }

    private static void deleteTree(Path tree) throws IOException {
        if (!Files.exists(tree)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(tree)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
