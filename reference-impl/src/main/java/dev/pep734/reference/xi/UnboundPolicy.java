package dev.pep734.reference.xi;

import java.util.Optional;

/**
 * What a queue does with an item whose sending interpreter was destroyed before the item was taken.
 * The codes are those of CPython's {@code _crossinterp} module, so the Python layer maps the sentinels
 * UNBOUND_REMOVE / UNBOUND_ERROR / UNBOUND to 1 / 2 / 3 as CPython does.
 */
public enum UnboundPolicy {
    /** The item disappears when its interpreter is destroyed. */
    REMOVE(1),
    /** {@code get()} raises ItemInterpreterDestroyed for the item (and consumes it). */
    ERROR(2),
    /** {@code get()} returns the UNBOUND sentinel in place of the item. */
    REPLACE(3);

    private final int code;

    UnboundPolicy(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static Optional<UnboundPolicy> of(long code) {
        for (UnboundPolicy p : values()) {
            if (p.code == code) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
