package dev.pep734.tck.report;

import org.junit.platform.engine.TestDescriptor;

/**
 * What the engine calls while a leaf runs, to enrich the leaf's Allure result (see the package overview).
 * Does nothing when Allure is not there; never throws, so a report problem cannot fail a test.
 */
public final class AllureBridge {

    // allure-junit-platform, not just Allure's runtime API: without the listener nobody collects the labels,
    // and attachments would be written as orphan files.
    private static final String LISTENER = "io.qameta.allure.junitplatform.AllureJunitPlatform";
    private static final AllureBridge INSTANCE = new AllureBridge(present(LISTENER));

    private volatile boolean enabled;

    private AllureBridge(boolean enabled) {
        this.enabled = enabled;
    }

    /** The bridge of this JVM: enabled when allure-junit-platform is on the class path. */
    public static AllureBridge get() {
        return INSTANCE;
    }

    /** Whether results will be enriched. */
    public boolean enabled() {
        return enabled;
    }

    /**
     * Labels the running leaf.
     *
     * @param leaf the leaf being executed
     * @param level its requirement level tag ({@code must}, {@code should}, {@code may}) or empty
     * @param implementation the implementation under test, as {@code id version}
     */
    public void describe(TestDescriptor leaf, String level, String implementation) {
        if (enabled) {
            guarded(() -> AllureWriter.describe(LeafView.of(leaf, level, implementation)));
        }
    }

    /** Attaches the leaf's Python script. */
    public void attachScript(TestDescriptor leaf, String source) {
        attach(leaf, "script", "text/x-python", "py", source);
    }

    /** Attaches the traceback of the exception the script ended with. */
    public void attachTraceback(TestDescriptor leaf, String traceback) {
        attach(leaf, "traceback", "text/plain", "txt", traceback);
    }

    /** Attaches what a property generated: each kind of case with its count. */
    public void attachStatistics(TestDescriptor leaf, String statistics) {
        attach(leaf, "statistics", "text/plain", "txt", statistics);
    }

    /** Attaches a property's minimal counterexample and the command that replays the run. */
    public void attachCounterexample(TestDescriptor leaf, String counterexample) {
        attach(leaf, "counterexample", "text/plain", "txt", counterexample);
    }

    private void attach(TestDescriptor leaf, String name, String mediaType, String extension, String text) {
        if (enabled && text != null && !text.isBlank()) {
            guarded(() -> AllureWriter.attach(leaf.getUniqueId().toString(), name, mediaType, extension, text));
        }
    }

    private void guarded(Runnable action) {
        try {
            action.run();
        } catch (LinkageError | RuntimeException e) {
            // A mismatched Allure version must not fail conformance tests: report once and stop trying.
            enabled = false;
            System.err.println("pep734-tck: Allure labels disabled: " + e);
        }
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, AllureBridge.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
