package dev.pep734.tck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.ConfigurationParameters;

class TckSettingsTest {

    private static ConfigurationParameters parameters(Map<String, String> values) {
        return new ConfigurationParameters() {
            @Override
            public Optional<String> get(String key) {
                return Optional.ofNullable(values.get(key));
            }

            @Override
            public Optional<Boolean> getBoolean(String key) {
                return get(key).map(Boolean::parseBoolean);
            }

            @Override
            public Set<String> keySet() {
                return values.keySet();
            }
        };
    }

    @Test
    void configuration_parameters_win_over_system_properties_and_only_tck_keys_are_kept() {
        Properties system = new Properties();
        system.setProperty("pep734.tck.timeout", "5");
        system.setProperty("pep734.tck.python", "/usr/bin/python3");
        system.setProperty("user.home", "/root");
        TckSettings settings = TckSettings.from(parameters(Map.of("pep734.tck.timeout", "7", "junit.x", "y")), system);
        assertEquals(Map.of("pep734.tck.timeout", "7", "pep734.tck.python", "/usr/bin/python3"), settings.values());
        assertEquals(Duration.ofSeconds(7), settings.timeout());
    }

    @Test
    void durations_are_seconds_or_iso() {
        assertEquals(Duration.ofSeconds(60), TckSettings.parseDuration("60"));
        assertEquals(Duration.ofMillis(2500), TckSettings.parseDuration("2.5"));
        assertEquals(Duration.ofSeconds(60), TckSettings.parseDuration(" 60s "));
        assertEquals(Duration.ofMinutes(1), TckSettings.parseDuration("PT1M"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TckSettings.parseDuration("soon"));
        assertEquals("pep734.tck.timeout=soon is not a duration: give seconds (60, 2.5, 60s) or ISO-8601 (PT1M)",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TckSettings.parseDuration("-1"));
    }

    @Test
    void defaults_and_profile_override() {
        TckSettings none = new TckSettings(Map.of());
        assertEquals(Duration.ofSeconds(60), none.timeout());
        assertEquals(Path.of("target/pep734-tck").toAbsolutePath(), none.workDirectory());
        assertEquals(Optional.empty(), none.claimedProfilesOverride());
        assertEquals(Optional.of(Set.of("a", "b")),
                new TckSettings(Map.of(Constants.PROFILES, " a, b ,")).claimedProfilesOverride());
    }

    @Test
    void a_release_fills_in_what_it_stands_for_and_explicit_keys_win() {
        ClassLoader loader = getClass().getClassLoader();
        TckSettings release = new TckSettings(Map.of(Constants.RELEASE, "cpython-3.13.5",
                Constants.PROFILES, "interpreters-draft")).withRelease(loader);
        assertEquals(Optional.of("cpython"), release.get(Constants.IMPLEMENTATION));
        assertEquals(Optional.of("3.13.5-1.5.12"), release.get("pep734.tck.python.bundled"));
        assertEquals(Optional.of("interpreters-draft"), release.get(Constants.PROFILES), "explicit wins");
        assertEquals(Optional.of("interpreters=test.support.interpreters"), release.get(Constants.MODULES));
        assertEquals(Optional.of("classpath:pep734/releases/cpython-3.13.5/deviations.txt"),
                release.get(Constants.EXPECTATIONS));
        assertEquals(Optional.of("cpython-3.13.5"), release.get("pep734.tck.process.id"));
        assertEquals(Optional.empty(), release.get("pep734.tck.process.name"),
                "the display name is the Python's own; its version is reported beside it");
        TckSettings own = new TckSettings(Map.of(Constants.RELEASE, "cpython-3.13.5", Constants.PYTHON, "/x/python"))
                .withRelease(loader);
        assertEquals(Optional.empty(), own.get("pep734.tck.python.bundled"), "a given python is not replaced");
    }

    @Test
    void an_unknown_release_names_the_known_ones() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TckSettings(Map.of(Constants.RELEASE, "cpython-2.7")).withRelease(getClass().getClassLoader()));
        assertEquals(true, e.getMessage().startsWith("pep734.tck.release=cpython-2.7 is not a release the kit knows; "
                + "known: cpython-3.14.3, cpython-3.13.5"), e.getMessage());
    }
}
