package dev.pep734.tck.engine;

import dev.pep734.tck.spec.Erratum;
import dev.pep734.tck.spi.ImplementationInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** The end-of-run summary: printed to stdout and written to {@code summary.txt}; exclusions to their own file. */
final class SummaryWriter {

    private SummaryWriter() {
    }

    static String summary(RunPlan plan, Optional<ImplementationInfo> info, RunRecorder recorder, Duration elapsed,
                          int sessions) {
        StringBuilder s = new StringBuilder("PEP 734 TCK summary\n");
        s.append("implementation: ").append(info.map(ImplementationInfo::id).filter(id -> !id.isBlank())
                .orElse(plan.implementationId()));
        info.ifPresent(i -> s.append(" = ").append(i.name()).append(' ').append(i.version()).append(" by ")
                .append(i.vendor()).append(" (").append(i.runtime()).append("), claims ")
                .append(i.profiles().stream().sorted().toList()));
        plan.implementationProblem().ifPresent(p -> s.append("\n  not usable: ").append(p));
        s.append('\n');
        for (Map.Entry<String, Map<String, RunRecorder.Counts>> profile : recorder.counts().entrySet()) {
            s.append("profile ").append(profile.getKey()).append('\n');
            profile.getValue().forEach((level, c) -> s.append(String.format(
                    "  %-7s passed %5d  failed %5d  aborted %5d%n", level, c.passed, c.failed, c.aborted)));
        }
        for (ProfileTree tree : plan.profiles()) {
            String id = tree.root().getUniqueId().getLastSegment().getValue();
            s.append("untested statements in ").append(id).append(": ").append(tree.untested()).append('\n');
            for (Erratum e : tree.staleErrata()) {
                s.append("stale erratum ").append(e.id()).append(" at ").append(e.location()).append('\n');
            }
        }
        s.append("vendor exclusions: ").append(recorder.exclusions().size()).append('\n');
        s.append("sessions opened: ").append(sessions).append('\n');
        s.append("time: ").append(SessionKeeper.seconds(Duration.ofMillis(elapsed.toMillis()))).append('\n');
        return s.toString();
    }

    static void write(Path directory, String summary, RunRecorder recorder) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("summary.txt"), summary, StandardCharsets.UTF_8);
        StringBuilder ex = new StringBuilder("# test path : reason : where listed : how it ended\n");
        recorder.exclusions().forEach(e -> ex.append(e.path()).append(" : ").append(e.reason()).append(" : ")
                .append(e.where()).append(" : ").append(e.actual()).append('\n'));
        Files.writeString(directory.resolve("exclusions.txt"), ex.toString(), StandardCharsets.UTF_8);
    }
}
