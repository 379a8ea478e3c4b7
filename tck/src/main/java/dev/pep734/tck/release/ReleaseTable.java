package dev.pep734.tck.release;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The real releases the kit knows, read from the class path: {@code pep734/releases/releases.txt} lists one
 * release id a line, and {@code pep734/releases/<id>/release.properties} describes each (keys {@code name},
 * {@code artifact}, {@code profiles}, {@code modules}, {@code gate}, {@code notes}). A broken table is an
 * {@link IllegalArgumentException} that names the file and the problem.
 */
public final class ReleaseTable {

    /** Class-path directory of the table. */
    public static final String ROOT = "pep734/releases";

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*-[0-9]+(\\.[0-9]+)*[a-z0-9]*");
    private static final Pattern ARTIFACT = Pattern.compile("org\\.bytedeco:cpython:([^:\\s]+):linux-x86_64");

    private final List<Release> releases;

    private ReleaseTable(List<Release> releases) {
        this.releases = List.copyOf(releases);
    }

    /** The table in the spec artifact on this class loader. */
    public static ReleaseTable load(ClassLoader loader) {
        String index = read(loader, ROOT + "/releases.txt");
        List<Release> releases = new ArrayList<>();
        for (String line : index.lines().map(String::strip).toList()) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!ID.matcher(line).matches()) {
                throw new IllegalArgumentException(ROOT + "/releases.txt: '" + line
                        + "' is not a release id like cpython-3.12.1");
            }
            releases.add(parse(line, read(loader, ROOT + "/" + line + "/release.properties")));
        }
        return new ReleaseTable(releases);
    }

    /** Every release, in the table's order. */
    public List<Release> releases() {
        return releases;
    }

    public Optional<Release> find(String id) {
        return releases.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The ids, for messages. */
    public String ids() {
        return releases.stream().map(Release::id).collect(Collectors.joining(", "));
    }

    static Release parse(String id, String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException(file(id) + ": " + e.getMessage(), e);
        }
        String artifact = required(id, p, "artifact");
        var m = ARTIFACT.matcher(artifact);
        if (!m.matches()) {
            throw new IllegalArgumentException(file(id) + ": artifact=" + artifact
                    + " is not org.bytedeco:cpython:VERSION:linux-x86_64");
        }
        Set<String> profiles = Arrays.stream(p.getProperty("profiles", "").split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
        String gate = p.getProperty("gate", "false").strip();
        if (!gate.equals("true") && !gate.equals("false")) {
            throw new IllegalArgumentException(file(id) + ": gate=" + gate + " is neither true nor false");
        }
        return new Release(id, required(id, p, "name"), m.group(1), profiles, p.getProperty("modules", "").strip(),
                gate.equals("true"), p.getProperty("notes", "").strip());
    }

    private static String required(String id, Properties p, String key) {
        String value = p.getProperty(key, "").strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException(file(id) + ": the key '" + key + "' is missing");
        }
        return value;
    }

    private static String file(String id) {
        return ROOT + "/" + id + "/release.properties";
    }

    static String read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException(resource + " is not on the class path (the pep734-spec artifact "
                        + "holds the release table)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }
}
