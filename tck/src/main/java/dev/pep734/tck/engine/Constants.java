package dev.pep734.tck.engine;

/**
 * Every configuration key of the TCK engine, in one place. Each is read from the JUnit configuration
 * parameters and, where not set there, from the JVM system properties (Surefire's
 * {@code systemPropertyVariables}, or {@code -D} on the command line). Every {@code pep734.tck.*} value of
 * the run is also handed to the implementation in its {@link dev.pep734.tck.spi.ImplementationContext}.
 */
public final class Constants {

    /** The id of this engine in unique ids and in {@code junit.jupiter...}-style launcher filters. */
    public static final String ENGINE_ID = "pep734-tck";

    /**
     * Which implementation to test: the {@link dev.pep734.tck.spi.PythonImplementation#id()} of a provider
     * registered for {@link java.util.ServiceLoader}, e.g. {@code cpython} or {@code reference}.
     * Overrides the marker annotation's {@link Pep734Tck#implementation()}. Without either, the only provider
     * on the class path is used. An unknown id fails the run with a message listing the ids found.
     */
    public static final String IMPLEMENTATION = "pep734.tck.implementation";

    /**
     * The {@code python} executable for the process adapter ({@code cpython}); a path. Default: CPython
     * 3.14.3 unpacked from the test class path. Only read by the adapter.
     */
    public static final String PYTHON = "pep734.tck.python";

    /**
     * Comma-separated profile ids that the implementation is taken to claim, replacing what it declares in
     * {@link dev.pep734.tck.spi.ImplementationInfo#profiles()}. Default: what it declares. Tests of profiles
     * not claimed are aborted (skipped), never failed.
     */
    public static final String PROFILES = "pep734.tck.profiles";

    /**
     * Default time budget of one script, in seconds ({@code 60}, {@code 2.5}, {@code 60s}) or as an ISO-8601
     * duration ({@code PT1M}). Default {@code 60}. An assertion's own {@code timeout:} header wins. The engine
     * enforces it too: a run that has not returned a little after it (a fifth more, at least two seconds)
     * is stopped by closing the session, reported "timed out", and a fresh session is opened.
     */
    public static final String TIMEOUT = "pep734.tck.timeout";

    /**
     * Directory for everything the run writes: {@code <workdir>/<implementation>/scripts/...} (each test's
     * script, also its reproducer), {@code summary.txt} and {@code exclusions.txt}. Default
     * {@code target/pep734-tck}, relative to the working directory.
     */
    public static final String WORKDIR = "pep734.tck.workdir";

    /**
     * A vendor expectations file (a path, or {@code classpath:RESOURCE}): tests the vendor expects to fail, one a line,
     * {@code <test id> : <reason>}; blank lines and lines starting with {@code #} are ignored. A test id is
     * the stable id the certificate shows: the profile id, the innermost clause (section or API element) the test
     * sits in, then the test, as {@code type:value} joined by {@code /}, e.g.
     * {@code concurrent.interpreters-3.14/api:Interpreter.close/check:exists} (anchors are unique within a
     * document, so retitling a section above changes no id). The long form through every section
     * ({@code .../section:reference/section:interpreter-objects/api:Interpreter/api:Interpreter.close/...}) is still
     * accepted, with a warning that names the stable id. An id may name a clause: then every test under it is
     * expected to fail. A listed test that fails is
     * reported aborted ("expected failure: reason"); one that passes fails ("unexpectedly passed"); a path
     * that names no test fails the run. Every exclusion is written to {@code exclusions.txt}, and a run with
     * exclusions cannot be certified as conformant. Default: none.
     */
    public static final String EXPECTATIONS = "pep734.tck.expectations";

    /**
     * Class-path root of the spec documents: a directory holding {@code profiles.txt} and one directory per
     * profile (see spec/README.md). Default {@code pep734/spec}, the {@code pep734-spec} artifact. The engine's
     * own tests point it at small fixture profiles.
     */
    public static final String SPEC_ROOT = "pep734.tck.spec.root";

    /**
     * Runs one shard of the tests, for CI fleets: {@code K/N} (e.g. {@code 2/4}) keeps the tests whose unique
     * id hashes to the K-th of N buckets ({@link dev.pep734.tck.certificate.Shard}); the same test lands in
     * the same shard on every machine, and the N shards together run every test once. Tests outside the shard
     * are left out at discovery (containers left empty go too). The summary, exclusions and certificate of a
     * shard go to {@code <workdir>/<implementation>/shard-K-of-N/} and say which shard they cover; the reports
     * module merges the shards' certificates (and Allure results) back into one. A malformed value fails the
     * run naming it. Default: every test.
     */
    public static final String SHARD = "pep734.tck.shard";

    /**
     * The seed of the property tests (a long). Default: a fresh seed per run. It is printed in the summary, in
     * each property's report entry and in every property failure, with the command that replays the run.
     */
    public static final String SEED = "pep734.tck.seed";

    /**
     * How many cases each property generates (its edge cases first, then random ones; for queue properties,
     * action chains). Default {@code 100}. A replay needs the same seed and the same tries.
     */
    public static final String TRIES = "pep734.tck.tries";

    /**
     * How many scripts run at the same time, each in its own session: a positive whole number. Default
     * {@value TckSettings#DEFAULT_PARALLELISM}. Above one, tests run on that many JUnit worker threads and the
     * engine keeps that many sessions (each still used by one thread at a time, each with its own timeout and
     * replacement after a crash); counts, summaries and certificates do not depend on the order tests end in.
     * Use {@code 1} for an implementation whose sessions must not run side by side, or when measuring timings.
     */
    public static final String PARALLELISM = "pep734.tck.parallelism";

    /**
     * Module names to map in every interpreter of the run, for a runtime that ships an API generation under
     * another name: comma-separated {@code alias=target} pairs, e.g. {@code interpreters=test.support.interpreters}
     * (CPython 3.13 ships the PEP 734 draft there). An alias covers its submodules. Scripts are not edited: the
     * process adapter installs the aliases with a generated {@code sitecustomize.py}, and an SPI provider gets
     * them from {@link dev.pep734.tck.spi.ModuleAliases#of(dev.pep734.tck.spi.ImplementationContext)}. Default:
     * none.
     */
    public static final String MODULES = dev.pep734.tck.spi.ModuleAliases.KEY;

    /**
     * Runs a real CPython release the kit knows as ground truth, by id (e.g. {@code cpython-3.12.1}; the table is
     * {@code pep734/releases/} in the spec artifact). It stands for several keys, each of which still wins when
     * set: the process adapter ({@link #IMPLEMENTATION} {@code cpython}) on that release's
     * {@code org.bytedeco:cpython} jar from the class path, the profiles it ships ({@link #PROFILES}), its module
     * names ({@link #MODULES}), its known deviations as expectations ({@link #EXPECTATIONS}), and its id and name.
     * An unknown id fails the run naming the known ones. Default: none.
     */
    public static final String RELEASE = "pep734.tck.release";

    /** Prefix of every key the engine reads and hands on to the implementation. */
    public static final String PREFIX = "pep734.tck.";

    private Constants() {
    }
}
