package dev.pep734.reports;

import dev.pep734.tck.certificate.Certificate;
import dev.pep734.tck.certificate.CertificateFiles;
import dev.pep734.tck.certificate.CertificateMerger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Finds the certificates that TCK runs left behind ({@code <workdir>/<impl>/certificate.json}, and
 * {@code shard-K-of-N/certificate.json} for shards) and merges each implementation's shards into one.
 */
final class CertificateCollector {

    /**
     * One implementation's certificate, and what the merge noticed.
     *
     * @param certificate the whole-run certificate (or the merge of the shards found)
     * @param sources the files it was made from
     * @param problems disagreements between shards, or files that could not be read
     */
    record Collected(Certificate certificate, List<Path> sources, List<String> problems) {
    }

    private CertificateCollector() {
    }

    /** Every implementation's certificate under {@code roots} (missing roots are skipped), by implementation id. */
    static Map<String, Collected> collect(List<Path> roots, List<String> notes) throws IOException {
        Map<String, List<Certificate>> found = new TreeMap<>();
        Map<String, List<Path>> files = new TreeMap<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            List<Path> certificates;
            try (Stream<Path> walk = Files.walk(root, 6)) {
                certificates = walk.filter(p -> p.getFileName().toString().equals(CertificateFiles.JSON)).sorted()
                        .toList();
            }
            for (Path file : certificates) {
                try {
                    Certificate c = CertificateFiles.read(file);
                    String id = c.implementation().getOrDefault("id", "unknown");
                    found.computeIfAbsent(id, k -> new ArrayList<>()).add(c);
                    files.computeIfAbsent(id, k -> new ArrayList<>()).add(file);
                } catch (IOException | IllegalArgumentException e) {
                    notes.add("cannot read " + file + ": " + e.getMessage());
                }
            }
        }
        Map<String, Collected> collected = new TreeMap<>();
        found.forEach((id, parts) -> collected.put(id, merge(id, parts, files.get(id))));
        return collected;
    }

    /**
     * A whole-run certificate wins over shards of the same implementation (a local full run beside old shard
     * outputs); otherwise the shards are merged.
     */
    private static Collected merge(String id, List<Certificate> parts, List<Path> sources) {
        for (int i = 0; i < parts.size(); i++) {
            if (Certificate.ALL_SHARDS.equals(parts.get(i).shard())) {
                List<String> problems = parts.size() == 1 ? List.of()
                        : List.of("used the whole run " + sources.get(i) + "; ignored " + (parts.size() - 1)
                                + " other certificate(s) of " + id);
                return new Collected(parts.get(i), List.of(sources.get(i)), problems);
            }
        }
        CertificateMerger.Merged merged = CertificateMerger.merge(parts);
        return new Collected(merged.certificate(), sources, merged.problems());
    }
}
