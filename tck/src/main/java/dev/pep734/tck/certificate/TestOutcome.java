package dev.pep734.tck.certificate;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How one test of the run ended, as a certificate records it.
 *
 * @param id the test path (the short unique id of expectations files, e.g.
 *     {@code concurrent.interpreters-3.14/section:reference/api:Interpreter.close/check:exists})
 * @param profile the profile the test belongs to ({@code (run)} for faults of the run itself)
 * @param level {@code must}, {@code should}, {@code may}, or empty for statements and kit checks
 * @param status {@link #PASSED}, {@link #FAILED}, {@link #ABORTED} (skipped with a reason) or
 *     {@link #NOT_RUN} (planned for this run, but filtered out before it ran)
 * @param name the test's display name
 * @param clause the display name of the clause (container) the test belongs to
 * @param spec the document line the test checks, {@code resource:line}, or empty
 * @param message why it failed or was skipped; empty when it passed
 */
public record TestOutcome(String id, String profile, String level, String status, String name, String clause,
                          String spec, String message) {

    public static final String PASSED = "passed";
    public static final String FAILED = "failed";
    public static final String ABORTED = "aborted";
    public static final String NOT_RUN = "not run";

    // Long tracebacks belong in the report; the certificate keeps enough to recognise the failure.
    private static final int MESSAGE_LIMIT = 2000;

    public TestOutcome {
        message = message == null ? "" : message.length() > MESSAGE_LIMIT
                ? message.substring(0, cut(message)) + " [...]" : message;
    }

    /** Where to cut a long message: never between the two halves of a surrogate pair (JSON holds only text). */
    private static int cut(String message) {
        return Character.isHighSurrogate(message.charAt(MESSAGE_LIMIT - 1)) ? MESSAGE_LIMIT - 1 : MESSAGE_LIMIT;
    }

    /**
     * How the engine's reason for a test that the kit itself cannot verify starts (a statement no assertion
     * quotes, or a check an erratum declares untestable): such a test is no requirement an implementation can
     * meet, so it does not count against conformance.
     */
    public static final String NOT_VERIFIED = "not verified by this TCK";

    /** Whether the kit reported this test "not verified" (see {@link #NOT_VERIFIED}). */
    public boolean notVerified() {
        return ABORTED.equals(status) && message.startsWith(NOT_VERIFIED);
    }

    /** Whether it passed. */
    public boolean passed() {
        return PASSED.equals(status);
    }

    Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("profile", profile);
        m.put("level", level);
        m.put("status", status);
        m.put("name", name);
        m.put("clause", clause);
        m.put("spec", spec);
        m.put("message", message);
        return m;
    }

    static TestOutcome fromJson(Map<String, Object> m) {
        return new TestOutcome(Fields.text(m, "id"), Fields.text(m, "profile"), Fields.text(m, "level"),
                Fields.text(m, "status"), Fields.text(m, "name"), Fields.text(m, "clause"), Fields.text(m, "spec"),
                Fields.text(m, "message"));
    }
}
