package dev.pep734.tck.report;

import java.util.Optional;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;

/**
 * The document line a test checks: the test's own source when it comes from the document (examples, derived
 * checks), else the nearest enclosing clause's (an assertion script checks the clause it hangs from). Shared by
 * the Allure links and the certificate, so both point at the same sentence.
 */
public final class SpecLine {

    private SpecLine() {
    }

    /** The document source of the test, if it or one of its containers has one. */
    static Optional<ClasspathResourceSource> source(TestDescriptor test) {
        for (Optional<TestDescriptor> d = Optional.of(test); d.isPresent() && !d.get().isRoot();
             d = d.get().getParent()) {
            Optional<ClasspathResourceSource> own = resource(d.get()).filter(SpecLine::isDocument);
            if (own.isPresent()) {
                return own;
            }
        }
        return Optional.empty();
    }

    /** {@code resource:line} (or the resource alone when the line is unknown), or empty. */
    public static String of(TestDescriptor test) {
        return source(test).map(SpecLine::text).orElse("");
    }

    static String text(ClasspathResourceSource source) {
        int line = source.getPosition().map(p -> p.getLine()).orElse(0);
        return line > 0 ? source.getClasspathResourceName() + ":" + line : source.getClasspathResourceName();
    }

    static Optional<ClasspathResourceSource> resource(TestDescriptor descriptor) {
        return descriptor.getSource().filter(ClasspathResourceSource.class::isInstance)
                .map(ClasspathResourceSource.class::cast);
    }

    static boolean isDocument(ClasspathResourceSource source) {
        return source.getClasspathResourceName().endsWith(".rst");
    }
}
