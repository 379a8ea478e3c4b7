package dev.pep734.tck.engine;

import dev.pep734.tck.certificate.Certificate;
import dev.pep734.tck.certificate.Shard;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.platform.engine.TestDescriptor;

/**
 * What one run is planned to cover: the selected tests of its shard ({@link Constants#SHARD}). Discovery
 * prunes the other leaves and the containers they leave empty. The planned leaves are kept, so the
 * certificate can tell a test that ran from one that a launcher filter (tags) left out after discovery.
 */
final class ShardSelection {

    static final ShardSelection NONE = new ShardSelection(Optional.empty(), true, List.of());

    private final Optional<Shard> shard;
    private final boolean everything;
    private final List<LeafDescriptor> planned;

    private ShardSelection(Optional<Shard> shard, boolean everything, List<LeafDescriptor> planned) {
        this.shard = shard;
        this.everything = everything;
        this.planned = List.copyOf(planned);
    }

    /**
     * Keeps the leaves of {@code shard} under {@code root} (all, when there is no shard) and records them.
     *
     * @param everything whether the selectors chose the whole kit (a marker class), not single tests
     */
    static ShardSelection apply(TestDescriptor root, Optional<Shard> configured, boolean everything) {
        // 1/1 is every test: a whole run, not a shard of one.
        Optional<Shard> shard = configured.filter(s -> s.count() > 1);
        shard.ifPresent(s -> prune(root, s));
        List<LeafDescriptor> planned = new ArrayList<>();
        for (TestDescriptor d : root.getDescendants()) {
            if (d instanceof LeafDescriptor leaf) {
                planned.add(leaf);
            }
        }
        return new ShardSelection(shard, everything, planned);
    }

    /** Removes what is outside the shard; returns whether anything is left below {@code node}. */
    private static boolean prune(TestDescriptor node, Shard shard) {
        for (TestDescriptor child : new ArrayList<>(node.getChildren())) {
            boolean keep = child instanceof LeafDescriptor
                    ? shard.contains(TestPaths.rootedId(child.getUniqueId()))
                    : prune(child, shard);
            if (!keep) {
                child.removeFromHierarchy();
            }
        }
        return !node.getChildren().isEmpty();
    }

    /**
     * {@code K/N}, {@value Certificate#ALL_SHARDS}, or {@code selected tests} when selectors (a unique id, a
     * file, an IDE's choice) picked single tests: such a run proves nothing about the whole kit.
     */
    String label() {
        String covered = shard.map(Shard::toString).orElse(Certificate.ALL_SHARDS);
        return everything ? covered : "selected tests" + (shard.isPresent() ? " of shard " + covered : "");
    }

    /** Where a shard's summary and certificate go: {@code shard-K-of-N} under the implementation's directory. */
    Optional<String> directoryName() {
        return shard.map(s -> "shard-" + s.index() + "-of-" + s.count());
    }

    List<LeafDescriptor> planned() {
        return planned;
    }
}
