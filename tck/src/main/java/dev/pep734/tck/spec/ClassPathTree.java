package dev.pep734.tck.spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Lists and reads class-path resources under a directory, whether the directory is on disk ({@code file:}) or
 * inside a jar ({@code jar:}). A class loader cannot list a directory itself, so the directory is located
 * through a file known to be in it.
 */
final class ClassPathTree {

    private final ClassLoader loader;

    ClassPathTree(ClassLoader loader) {
        this.loader = loader;
    }

    Optional<byte[]> read(String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Resources named {@code directory/sub/**}{@code /*suffix}, sorted, where {@code known} is a resource in
     * {@code directory} that locates it (the first match on the class path).
     */
    List<String> list(String directory, String known, String sub, String suffix, IssueSink issues) {
        URL url = loader.getResource(directory + "/" + known);
        if (url == null) {
            return List.of();
        }
        String prefix = directory + "/" + sub + "/";
        try {
            if (url.getProtocol().equals("file")) {
                return fromDirectory(Path.of(url.toURI()).getParent().resolve(sub), prefix, suffix);
            }
            if (url.getProtocol().equals("jar")) {
                return fromJar(url, prefix, suffix);
            }
        } catch (IOException | UncheckedIOException | URISyntaxException | IllegalArgumentException e) {
            issues.error(1, "cannot list " + prefix + " in " + url + ": " + e.getMessage());
            return List.of();
        }
        issues.warning(1, "cannot list " + prefix + " in " + url + " (protocol " + url.getProtocol()
                + "); none of its files are read");
        return List.of();
    }

    private static List<String> fromDirectory(Path root, String prefix, String suffix) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(path -> prefix + root.relativize(path).toString().replace('\\', '/'))
                    .filter(name -> name.endsWith(suffix))
                    .sorted()
                    .toList();
        }
    }

    private static List<String> fromJar(URL url, String prefix, String suffix) throws IOException {
        URLConnection connection = url.openConnection();
        connection.setUseCaches(false);
        List<String> names = new ArrayList<>();
        try (JarFile jar = ((JarURLConnection) connection).getJarFile()) {
            for (JarEntry entry : (Iterable<JarEntry>) jar.stream()::iterator) {
                if (!entry.isDirectory() && entry.getName().startsWith(prefix) && entry.getName().endsWith(suffix)) {
                    names.add(entry.getName());
                }
            }
        }
        names.sort(null);
        return names;
    }
}
