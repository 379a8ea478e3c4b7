package dev.pep734.tck.release;

import java.util.List;
import java.util.Set;

/**
 * A real CPython release that the kit runs as ground truth: one entry of the release table
 * ({@code pep734/releases/} in the spec artifact, see spec/README.md).
 *
 * @param id the id of its runs, e.g. {@code cpython-3.12.1}: the folder of its outputs, its certificate's id
 * @param name display name, e.g. {@code CPython 3.12.1}
 * @param artifactVersion version of {@code org.bytedeco:cpython:VERSION:linux-x86_64} that serves it
 * @param profiles the API generations it really ships, by profile id: what it claims and is judged on
 * @param modules the module-name mapping under which it ships them ({@code pep734.tck.modules} syntax), or ""
 * @param gate whether every build runs it ({@code mvn verify}); the others run in the cross-release matrix
 * @param notes one line a person reads: which modules it has and why it claims what it claims
 */
public record Release(String id, String name, String artifactVersion, Set<String> profiles, String modules,
                      boolean gate, String notes) {

    public Release {
        profiles = Set.copyOf(profiles);
    }

    /** Resource of its known deviations, in the vendor-expectations format. */
    public String deviationsResource(String root) {
        return root + "/" + id + "/deviations.txt";
    }

    /** The profiles in the given order (the spec's report order). */
    public List<String> profilesIn(List<String> order) {
        return order.stream().filter(profiles::contains).toList();
    }
}
