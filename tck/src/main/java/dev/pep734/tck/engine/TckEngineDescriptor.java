package dev.pep734.tck.engine;

import java.util.Optional;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * The root of the tree. Starts the implementation before the first test and, after the last, closes it and
 * writes the summary.
 */
final class TckEngineDescriptor extends EngineDescriptor implements Node<TckExecutionContext> {

    private final RunPlan plan;
    private final Optional<TestSource> source;
    // What discovery planned (shard, planned tests), for the certificate: the launcher may still filter the tree
    // before it is executed, and the certificate must tell "left out" from "ran".
    private ShardSelection selection = ShardSelection.NONE;

    /**
     * @param source the marker class the run was selected by, when it was: Surefire keeps only classes that
     *     some node of the plan names by a {@code ClassSource}, and names its report files after them
     */
    TckEngineDescriptor(UniqueId id, RunPlan plan, Optional<TestSource> source) {
        super(id, "PEP 734 TCK");
        this.plan = plan;
        this.source = source;
    }

    @Override
    public Optional<TestSource> getSource() {
        return source;
    }

    RunPlan plan() {
        return plan;
    }

    ShardSelection selection() {
        return selection;
    }

    void selection(ShardSelection selection) {
        this.selection = selection;
    }

    @Override
    public TckExecutionContext before(TckExecutionContext context) {
        if (!getChildren().isEmpty()) {
            context.start();
        }
        return context;
    }

    @Override
    public void after(TckExecutionContext context) {
        // An engine with nothing selected (Surefire asks every engine about every class) reports nothing.
        if (!getChildren().isEmpty()) {
            context.finish();
        }
    }
}
