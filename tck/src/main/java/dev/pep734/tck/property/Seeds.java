package dev.pep734.tck.property;

import java.security.SecureRandom;
import java.util.SplittableRandom;

/** Seeds: one per run, printed with every result; each property draws its own stream from it. */
public final class Seeds {

    private Seeds() {
    }

    /** A fresh seed for a run that was not given one. */
    public static long fresh() {
        return new SecureRandom().nextLong() & Long.MAX_VALUE;
    }

    /** The stream of one property: independent of the other properties, so one can be replayed alone. */
    static SplittableRandom random(long seed, String property) {
        return new SplittableRandom(seed ^ (property.hashCode() * 0x9E3779B97F4A7C15L));
    }
}
