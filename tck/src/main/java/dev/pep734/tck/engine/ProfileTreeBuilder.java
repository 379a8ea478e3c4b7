package dev.pep734.tck.engine;

import dev.pep734.tck.derive.DerivedTest;
import dev.pep734.tck.spec.AssertionScript;
import dev.pep734.tck.spec.Clause;
import dev.pep734.tck.spec.ClauseKind;
import dev.pep734.tck.spec.ProfileSpec;
import dev.pep734.tck.spec.SourceLocation;
import dev.pep734.tck.spec.SpecIssue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;

/**
 * Turns one profile's clause tree into descriptors: sections and API clauses become containers; derived
 * checks, examples, assertion scripts and unquoted statements become leaves; then errata are applied.
 */
final class ProfileTreeBuilder {

    private final ProfileSpec spec;
    private final Deriver deriver;
    private final Consumer<DiscoveryIssue> issues;
    private final LeafFactory leaves;
    private final Map<String, List<AssertionScript>> assertionsByClause = new LinkedHashMap<>();
    private final Set<String> placedClauses = new HashSet<>();
    private final Set<String> appliedErrata = new HashSet<>();
    /** The "not verified" leaf of each unquoted statement, with the work it was made with. */
    private final Map<LeafDescriptor, LeafWork> unquoted = new LinkedHashMap<>();

    ProfileTreeBuilder(ProfileSpec spec, Deriver deriver, Consumer<DiscoveryIssue> issues) {
        this.spec = spec;
        this.deriver = deriver;
        this.issues = issues;
        this.leaves = new LeafFactory(spec.profile().id());
        for (AssertionScript script : spec.assertions()) {
            assertionsByClause.computeIfAbsent(script.header().clause(), k -> new ArrayList<>()).add(script);
        }
    }

    /**
     * @param markerSource the marker class that selected the run, if any: it becomes the profile's source,
     *     because Surefire counts and names tests by the nearest container with a {@code ClassSource}
     *     (otherwise the document, line 1)
     */
    ProfileTree build(UniqueId engineId, Optional<TestSource> markerSource) {
        String id = spec.profile().id();
        ContainerDescriptor root = new ContainerDescriptor(engineId.append("profile", id),
                id + ": " + spec.profile().title(),
                markerSource.orElseGet(() -> LeafFactory.source(SourceLocation.of(spec.profile().documentResource(), 1))));
        walk(spec.document(), root, List.of(), List.of());
        placeOrphanAssertions(root);
        addSpecErrors(root);
        List<dev.pep734.tck.spec.Erratum> stale =
                new ErrataApplier(spec, leaves, appliedErrata).apply(root);
        return new ProfileTree(root, untested(), stale);
    }

    /** Adds the tests of {@code clause}'s children to {@code container}; {@code ancestors} are the anchors above. */
    private void walk(Clause clause, TestDescriptor container, List<Clause> apiParents, List<String> ancestors) {
        List<String> scope = new ArrayList<>(ancestors);
        scope.add(clause.anchor());
        if (clause.kind() == ClauseKind.API) {
            derive(container, clause, () -> deriver.forApi(spec.profile(), apiParents, clause, spec.errata()));
        }
        addAssertions(container, clause);
        addProperties(container, clause);
        for (Clause child : clause.children()) {
            switch (child.kind()) {
                case SECTION, API -> {
                    ContainerDescriptor sub = new ContainerDescriptor(
                            container.getUniqueId().append(child.anchorType(), child.anchorValue()),
                            child.title(), LeafFactory.source(child.location()));
                    if (add(container, sub)) {
                        List<Clause> parents = apiParents;
                        if (clause.kind() == ClauseKind.API) {
                            parents = new ArrayList<>(apiParents);
                            parents.add(clause);
                        }
                        walk(child, sub, parents, scope);
                    }
                }
                case EXAMPLE -> derive(container, child,
                        () -> deriver.forExample(spec.profile(), child, spec.errata()));
                case STATEMENT -> statement(container, child, scope);
                case DOCUMENT -> walk(child, container, apiParents, scope);
            }
        }
    }

    private void derive(TestDescriptor container, Clause clause, java.util.function.Supplier<List<DerivedTest>> how) {
        List<DerivedTest> tests;
        try {
            tests = how.get();
        } catch (RuntimeException e) {
            // A deriver fault must not hide the clause: a failing leaf says what broke.
            add(container, leaves.broken(container.getUniqueId(), clause.anchorType(),
                    clause.anchorValue() + "/derivation", "tests of " + clause.title() + " could not be derived",
                    LeafFactory.source(clause.location()), "deriving the tests of " + clause.anchor() + " failed: " + e));
            return;
        }
        for (DerivedTest test : tests) {
            test.erratumId().ifPresent(appliedErrata::add);
            add(container, leaves.derived(container.getUniqueId(), clause, test));
        }
    }

    private void addAssertions(TestDescriptor container, Clause clause) {
        List<AssertionScript> scripts = assertionsByClause.get(clause.anchor());
        if (scripts == null || !placedClauses.add(clause.anchor())) {
            return;
        }
        for (AssertionScript script : scripts) {
            add(container, leaves.assertion(container.getUniqueId(), clause, script));
        }
    }

    /** The property tests keyed to this clause (see {@link dev.pep734.tck.property.Properties}). */
    private void addProperties(TestDescriptor container, Clause clause) {
        for (dev.pep734.tck.property.Property property
                : dev.pep734.tck.property.Properties.forProfile(spec.profile().id())) {
            if (property.clause().equals(clause.anchor())) {
                add(container, leaves.property(container.getUniqueId(), clause, property));
            }
        }
    }

    private void statement(TestDescriptor container, Clause statement, List<String> scope) {
        List<AssertionScript> quoting = new ArrayList<>();
        scope.forEach(anchor -> quoting.addAll(assertionsByClause.getOrDefault(anchor, List.of())));
        if (!Quotes.covers(quoting, statement.text())) {
            String sentence = Quotes.normalise(statement.text());
            LeafDescriptor leaf = leaves.notVerified(container.getUniqueId(), statement.anchorType(),
                    statement.anchorValue(), sentence, statement.location(), sentence);
            if (add(container, leaf)) {
                unquoted.put(leaf, leaf.work());
            }
        }
    }

    /**
     * Unquoted statements that no not-testable erratum triaged: an erratum replaces the leaf's work with its
     * reason, so only leaves still holding their own work are untested. Counted after the errata are applied.
     */
    private int untested() {
        return (int) unquoted.entrySet().stream().filter(e -> e.getKey().work() == e.getValue()).count();
    }

    /** Assertions keyed to an anchor the document does not have fail where they are seen. */
    private void placeOrphanAssertions(ContainerDescriptor root) {
        assertionsByClause.forEach((anchor, scripts) -> {
            if (!placedClauses.contains(anchor)) {
                for (AssertionScript script : scripts) {
                    add(root, leaves.broken(root.getUniqueId(), "assertion", script.id(),
                            "assertion " + script.id() + " names unknown clause " + anchor,
                            LeafFactory.source(script.location()),
                            script.resource() + " names clause " + anchor + ", which profile "
                                    + spec.profile().id() + " does not have: fix its 'clause:' header"));
                }
            }
        });
    }

    /** Errors in the profile's sources fail as tests of the profile, at the line they concern. */
    private void addSpecErrors(ContainerDescriptor root) {
        for (SpecIssue issue : spec.issues()) {
            if (issue.severity() != SpecIssue.Severity.ERROR) {
                continue;
            }
            String resource = issue.location().resource();
            String file = resource.substring(resource.lastIndexOf('/') + 1);
            // Stable without line numbers: the file and a digest of the message.
            String value = file + "-" + Integer.toHexString(issue.message().hashCode());
            add(root, leaves.broken(root.getUniqueId(), "spec-issue", value, "spec problem in " + file + ": "
                    + issue.message(), LeafFactory.source(issue.location()), issue.toString()));
        }
    }

    /** Adds a child unless its id is taken (two scripts with one name): that is reported, not fatal. */
    private boolean add(TestDescriptor parent, TestDescriptor child) {
        boolean taken = parent.getChildren().stream().anyMatch(c -> c.getUniqueId().equals(child.getUniqueId()));
        if (taken) {
            issues.accept(DiscoveryIssue.builder(DiscoveryIssue.Severity.ERROR,
                            "duplicate test id " + child.getUniqueId() + ": only the first is kept")
                    .source(child.getSource()).build());
            return false;
        }
        parent.addChild(child);
        return true;
    }
}
