package dev.pep734.tck.spec;

import java.util.List;

/**
 * The spec artifact as found on a class path: the profiles it lists and, on demand, each profile's
 * document, assertions and errata.
 */
public final class SpecLibrary {

    private final ClassLoader loader;

    private SpecLibrary(ClassLoader loader) {
        this.loader = loader;
    }

    /** Reads {@code pep734/spec/profiles.txt} through the given class loader. */
    public static SpecLibrary fromClassLoader(ClassLoader loader) {
        return new SpecLibrary(loader);
    }

    /** Every profile listed, in order. A missing or broken index yields an empty list and an issue. */
    public List<Profile> profiles() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /**
     * Reads one profile. Never throws for malformed sources: problems are in {@link ProfileSpec#issues()}.
     */
    public ProfileSpec load(Profile profile) {
        throw new UnsupportedOperationException("not implemented yet: " + loader);
    }
}
