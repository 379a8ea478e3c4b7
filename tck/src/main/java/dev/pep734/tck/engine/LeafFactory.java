package dev.pep734.tck.engine;

import dev.pep734.tck.derive.DerivedTest;
import dev.pep734.tck.spec.AssertionHeader;
import dev.pep734.tck.spec.AssertionScript;
import dev.pep734.tck.spec.Clause;
import dev.pep734.tck.spec.Level;
import dev.pep734.tck.spec.SourceLocation;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FilePosition;

/** Makes the leaves of one profile, with their ids, display names, sources and tags. */
final class LeafFactory {

    static final String NOT_VERIFIED = "not verified by this TCK: ";
    private static final int MAX_NAME = 160;

    private final String profileId;

    LeafFactory(String profileId) {
        this.profileId = profileId;
    }

    static TestSource source(SourceLocation location) {
        return ClasspathResourceSource.from(location.resource(),
                FilePosition.from(Math.max(1, location.line()), Math.max(1, location.column())));
    }

    /** A check or example derived by {@link Deriver}; its level is {@code must} unless it carries another. */
    LeafDescriptor derived(UniqueId parent, Clause clause, DerivedTest test) {
        String level = test.tags().stream().filter(t -> Level.parse(t).isPresent()).findFirst()
                .orElse(Level.MUST.tag());
        String kind = "example".equals(test.segmentType()) ? "example" : "api";
        LeafWork work = new LeafWork.Script(test.pythonSource(), test.expect(), test.expectedStdout(),
                Optional.empty(), clause.anchor(), List.of(), clause.location().toString(), true);
        return new LeafDescriptor(parent.append(test.segmentType(), test.segmentValue()), test.displayName(),
                source(clause.location()), tags(test.tags(), level, kind), level, work);
    }

    /** A hand-written assertion script keyed to the clause under {@code parent}. */
    LeafDescriptor assertion(UniqueId parent, Clause clause, AssertionScript script) {
        String clauseTitle = clause.title();
        AssertionHeader header = script.header();
        String name = header.description().isBlank() ? clauseTitle + ": " + script.id() : header.description();
        LeafWork work = new LeafWork.Script(script.source(), header.expect(), Optional.empty(), header.timeout(),
                header.clause(), header.quotes(), clause.location().toString(), false);
        String level = header.level().tag();
        return new LeafDescriptor(parent.append("assertion", script.id()), name, source(script.location()),
                tags(header.features(), level, "assertion"), level, work);
    }

    /** A property test keyed to the clause under {@code parent}; tagged {@code property}, its level and features. */
    LeafDescriptor property(UniqueId parent, Clause clause, dev.pep734.tck.property.Property property) {
        LeafWork work = new LeafWork.Property(property, clause.location().toString());
        return new LeafDescriptor(parent.append("property", property.name()), property.description(),
                source(clause.location()), tags(property.features(), property.level(), "property"),
                property.level(), work);
    }

    /** A statement of the document that no assertion quotes, or a target an erratum declares not testable. */
    LeafDescriptor notVerified(UniqueId parent, String type, String value, String what, SourceLocation location,
                               String reason) {
        return new LeafDescriptor(parent.append(type, value), shorten(NOT_VERIFIED + what), source(location),
                tags(Set.of(), "", type), "", new LeafWork.NotVerified(NOT_VERIFIED + reason));
    }

    /** A fault of the kit itself that must fail the run where everybody sees it. */
    LeafDescriptor broken(UniqueId parent, String type, String value, String name, TestSource source,
                          String message) {
        return new LeafDescriptor(parent.append(type, value), name, source,
                tags(Set.of(), "", "kit"), "", new LeafWork.Broken(message));
    }

    private Set<TestTag> tags(Set<String> extra, String level, String kind) {
        Set<String> names = new LinkedHashSet<>();
        if (!level.isEmpty()) {
            names.add(level);
        }
        names.add(kind);
        names.add(profileId);
        extra.stream().map(String::strip).forEach(names::add);
        Set<TestTag> tags = new LinkedHashSet<>();
        names.stream().filter(TestTag::isValid).map(TestTag::create).forEach(tags::add);
        return tags;
    }

    private static String shorten(String name) {
        return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME - 1) + "\u2026";
    }
}
