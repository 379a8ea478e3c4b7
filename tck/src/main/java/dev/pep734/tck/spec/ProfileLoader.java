package dev.pep734.tck.spec;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads one profile: its document into a clause tree, its assertion scripts (headers checked against the
 * clauses they name), its errata (targets checked against the clauses). Every problem is an issue with
 * file:line; nothing here throws for a malformed source.
 */
final class ProfileLoader {

    /** The list of feature tags, beside profiles.txt. */
    static final String FEATURES = "features.txt";

    private final ClassPathTree tree;
    private final String featuresResource;
    private Set<String> features;

    ProfileLoader(ClassPathTree tree, String root) {
        this.tree = tree;
        this.featuresResource = root.isEmpty() ? FEATURES : root + "/" + FEATURES;
    }

    ProfileSpec load(Profile profile) {
        List<SpecIssue> issues = new ArrayList<>();
        IssueSink documentIssues = new IssueSink(profile.documentResource());
        Clause document;
        try {
            document = document(profile, documentIssues);
        } catch (RuntimeException | StackOverflowError e) {
            // Defence in depth only: the reader is built not to throw, and the tests hold it to that.
            documentIssues.error(1, "internal error while reading the document: " + e);
            document = empty(profile, documentIssues.resource());
        }
        issues.addAll(documentIssues.issues());
        ClauseIndex index = new ClauseIndex(document);
        List<AssertionScript> scripts = assertions(profile, index, issues);
        List<Erratum> errata = errata(profile, document, index, issues);
        return new ProfileSpec(profile, document, scripts, errata, issues);
    }

    private Clause document(Profile profile, IssueSink issues) {
        Optional<byte[]> bytes = tree.read(profile.documentResource());
        if (bytes.isEmpty()) {
            issues.error(1, "document not found on the class path");
            return empty(profile, issues.resource());
        }
        return RstReader.clauses(profile, bytes.get(), issues);
    }

    private static Clause empty(Profile profile, String resource) {
        return new Clause(ClauseKind.DOCUMENT, "profile:" + profile.id(), profile.title(),
                SourceLocation.of(resource, 1), "", Optional.empty(), Optional.empty(), List.of());
    }

    private List<AssertionScript> assertions(Profile profile, ClauseIndex index, List<SpecIssue> issues) {
        IssueSink listing = new IssueSink(profile.directory() + "/assertions");
        List<AssertionScript> scripts = new ArrayList<>();
        Map<String, String> testIds = new HashMap<>();
        for (String resource : tree.list(profile.directory(), "profile.properties", "assertions", ".py", listing)) {
            IssueSink sink = new IssueSink(resource);
            String source = new String(tree.read(resource).orElse(new byte[0]), StandardCharsets.UTF_8);
            Optional<AssertionHeaderParser.Parsed> parsed = AssertionHeaderParser.parse(source, sink);
            if (parsed.isPresent()) {
                String id = resource.substring(resource.lastIndexOf('/') + 1, resource.length() - ".py".length());
                Optional<AssertionHeader> header = validate(parsed.get(), id, resource, index, testIds, sink)
                        .filter(h -> inItsFolder(parsed.get(), resource, sink) & knownFeatures(parsed.get(), sink));
                Optional<String> program = withHarness(profile, parsed.get(), source, sink);
                if (header.isPresent() && program.isPresent()) {
                    scripts.add(new AssertionScript(id, resource, SourceLocation.of(resource, parsed.get().line()),
                            header.get(), program.get()));
                }
            }
            issues.addAll(sink.issues());
        }
        issues.addAll(listing.issues());
        return scripts;
    }

    /** The script preceded by the harness files it includes, or empty (with an issue) when one is missing. */
    private Optional<String> withHarness(Profile profile, AssertionHeaderParser.Parsed parsed, String source,
                                         IssueSink sink) {
        StringBuilder program = new StringBuilder();
        String root = profile.directory().contains("/")
                ? profile.directory().substring(0, profile.directory().lastIndexOf('/') + 1) : "";
        for (String include : parsed.header().includes()) {
            Optional<byte[]> harness = tree.read(root + "harness/" + include);
            if (harness.isEmpty()) {
                sink.error(parsed.includesLine(), "included harness file not found: " + root + "harness/" + include);
                return Optional.empty();
            }
            String text = new String(harness.get(), StandardCharsets.UTF_8);
            program.append("# ---- harness/").append(include).append(" (included) ----\n").append(text);
            if (!text.endsWith("\n")) {
                program.append('\n');
            }
        }
        if (!program.isEmpty()) {
            program.append("# ---- the assertion script ----\n");
        }
        return Optional.of(program.append(source).toString());
    }

    /**
     * A script lives in the folder named after its clause anchor ({@code assertions/Interpreter.close/} for
     * {@code api:Interpreter.close}), so that the folder of a clause holds all its scripts and nothing else.
     */
    private static boolean inItsFolder(AssertionHeaderParser.Parsed parsed, String resource, IssueSink sink) {
        String clause = parsed.header().clause();
        String expected = clause.substring(clause.indexOf(':') + 1);
        int start = resource.indexOf("/assertions/") + "/assertions/".length();
        int end = resource.lastIndexOf('/');
        String folder = end > start ? resource.substring(start, end) : "";
        if (folder.isEmpty() || folder.equals(expected)) {
            return true;
        }
        sink.error(parsed.clauseLine(), "the script is in assertions/" + folder + "/ but checks " + clause
                + ": a script lives in the folder named after its clause anchor, assertions/" + expected + "/");
        return false;
    }

    /**
     * Features are tags a user filters by ({@code -Dgroups=queues}): only those listed in features.txt (a spec
     * without that file, such as a test's fixture, lists none and is not checked).
     */
    private boolean knownFeatures(AssertionHeaderParser.Parsed parsed, IssueSink sink) {
        if (tree.read(featuresResource).isEmpty()) {
            return true;
        }
        Set<String> unknown = new TreeSet<>(parsed.header().features());
        unknown.removeAll(features());
        if (unknown.isEmpty()) {
            return true;
        }
        sink.error(parsed.featuresLine(), "unknown feature " + unknown + ": the features are listed, each with its "
                + "meaning, in " + FEATURES + " (" + String.join(", ", new TreeSet<>(features())) + ")");
        return false;
    }

    private Set<String> features() {
        if (features == null) {
            features = new LinkedHashSet<>();
            String text = new String(tree.read(featuresResource).orElse(new byte[0]), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    features.add(entry.split("\\s+", 2)[0]);
                }
            }
        }
        return features;
    }

    private static Optional<AssertionHeader> validate(AssertionHeaderParser.Parsed parsed, String id, String resource,
                                                      ClauseIndex index, Map<String, String> testIds, IssueSink sink) {
        AssertionHeader header = parsed.header();
        Optional<Clause> clause = index.find(header.clause()).filter(c -> c.kind() != ClauseKind.DOCUMENT);
        if (clause.isEmpty()) {
            sink.error(parsed.clauseLine(), "unknown clause '" + header.clause()
                    + "': no section, API element or example of the document has that anchor");
            return Optional.empty();
        }
        for (int q = 0; q < header.quotes().size(); q++) {
            String quote = InlineText.plain(header.quotes().get(q));
            if (quote.isEmpty() || !clause.get().text().contains(quote)) {
                boolean parentheses = clause.get().text().contains(quote.replace("()", ""));
                sink.error(parsed.quoteLines().get(q), "quote not found in the text of " + header.clause() + ": \""
                        + header.quotes().get(q) + "\"" + (parentheses
                        ? " (roles read as their text: :func:`create` reads as create, without parentheses)" : ""));
            }
        }
        String key = header.clause() + " " + id;
        String first = testIds.putIfAbsent(key, resource + ":" + parsed.line());
        if (first != null) {
            sink.error(parsed.line(), "duplicate test id '" + id + "' under clause " + header.clause()
                    + " (also " + first + ")");
            return Optional.empty();
        }
        return Optional.of(header);
    }

    private List<Erratum> errata(Profile profile, Clause document, ClauseIndex index, List<SpecIssue> issues) {
        String resource = profile.directory() + "/errata.txt";
        Optional<byte[]> bytes = tree.read(resource);
        if (bytes.isEmpty()) {
            return List.of();
        }
        IssueSink sink = new IssueSink(resource);
        List<Erratum> errata = new ArrayList<>();
        for (Erratum erratum : ErrataParser.parse(new String(bytes.get(), StandardCharsets.UTF_8), sink)) {
            // '&', not '&&': both checks run, so one reading reports every problem of the erratum
            if (checkTarget(erratum, document, index, sink) & checkReplacement(erratum, profile, sink)) {
                errata.add(erratum);
            }
        }
        // parse problems and target checks come from two passes; report them in file order
        sink.issues().stream().sorted(Comparator.comparingInt(i -> i.location().line())).forEach(issues::add);
        return errata;
    }

    private static boolean checkTarget(Erratum erratum, Clause document, ClauseIndex index, IssueSink sink) {
        ErratumTarget target = ErratumTarget.parse(erratum.target());
        int line = erratum.location().line();
        Optional<Clause> clause = target.clause().equals(document.anchor()) ? Optional.of(document)
                : index.find(target.clause());
        if (clause.isEmpty()) {
            sink.error(line, "erratum '" + erratum.id() + "' targets unknown clause '" + target.clause() + "'");
            return false;
        }
        String segment = target.segment();
        boolean named = segment.startsWith("example:") || segment.startsWith("statement:");
        boolean found = segment.startsWith("example:") ? ClauseIndex.contains(clause.get(), segment)
                : clause.get().children().stream().anyMatch(c -> c.anchor().equals(segment));
        if (named && !found) {
            sink.error(line, "erratum '" + erratum.id() + "' targets '" + segment + "', which clause '"
                    + target.clause() + "' does not have");
            return false;
        }
        return true;
    }

    private boolean checkReplacement(Erratum erratum, Profile profile, IssueSink sink) {
        Optional<String> replacement = erratum.field("replacement");
        if (replacement.isPresent() && tree.read(profile.directory() + "/examples/" + replacement.get()).isEmpty()) {
            sink.error(erratum.location().line(), "erratum '" + erratum.id() + "' names replacement '"
                    + replacement.get() + "', which is not in " + profile.directory() + "/examples/");
            return false;
        }
        return true;
    }
}
