package dev.pep734.tck.engine;

import dev.pep734.tck.spec.ProfileSpec;
import dev.pep734.tck.spec.SpecIssue;
import dev.pep734.tck.spec.SpecLibrary;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Where the engine gets the profiles it turns into tests; tests hand the engine their own. */
interface SpecSource {

    /**
     * Every profile of the run, read. Problems of a profile are in its {@link ProfileSpec#issues()}; problems
     * of the index of profiles go to {@code issues}.
     */
    List<ProfileSpec> load(TckSettings settings, Consumer<SpecIssue> issues);

    /** The spec artifact on the thread's class path, under {@link Constants#SPEC_ROOT}. */
    static SpecSource classPath() {
        return (settings, issues) -> {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            SpecLibrary library = SpecLibrary.fromClassLoader(loader,
                    settings.get(Constants.SPEC_ROOT).orElse(SpecLibrary.DEFAULT_ROOT));
            library.indexIssues().forEach(issues);
            List<ProfileSpec> specs = new ArrayList<>();
            library.profiles().forEach(profile -> specs.add(library.load(profile)));
            return specs;
        };
    }
}
