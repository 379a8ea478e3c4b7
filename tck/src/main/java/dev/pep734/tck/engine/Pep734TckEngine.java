package dev.pep734.tck.engine;

import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Predicate;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.hierarchical.ForkJoinPoolHierarchicalTestExecutorService;
import org.junit.platform.engine.support.hierarchical.HierarchicalTestEngine;
import org.junit.platform.engine.support.hierarchical.HierarchicalTestExecutorService;
import org.junit.platform.engine.support.hierarchical.ParallelExecutionConfiguration;

/**
 * The PEP 734 TCK as a JUnit Platform engine (id {@value Constants#ENGINE_ID}). It turns the spec documents
 * into a tree of tests (profile, section, API clause, then derived checks, examples, assertion scripts and
 * "not verified" statements) and runs them against the implementation chosen with
 * {@link Pep734Tck} or {@link Constants#IMPLEMENTATION}. Configuration: see {@link Constants}.
 */
public final class Pep734TckEngine extends HierarchicalTestEngine<TckExecutionContext> {

    private final SpecSource specs;
    private final Deriver deriver;

    /** The engine as {@link java.util.ServiceLoader} creates it: the spec artifact on the class path. */
    public Pep734TckEngine() {
        this(SpecSource.classPath(), Deriver.standard());
    }

    Pep734TckEngine(SpecSource specs, Deriver deriver) {
        this.specs = specs;
        this.deriver = deriver;
    }

    @Override
    public String getId() {
        return Constants.ENGINE_ID;
    }

    @Override
    public Optional<String> getGroupId() {
        return Optional.of("dev.pep734");
    }

    @Override
    public Optional<String> getArtifactId() {
        return Optional.of("pep734-tck");
    }

    @Override
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        return new TckDiscovery(request, uniqueId, specs, deriver).discover();
    }

    /**
     * Same thread for {@link Constants#PARALLELISM} 1; else a pool of that many workers, one per session of the
     * {@link SessionKeeper} (a malformed value runs on one thread: the run reports it when it starts).
     */
    @Override
    protected HierarchicalTestExecutorService createExecutorService(ExecutionRequest request) {
        int parallelism;
        try {
            parallelism = ((TckEngineDescriptor) request.getRootTestDescriptor()).plan().settings().parallelism();
        } catch (IllegalArgumentException e) {
            parallelism = 1;
        }
        return parallelism == 1 ? super.createExecutorService(request)
                : new ForkJoinPoolHierarchicalTestExecutorService(new FixedParallelism(parallelism));
    }

    /** Exactly {@code parallelism} workers: tests block on their sessions, so more threads would only wait. */
    private record FixedParallelism(int parallelism) implements ParallelExecutionConfiguration {

        @Override
        public int getParallelism() {
            return parallelism;
        }

        @Override
        public int getMinimumRunnable() {
            return parallelism;
        }

        @Override
        public int getMaxPoolSize() {
            return parallelism;
        }

        @Override
        public int getCorePoolSize() {
            return parallelism;
        }

        @Override
        public int getKeepAliveSeconds() {
            return 30;
        }

        @Override
        public Predicate<? super ForkJoinPool> getSaturatePredicate() {
            // At the maximum pool size, let a blocked worker wait instead of failing the run.
            return pool -> true;
        }
    }

    @Override
    protected TckExecutionContext createExecutionContext(ExecutionRequest request) {
        TckEngineDescriptor root = (TckEngineDescriptor) request.getRootTestDescriptor();
        return new TckExecutionContext(root.plan(), request.getEngineExecutionListener(), root.selection());
    }
}
