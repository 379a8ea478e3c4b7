package dev.pep734.tck.engine;

import dev.pep734.tck.certificate.Certificate;
import dev.pep734.tck.certificate.CertificateFiles;
import dev.pep734.tck.certificate.Exclusion;
import dev.pep734.tck.certificate.KitArtifacts;
import dev.pep734.tck.certificate.TestOutcome;
import dev.pep734.tck.spi.ImplementationInfo;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Builds the certificate of a run from what {@link RunRecorder} saw, and writes it beside the summary. */
final class RunCertificate {

    private RunCertificate() {
    }

    static Certificate of(RunPlan plan, Optional<ImplementationInfo> info, RunRecorder recorder,
                          ShardSelection selection) {
        KitArtifacts kit = KitArtifacts.find(RunCertificate.class.getClassLoader());
        Map<String, String> implementation = new TreeMap<>();
        implementation.put("id", info.map(ImplementationInfo::id).filter(id -> !id.isBlank())
                .orElse(plan.implementationId()));
        implementation.put("name", info.map(ImplementationInfo::name).orElse("(did not start)"));
        implementation.put("version", info.map(ImplementationInfo::version).orElse(""));
        implementation.put("vendor", info.map(ImplementationInfo::vendor).orElse(""));
        implementation.put("runtime", info.map(ImplementationInfo::runtime).orElse(""));
        implementation.put("declaredProfiles", String.join(",",
                info.map(i -> i.profiles().stream().sorted().toList()).orElse(List.of())));
        Set<String> claimed = plan.settings().claimedProfilesOverride()
                .orElseGet(() -> info.map(ImplementationInfo::profiles).orElse(Set.of()));
        List<TestOutcome> results = new ArrayList<>(recorder.outcomes());
        Set<String> ran = new HashSet<>();
        results.forEach(r -> ran.add(r.id()));
        for (LeafDescriptor leaf : selection.planned()) {
            if (!ran.contains(TestPaths.stableId(leaf.getUniqueId()))) {
                results.add(RunRecorder.outcome(leaf, TestOutcome.NOT_RUN, "left out by a launcher filter"));
            }
        }
        List<Exclusion> exclusions = recorder.exclusions().stream()
                .map(e -> new Exclusion(e.path(), e.reason(), e.where(), e.actual())).toList();
        return new Certificate(kit.version(), kit.digests(), implementation, List.copyOf(claimed), selection.label(),
                Instant.now().toString(), exclusions, results);
    }

    /** Writes {@code certificate.json} and {@code certificate.html}; returns a line for the summary. */
    static String write(Path directory, Certificate certificate) {
        try {
            Path file = CertificateFiles.write(directory, certificate, null);
            var verdict = certificate.conformance();
            return "certificate: " + file + " (" + (verdict.conformant() ? "conformant" : "not conformant: "
                    + String.join("; ", verdict.reasons())) + ")\n";
        } catch (IOException | RuntimeException e) {
            return "could not write the certificate under " + directory + ": " + e + "\n";
        }
    }
}
