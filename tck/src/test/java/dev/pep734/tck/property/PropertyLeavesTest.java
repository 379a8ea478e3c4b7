package dev.pep734.tck.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.testkit.engine.EngineTestKit;

/** The properties are leaves of the 3.14 profile, under the clause each checks, tagged for -Dgroups. */
class PropertyLeavesTest {

    @Test
    void every_property_is_a_leaf_under_its_clause_with_its_tags() {
        TestDescriptor root = EngineTestKit.engine("pep734-tck").enableImplicitConfigurationParameters(false)
                .configurationParameter("pep734.tck.implementation", "cpython")
                .selectors(selectUniqueId(PropertyTckRun.ENGINE)).discover().getEngineDescriptor();
        List<TestDescriptor> leaves = root.getDescendants().stream()
                .filter(d -> d.getUniqueId().getLastSegment().getType().equals("property"))
                .collect(Collectors.toList());
        List<Property> catalogue = Properties.forProfile(Properties.PROFILE);
        assertEquals(catalogue.stream().map(Property::name).sorted().toList(),
                leaves.stream().map(d -> d.getUniqueId().getLastSegment().getValue()).sorted().toList());
        for (Property property : catalogue) {
            TestDescriptor leaf = leaves.stream()
                    .filter(d -> d.getUniqueId().getLastSegment().getValue().equals(property.name()))
                    .findFirst().orElseThrow();
            List<UniqueId.Segment> segments = leaf.getUniqueId().getSegments();
            assertEquals("profile:" + Properties.PROFILE, segments.get(1).getType() + ":" + segments.get(1).getValue());
            UniqueId.Segment parent = segments.get(segments.size() - 2);
            assertEquals(property.clause(), parent.getType() + ":" + parent.getValue());
            Set<String> tags = leaf.getTags().stream().map(TestTag::getName).collect(Collectors.toSet());
            assertTrue(tags.containsAll(Set.of("property", property.level(), Properties.PROFILE)), tags::toString);
            assertTrue(tags.containsAll(property.features()), tags::toString);
            assertEquals(property.description(), leaf.getDisplayName());
            assertTrue(leaf.getSource().isPresent(), "no source: " + leaf.getUniqueId());
        }
        assertTrue(Properties.forProfile("interpreters-draft").isEmpty());
    }
}
