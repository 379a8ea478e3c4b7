package dev.pep734.tck.engine;

import java.util.Set;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/** One test: a derived check, an example, an assertion script, or a "not verified" statement. */
final class LeafDescriptor extends AbstractTestDescriptor implements Node<TckExecutionContext> {

    private final Set<TestTag> tags;
    private final String level;
    private LeafWork work;

    LeafDescriptor(UniqueId id, String displayName, TestSource source, Set<TestTag> tags, String level,
                   LeafWork work) {
        super(id, displayName, source);
        this.tags = Set.copyOf(tags);
        this.level = level;
        this.work = work;
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }

    @Override
    public Set<TestTag> getTags() {
        return tags;
    }

    /** The requirement level tag ({@code must}, {@code should}, {@code may}), or empty for statements. */
    String level() {
        return level;
    }

    /** The profile this leaf belongs to, or {@code (expectation)} for a leaf of the run's configuration. */
    String profileId() {
        UniqueId.Segment below = TestPaths.belowEngine(getUniqueId()).get(0);
        return "profile".equals(below.getType()) ? below.getValue() : "(" + below.getType() + ")";
    }

    LeafWork work() {
        return work;
    }

    /** An erratum declared this test not testable: it is reported "not verified" instead of run. */
    void replaceWork(LeafWork replacement) {
        this.work = replacement;
    }

    @Override
    public TckExecutionContext execute(TckExecutionContext context, DynamicTestExecutor executor) throws Exception {
        context.runner().run(this);
        return context;
    }

    @Override
    public void nodeSkipped(TckExecutionContext context, TestDescriptor descriptor, SkipResult result) {
        context.recorder().skipped(this, result.getReason().orElse(""));
    }

    @Override
    public void nodeFinished(TckExecutionContext context, TestDescriptor descriptor, TestExecutionResult result) {
        context.recorder().finished(this, result);
    }
}
