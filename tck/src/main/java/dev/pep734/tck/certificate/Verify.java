package dev.pep734.tck.certificate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The certificate verifier, a command: {@code java -jar pep734-tck.jar verify [--require-conformant] FILE...} with
 * the standalone kit, or {@code java -cp pep734-tck.jar:pep734-spec.jar:pep734-spi.jar
 * dev.pep734.tck.certificate.Verify [--tck PATH] [--spec PATH] [--spi PATH] [--require-conformant]
 * certificate.json...} with the separate artifacts.
 * For each certificate it recomputes the digest, counts, failures and verdict from the listed results, and
 * compares the kit and spec digests with this kit (the artifacts on its class path, or the jars or class
 * directories given). Exit status: 0 when every certificate is intact (and conformant, with
 * {@code --require-conformant}), 1 when not, 2 on a usage error.
 */
public final class Verify {

    private Verify() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command (see above) and returns its exit status instead of exiting. */
    public static int run(String[] args) {
        Map<String, String> digests = new TreeMap<>(KitArtifacts.find(Verify.class.getClassLoader()).digests());
        boolean requireConformant = false;
        List<Path> files = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--tck" -> digests.put(KitArtifacts.TCK, ArtifactDigest.of(Path.of(args[++i])));
                    case "--spec" -> digests.put(KitArtifacts.SPEC, ArtifactDigest.of(Path.of(args[++i])));
                    case "--spi" -> digests.put(KitArtifacts.SPI, ArtifactDigest.of(Path.of(args[++i])));
                    case "--require-conformant" -> requireConformant = true;
                    default -> files.add(Path.of(args[i]));
                }
            }
        } catch (IOException | ArrayIndexOutOfBoundsException e) {
            System.err.println("Verify: " + e.getMessage());
            files.clear();
        }
        if (files.isEmpty()) {
            System.err.println("usage: Verify [--tck JAR|DIR] [--spec JAR|DIR] [--spi JAR|DIR] [--require-conformant] "
                    + "certificate.json...");
            return 2;
        }
        Verifier verifier = new Verifier(new KitArtifacts("", digests));
        boolean ok = true;
        for (Path file : files) {
            Map<String, Object> json;
            try {
                json = CertificateFiles.readJson(file);
            } catch (IOException | IllegalArgumentException e) {
                System.out.println("INVALID " + file + ": cannot read: " + e.getMessage());
                ok = false;
                continue;
            }
            List<String> problems = verifier.check(json);
            if (!problems.isEmpty()) {
                System.out.println("INVALID " + file);
                problems.forEach(p -> System.out.println("  " + p));
                ok = false;
                continue;
            }
            Certificate c = Certificate.fromJson(json);
            Conformance verdict = c.conformance();
            System.out.println("VALID " + file + ": " + c.implementation().get("id") + " "
                    + c.implementation().get("version") + ", " + (verdict.conformant() ? "conformant" : "NOT conformant")
                    + " for " + c.claimedProfiles() + ", " + c.results().size() + " tests, " + json.get("digest"));
            verdict.reasons().forEach(r -> System.out.println("  " + r));
            ok &= verdict.conformant() || !requireConformant;
        }
        return ok ? 0 : 1;
    }
}
