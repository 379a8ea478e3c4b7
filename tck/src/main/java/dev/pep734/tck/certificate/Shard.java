package dev.pep734.tck.certificate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * One shard of a fleet run: {@code K/N} runs the tests whose unique id hashes to {@code K} of {@code N}.
 * The hash (the first four bytes of the SHA-256 of the unique id, modulo {@code N}) depends on the id only,
 * so every machine puts every test in the same shard and the shards of one {@code N} are disjoint and cover
 * every test.
 *
 * @param index {@code K}, from 1
 * @param count {@code N}, at least 1
 */
public record Shard(int index, int count) {

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("shard " + index + "/" + count + ": want K/N with 1 <= K <= N");
        }
    }

    /** Reads {@code K/N}; a malformed value is an {@link IllegalArgumentException} that names it. */
    public static Shard parse(String text) {
        String[] parts = text.strip().split("/", -1);
        try {
            if (parts.length == 2) {
                return new Shard(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("shard '" + text + "' is not K/N (e.g. 2/4: the second of four shards)");
    }

    /** Whether the test with this unique id belongs to this shard. */
    public boolean contains(String uniqueId) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(uniqueId.getBytes(StandardCharsets.UTF_8));
            long bucket = ((h[0] & 0xffL) << 24) | ((h[1] & 0xffL) << 16) | ((h[2] & 0xffL) << 8) | (h[3] & 0xffL);
            return bucket % count == index - 1;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
