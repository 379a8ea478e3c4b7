package dev.pep734.tck.engine;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.FilePosition;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;

/**
 * Maps the selectors an IDE or launcher sends (unique id, file, class-path resource, URI with a line) onto
 * descriptors of the full tree. What it selects is kept, with its ancestors and everything below it.
 */
final class TreeSelection {

    private static final String SPEC_ROOT = "pep734/spec/";

    private final TestDescriptor root;
    private final Consumer<DiscoveryIssue> issues;
    private final List<TestDescriptor> withSource = new ArrayList<>();
    private final Set<TestDescriptor> selected = new LinkedHashSet<>();

    TreeSelection(TestDescriptor root, Consumer<DiscoveryIssue> issues) {
        this.root = root;
        this.issues = issues;
        collect(root);
    }

    Set<TestDescriptor> selected() {
        return selected;
    }

    void selectAll() {
        selected.add(root);
    }

    void uniqueId(UniqueId id) {
        Optional<? extends TestDescriptor> found = root.findByUniqueId(id);
        if (found.isPresent()) {
            selected.add(found.get());
        } else {
            warn("no test of the PEP 734 TCK has the unique id " + id);
        }
    }

    void classpathResource(String name, Optional<FilePosition> position) {
        String resource = name.startsWith("/") ? name.substring(1) : name;
        List<TestDescriptor> candidates = withSource.stream().filter(d -> resource.equals(resourceOf(d))).toList();
        if (candidates.isEmpty() && resource.startsWith(SPEC_ROOT)) {
            warn("no test of the PEP 734 TCK comes from class-path resource " + resource);
        }
        select(candidates, position);
    }

    void file(Path path, Optional<FilePosition> position) {
        String file = path.toString().replace('\\', '/');
        List<TestDescriptor> candidates = withSource.stream()
                .filter(d -> file.equals(resourceOf(d)) || file.endsWith("/" + resourceOf(d))).toList();
        select(candidates, position);
    }

    void uri(URI uri) {
        Optional<FilePosition> position = Optional.ofNullable(uri.getQuery()).flatMap(FilePosition::fromQuery);
        if ("classpath".equals(uri.getScheme())) {
            classpathResource(uri.getPath() == null ? uri.getSchemeSpecificPart() : uri.getPath(), position);
        } else if ("file".equals(uri.getScheme())) {
            file(Path.of(uri.getPath()), position);
        }
    }

    /**
     * Without a line, everything from the resource. With one, the clause at that line: of the descriptors
     * starting at or before it, the one starting last; at equal lines the outermost (the clause, not its checks).
     */
    private void select(List<TestDescriptor> candidates, Optional<FilePosition> position) {
        if (candidates.isEmpty()) {
            return;
        }
        if (position.isEmpty()) {
            selected.addAll(candidates);
            return;
        }
        int line = position.get().getLine();
        Optional<TestDescriptor> best = candidates.stream().filter(d -> lineOf(d) <= line)
                .max(Comparator.comparingInt(TreeSelection::lineOf)
                        .thenComparing(d -> -d.getUniqueId().getSegments().size()));
        if (best.isPresent()) {
            selected.add(best.get());
        } else {
            selected.addAll(candidates);
        }
    }

    private void collect(TestDescriptor descriptor) {
        if (descriptor.getSource().filter(ClasspathResourceSource.class::isInstance).isPresent()) {
            withSource.add(descriptor);
        }
        descriptor.getChildren().forEach(this::collect);
    }

    private static String resourceOf(TestDescriptor d) {
        return ((ClasspathResourceSource) d.getSource().orElseThrow()).getClasspathResourceName();
    }

    private static int lineOf(TestDescriptor d) {
        return ((ClasspathResourceSource) d.getSource().orElseThrow()).getPosition()
                .map(org.junit.platform.engine.support.descriptor.FilePosition::getLine).orElse(1);
    }

    private void warn(String message) {
        issues.accept(DiscoveryIssue.create(DiscoveryIssue.Severity.WARNING, message));
    }

    /** Keeps only what was selected, its ancestors and its descendants. */
    static void prune(TestDescriptor root, Set<TestDescriptor> selected) {
        Set<TestDescriptor> keep = new LinkedHashSet<>();
        for (TestDescriptor d : selected) {
            keep.addAll(d.getDescendants());
            keep.add(d);
            for (Optional<TestDescriptor> p = d.getParent(); p.isPresent(); p = p.get().getParent()) {
                keep.add(p.get());
            }
        }
        removeUnkept(root, keep);
    }

    private static void removeUnkept(TestDescriptor descriptor, Set<TestDescriptor> keep) {
        for (TestDescriptor child : new ArrayList<>(descriptor.getChildren())) {
            if (keep.contains(child)) {
                removeUnkept(child, keep);
            } else {
                child.removeFromHierarchy();
            }
        }
    }
}
