package dev.pep734.tck.engine;

import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/** A profile, section or API clause: groups the tests of the clauses below it. */
final class ContainerDescriptor extends AbstractTestDescriptor implements Node<TckExecutionContext> {

    ContainerDescriptor(UniqueId id, String displayName, TestSource source) {
        super(id, displayName, source);
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }
}
