package dev.pep734.kit;

import java.io.PrintStream;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.launcher.LauncherDiscoveryListener;

/**
 * Prints each problem the engine found while reading the spec and the configuration, one line each: an ERROR
 * (a bad expectations file, an unknown profile) fails the run, a WARNING (an expectations entry in the long form)
 * does not.
 */
final class DiscoveryIssues implements LauncherDiscoveryListener {

    private final PrintStream out;

    DiscoveryIssues(PrintStream out) {
        this.out = out;
    }

    @Override
    public void issueEncountered(UniqueId engineId, DiscoveryIssue issue) {
        out.println("pep734-tck: " + issue.severity().name().toLowerCase(java.util.Locale.ROOT) + ": "
                + issue.message() + issue.source().map(DiscoveryIssues::where).orElse(""));
    }

    private static String where(TestSource source) {
        if (source instanceof ClasspathResourceSource r) {
            return " (" + r.getClasspathResourceName() + r.getPosition().map(FilePosition::getLine)
                    .map(line -> ":" + line).orElse("") + ")";
        }
        return " (" + source + ")";
    }
}
