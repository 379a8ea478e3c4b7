package dev.pep734.tck.report;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;

/**
 * The Allure view of one leaf, computed from its place in the tree only: its ancestors' unique-id segments
 * ({@code profile}, {@code section}, {@code api}) and display names, its source and its tags. Plain data, so
 * that it can be tested without Allure.
 *
 * @param uniqueId the leaf's JUnit unique id, to recognise its Allure result
 * @param labels epic, feature, story, suites and severity, in that order; empty parts are left out
 * @param links the document line it checks ({@code spec}: the leaf's own when it comes from the document,
 *     else its clause's) and, for an assertion, the script's file ({@code script})
 * @param implementation the implementation tested ({@code id version})
 */
record LeafView(String uniqueId, List<ReportLabel> labels, List<ReportLink> links, String implementation) {

    /** The tag the engine gives faults of the kit itself (stale errata, unknown expectations). */
    static final String KIT_TAG = "kit";

    LeafView {
        labels = List.copyOf(labels);
        links = List.copyOf(links);
    }

    static LeafView of(TestDescriptor leaf, String level, String implementation) {
        List<TestDescriptor> containers = containers(leaf);
        String epic = containers.isEmpty() ? "" : profileTitle(containers.get(0));
        String feature = "";
        for (TestDescriptor c : containers) {
            if ("section".equals(type(c.getUniqueId()))) {
                feature = c.getDisplayName();
            }
        }
        // The clause is the container the leaf hangs from, unless that is the profile itself.
        String story = containers.size() > 1 ? containers.get(containers.size() - 1).getDisplayName() : "";
        List<ReportLabel> labels = new ArrayList<>();
        add(labels, "epic", epic);
        add(labels, "feature", feature);
        add(labels, "story", story);
        add(labels, "parentSuite", epic);
        add(labels, "suite", feature);
        add(labels, "subSuite", story.equals(feature) ? "" : story);
        add(labels, "severity", severity(level, leaf.getTags().contains(TestTag.create(KIT_TAG))));
        return new LeafView(leaf.getUniqueId().toString(), labels, links(leaf), implementation);
    }

    /**
     * Examples and derived checks come from the document; an assertion script's clause is its container
     * ({@link SpecLine}). The URLs point at the rendered pages the reports module writes beside the report
     * ({@code <resource>.html#L<line>}), so a click lands on the line.
     */
    private static List<ReportLink> links(TestDescriptor leaf) {
        List<ReportLink> links = new ArrayList<>();
        SpecLine.source(leaf).ifPresent(spec -> links.add(link(spec, "spec")));
        SpecLine.resource(leaf).filter(own -> !SpecLine.isDocument(own))
                .ifPresent(script -> links.add(link(script, "script")));
        return links;
    }

    private static ReportLink link(ClasspathResourceSource source, String type) {
        String resource = source.getClasspathResourceName();
        int line = source.getPosition().map(p -> p.getLine()).orElse(0);
        return new ReportLink(SpecLine.text(source), resource + ".html" + (line > 0 ? "#L" + line : ""), type);
    }

    /** must = critical, should = normal, may = minor; a kit fault blocks; an untested statement is trivial. */
    static String severity(String level, boolean kitFault) {
        if (kitFault) {
            return "blocker";
        }
        return switch (level) {
            case "must" -> "critical";
            case "should" -> "normal";
            case "may" -> "minor";
            default -> "trivial";
        };
    }

    /**
     * Allure groups results with one history id as retries and keeps their trend: the unique id alone would
     * make two implementations' results of one test retries of each other.
     */
    String historyId() {
        try {
            byte[] digest = MessageDigest.getInstance("MD5")
                    .digest((implementation + "\n" + uniqueId).getBytes(StandardCharsets.UTF_8));
            return String.format("%032x", new BigInteger(1, digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has MD5", e);
        }
    }

    /** The containers from the profile (or run-configuration container) down to the leaf's parent. */
    private static List<TestDescriptor> containers(TestDescriptor leaf) {
        List<TestDescriptor> chain = new ArrayList<>();
        Optional<TestDescriptor> parent = leaf.getParent();
        while (parent.isPresent() && !parent.get().isRoot()) {
            chain.add(0, parent.get());
            parent = parent.get().getParent();
        }
        return chain;
    }

    /** The profile container is named {@code id: title}; the document title alone reads better as an epic. */
    private static String profileTitle(TestDescriptor profile) {
        String name = profile.getDisplayName();
        String prefix = profile.getUniqueId().getLastSegment().getValue() + ": ";
        return "profile".equals(type(profile.getUniqueId())) && name.startsWith(prefix)
                ? name.substring(prefix.length()) : name;
    }

    private static String type(UniqueId id) {
        return id.getLastSegment().getType();
    }

    private static void add(List<ReportLabel> labels, String name, String value) {
        if (!value.isBlank()) {
            labels.add(new ReportLabel(name, value));
        }
    }
}
