package dev.pep734.tck.engine;

import dev.pep734.tck.spec.ProfileSpec;
import dev.pep734.tck.spec.SpecIssue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.discovery.ClasspathResourceSelector;
import org.junit.platform.engine.discovery.FileSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.discovery.UriSelector;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;

/**
 * One discovery: builds the full tree of every profile (so stale errata and unknown expectations are always
 * found), then keeps what the selectors ask for. Problems are reported as discovery issues, never thrown.
 */
final class TckDiscovery {

    private final EngineDiscoveryRequest request;
    private final UniqueId engineId;
    private final SpecSource specs;
    private final Deriver deriver;

    TckDiscovery(EngineDiscoveryRequest request, UniqueId engineId, SpecSource specs, Deriver deriver) {
        this.request = request;
        this.engineId = engineId;
        this.specs = specs;
        this.deriver = deriver;
    }

    TckEngineDescriptor discover() {
        TckSettings given = TckSettings.from(request.getConfigurationParameters(), System.getProperties());
        List<Class<?>> markers = request.getSelectorsByType(ClassSelector.class).stream()
                .map(TckDiscovery::marker).flatMap(Optional::stream).toList();
        Optional<String> markerRelease = markers.stream().map(c -> c.getAnnotation(Pep734Tck.class).release())
                .filter(s -> !s.isBlank()).findFirst();
        // A marker's release stands for the Python it names: pointing the kit at another Python
        // (pep734.tck.python) tests that one, with its own claims and name.
        if (given.get(Constants.RELEASE).isEmpty() && given.get(Constants.PYTHON).isEmpty()
                && markerRelease.isPresent()) {
            given = given.with(Constants.RELEASE, markerRelease.get());
        }
        TckSettings settings = given;
        Optional<String> releaseProblem = Optional.empty();
        try {
            settings = given.withRelease(Thread.currentThread().getContextClassLoader());
        } catch (IllegalArgumentException e) {
            releaseProblem = Optional.of(e.getMessage());
        }
        // The whole kit: a marker class, or the engine's own unique id (a launcher or @Suite that selects the
        // engine, e.g. @Select("uid:[engine:pep734-tck]"), with the implementation chosen by configuration).
        boolean all = !markers.isEmpty() || selectedIds().contains(engineId);
        List<String> named = markers.stream().map(c -> c.getAnnotation(Pep734Tck.class).implementation())
                .filter(s -> !s.isBlank()).distinct().toList();
        Optional<String> markerImplementation = named.stream().findFirst();
        if (named.size() > 1) {
            report(DiscoveryIssue.create(DiscoveryIssue.Severity.WARNING, "marker classes name different "
                    + "implementations " + named + "; one run tests one: " + named.get(0)
                    + " (run the others separately, or set " + Constants.IMPLEMENTATION + ")"));
        }
        // Surefire keeps a class only if a node of the plan has its ClassSource; it also names reports after it.
        Optional<TestSource> markerSource = markers.stream().findFirst().map(ClassSource::from);
        boolean ours = all || !selectedIds().isEmpty()
                || !request.getSelectorsByType(FileSelector.class).isEmpty()
                || !request.getSelectorsByType(ClasspathResourceSelector.class).isEmpty()
                || !request.getSelectorsByType(UriSelector.class).isEmpty();
        if (!ours) {
            return empty(settings);
        }
        ImplementationLocator.Choice choice = new ImplementationLocator(
                Thread.currentThread().getContextClassLoader())
                .choose(settings.get(Constants.IMPLEMENTATION).or(() -> markerImplementation));
        TckSettings effective = settings.with(Constants.IMPLEMENTATION, choice.id());
        VendorExpectations expectations = expectations(settings);
        List<ProfileTree> trees = new ArrayList<>();
        List<String> specProblems = new ArrayList<>();
        for (ProfileSpec spec : load(effective, specProblems)) {
            spec.issues().forEach(this::report);
            trees.add(new ProfileTreeBuilder(spec, deriver, this::report).build(engineId, markerSource));
        }
        TckEngineDescriptor root = new TckEngineDescriptor(engineId,
                new RunPlan(effective, choice.id(), choice.problem(), expectations, trees), markerSource);
        trees.forEach(tree -> root.addChild(tree.root()));
        // Faults of the run itself sit in a container of their own: Surefire drops tests hung from the engine.
        ContainerDescriptor run = new ContainerDescriptor(engineId.append("run", "configuration"),
                "PEP 734 TCK run configuration", markerSource.orElse(null));
        addSpecProblems(run, specProblems, settings);
        new ExpectationChecker(expectations).check(root, run, warning -> report(DiscoveryIssue.builder(
                DiscoveryIssue.Severity.WARNING, warning).source(expectations.source()).build()));
        if (!run.getChildren().isEmpty()) {
            root.addChild(run);
        }
        select(root, all);
        root.selection(ShardSelection.apply(root, shard(settings), all));
        if (!root.getChildren().isEmpty()) {
            choice.problem().ifPresent(p -> report(DiscoveryIssue.create(DiscoveryIssue.Severity.ERROR, p)));
            releaseProblem.ifPresent(p -> report(DiscoveryIssue.create(DiscoveryIssue.Severity.ERROR, p)));
            validate(settings);
        }
        return root;
    }

    /** The unique ids selected in this engine's tree (see {@link TestPaths#underEngine}). */
    private List<UniqueId> selectedIds() {
        return request.getSelectorsByType(UniqueIdSelector.class).stream()
                .map(s -> TestPaths.underEngine(s.getUniqueId(), engineId)).flatMap(Optional::stream).toList();
    }

    /** The configured shard; a malformed value is an ERROR issue (the run fails naming it) and no sharding. */
    private Optional<dev.pep734.tck.certificate.Shard> shard(TckSettings settings) {
        try {
            return settings.shard();
        } catch (IllegalArgumentException e) {
            report(DiscoveryIssue.create(DiscoveryIssue.Severity.ERROR, e.getMessage()));
            return Optional.empty();
        }
    }

    private void select(TckEngineDescriptor root, boolean all) {
        TreeSelection selection = new TreeSelection(root, this::report);
        if (all) {
            selection.selectAll();
        }
        selectedIds().forEach(selection::uniqueId);
        for (FileSelector s : request.getSelectorsByType(FileSelector.class)) {
            selection.file(s.getPath(), s.getPosition());
        }
        for (ClasspathResourceSelector s : request.getSelectorsByType(ClasspathResourceSelector.class)) {
            selection.classpathResource(s.getClasspathResourceName(), s.getPosition());
        }
        for (UriSelector s : request.getSelectorsByType(UriSelector.class)) {
            selection.uri(s.getUri());
        }
        if (!selection.selected().contains(root)) {
            TreeSelection.prune(root, selection.selected());
        }
    }

    /**
     * Reads the profiles. When the spec itself cannot be found or read, the run must fail, but as a test
     * rather than a critical discovery issue: launcher filters that leave the TCK out (Surefire's
     * {@code -Dtest=...}, which still discovers every marker class) then keep working.
     */
    /** Bad TCK configuration fails the run before anything runs, naming the bad value. */
    private void validate(TckSettings settings) {
        try {
            settings.timeout();
        } catch (IllegalArgumentException e) {
            report(DiscoveryIssue.create(DiscoveryIssue.Severity.ERROR, e.getMessage()));
        }
    }

    private List<ProfileSpec> load(TckSettings settings, List<String> specProblems) {
        try {
            return specs.load(settings, issue -> {
                boolean error = issue.severity() == SpecIssue.Severity.ERROR;
                if (error) {
                    specProblems.add(issue.toString());
                }
                report(DiscoveryIssue.builder(error ? DiscoveryIssue.Severity.WARNING
                                : DiscoveryIssue.Severity.valueOf(issue.severity().name()), issue.message())
                        .source(LeafFactory.source(issue.location())).build());
            });
        } catch (RuntimeException e) {
            specProblems.add("the spec documents could not be read: " + e);
            report(DiscoveryIssue.builder(DiscoveryIssue.Severity.WARNING,
                    "the spec documents could not be read: " + e).cause(e).build());
            return List.of();
        }
    }

    private static void addSpecProblems(ContainerDescriptor root, List<String> problems, TckSettings settings) {
        if (problems.isEmpty()) {
            return;
        }
        String where = settings.get(Constants.SPEC_ROOT).orElse("pep734/spec");
        root.addChild(new LeafFactory("spec").broken(root.getUniqueId(), "spec", where,
                "the spec documents under " + where + " can be read",
                ClasspathResourceSource.from(where), String.join("\n", problems)
                        + "\nput the pep734-spec artifact on the test class path, or set " + Constants.SPEC_ROOT));
    }

    private VendorExpectations expectations(TckSettings settings) {
        Optional<String> file = settings.get(Constants.EXPECTATIONS);
        if (file.isEmpty()) {
            return VendorExpectations.NONE;
        }
        VendorExpectations read = VendorExpectations.read(file.get(), Thread.currentThread().getContextClassLoader());
        read.problems().forEach(p -> report(DiscoveryIssue.builder(DiscoveryIssue.Severity.ERROR, p)
                .source(read.source()).build()));
        return read;
    }

    private static Optional<Class<?>> marker(ClassSelector selector) {
        try {
            Class<?> type = selector.getJavaClass();
            return type.isAnnotationPresent(Pep734Tck.class) ? Optional.of(type) : Optional.empty();
        } catch (RuntimeException | LinkageError e) {
            return Optional.empty(); // a class this engine cannot load is not one of its markers
        }
    }

    private TckEngineDescriptor empty(TckSettings settings) {
        return new TckEngineDescriptor(engineId,
                new RunPlan(settings, "", Optional.empty(), VendorExpectations.NONE, List.of()), Optional.empty());
    }

    void report(DiscoveryIssue issue) {
        request.getDiscoveryListener().issueEncountered(engineId, issue);
    }

    /**
     * A problem in the documents or scripts. An ERROR is reported as a WARNING here and fails the run as a
     * test of its profile instead (see {@link ProfileTreeBuilder}): one bad quote must not stop every other
     * test from running, which a critical discovery issue would.
     */
    void report(SpecIssue issue) {
        DiscoveryIssue.Severity severity = issue.severity() == SpecIssue.Severity.ERROR
                ? DiscoveryIssue.Severity.WARNING : DiscoveryIssue.Severity.valueOf(issue.severity().name());
        report(DiscoveryIssue.builder(severity, issue.message()).source(LeafFactory.source(issue.location())).build());
    }
}
