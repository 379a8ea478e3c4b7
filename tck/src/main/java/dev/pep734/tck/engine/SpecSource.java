package dev.pep734.tck.engine;

import dev.pep734.tck.spec.ProfileSpec;
import dev.pep734.tck.spec.SpecLibrary;
import java.util.ArrayList;
import java.util.List;

/** Where the engine gets the profiles it turns into tests; tests hand the engine their own. */
interface SpecSource {

    /** Every profile of the run, read; problems are in each {@link ProfileSpec#issues()}. */
    List<ProfileSpec> load(TckSettings settings);

    /** The spec artifact on the thread's class path. */
    static SpecSource classPath() {
        return settings -> {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            SpecLibrary library = SpecLibrary.fromClassLoader(loader);
            List<ProfileSpec> specs = new ArrayList<>();
            library.profiles().forEach(profile -> specs.add(library.load(profile)));
            return specs;
        };
    }
}
