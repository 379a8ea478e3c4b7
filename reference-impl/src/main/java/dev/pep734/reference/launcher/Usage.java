package dev.pep734.reference.launcher;

/** The texts CPython's launcher prints about its own command line, adapted to what this launcher supports. */
final class Usage {

    private Usage() {
    }

    /** The line CPython prints before its usage hint, with the program name as it was invoked. */
    static String line(String program) {
        return "usage: " + program + " [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";
    }

    /** What follows a refused command line on stderr (CPython's exact words, including its quotes). */
    static String hint(String program) {
        return line(program) + "Try `python -h' for more information.\n";
    }

    /** The {@code -h} text: only what this launcher really does, so that nobody relies on a missing option. */
    static String help(String program) {
        return line(program) + """
                Runs Python code on the JVM with the GraalPy reference implementation of PEP 734
                (concurrent.interpreters: one GraalPy context per interpreter).
                Options:
                -c cmd : program passed in as string (terminates option list)
                -h     : print this help message and exit (also -? or --help)
                -i     : after the program, read statements from stdin and run them (without a terminal:
                         prompts on stderr), until end of input or exit()
                -I     : isolated: like -E -s -P together
                -m mod : run library module as a script (terminates option list)
                -P     : put nothing first on sys.path for the program (not its directory, not the current
                         directory, not ''); subinterpreters follow the main interpreter
                -V     : print the Python version number and exit (also --version)
                         when given twice, print more information about the build
                -X opt : recorded in sys._xoptions as CPython does (opt or opt=value); -X faulthandler also
                         enables faulthandler, the others change nothing else
                -B, -E, -q, -s, -u : accepted for compatibility; already how this runtime behaves
                         (no .pyc beside sources, no PYTHON* variables, no banner, no user site, unbuffered streams)
                Other CPython options (-b -d -O -S -v -x -W) are refused with status 2.
                With no file and no -i, the program is read from stdin to its end.

                Arguments:
                file   : program read from script file
                -      : program read from stdin (the default)
                arg ...: arguments passed to program in sys.argv[1:]

                JVM options go in the PEP734_JAVA_OPTS environment variable; JAVA_HOME chooses the java.
                """;
    }
}
