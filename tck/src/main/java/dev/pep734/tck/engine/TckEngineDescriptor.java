package dev.pep734.tck.engine;

import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * The root of the tree. Starts the implementation before the first test and, after the last, closes it and
 * writes the summary.
 */
final class TckEngineDescriptor extends EngineDescriptor implements Node<TckExecutionContext> {

    private final RunPlan plan;

    TckEngineDescriptor(UniqueId id, RunPlan plan) {
        super(id, "PEP 734 TCK");
        this.plan = plan;
    }

    RunPlan plan() {
        return plan;
    }

    @Override
    public TckExecutionContext before(TckExecutionContext context) {
        context.start();
        return context;
    }

    @Override
    public void after(TckExecutionContext context) {
        context.finish();
    }
}
