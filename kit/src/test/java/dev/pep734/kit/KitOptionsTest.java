package dev.pep734.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line becomes the engine's configuration keys; every bad value is named before anything runs. */
class KitOptionsTest {

    @Test
    void each_option_sets_the_key_it_stands_for(@TempDir Path dir) throws Exception {
        Path python = executable(dir.resolve("python3"));
        Path expectations = Files.writeString(dir.resolve("known.txt"), "# none\n");
        KitOptions o = KitOptions.parse(new String[] {"--python", python.toString(), "--id", "pypy-7.3",
                "--name", "PyPy", "--profiles", " howto ,concurrent.interpreters-3.14", "--modules",
                "interpreters = mypkg.interpreters", "--expectations", expectations.toString(), "--shard", "2/8",
                "--out", dir.resolve("out").toString(), "--parallelism", "3", "--timeout", "90",
                "--set", "pep734.tck.seed=42"});
        Map<String, String> c = o.configuration();
        assertEquals("cpython", c.get("pep734.tck.implementation"));
        assertEquals(python.toAbsolutePath().toString(), c.get("pep734.tck.python"));
        assertEquals("pypy-7.3", c.get("pep734.tck.process.id"));
        assertEquals("PyPy", c.get("pep734.tck.process.name"));
        assertEquals("howto,concurrent.interpreters-3.14", c.get("pep734.tck.profiles"));
        assertEquals("interpreters=mypkg.interpreters", c.get("pep734.tck.modules"));
        assertEquals(expectations.toAbsolutePath().toString(), c.get("pep734.tck.expectations"));
        assertEquals("2/8", c.get("pep734.tck.shard"));
        assertEquals(dir.resolve("out").toAbsolutePath().toString(), c.get("pep734.tck.workdir"));
        assertEquals("3", c.get("pep734.tck.parallelism"));
        assertEquals("90", c.get("pep734.tck.timeout"));
        assertEquals("42", c.get("pep734.tck.seed"));
    }

    @Test
    void bad_values_are_usage_errors_that_name_them(@TempDir Path dir) throws Exception {
        String python = executable(dir.resolve("python3")).toString();
        assertMessage("--id 'my python': use letters, digits, '.', '_' and '-' (it names a folder)",
                "--python", python, "--id", "my python");
        assertMessage("--modules: pep734.tck.modules: 'interpreters' is not alias=target with two dotted module "
                + "names (e.g. interpreters=test.support.interpreters)", "--python", python, "--modules", "interpreters");
        assertMessage("--parallelism '0': want a whole number of at least 1", "--python", python, "--parallelism", "0");
        assertMessage("--set 'seed=1': want pep734.tck.KEY=VALUE", "--python", python, "--set", "seed=1");
        assertMessage("--shard needs a value", "--python", python, "--shard");
        assertMessage("unknown option --bogus", "--python", python, "--bogus");
        assertMessage("unknown option --bogus", "--python", python, "--bogus", "x");
        assertMessage("unexpected argument 'run'", "run", "--python", python);
        Path notExecutable = Files.writeString(dir.resolve("python.txt"), "");
        assertMessage("--python " + notExecutable + ": not an executable file", "--python", notExecutable.toString());
        assertTrue(KitOptions.parse(new String[] {"--help"}).help());
    }

    @Test
    void every_option_the_usage_lists_is_known() {
        Matcher listed = Pattern.compile("(?m)^  (--[a-z]+)").matcher(KitOptions.USAGE);
        int count = 0;
        while (listed.find()) {
            String option = listed.group(1);
            count++;
            if (option.equals("--help")) {
                continue;
            }
            // Given without its value, a known option says so; an option the parser forgot is "unknown".
            KitOptions.UsageException e = assertThrows(KitOptions.UsageException.class,
                    () -> KitOptions.parse(new String[] {option}));
            assertEquals(option + " needs a value", e.getMessage());
        }
        assertEquals(12, count, "options listed in the usage text");
    }

    private static void assertMessage(String message, String... args) {
        assertEquals(message, assertThrows(KitOptions.UsageException.class, () -> KitOptions.parse(args)).getMessage());
    }

    private static Path executable(Path file) throws IOException {
        Files.writeString(file, "#!/bin/sh\n");
        assertTrue(file.toFile().setExecutable(true));
        return file;
    }
}
