package dev.pep734.tck.certificate;

/** Escaping and the few shared pieces of the kit's static HTML pages (no scripts, no network assets). */
public final class Html {

    /** Cell colours by test status, shared by the certificate and the matrix. */
    public static final String STYLE = """
            body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#222}
            table{border-collapse:collapse;margin:.5em 0 1.5em}
            th,td{border:1px solid #ccc;padding:2px 6px;text-align:left;vertical-align:top}
            th{background:#f3f3f3}
            .passed{background:#c8efc8}.failed{background:#f6b8b8}.aborted{background:#e4e4e4}
            .excluded{background:#f9d9a6}.notverified{background:#fbf3c4}.notrun{background:#fff;color:#888}
            .verdict{font-size:1.4em;padding:.4em .8em;display:inline-block}
            .yes{background:#c8efc8}.no{background:#f6b8b8}
            pre{white-space:pre-wrap;margin:0;font-size:12px}
            a{color:#0645ad}
            """;

    private Html() {
    }

    /** Text for element content and attribute values. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The id of a test's row in a certificate page ({@code certificate.html#<anchor>}). */
    public static String anchor(String testId) {
        return "t-" + testId.replaceAll("\\s", "_");
    }

    /**
     * The CSS class of a result: an aborted test is shown as what it is (expected failure, not verified,
     * or skipped for another reason, such as an unclaimed profile).
     */
    public static String statusClass(TestOutcome r) {
        return switch (r.status()) {
            case TestOutcome.PASSED -> "passed";
            case TestOutcome.FAILED -> "failed";
            case TestOutcome.NOT_RUN -> "notrun";
            default -> r.message().startsWith("expected failure") ? "excluded"
                    : r.notVerified() ? "notverified" : "aborted";
        };
    }

    /**
     * A link to the document line of {@code spec} ({@code resource:line}) in pages rendered under
     * {@code specBase} ({@code <resource>.html#L<line>}), or the plain text when there is no base.
     */
    public static String specLink(String spec, String specBase) {
        if (spec.isEmpty() || specBase == null) {
            return escape(spec);
        }
        int colon = spec.lastIndexOf(':');
        String resource = colon > 0 ? spec.substring(0, colon) : spec;
        String line = colon > 0 ? spec.substring(colon + 1) : "";
        return "<a href=\"" + escape(specBase + resource + ".html" + (line.isEmpty() ? "" : "#L" + line)) + "\">"
                + escape(spec) + "</a>";
    }
}
