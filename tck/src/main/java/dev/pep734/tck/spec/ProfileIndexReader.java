package dev.pep734.tck.spec;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/** Reads {@code <root>/profiles.txt} and each listed {@code <root>/<id>/profile.properties}. */
final class ProfileIndexReader {

    /** The profiles listed, and what was wrong with the index. */
    record Index(List<Profile> profiles, List<SpecIssue> issues) {
    }

    private ProfileIndexReader() {
    }

    static Index read(ClassPathTree tree, String root) {
        String indexResource = root + "/profiles.txt";
        IssueSink issues = new IssueSink(indexResource);
        Optional<byte[]> index = tree.read(indexResource);
        if (index.isEmpty()) {
            issues.error(1, "no " + indexResource + " on the class path: no spec profiles");
            return new Index(List.of(), issues.issues());
        }
        List<Profile> profiles = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String[] lines = new String(index.get(), StandardCharsets.UTF_8).split("\\r?\\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String id = lines[i].strip();
            if (id.isEmpty() || id.startsWith("#")) {
                continue;
            }
            if (!id.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-'))) {
                issues.error(i + 1, "profile id '" + id + "' has characters other than letters, digits, '.', '_', '-'");
            } else if (!seen.add(id)) {
                issues.error(i + 1, "profile '" + id + "' listed twice");
            } else {
                profile(tree, root, id, i + 1, issues).ifPresent(profiles::add);
            }
        }
        return new Index(profiles, issues.issues());
    }

    private static Optional<Profile> profile(ClassPathTree tree, String root, String id, int line, IssueSink issues) {
        String directory = root + "/" + id;
        Optional<byte[]> bytes = tree.read(directory + "/profile.properties");
        if (bytes.isEmpty()) {
            issues.error(line, "profile '" + id + "' has no " + directory + "/profile.properties");
            return Optional.empty();
        }
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(new String(bytes.get(), StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException e) {
            issues.error(line, "profile '" + id + "': unreadable profile.properties: " + e.getMessage());
            return Optional.empty();
        }
        String title = properties.getProperty("title", "").strip();
        if (title.isEmpty()) {
            issues.warning(line, "profile '" + id + "' has no title; its id is used");
            title = id;
        }
        List<String> modules = Arrays.stream(properties.getProperty("modules", "").split(","))
                .map(String::strip).filter(m -> !m.isEmpty()).toList();
        if (modules.isEmpty()) {
            issues.warning(line, "profile '" + id + "' names no modules under test");
        }
        return Optional.of(new Profile(id, title, modules, directory));
    }
}
