package dev.pep734.tck.certificate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What one run of the TCK established about one implementation. Everything else in {@code certificate.json}
 * (counts, verdict, failures, digest) is computed from these fields, so a verifier recomputes it.
 *
 * @param tckVersion the kit's version
 * @param artifacts the SHA-256 content digests of the kit and the spec ({@link ArtifactDigest})
 * @param implementation its self-description: {@code id}, {@code name}, {@code version}, {@code vendor},
 *     {@code runtime}, {@code declaredProfiles} (what it declares, before any {@code pep734.tck.profiles})
 * @param claimedProfiles the profiles the run took it to claim
 * @param shard {@value #ALL_SHARDS}, or {@code K/N} for one shard of a fleet run
 * @param created when the run ended (ISO-8601)
 * @param exclusions every vendor exclusion
 * @param results every test of the run, sorted by id
 */
public record Certificate(String tckVersion, Map<String, String> artifacts, Map<String, String> implementation,
                          List<String> claimedProfiles, String shard, String created, List<Exclusion> exclusions,
                          List<TestOutcome> results) {

    /** The format id written into every certificate. */
    public static final String FORMAT = "pep734-tck-certificate/1";
    /** The shard of a run that covers every test. */
    public static final String ALL_SHARDS = "all";

    public Certificate {
        artifacts = Map.copyOf(new TreeMap<>(artifacts));
        implementation = Map.copyOf(new TreeMap<>(implementation));
        claimedProfiles = List.copyOf(new TreeSet<>(claimedProfiles));
        exclusions = exclusions.stream().sorted(Comparator.comparing(Exclusion::id)).toList();
        results = results.stream().sorted(Comparator.comparing(TestOutcome::id)).toList();
    }

    /** The verdict. */
    public Conformance conformance() {
        return Conformance.judge(new TreeSet<>(claimedProfiles), shard, exclusions, results);
    }

    /** Counts per profile, then level ({@code (none)} for tests without one), then status. */
    public Map<String, Map<String, Map<String, Long>>> counts() {
        Map<String, Map<String, Map<String, Long>>> counts = new TreeMap<>();
        for (TestOutcome r : results) {
            String level = r.level().isEmpty() ? "(none)" : r.level();
            counts.computeIfAbsent(r.profile(), p -> new TreeMap<>()).computeIfAbsent(level, l -> new TreeMap<>())
                    .merge(r.status(), 1L, Long::sum);
        }
        return counts;
    }

    /** The tests that failed (a failure outside the claimed profiles is listed too: it is still a failure). */
    public List<TestOutcome> failures() {
        return results.stream().filter(r -> TestOutcome.FAILED.equals(r.status())).toList();
    }

    /** The full {@code certificate.json} content, digest included. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = body();
        json.put("digest", digest(json));
        return json;
    }

    /** SHA-256 over the canonical JSON of everything but the digest itself, as {@code sha256:hex}. */
    static String digest(Map<String, Object> body) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.remove("digest");
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(CanonicalJson.write(copy).getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private Map<String, Object> body() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("format", FORMAT);
        json.put("tck", Map.of("version", tckVersion, "artifacts", artifacts));
        json.put("implementation", implementation);
        json.put("claimedProfiles", claimedProfiles);
        json.put("shard", shard);
        json.put("created", created);
        Conformance c = conformance();
        json.put("verdict", Map.of("conformant", c.conformant(), "reasons", c.reasons()));
        json.put("counts", counts());
        json.put("failures", failures().stream().map(TestOutcome::id).toList());
        json.put("exclusions", exclusions.stream().map(Exclusion::toJson).toList());
        json.put("results", results.stream().map(TestOutcome::toJson).toList());
        return json;
    }

    /** Reads the stored fields of a parsed {@code certificate.json} (derived fields are recomputed, not read). */
    @SuppressWarnings("unchecked")
    public static Certificate fromJson(Map<String, Object> json) {
        if (!FORMAT.equals(json.get("format"))) {
            throw new IllegalArgumentException("not a certificate of format " + FORMAT + ": " + json.get("format"));
        }
        Map<String, Object> tck = Fields.object(json, "tck");
        Map<String, String> artifacts = new TreeMap<>();
        Fields.object(tck, "artifacts").forEach((k, v) -> artifacts.put(k, String.valueOf(v)));
        Map<String, String> implementation = new TreeMap<>();
        Fields.object(json, "implementation").forEach((k, v) -> implementation.put(k, String.valueOf(v)));
        List<String> claimed = new ArrayList<>();
        Fields.array(json, "claimedProfiles").forEach(p -> claimed.add(String.valueOf(p)));
        List<Exclusion> exclusions = Fields.array(json, "exclusions").stream()
                .map(e -> Exclusion.fromJson(Fields.asObject(e))).toList();
        List<TestOutcome> results = Fields.array(json, "results").stream()
                .map(r -> TestOutcome.fromJson(Fields.asObject(r))).toList();
        return new Certificate(Fields.text(tck, "version"), artifacts, implementation, claimed,
                Fields.text(json, "shard"), Fields.text(json, "created"), exclusions, results);
    }
}
