package dev.pep734.tck.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ShardTest {

    @Test
    void the_shards_of_one_n_are_disjoint_cover_every_id_and_are_balanced() {
        int[] sizes = new int[4];
        for (int t = 0; t < 2000; t++) {
            String id = "[engine:pep734-tck]/[profile:p]/[assertion:a" + t + "]";
            int[] owners = IntStream.rangeClosed(1, 4).filter(k -> new Shard(k, 4).contains(id)).toArray();
            assertEquals(1, owners.length, id);
            sizes[owners[0] - 1]++;
        }
        for (int size : sizes) {
            assertTrue(size > 400 && size < 600, "balanced: " + java.util.Arrays.toString(sizes));
        }
    }

    @Test
    void membership_is_a_fixed_function_of_the_id() {
        // Pinned: a change of hash would silently reshuffle every fleet's shards.
        assertTrue(new Shard(2, 3).contains("[engine:pep734-tck]/[profile:howto]"));
        assertEquals("2/3", Shard.parse(" 2 / 3 ").toString());
        assertTrue(new Shard(1, 1).contains("anything"));
    }

    @Test
    void malformed_shards_name_the_value() {
        assertEquals("shard '3' is not K/N (e.g. 2/4: the second of four shards)",
                assertThrows(IllegalArgumentException.class, () -> Shard.parse("3")).getMessage());
        assertEquals("shard 5/4: want K/N with 1 <= K <= N",
                assertThrows(IllegalArgumentException.class, () -> Shard.parse("5/4")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("0/4"));
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("a/b"));
    }
}
