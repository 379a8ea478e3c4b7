package dev.pep734.tck.derive;

import dev.pep734.tck.spec.Clause;
import dev.pep734.tck.spec.Erratum;
import dev.pep734.tck.spec.Expectation;
import dev.pep734.tck.spec.Profile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The test of one example clause: its code runs as a script exactly as written (after a comment header),
 * or the erratum's {@code replacement} file runs instead; its output is checked when the document (or the
 * erratum's {@code output}) shows one.
 */
final class ExampleTests {

    private ExampleTests() {
    }

    static List<DerivedTest> derive(Profile profile, Clause example, List<Erratum> errata) {
        ErrataIndex index = new ErrataIndex(errata);
        Optional<Erratum> erratum = index.find(example.anchor());
        if (erratum.filter(Erratum::notTestable).isPresent()) {
            return List.of();
        }
        Optional<String> replacement = erratum.flatMap(e -> e.field("replacement"));
        String code = replacement.map(name -> replacement(profile, erratum.get(), name)).orElse(example.text());
        Optional<String> output = erratum.flatMap(e -> e.field("output")).or(example::expectedOutput);
        String displayName = example.title() + " runs";
        String declared = replacement.map(name -> "an example; this script runs examples/" + name + " instead")
                .orElse("an example; this script runs its code as written");
        String source = ScriptHeader.of(displayName, "example", profile, example, declared, erratum) + "\n"
                + code + (code.endsWith("\n") ? "" : "\n");
        return List.of(new DerivedTest("example", example.anchorValue(), displayName, source, Expectation.PASS,
                output, Set.of("derived", "example"), erratum.map(Erratum::id)));
    }

    /**
     * Reads {@code <profile directory>/examples/<name>} from the class path.
     *
     * @throws IllegalStateException when the erratum names a file that is not there (a broken spec artifact)
     */
    private static String replacement(Profile profile, Erratum erratum, String name) {
        String resource = profile.directory() + "/examples/" + name.strip();
        ClassLoader loader = Optional.ofNullable(Thread.currentThread().getContextClassLoader())
                .orElse(ExampleTests.class.getClassLoader());
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("erratum " + erratum.id() + " (" + erratum.location()
                        + ") names the replacement " + resource + ", which is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
