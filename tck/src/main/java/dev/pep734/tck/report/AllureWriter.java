package dev.pep734.tck.report;

import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Link;
import io.qameta.allure.model.Parameter;
import io.qameta.allure.model.TestResult;
import java.nio.charset.StandardCharsets;

/**
 * The only class that names Allure's types: loaded only once {@link AllureBridge} has found Allure, so the
 * kit runs without it.
 */
final class AllureWriter {

    /** The label allure-junit-platform puts on every result: the JUnit unique id of the test. */
    static final String UNIQUE_ID_LABEL = "junit.platform.uniqueid";

    private AllureWriter() {
    }

    /** Adds the view's labels, link, parameter and history id, if the running Allure test is that leaf. */
    static void describe(LeafView view) {
        AllureLifecycle lifecycle = Allure.getLifecycle();
        if (lifecycle.getCurrentTestCase().isEmpty()) {
            return;
        }
        lifecycle.updateTestCase(result -> {
            if (!isFor(result, view.uniqueId())) {
                return;
            }
            for (ReportLabel label : view.labels()) {
                // allure-junit-platform may have set some already (tags, a suite): no duplicates.
                result.getLabels().removeIf(l -> l.getName().equals(label.name()) && !"tag".equals(label.name()));
                result.getLabels().add(new Label().setName(label.name()).setValue(label.value()));
            }
            for (ReportLink link : view.links()) {
                result.getLinks().add(new Link().setName(link.name()).setUrl(link.url()).setType(link.type()));
            }
            result.getParameters().add(new Parameter().setName("implementation").setValue(view.implementation()));
            result.setHistoryId(view.historyId());
        });
    }

    /** Attaches a text to the running Allure test, if that is the leaf {@code uniqueId}. */
    static void attach(String uniqueId, String name, String mediaType, String extension, String text) {
        AllureLifecycle lifecycle = Allure.getLifecycle();
        if (lifecycle.getCurrentTestCase().isEmpty()) {
            return;
        }
        boolean[] mine = {false};
        lifecycle.updateTestCase(result -> mine[0] = isFor(result, uniqueId));
        if (mine[0]) {
            lifecycle.addAttachment(name, mediaType, extension, text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static boolean isFor(TestResult result, String uniqueId) {
        return result.getLabels().stream()
                .anyMatch(l -> UNIQUE_ID_LABEL.equals(l.getName()) && uniqueId.equals(l.getValue()));
    }
}
