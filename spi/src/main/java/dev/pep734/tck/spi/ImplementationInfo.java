package dev.pep734.tck.spi;

import java.util.Set;

/**
 * How an implementation describes itself.
 *
 * @param id the id it was chosen by
 * @param name product name, e.g. {@code "CPython"}
 * @param version product version, e.g. {@code "3.14.3"}
 * @param vendor who makes it
 * @param runtime what it runs on, e.g. {@code "GraalPy 25.2.4 on OpenJDK 17.0.15"} or the executable's path
 * @param profiles the spec profiles it claims, e.g. {@code "concurrent.interpreters-3.14"}; tests of other
 *     profiles are skipped (aborted), never failed
 */
public record ImplementationInfo(String id, String name, String version, String vendor, String runtime,
                                 Set<String> profiles) {

    public ImplementationInfo {
        profiles = Set.copyOf(profiles);
    }

    /** Whether this implementation claims the given profile. */
    public boolean claims(String profile) {
        return profiles.contains(profile);
    }
}
