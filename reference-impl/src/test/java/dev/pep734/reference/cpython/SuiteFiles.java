package dev.pep734.reference.cpython;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Assembles the suite in one directory: CPython 3.14.3's own test files, copied byte for byte from the
 * {@code org.bytedeco:cpython} jar on the test class path (never committed here), beside our runner and
 * compatibility layer from {@code src/test/cpython-suite}. The runner must sit in that directory: it is the
 * program's directory, so it is {@code sys.path[0]} of the main interpreter and of every subinterpreter, which
 * import the tests' modules too.
 */
final class SuiteFiles {

    /** Where the bundled CPython keeps its standard library inside the jar. */
    static final String JAR_LIBRARY = "org/bytedeco/cpython/linux-x86_64/lib/python3.14/";

    /** The test modules, one process each: their names are what unittest loads. */
    static final List<String> MODULES = List.of(
            "test.test_interpreters.test_api",
            "test.test_concurrent_futures.test_interpreter_pool",
            "test.test__interpreters",
            "test.test_interpreters.test_queues",
            "test.test_interpreters.test_channels",
            "test.test_interpreters.test_lifecycle",
            "test.test_interpreters.test_stress");

    /** How many tests those modules hold: CPython 3.14.3 runs 284 (measured with its own regrtest). */
    static final int TESTS = 284;

    /** The files taken from CPython: the test modules and what they import or read from the test package. */
    static final List<String> FROM_CPYTHON = List.of(
            "test/test_interpreters/__init__.py",
            "test/test_interpreters/__main__.py",
            "test/test_interpreters/utils.py",
            "test/test_interpreters/test_api.py",
            "test/test_interpreters/test_channels.py",
            "test/test_interpreters/test_lifecycle.py",
            "test/test_interpreters/test_queues.py",
            "test/test_interpreters/test_stress.py",
            "test/test__interpreters.py",
            "test/test_concurrent_futures/__init__.py",
            "test/test_concurrent_futures/executor.py",
            "test/test_concurrent_futures/util.py",
            "test/test_concurrent_futures/test_interpreter_pool.py",
            "test/test_asyncio/__init__.py",
            "test/test_asyncio/utils.py",
            "test/_crossinterp_definitions.py",
            "test/_code_definitions.py",
            "test/support/channels.py",
            // Read by test_asyncio/utils.py when it is imported.
            "test/certdata/ssl_cert.pem",
            "test/certdata/ssl_key.pem",
            "test/certdata/keycert3.pem",
            "test/certdata/keycert3.pem.reference",
            "test/certdata/pycacert.pem");

    /**
     * Ours: the runner and the compatibility layer (every shim is in cpython_compat.py; test/support/__init__.py
     * makes the runtime's own test.support, with the shims, the test.support of every interpreter).
     */
    static final List<String> OURS = List.of("run_suite.py", "cpython_compat.py", "test/support/__init__.py");

    private SuiteFiles() {
    }

    /**
     * Fills {@code target} with the suite. There is no {@code test/__init__.py}: {@code test} stays a namespace
     * package that joins the runtime's own {@code test} directory (GraalPy's 3.12 {@code test.support} modules).
     */
    static void assemble(Path ourSources, Path target) throws IOException {
        for (String name : FROM_CPYTHON) {
            Path to = Files.createDirectories(target.resolve(name).getParent()).resolve(Path.of(name).getFileName());
            try (InputStream in = ClassLoader.getSystemResourceAsStream(JAR_LIBRARY + name)) {
                if (in == null) {
                    throw new IllegalStateException(JAR_LIBRARY + name + " is not on the test class path: is the "
                            + "org.bytedeco:cpython (linux-x86_64) test dependency there?");
                }
                Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        for (String name : OURS) {
            Files.createDirectories(target.resolve(name).getParent());
            Files.copy(ourSources.resolve(name), target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
