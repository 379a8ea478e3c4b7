package dev.pep734.tck.report;

import java.util.Set;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.descriptor.FilePosition;

/** Builds small descriptor trees shaped like the engine's: engine, profile, sections, API clauses, leaves. */
final class Tree {

    private Tree() {
    }

    static final class Node extends AbstractTestDescriptor {
        private final Type type;
        private final Set<TestTag> tags;

        Node(UniqueId id, String name, TestSource source, Type type, Set<TestTag> tags) {
            super(id, name, source);
            this.type = type;
            this.tags = tags;
        }

        @Override
        public Type getType() {
            return type;
        }

        @Override
        public Set<TestTag> getTags() {
            return tags;
        }

        /** Adds a container below this one. */
        Node container(String segmentType, String value, String name) {
            Node child = new Node(getUniqueId().append(segmentType, value), name, null, Type.CONTAINER, Set.of());
            addChild(child);
            return child;
        }

        /** Adds a container that comes from {@code resource} at {@code line}, as sections and API clauses do. */
        Node container(String segmentType, String value, String name, String resource, int line) {
            Node child = new Node(getUniqueId().append(segmentType, value), name,
                    ClasspathResourceSource.from(resource, FilePosition.from(line)), Type.CONTAINER, Set.of());
            addChild(child);
            return child;
        }

        /** Adds a leaf whose source is {@code resource} at {@code line}. */
        Node leaf(String segmentType, String value, String name, String resource, int line, String... tags) {
            Set<TestTag> tagSet = new java.util.LinkedHashSet<>();
            for (String t : tags) {
                tagSet.add(TestTag.create(t));
            }
            Node child = new Node(getUniqueId().append(segmentType, value), name,
                    ClasspathResourceSource.from(resource, FilePosition.from(line)), Type.TEST, tagSet);
            addChild(child);
            return child;
        }
    }

    /** An engine descriptor with one profile container, named as the engine names it ({@code id: title}). */
    static Node profile(String id, String title) {
        TestDescriptor engine = new EngineDescriptor(UniqueId.forEngine("pep734-tck"), "PEP 734 TCK");
        Node profile = new Node(engine.getUniqueId().append("profile", id), id + ": " + title, null,
                TestDescriptor.Type.CONTAINER, Set.of());
        engine.addChild(profile);
        return profile;
    }
}
