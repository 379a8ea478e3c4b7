package dev.pep734.tck;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Everything a reader of this repository is pointed to is in the repository: no file names notes that only its
 * developers had, and every relative link of a Markdown file leads to a file or folder that exists.
 */
class RepositoryLinksTest {

    /** The repository: this module's parent. */
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Set<String> SKIPPED_FOLDERS = Set.of(".git", "target", "node_modules", "shards-in");
    /** Names of notes that lived outside the repository; their facts are in reference-impl/docs and the errata. */
    private static final Pattern OUTSIDE = Pattern.compile(
            "graalpy-notes\\.md|doc-vs-cpython\\.md|cpython-3\\.14-behaviour|cpython-3\\.14-perf|junit-allure-note[s]"
                    + "|shared[/]seeds|shared[/]reference|\\.\\./shared/");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

    @Test
    void noFileNamesNotesOutsideTheRepository() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : textFiles()) {
            if (file.getFileName().toString().equals("RepositoryLinksTest.java")) {
                continue; // the list of names itself
            }
            List<String> lines = lines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (OUTSIDE.matcher(lines.get(i)).find()) {
                    found.add(ROOT.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertTrue(found.isEmpty(), "these lines point to files a user of the repository does not have; write the "
                + "facts into the repository's own docs and link those:\n" + String.join("\n", found));
    }

    @Test
    void everyRelativeMarkdownLinkLeadsToSomethingInTheRepository() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path file : textFiles()) {
            if (!file.toString().endsWith(".md")) {
                continue;
            }
            List<String> lines = lines(file);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = MARKDOWN_LINK.matcher(lines.get(i));
                while (m.find()) {
                    String target = m.group(1);
                    if (target.contains("://") || target.startsWith("#") || target.startsWith("mailto:")) {
                        continue;
                    }
                    String path = target.replaceFirst("#.*$", "");
                    Path resolved = file.getParent().resolve(path).normalize();
                    if (!resolved.startsWith(ROOT) || !Files.exists(resolved)) {
                        broken.add(ROOT.relativize(file) + ":" + (i + 1) + ": " + target);
                    }
                }
            }
        }
        assertTrue(broken.isEmpty(), "links that lead nowhere in the repository:\n" + String.join("\n", broken));
    }

    private static List<Path> textFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(ROOT)) {
            all.filter(Files::isRegularFile)
                    .filter(p -> ROOT.relativize(p).getNameCount() > 0 && !skipped(ROOT.relativize(p)))
                    .filter(p -> p.toString().matches(".*\\.(md|java|py|rst|txt|properties|xml|json)$"))
                    .forEach(files::add);
        }
        return files;
    }

    private static boolean skipped(Path relative) {
        for (Path part : relative) {
            if (SKIPPED_FOLDERS.contains(part.toString())) {
                return true;
            }
        }
        return false;
    }

    private static List<String> lines(Path file) throws IOException {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            return List.of(); // not text: nothing a reader follows
        }
    }
}
