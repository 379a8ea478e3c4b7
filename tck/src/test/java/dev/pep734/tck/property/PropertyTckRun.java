package dev.pep734.tck.property;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import dev.pep734.tck.process.GroundTruth;
import dev.pep734.tck.spi.ImplementationException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Runs one property of the real 3.14 profile through the TCK engine, as a user's run would. */
final class PropertyTckRun {

    static final UniqueId ENGINE = UniqueId.forEngine("pep734-tck");

    private PropertyTckRun() {
    }

    /**
     * @param implementation the implementation id ({@code cpython}, {@code cpython-mutant}, ...)
     * @param property the property's name, or {@code *} for every property
     * @param config more configuration parameters (the mutant, the seed, the tries)
     */
    static EngineExecutionResults run(String implementation, String property, Path workDir,
                                      Map<String, String> config) {
        EngineTestKit.Builder kit = EngineTestKit.engine("pep734-tck")
                .enableImplicitConfigurationParameters(false)
                .configurationParameter("pep734.tck.implementation", implementation)
                // Hermetic: the kit's self-test runs the bundled CPython whatever -Dpep734.tck.python says.
                .configurationParameter("pep734.tck.python", bundledPython())
                .configurationParameter("pep734.tck.workdir", workDir.toString())
                .configurationParameters(config)
                .selectors(selectUniqueId(ENGINE))
                .filters((PostDiscoveryFilter) d -> FilterResult.includedIf(!d.isTest()
                        || d.getUniqueId().getLastSegment().getType().equals("property")
                        && (property.equals("*") || d.getUniqueId().getLastSegment().getValue().equals(property))));
        return kit.execute();
    }

    static Path workDir(String name) {
        return Path.of("target", "property-tests", name).toAbsolutePath();
    }

    private static String bundledPython() {
        try {
            return GroundTruth.python().toString();
        } catch (ImplementationException e) {
            throw new IllegalStateException(e);
        }
    }
}
