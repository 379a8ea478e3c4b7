package dev.pep734.tck.engine;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import dev.pep734.tck.release.Release;
import dev.pep734.tck.release.ReleaseTable;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * Every {@code pep734.tck.*} value of one run (see {@link Constants}), JUnit configuration parameters over
 * system properties, with typed views of the keys the engine itself interprets.
 */
record TckSettings(Map<String, String> values) {

    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    TckSettings {
        values = Map.copyOf(values);
    }

    static TckSettings from(ConfigurationParameters parameters, Properties system) {
        Map<String, String> values = new TreeMap<>();
        for (String key : system.stringPropertyNames()) {
            if (key.startsWith(Constants.PREFIX)) {
                values.put(key, system.getProperty(key));
            }
        }
        for (String key : parameters.keySet()) {
            if (key.startsWith(Constants.PREFIX)) {
                parameters.get(key).ifPresent(v -> values.put(key, v));
            }
        }
        return new TckSettings(values);
    }

    /**
     * With {@link Constants#RELEASE} set, these settings plus that release's defaults from the release table:
     * the process adapter on its bundled CPython, its claimed profiles, module names and known deviations, and
     * its id and name. A key set explicitly wins. Without it, these settings unchanged.
     *
     * @throws IllegalArgumentException for an unknown release or a broken table, naming the known ones
     */
    TckSettings withRelease(ClassLoader loader) {
        Optional<String> id = get(Constants.RELEASE);
        if (id.isEmpty()) {
            return this;
        }
        ReleaseTable table = ReleaseTable.load(loader);
        Release release = table.find(id.get()).orElseThrow(() -> new IllegalArgumentException(Constants.RELEASE
                + "=" + id.get() + " is not a release the kit knows; known: " + table.ids()));
        Map<String, String> copy = new TreeMap<>(values);
        copy.putIfAbsent(Constants.IMPLEMENTATION, "cpython");
        if (get(Constants.PYTHON).isEmpty()) {
            copy.put("pep734.tck.python.bundled", release.artifactVersion());
        }
        copy.putIfAbsent(Constants.PROFILES, String.join(",", release.profiles()));
        if (!release.modules().isEmpty()) {
            copy.putIfAbsent(Constants.MODULES, release.modules());
        }
        copy.putIfAbsent(Constants.EXPECTATIONS,
                VendorExpectations.CLASSPATH + release.deviationsResource(ReleaseTable.ROOT));
        copy.putIfAbsent("pep734.tck.process.id", release.id());
        return new TckSettings(copy);
    }

    Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key)).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** A copy with one more value, e.g. the implementation id taken from the marker annotation. */
    TckSettings with(String key, String value) {
        Map<String, String> copy = new TreeMap<>(values);
        copy.put(key, value);
        return new TckSettings(copy);
    }

    Path workDirectory() {
        return Path.of(get(Constants.WORKDIR).orElse("target/pep734-tck")).toAbsolutePath().normalize();
    }

    Optional<Set<String>> claimedProfilesOverride() {
        return get(Constants.PROFILES).map(list -> Arrays.stream(list.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet()));
    }

    /** The shard to run ({@link Constants#SHARD}); a malformed value is a configuration error that names it. */
    Optional<dev.pep734.tck.certificate.Shard> shard() {
        try {
            return get(Constants.SHARD).map(dev.pep734.tck.certificate.Shard::parse);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Constants.SHARD + "=" + get(Constants.SHARD).orElse("") + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * One script at a time unless {@link Constants#PARALLELISM} says otherwise: an unknown implementation may
     * not allow two sessions at once. The kit's own build runs both bundled implementations at 2 (measured:
     * same results, 1.4-1.5x faster on 2 cores).
     */
    static final int DEFAULT_PARALLELISM = 1;

    /** How many sessions run scripts at once; a malformed or non-positive value names itself. */
    int parallelism() {
        return get(Constants.PARALLELISM).map(text -> {
            try {
                int n = Integer.parseInt(text.strip());
                if (n > 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException(Constants.PARALLELISM + "=" + text
                    + " is not a positive whole number (1 runs one script at a time)");
        }).orElse(DEFAULT_PARALLELISM);
    }

    /** The default script timeout; a malformed value is a configuration error that names the value. */
    Duration timeout() {
        return get(Constants.TIMEOUT).map(TckSettings::parseDuration).orElse(DEFAULT_TIMEOUT);
    }

    static final int DEFAULT_TRIES = 100;

    /** The seed the user gave for the property tests, if any; a malformed value names itself. */
    Optional<Long> seed() {
        return get(Constants.SEED).map(text -> {
            try {
                return Long.parseLong(text.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(Constants.SEED + "=" + text + " is not a whole number", e);
            }
        });
    }

    /** Cases per property; a malformed or non-positive value names itself. */
    int tries() {
        return get(Constants.TRIES).map(text -> {
            try {
                int tries = Integer.parseInt(text.strip());
                if (tries > 0) {
                    return tries;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException(Constants.TRIES + "=" + text + " is not a positive whole number");
        }).orElse(DEFAULT_TRIES);
    }

    static Duration parseDuration(String text) {
        String t = text.strip();
        try {
            if (t.startsWith("P") || t.startsWith("p")) {
                return Duration.parse(t);
            }
            String number = t.endsWith("s") ? t.substring(0, t.length() - 1).strip() : t;
            double seconds = Double.parseDouble(number);
            if (seconds <= 0 || Double.isNaN(seconds) || Double.isInfinite(seconds)) {
                throw new NumberFormatException("not positive");
            }
            return Duration.ofMillis(Math.round(seconds * 1000));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException(Constants.TIMEOUT + "=" + text
                    + " is not a duration: give seconds (60, 2.5, 60s) or ISO-8601 (PT1M)", e);
        }
    }
}
