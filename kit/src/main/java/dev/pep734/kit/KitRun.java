package dev.pep734.kit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;
import static org.junit.platform.launcher.EngineFilter.includeEngines;

import dev.pep734.tck.certificate.Certificate;
import dev.pep734.tck.certificate.CertificateFiles;
import dev.pep734.tck.certificate.Conformance;
import dev.pep734.tck.engine.Constants;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * One certification run on the JUnit Platform Launcher: the TCK engine, selected whole (its own unique id), with
 * the options as configuration parameters; then the verdict from the certificate the engine wrote, and the
 * report beside it.
 */
final class KitRun {

    static final int CONFORMANT = 0;
    static final int NOT_CONFORMANT = 1;
    static final int USAGE_ERROR = 2;

    // The launcher also logs discovery issues through java.util.logging, once at discovery and again at execution;
    // DiscoveryIssues prints them once, shorter. Held here: the logging framework keeps loggers only weakly.
    private static final Logger LAUNCHER_LOG = Logger.getLogger("org.junit.platform.launcher.core");

    private final KitOptions options;
    private final PrintStream out;

    KitRun(KitOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    int run() {
        Instant started = Instant.now().minusSeconds(1);
        Path allure = options.out().resolve("allure-results");
        try {
            Files.createDirectories(allure);
        } catch (IOException e) {
            out.println("pep734-tck: cannot write to " + options.out() + ": " + e.getMessage());
            return USAGE_ERROR;
        }
        // Read by Allure's listener, which the launcher finds on the class path.
        System.setProperty("allure.results.directory", allure.toString());
        out.println("pep734-tck: certifying " + options.python() + ", results in " + options.out());
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectUniqueId(UniqueId.forEngine(Constants.ENGINE_ID)))
                .filters(includeEngines(Constants.ENGINE_ID))
                .configurationParameters(options.configuration())
                .listeners(new DiscoveryIssues(out))
                .build();
        LAUNCHER_LOG.setLevel(Level.SEVERE);
        Launcher launcher = LauncherFactory.create();
        RunListener listener = new RunListener(out);
        TestPlan plan = launcher.discover(request);
        launcher.execute(plan, listener);

        List<Path> certificates = certificatesSince(options.out(), started);
        if (certificates.size() != 1) {
            out.println("pep734-tck: NOT CONFORMANT: " + (certificates.isEmpty() ? "the run wrote no certificate"
                    : "the run wrote " + certificates.size() + " certificates: " + certificates)
                    + listener.engineFailure().map(f -> " (" + f + ")").orElse(""));
            return NOT_CONFORMANT;
        }
        Path json = certificates.get(0);
        Certificate certificate;
        try {
            certificate = CertificateFiles.read(json);
        } catch (IOException | IllegalArgumentException e) {
            out.println("pep734-tck: NOT CONFORMANT: cannot read " + json + ": " + e.getMessage());
            return NOT_CONFORMANT;
        }
        Path report = json.resolveSibling("report.html");
        try {
            Files.writeString(report, RunReport.render(certificate, listener, json.getParent()));
        } catch (IOException e) {
            out.println("pep734-tck: could not write " + report + ": " + e.getMessage());
        }
        Conformance verdict = certificate.conformance();
        out.println();
        out.println("pep734-tck: " + (verdict.conformant() ? "CONFORMANT" : "NOT CONFORMANT") + ": "
                + certificate.implementation().get("name") + " " + certificate.implementation().get("version")
                + " (id " + certificate.implementation().get("id") + ") for " + certificate.claimedProfiles()
                + ", shard " + certificate.shard() + ", " + certificate.results().size() + " tests, "
                + Duration.between(started, Instant.now()).toSeconds() + " s");
        verdict.reasons().forEach(r -> out.println("  " + r));
        out.println("  report:        " + report + "  (open in a browser)");
        out.println("  certificate:   " + json + " (and .html); check it with: java -jar pep734-tck.jar verify "
                + json);
        out.println("  reproducers:   " + implementationDirectory(json).resolve("scripts") + " (each: python FILE)");
        out.println("  allure results: " + allure);
        return verdict.conformant() ? CONFORMANT : NOT_CONFORMANT;
    }

    /** {@code <out>/<id>}: a shard's certificate sits one level deeper, in {@code shard-K-of-N}. */
    private static Path implementationDirectory(Path certificate) {
        Path dir = certificate.getParent();
        return dir.getFileName().toString().startsWith("shard-") ? dir.getParent() : dir;
    }

    /** The certificates this run wrote: files named certificate.json changed since it started. */
    private static List<Path> certificatesSince(Path out, Instant started) {
        try (Stream<Path> walk = Files.walk(out, 4)) {
            return walk.filter(p -> p.getFileName().toString().equals(CertificateFiles.JSON))
                    .filter(p -> modified(p).toInstant().isAfter(started)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
