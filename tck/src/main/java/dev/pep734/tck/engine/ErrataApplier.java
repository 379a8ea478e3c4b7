package dev.pep734.tck.engine;

import dev.pep734.tck.spec.Clause;
import dev.pep734.tck.spec.Erratum;
import dev.pep734.tck.spec.ProfileSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;

/**
 * Applies the errata the deriver does not: {@code action: not-testable} turns its target into "not verified"
 * leaves. Finds stale errata (matching no clause or test) and adds a failing leaf for each, so a stale entry
 * fails the run in every report.
 */
final class ErrataApplier {

    private final ProfileSpec spec;
    private final LeafFactory leaves;
    private final Set<String> appliedByDeriver;
    private final Map<String, TestDescriptor> byAnchor = new HashMap<>();
    private final Map<String, Clause> clauses = new HashMap<>();
    private final Map<String, TestDescriptor> containerOfClause = new HashMap<>();

    ErrataApplier(ProfileSpec spec, LeafFactory leaves, Set<String> appliedByDeriver) {
        this.spec = spec;
        this.leaves = leaves;
        this.appliedByDeriver = appliedByDeriver;
    }

    List<Erratum> apply(ContainerDescriptor root) {
        index(root);
        indexClauses(spec.document(), root);
        List<Erratum> stale = new ArrayList<>();
        for (Erratum erratum : spec.errata()) {
            boolean applied = erratum.notTestable() ? notTestable(erratum) : appliedByDeriver.contains(erratum.id());
            if (!applied) {
                stale.add(erratum);
            }
        }
        for (Erratum erratum : stale) {
            root.addChild(leaves.broken(root.getUniqueId(), "erratum", erratum.id(), "stale erratum " + erratum.id(),
                    LeafFactory.source(erratum.location()), "stale erratum " + erratum.id() + " (" + erratum.location() + "): its target "
                            + erratum.target() + " matches no clause or test of profile " + spec.profile().id()
                            + "; fix the target or remove the erratum"));
        }
        return stale;
    }

    private boolean notTestable(Erratum erratum) {
        String reason = "erratum " + erratum.id() + ": " + erratum.reason();
        String target = erratum.target().strip();
        if (mark(target, reason)) {
            return true;
        }
        int slash = target.lastIndexOf('/');
        if (slash < 0 || target.indexOf(':', slash) < 0) {
            return false;
        }
        String anchor = target.substring(0, slash);
        String segment = target.substring(slash + 1);
        TestDescriptor container = byAnchor.get(anchor);
        if (container == null) {
            container = containerOfClause.get(anchor);
        }
        if (container == null || container.getType() != TestDescriptor.Type.CONTAINER) {
            return false;
        }
        TestDescriptor child = container.getChildren().stream()
                .filter(c -> anchorOf(c.getUniqueId()).equals(segment)).findFirst().orElse(null);
        if (child != null) {
            markSubtree(child, reason);
        } else {
            addNotVerified(container, segment, erratum, reason);
        }
        return true;
    }

    /** Marks a whole clause: its descriptor, or (a clause with no tests of its own) a new leaf for it. */
    private boolean mark(String anchor, String reason) {
        TestDescriptor descriptor = byAnchor.get(anchor);
        if (descriptor != null) {
            markSubtree(descriptor, reason);
            return true;
        }
        Clause clause = clauses.get(anchor);
        if (clause == null) {
            return false;
        }
        TestDescriptor container = containerOfClause.get(anchor);
        container.addChild(leaves.notVerified(container.getUniqueId(), clause.anchorType(), clause.anchorValue(),
                clause.title(), clause.location(), reason));
        return true;
    }

    private void addNotVerified(TestDescriptor container, String segment, Erratum erratum, String reason) {
        int colon = segment.indexOf(':');
        container.addChild(leaves.notVerified(container.getUniqueId(), segment.substring(0, colon),
                segment.substring(colon + 1), container.getDisplayName() + " " + segment, erratum.location(),
                reason));
    }

    private static void markSubtree(TestDescriptor descriptor, String reason) {
        if (descriptor instanceof LeafDescriptor leaf && !(leaf.work() instanceof LeafWork.Broken)) {
            leaf.replaceWork(new LeafWork.NotVerified(LeafFactory.NOT_VERIFIED + reason));
        }
        descriptor.getChildren().forEach(child -> markSubtree(child, reason));
    }

    private void index(TestDescriptor descriptor) {
        byAnchor.putIfAbsent(anchorOf(descriptor.getUniqueId()), descriptor);
        descriptor.getChildren().forEach(this::index);
    }

    /** Remembers, for every clause, the container its tests sit in (its own, or its parent's). */
    private void indexClauses(Clause clause, TestDescriptor container) {
        for (Clause child : clause.children()) {
            clauses.putIfAbsent(child.anchor(), child);
            containerOfClause.putIfAbsent(child.anchor(), container);
            TestDescriptor own = byAnchor.get(child.anchor());
            boolean isContainer = own != null && own.getType() == TestDescriptor.Type.CONTAINER;
            indexClauses(child, isContainer ? own : container);
        }
    }

    private static String anchorOf(UniqueId id) {
        UniqueId.Segment last = id.getLastSegment();
        return last.getType() + ":" + last.getValue();
    }
}
