package dev.pep734.reference.runtime;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * Which generation of the multiple-interpreters API a runtime serves. Generations cannot be mixed in one
 * runtime: the oldest one gives {@code _interpreters} a different API (enumerate, run_string, ...) from the
 * one {@code concurrent.interpreters} is built on. Every interpreter of a runtime serves its generation.
 */
public enum ApiGeneration {
    /** {@code concurrent.interpreters} as in CPython 3.14. */
    PEP734("concurrent.interpreters-3.14", ""),
    /**
     * The draft {@code interpreters} package with queues and channels, beside everything of {@link #PEP734}:
     * also the HOWTO's generation, whose examples use the draft package and whose errata rewrite some of them
     * for {@code concurrent.interpreters}.
     */
    DRAFT("interpreters-draft", "interpreters-draft/"),
    /** {@code test.support.interpreters} of Python 3.9: Interpreter.run, channels, RunFailedError. */
    SUPPORT_39("test.support.interpreters-3.9", "test.support.interpreters-3.9/"),
    /** The first low-level {@code _interpreters}: enumerate, run_string, run_string_unrestricted, destroy. */
    LOWLEVEL("_interpreters-lowlevel", "_interpreters-lowlevel/");

    /** The profile of the released 3.14.3 text of the same module: served by {@link #PEP734} too. */
    public static final String PEP734_AS_RELEASED = "concurrent.interpreters-3.14.3";

    private static final Map<String, ApiGeneration> BY_PROFILE = Map.of(
            PEP734.profile, PEP734, PEP734_AS_RELEASED, PEP734, "howto", DRAFT,
            DRAFT.profile, DRAFT, SUPPORT_39.profile, SUPPORT_39, LOWLEVEL.profile, LOWLEVEL);

    private final String profile;
    private final String resourceDirectory;

    ApiGeneration(String profile, String resourceDirectory) {
        this.profile = profile;
        this.resourceDirectory = resourceDirectory;
    }

    /** The TCK profile id whose document describes this generation. */
    public String profile() {
        return profile;
    }

    /** Where this generation's own modules live, under the modules resource root ("" for 3.14). */
    String resourceDirectory() {
        return resourceDirectory;
    }

    /**
     * The generation a TCK profile tests; empty for an unknown id. "" and the released 3.14.3 text mean 3.14,
     * "howto" the draft.
     */
    public static Optional<ApiGeneration> forProfile(String profile) {
        if (profile == null || profile.isEmpty()) {
            return Optional.of(PEP734);
        }
        return Optional.ofNullable(BY_PROFILE.get(profile));
    }

    /** Like {@link #forProfile}, but an unknown id is an error that lists the known ones. */
    public static ApiGeneration parse(String profile) {
        return forProfile(profile).orElseThrow(() -> new IllegalArgumentException("unknown API generation '"
                + profile + "': expected one of " + Arrays.stream(values()).map(ApiGeneration::profile).toList()
                + ", " + PEP734_AS_RELEASED + " or howto"));
    }
}
