package dev.pep734.tck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qameta.allure.Allure;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.TestResult;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Runs under Surefire with allure-junit-platform, so each of these tests has a running Allure result: the
 * bridge must leave it alone unless it is the leaf's own (as when the engine runs inside a test kit).
 */
class AllureBridgeTest {

    @Test
    void isEnabledWithTheListenerOnTheClassPath() {
        assertTrue(AllureBridge.get().enabled());
    }

    @Test
    void leavesAnotherTestsResultAlone() {
        Tree.Node leaf = Tree.profile("p", "T").container("section", "s", "S").leaf("check", "exists", "x", "r", 1);

        AllureBridge.get().describe(leaf, "must", "fake 1");
        AllureBridge.get().attachScript(leaf, "print(1)\n");

        TestResult current = current();
        assertFalse(current.getLabels().stream().anyMatch(l -> "epic".equals(l.getName())));
        assertTrue(current.getAttachments().isEmpty());
    }

    @Test
    void labelsTheLeafWhoseResultIsRunning() {
        // Pretend this test's own result is the leaf's, by giving the leaf this test's unique id.
        String uniqueId = label(current(), AllureWriter.UNIQUE_ID_LABEL);
        Tree.Node leaf = new Tree.Node(org.junit.platform.engine.UniqueId.parse(uniqueId), "x", null,
                org.junit.platform.engine.TestDescriptor.Type.TEST, java.util.Set.of());
        Tree.profile("p", "(AllureBridgeTest fixture)").container("section", "s", "(fixture section)").addChild(leaf);

        AllureBridge.get().describe(leaf, "may", "fake 1");
        AllureBridge.get().attachScript(leaf, "print(1)\n");

        TestResult result = current();
        assertEquals("(AllureBridgeTest fixture)", label(result, "epic"));
        assertEquals("(fixture section)", label(result, "story"));
        assertEquals("minor", label(result, "severity"));
        assertEquals(List.of("fake 1"), result.getParameters().stream().map(p -> p.getValue()).toList());
        assertEquals(List.of("script"), result.getAttachments().stream().map(a -> a.getName()).toList());
        assertEquals(LeafView.of(leaf, "may", "fake 1").historyId(), result.getHistoryId());
    }

    private static TestResult current() {
        AtomicReference<TestResult> seen = new AtomicReference<>();
        Allure.getLifecycle().updateTestCase(seen::set);
        return seen.get();
    }

    private static String label(TestResult result, String name) {
        return result.getLabels().stream().filter(l -> name.equals(l.getName())).map(Label::getValue)
                .findFirst().orElse("");
    }
}
