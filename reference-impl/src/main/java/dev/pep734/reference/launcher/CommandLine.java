package dev.pep734.reference.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a {@code python3} command line asks for, parsed the way CPython's own option parser does it: options
 * are read left to right, {@code -c} and {@code -m} take the rest of their word or the next word and end the
 * option list, {@code -h} wins where it stands, {@code -V} is honoured after the options.
 *
 * @param action what to do
 * @param target the file, module or code (empty for the other actions)
 * @param arguments {@code sys.argv[1:]} of the program
 * @param versionDetail how many {@code -V} were given (1: {@code Python X.Y.Z}, 2: with build details)
 * @param options the options that change how the program runs
 */
record CommandLine(Action action, String target, List<String> arguments, int versionDetail, Options options) {

    /**
     * What the options ask of the run.
     *
     * @param inspect {@code -i}: after the program, read statements from stdin as an interactive session does
     * @param safePath {@code -P} (and {@code -I}): no program directory, current directory or '' first on
     *     {@code sys.path}, in the main interpreter or any subinterpreter
     * @param xoptions the {@code -X} options in order, as typed ({@code name} or {@code name=value}), for
     *     {@code sys._xoptions}
     */
    record Options(boolean inspect, boolean safePath, List<String> xoptions) {
        static final Options NONE = new Options(false, false, List.of());

        Options {
            xoptions = List.copyOf(xoptions);
        }
    }

    enum Action { RUN_FILE, RUN_MODULE, RUN_CODE, RUN_STDIN, VERSION, HELP }

    /**
     * Options that CPython accepts and whose effect the reference implementation already has: no bytecode
     * files are written beside sources (-B; compiled modules are cached only in the runtime's resource
     * cache, see BytecodeCache), the runtime reads no {@code PYTHON*} variables of the launcher's environment (-E)
     * and no user site directory (-s), there is no banner without a REPL (-q), and the launcher hands the
     * runtime unbuffered standard streams (-u).
     */
    private static final Set<Character> HONOURED_FLAGS = Set.of('B', 'E', 's', 'q', 'u');

    /**
     * CPython options (-W with an argument) that this launcher knows but does not implement: refused with a
     * message rather than silently ignored.
     */
    private static final Set<Character> UNSUPPORTED_FLAGS = Set.of('b', 'd', 'O', 'S', 'v', 'x', 'W');

    CommandLine {
        arguments = List.copyOf(arguments);
    }

    /** A command line without options that change the run. */
    CommandLine(Action action, String target, List<String> arguments, int versionDetail) {
        this(action, target, arguments, versionDetail, Options.NONE);
    }

    /**
     * Parses the words after the program name.
     *
     * @throws UsageException when the words are not a valid command line for this launcher
     */
    static CommandLine parse(List<String> words) throws UsageException {
        int versions = 0;
        boolean inspect = false;
        boolean safePath = false;
        List<String> xoptions = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            String word = words.get(i);
            if (!word.startsWith("-") || word.equals("-")) {
                break;
            }
            if (word.equals("--")) {
                i++;
                break;
            }
            if (word.startsWith("--")) {
                switch (word) {
                    case "--help", "--help-all", "--help-env", "--help-xoptions" -> {
                        return new CommandLine(Action.HELP, "", List.of(), 0);
                    }
                    case "--version" -> versions++;
                    case "--check-hash-based-pycs" -> throw UsageException.unsupported(word);
                    default -> throw UsageException.unknown(word);
                }
                i++;
                continue;
            }
            boolean nextWordTaken = false;
            for (int j = 1; j < word.length(); j++) {
                char option = word.charAt(j);
                if (option == 'c' || option == 'm') {
                    String rest = word.substring(j + 1);
                    String value = !rest.isEmpty() ? rest : next(words, i, option);
                    List<String> argv = new ArrayList<>();
                    argv.addAll(words.subList(rest.isEmpty() ? i + 2 : i + 1, words.size()));
                    Action action = option == 'c' ? Action.RUN_CODE : Action.RUN_MODULE;
                    Options options = new Options(inspect, safePath, xoptions);
                    return finish(new CommandLine(action, value, argv, 0, options), versions);
                } else if (option == 'X') {
                    // Like CPython: any -X option is accepted and recorded in sys._xoptions.
                    String rest = word.substring(j + 1);
                    xoptions.add(!rest.isEmpty() ? rest : next(words, i, option));
                    nextWordTaken = rest.isEmpty();
                    break;
                } else if (option == 'i') {
                    inspect = true;
                } else if (option == 'P') {
                    safePath = true;
                } else if (option == 'I') {
                    // Isolated mode is -E -s -P; -E and -s are how this runtime always behaves.
                    safePath = true;
                } else if (option == 'h' || option == '?') {
                    return new CommandLine(Action.HELP, "", List.of(), 0);
                } else if (option == 'V') {
                    versions++;
                } else if (HONOURED_FLAGS.contains(option)) {
                    continue;
                } else if (UNSUPPORTED_FLAGS.contains(option)) {
                    throw UsageException.unsupported("-" + option);
                } else {
                    throw UsageException.unknown("-" + option);
                }
            }
            i += nextWordTaken ? 2 : 1;
        }
        List<String> rest = words.subList(i, words.size());
        Options options = new Options(inspect, safePath, xoptions);
        CommandLine command;
        if (rest.isEmpty()) {
            command = new CommandLine(Action.RUN_STDIN, "", List.of(), 0, options);
        } else if (rest.get(0).equals("-")) {
            command = new CommandLine(Action.RUN_STDIN, "-", rest.subList(1, rest.size()), 0, options);
        } else {
            command = new CommandLine(Action.RUN_FILE, rest.get(0), rest.subList(1, rest.size()), 0, options);
        }
        return finish(command, versions);
    }

    private static String next(List<String> words, int i, char option) throws UsageException {
        if (i + 1 >= words.size()) {
            throw UsageException.argumentExpected(option);
        }
        return words.get(i + 1);
    }

    /** CPython checks {@code -V} only once the options are read: {@code python3 -V -c CODE} prints the version. */
    private static CommandLine finish(CommandLine command, int versions) {
        return versions > 0 ? new CommandLine(Action.VERSION, "", List.of(), versions) : command;
    }
}
