package dev.pep734.reference.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pep734.reference.launcher.CommandLine.Action;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command line is read as CPython 3.14.3 reads it (each case was checked against that python3). */
class CommandLineTest {

    private static CommandLine parse(String... words) throws UsageException {
        return CommandLine.parse(List.of(words));
    }

    private static void assertCommand(Action action, String target, List<String> arguments, CommandLine actual) {
        assertEquals(List.of(action, target, arguments, 0),
                List.of(actual.action(), actual.target(), actual.arguments(), actual.versionDetail()));
    }

    @Test
    void fileTakesEverythingAfterItAsArguments() throws UsageException {
        assertCommand(Action.RUN_FILE, "x.py", List.of("-c", "-V", "--foo"), parse("x.py", "-c", "-V", "--foo"));
    }

    @Test
    void codeIsTheNextWordOrTheRestOfTheSameWord() throws UsageException {
        assertCommand(Action.RUN_CODE, "print(1)", List.of("a", "-m"), parse("-c", "print(1)", "a", "-m"));
        assertCommand(Action.RUN_CODE, "print(1)", List.of("a"), parse("-cprint(1)", "a"));
        assertCommand(Action.RUN_CODE, "print(1)", List.of(), parse("-uBc", "print(1)"));
    }

    @Test
    void moduleEndsTheOptionList() throws UsageException {
        assertCommand(Action.RUN_MODULE, "json.tool", List.of("-h"), parse("-m", "json.tool", "-h"));
        assertCommand(Action.RUN_MODULE, "json.tool", List.of(), parse("-mjson.tool"));
    }

    @Test
    void stdinWhenNoProgramIsNamedOrDashIsGiven() throws UsageException {
        assertCommand(Action.RUN_STDIN, "", List.of(), parse());
        assertCommand(Action.RUN_STDIN, "", List.of(), parse("-u", "--"));
        assertCommand(Action.RUN_STDIN, "-", List.of("a", "b"), parse("-", "a", "b"));
    }

    @Test
    void doubleDashMakesTheNextWordAFileEvenIfItLooksLikeAnOption() throws UsageException {
        assertCommand(Action.RUN_FILE, "-c", List.of("x"), parse("--", "-c", "x"));
    }

    @Test
    void versionIsHonouredAfterTheOptionsAndCounted() throws UsageException {
        assertEquals(new CommandLine(Action.VERSION, "", List.of(), 1), parse("-V", "-c", "print(5)"));
        assertEquals(new CommandLine(Action.VERSION, "", List.of(), 2), parse("-VV"));
        assertEquals(new CommandLine(Action.VERSION, "", List.of(), 2), parse("--version", "-V", "x.py"));
        // After -c, -V belongs to the program.
        assertCommand(Action.RUN_CODE, "print(5)", List.of("-V"), parse("-c", "print(5)", "-V"));
    }

    @Test
    void helpWinsWhereItStands() throws UsageException {
        assertEquals(Action.HELP, parse("-h", "-Z").action());
        assertEquals(Action.HELP, parse("-?").action());
        assertEquals(Action.HELP, parse("--help", "x.py").action());
        assertEquals("Unknown option: -Z", assertThrows(UsageException.class, () -> parse("-Z", "-h")).getMessage());
    }

    @Test
    void unknownOptionsAreNamedAsCPythonNamesThem() {
        assertEquals("Unknown option: -Z", assertThrows(UsageException.class, () -> parse("-Z")).getMessage());
        assertEquals("Unknown option: -Z", assertThrows(UsageException.class, () -> parse("-uZ")).getMessage());
        assertEquals("Unknown option: --foo", assertThrows(UsageException.class, () -> parse("--foo")).getMessage());
    }

    @Test
    void missingArgumentsAreNamedAsCPythonNamesThem() {
        assertEquals("Argument expected for the -c option",
                assertThrows(UsageException.class, () -> parse("-c")).getMessage());
        assertEquals("Argument expected for the -m option",
                assertThrows(UsageException.class, () -> parse("-u", "-m")).getMessage());
    }

    @Test
    void xOptionsAreRecordedInOrderFromTheSameOrTheNextWord() throws UsageException {
        CommandLine command = parse("-X", "faulthandler", "-Xdev", "-uXint_max_str_digits=100", "-c", "pass", "-X");
        assertEquals(List.of("faulthandler", "dev", "int_max_str_digits=100"), command.options().xoptions());
        assertEquals(List.of("-X"), command.arguments());
        assertEquals("Argument expected for the -X option",
                assertThrows(UsageException.class, () -> parse("-X")).getMessage());
    }

    @Test
    void inspectSafePathAndIsolatedModeAreOptionsOfTheRun() throws UsageException {
        assertEquals(new CommandLine.Options(true, false, List.of()), parse("-i", "x.py").options());
        assertEquals(new CommandLine.Options(false, true, List.of()), parse("-P", "-m", "mod").options());
        // -I is -E -s -P: the other two are how this runtime always behaves.
        assertEquals(new CommandLine.Options(true, true, List.of("faulthandler")),
                parse("-X", "faulthandler", "-Ii").options());
        assertCommand(Action.RUN_STDIN, "", List.of(), parse("-i"));
    }

    @Test
    void cpythonOptionsThatAreNotImplementedAreRefusedNotIgnored() {
        for (String option : List.of("-O", "-S", "-Wdefault", "-b", "--check-hash-based-pycs")) {
            UsageException refused = assertThrows(UsageException.class, () -> parse(option, "x.py"), option);
            String expected = option.startsWith("--") ? option : option.substring(0, 2);
            assertEquals("Option " + expected + " is not supported by the GraalPy reference implementation of PEP 734",
                    refused.getMessage());
        }
    }
}
