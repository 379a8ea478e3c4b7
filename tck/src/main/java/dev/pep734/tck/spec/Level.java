package dev.pep734.tck.spec;

import java.util.Locale;
import java.util.Optional;

/** Requirement level of an assertion (RFC 2119 words); also a JUnit tag. */
public enum Level {
    /** Required by the document; a failure means the implementation does not conform. */
    MUST,
    /** Expected (CPython does it, the document implies it); a failure is reported but does not refuse a certificate. */
    SHOULD,
    /** Optional behaviour; tested only where the implementation has it. */
    MAY;

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Level> parse(String text) {
        for (Level level : values()) {
            if (level.tag().equals(text.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
